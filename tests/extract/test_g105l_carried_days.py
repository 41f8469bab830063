"""g105l (acts told after their day was given): an undated act told a sentence or two after a dated one takes that
day (step._carried_days) also

- when the dated sentence told another dated act after it (a drone «انطلقت من سوريا ودخلت ...»): the act of the
  undated one's own kind in that sentence lends the day, not only the last dated act (md-carried-56550);
- when the undated act is an interception and the dated one the strike it met (event_types face_of): «شنت طائرات
  غارات ... فجر الخميس. وقالت الوكالة إن الدفاعات الجوية أسقطت ...» is Thursday's, not the statement's days
  (met-carried-98500).
"""
from __future__ import annotations

from marsad_testdata import read_doc

DWU = "Disrupted weapons use"

# the first sentence's statement day (Friday) is the lead's; the downing told after the Wednesday launch is Wednesday's
SAME_KIND = ("قال المتحدث باسم الجيش الإسرائيلي الجمعة إن طائرة مسيرة اقتربت من الحدود مع سوريا. "
             "وأطلق الجيش الإسرائيلي، الأربعاء الماضي، صاروخ باتريوت على طائرة مسيرة انطلقت من سوريا ودخلت إلى "
             "الأراضي الإسرائيلية. وقال الجيش إنه تم اعتراض الطائرة بعد تسللها مسافة عشرة كيلومترات، وتم إسقاطها "
             "فوق بحيرة طبريا.")

# a statement's Saturday opens the report; the strikes of Thursday dawn, then the air defences that met them
MET_STRIKE = ("قال وزير الدفاع الإسرائيلي اليوم السبت إن بلاده لن تسمح بوجود عسكري إيراني في سوريا. "
              "وشنت طائرات إسرائيلية غارات على مواقع عسكرية في ريف حمص فجر الخميس. "
              "وقالت وكالة الأنباء الرسمية إن الدفاعات الجوية السورية أسقطت طائرة مسيرة فوق مطار المزة العسكري.")


def _dwu(extractor, text: str, pub: str) -> list:
    return [e for e in read_doc(extractor, text, pub).events if e.sub_event_type == DWU]


def test_day_carried_past_another_dated_act_of_its_sentence(extractor):
    days = {e.location: (e.date_start, e.date_end) for e in _dwu(extractor, SAME_KIND, "2018-07-13")}
    assert days.get("Tiberias") == ("2018-07-11", "2018-07-11")


def test_interception_takes_the_day_of_the_strike_told_before(extractor):
    evs = [e for e in _dwu(extractor, MET_STRIKE, "2018-05-12") if e.location == "Mezzeh airbase"]
    assert [(e.date_start, e.date_end) for e in evs] == [("2018-05-10", "2018-05-10")]
    assert "met-carried-98500" in evs[0].rule_ids


def test_interception_after_a_dated_act_of_another_kind_keeps_the_statement_days(extractor):
    # a deployment told with its own day is no strike an interception met: no day is carried from it
    text = ("قال وزير الدفاع الإسرائيلي اليوم السبت إن بلاده لن تسمح بوجود عسكري إيراني في سوريا. "
            "واعتقلت قوات الأمن السورية عشرة أشخاص في حمص يوم الخميس. "
            "وقالت وكالة الأنباء الرسمية إن الدفاعات الجوية السورية أسقطت طائرة مسيرة فوق مطار المزة العسكري.")
    evs = [e for e in _dwu(extractor, text, "2018-05-12") if e.location == "Mezzeh airbase"]
    assert evs and all(e.date_start != "2018-05-10" for e in evs)
    assert all("met-carried-98500" not in e.rule_ids for e in evs)
