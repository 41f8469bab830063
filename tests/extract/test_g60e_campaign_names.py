"""A battle noun in construct with a name is a campaign, not a clash (branch g60e), on sentences of our own.

The indefinite «معركة» or «قتال» followed by a name, a definite word or another act's verbal noun («معركة حلب»،
«قتال تنظيم داعش»، «قتال الشوارع») names a campaign or a kind of fighting; a clash of a day is told «قتال عنيف»،
«معركة بين ...»، «قتال الأحد». «طرد غذائي»، «طرد مفخخ» are parcels, no expulsion (tr-terr-20 needs !parcel).
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc


PUB = "2018-09-12"  # a Wednesday


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


@pytest.mark.parametrize("text", [
    "وقال الوزير الثلاثاء إن مهمة القوات الأمريكية في العراق تتركز على قتال تنظيم داعش.",
    "وقال قادة الفصائل الثلاثاء إن معركة حلب ستكون فرصة لاستعادة مواقعهم.",
    "وتدرب عناصر الخلية الثلاثاء على قتال الشوارع في معسكر بريف الموصل.",
])
def test_campaign_named_by_its_construct_is_no_clash(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type == "Battles"], doc.events
    assert any(d["reason"] == "modality:general" and d["rule_id"] in ("tr-clash-8", "tr-clash-9")
               for d in doc.dropped), doc.dropped


@pytest.mark.parametrize("text", [
    "اندلع قتال عنيف الثلاثاء بين قوات النظام ومسلحي المعارضة في بلدة طفس بريف درعا.",
    "ودار قتال الثلاثاء بين قوات النظام ومسلحي المعارضة في بلدة طفس بريف درعا.",
])
def test_clash_told_with_a_battle_noun_is_kept(extractor, text):
    doc = _run(extractor, text)
    assert [e for e in doc.events if e.sub_event_type == "Armed clash"], (doc.events, doc.dropped)


@pytest.mark.parametrize("text", [
    "دخلت قافلة مساعدات تضم 20 شاحنة محملة بـ 1500 طرد غذائي إلى مدينة دوما المحاصرة الثلاثاء، وفق ما أفاد الهلال الأحمر.",
    "وعثرت الشرطة الثلاثاء على طرد مفخخ قرب مبنى البلدية في الموصل.",
])
def test_parcel_is_no_expulsion(extractor, text):
    doc = _run(extractor, text)
    assert not [e for e in doc.events if e.event_type == "Battles"], doc.events


def test_expulsion_is_still_a_taking(extractor):
    doc = _run(extractor, "أعلنت القوات العراقية الثلاثاء طرد مسلحي داعش من قرية البوعيثة.")
    assert [e for e in doc.events if e.sub_event_type == "Government regains territory"], (doc.events, doc.dropped)
