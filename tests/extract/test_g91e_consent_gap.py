"""g91e: a consent told with its subject between the verb and «على» («ووافق المقاتلون من جماعة X على الانسحاب») is an
Agreement (tr-agr-57000: the bare verb, when the sentence names fighters and a matter sides of a war agree on).
Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

AGR = "Agreement"


def _agreements(extractor, text):
    doc = read_doc(extractor, text, "2018-05-06")
    return [e for e in doc.events if e.sub_event_type == AGR]


def test_fighters_named_between_verb_and_ala_agree(extractor):
    got = _agreements(extractor, "ووافق المقاتلون من جماعة أحرار الشام على الانسحاب من بلدة كفرنبل، الجمعة.")
    assert got
    assert any("tr-agr-57000" in e.rule_ids for e in got)


def test_fighters_agree_with_a_day_between_verb_and_ala(extractor):
    got = _agreements(extractor, "وذكرت تقارير أن مقاتلين من المعارضة في بلدة طفس وافقوا يوم السبت على تسليم "
                                 "سلاحهم الثقيل.")
    assert got
    assert any(e.event_date == "2018-05-05" for e in got)


def test_council_consent_without_fighters_is_no_agreement(extractor):
    # no fighters and no matter of war: a parliament's vote stays unread, as before
    got = _agreements(extractor, "ووافق مجلس النواب بالإجماع الأحد على مشروع الموازنة العامة للعام المقبل.")
    assert not got
