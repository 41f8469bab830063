"""Gaps found by the held22-24 audit (branch g38j).

- a possessive strikes noun with its adjective ("ضرباتها الجوية") is read as air strikes, not as the weak bare
  "ضربات" (triggers.tsv tr-air-15600, tr-shell-15601);
- "شهر من"/"شهرين من" before a trigger tell a campaign's length, as "أيام من"/"أسابيع من" already did
  (modality.tsv md-bg-15602, 15603);
- a light verb's phrase told with "ل" ("لشن الغارات") is an aim, as a verbal noun with "ل" is
  (function_words.tsv li_light_verb, frames._li_light_verb)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return [e for e in doc.events if e.event_type == ERV]


def test_possessive_air_strikes_are_read_as_air_strikes(extractor):
    doc = _run(extractor, "وكثفت الطائرات الحربية ضرباتها الجوية على ريف حماة الشمالي يوم الأحد.", "2018-05-07")
    strikes = _strikes(doc)
    assert [e.sub_event_type for e in strikes] == ["Air/drone strike"]
    assert "tr-air-15600" in strikes[0].rule_ids


def test_a_month_of_shelling_is_background(extractor):
    doc = _run(extractor, "زار الوزير المدينة الأحد، بعد حصار طويل، ونحو شهر من القصف العنيف الذي خلف مئات القتلى في ريف حلب.", "2018-05-07")
    assert _strikes(doc) == []


def test_launching_strikes_told_with_li_is_an_aim(extractor):
    doc = _run(extractor, "وقال المرصد إن الطائرات المستخدمة الأحد لشن الغارات على درعا أتت من قاعدة بعيدة.",
               "2018-05-07")
    assert _strikes(doc) == []


def test_launched_strikes_stay(extractor):
    # the plain verb tells the strikes done
    doc = _run(extractor, "وشنت الطائرات الحربية غارات على درعا يوم الأحد.", "2018-05-07")
    assert len(_strikes(doc)) == 1
