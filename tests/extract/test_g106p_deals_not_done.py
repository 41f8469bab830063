"""g106p (agreements and transfers that did not happen): deals and departures told as offers, terms or sums.

- A safe exit («الخروج الآمن»، «خروجا آمنا»، md-terms-106500..106503) is what is offered, accepted or guaranteed: the
  terms of a deal, not a departure done.
- «ليصل عدد من غادروا ...» (md-gen-106505..106507): the number of all who left so far is a tally, not a departure of a day;
  the departure told in the same sentence stays.
- A relative clause told with a stretch up to now («روسيا التي أبرمت في الأيام الأخيرة اتفاقات ...») has no day of its
  own (step._own_day: told_up_to_now), so the deals it sums stay a relative clause; a day of its own still keeps one."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-04"  # a Wednesday
NVT = "Non-violent transfer of territory"


def _of(doc, sub):
    return [e for e in doc.events if e.sub_event_type == sub]


@pytest.mark.parametrize("text", [
    "وقالت روسيا إن نحو ألف مسلح قبلوا الخروج الآمن من بلدة الضمير إلى إدلب.",
    "وعرضت وزارة الدفاع الروسية على المسلحين في مدينة دوما المحاصرة ما سمته خروجا آمنا إلى الشمال.",
])
def test_safe_exit_is_terms(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert _of(doc, NVT) == []
    assert "modality:terms" in {d["reason"] for d in doc.dropped}


def test_departure_told_beside_a_safe_exit_phrase_stays(extractor):
    doc = read_doc(extractor, "وغادر مئات المسلحين بلدة الضمير مساء الثلاثاء إلى إدلب.", PUB)
    assert len(_of(doc, NVT)) == 1


def test_count_of_all_who_left_is_a_tally(extractor):
    doc = read_doc(extractor, "وخرجت الدفعة الرابعة من مقاتلي الفصائل من بلدة الضمير مساء الثلاثاء، ليصل عدد من غادروا "
                              "البلدة إلى قرابة 9 آلاف شخص.", PUB)
    (ev,) = _of(doc, NVT)
    assert "tr-nvt-6" not in ev.rule_ids  # «غادروا» of the tally is no telling of it
    assert any(d.get("rule_id") == "tr-nvt-6" and d["reason"] == "modality:general" for d in doc.dropped)


@pytest.mark.parametrize("text", [
    "وتواصل القوات الحكومية هجومها في محافظة درعا بدعم من روسيا التي أبرمت في الأيام الأخيرة اتفاقات تسوية منفصلة في "
    "أكثر من عشرين قرية وبلدة.",
    "وتقدم الجيش في ريف القنيطرة بدعم من روسيا التي أبرمت خلال الأيام الماضية اتفاقات مصالحة في نحو خمس عشرة بلدة وقرية.",
])
def test_relative_deals_within_a_stretch_up_to_now_are_no_agreement(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert _of(doc, "Agreement") == []


def test_relative_act_with_a_day_of_its_own_stays(extractor):
    doc = read_doc(extractor, "وأعلن الجيش السيطرة على بلدة الحراك التي دخلتها القوات الحكومية يوم الأحد بعد معارك.", PUB)
    assert any("own-day:" in r for e in doc.events for r in e.rule_ids)


@pytest.mark.parametrize("text", [
    "وسيطرت القوات على كامل محافظة القنيطرة بعد التوصل إلى اتفاقات تسوية مع الفصائل في هذه المناطق.",
    "ويرى مراقبون أن تقسيم المنطقة سيسهل على الحكومة التفاوض للتوصل إلى اتفاقيات تسوية لكل بلدة منها.",
])
def test_plural_deals_reached_recalled_or_aimed_are_no_agreement(extractor, text):
    assert _of(read_doc(extractor, text, PUB), "Agreement") == []


def test_plural_deals_reached_told_as_news_stay(extractor):
    doc = read_doc(extractor, "وأعلن المرصد الأحد التوصل إلى اتفاقات مصالحة في بلدات كحيل والسهوة.", PUB)
    assert _of(doc, "Agreement")
    assert all("tr-agr-106520" in e.rule_ids for e in _of(doc, "Agreement"))


def test_deals_named_as_an_alternative_are_no_agreement(extractor):
    doc = read_doc(extractor, "وسألت الصحفية: روسيا تتخذ قرارات كثيرة بشأن سوريا، سواء تعلق ذلك بانسحاب القوات الأجنبية أو "
                              "التوصل إلى اتفاقيات مع إسرائيل حول الجنوب.", PUB)
    assert _of(doc, "Agreement") == []
    assert any(d.get("rule_id") == "tr-agr-106521" and d["reason"] == "modality:general" for d in doc.dropped)
