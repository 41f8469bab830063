"""The government's aircraft and guns named without a country (g98h): «الطائرات الحكومية»، «الطيران الحكومي»،
«المروحيات الحكومية»، «المدفعية الحكومية» are the country's army (actors.tsv army-55550, recast by actor_by_country.tsv),
so a weak strike noun with its own town and day («ضربات الطائرات الحكومية قرب قرية ... ليل الاثنين») keeps its agent and
is no longer dropped for low confidence; «نصب عينيه» before a retaking is its aim (md-int-59600..59602)."""
from __future__ import annotations

from marsad_testdata import pairs_of, read_doc, subs_and_rules

PUB = "2018-06-20"  # a Wednesday; "الاثنين" is 2018-06-18
SYRIA = "Military Forces of Syria (2000-)"


def test_strike_noun_with_government_planes_is_kept(extractor):
    text = "وتجددت ضربات الطائرات الحكومية قرب قرية المسيفرة بريف درعا ليل الاثنين."
    evs = [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Air/drone strike"]
    assert [(e.actor1, str(e.date_start)) for e in evs] == [(SYRIA, "2018-06-18")]
    assert "abc-55551" in evs[0].rule_ids  # the agent read in the sentence, not the country's default


def test_government_aviation_and_helicopters_are_read_as_the_army(extractor):
    for text in ("وشن الطيران الحكومي ضربات على بلدة الحراك يوم الأحد.",
                 "وأسقطت المروحيات الحكومية براميل متفجرة على بلدة الحراك يوم الأحد."):
        rules = [r for _, rs in subs_and_rules(extractor, text, PUB) for r in rs]
        assert "actor-default" not in rules and "abc-55551" in rules, text


def test_government_artillery_shelling_names_its_agent(extractor):
    text = "وتجدد قصف المدفعية الحكومية على قرية المسيفرة يوم الأحد."
    assert pairs_of(extractor, text, "Shelling/artillery/missile attack", PUB)[0][0] == SYRIA
    subs = subs_and_rules(extractor, text, PUB)
    assert any("abc-55551" in rs for _, rs in subs)


def test_retaking_set_before_ones_eyes_is_an_aim(extractor):
    for text in ("ووضع الجيش السوري نصب عينيه استعادة السيطرة على بلدة الحراك في ريف درعا.",
                 "وقد وضعت القوات الحكومية نصب عينيها استعادة السيطرة على بلدة الحراك يوم الأحد."):
        assert "Government regains territory" not in [s for s, _ in subs_and_rules(extractor, text, PUB)], text


def test_guard_generic_warplanes_stay_unread(extractor):
    # warplanes with no side named («الطائرات الحربية») may be Russian or Syrian: no agent is read for them
    text = "وتجددت غارات الطائرات الحربية على قرية المسيفرة يوم الأحد."
    rules = [r for _, rs in subs_and_rules(extractor, text, PUB) for r in rs]
    assert "abc-55551" not in rules


def test_guard_a_retaking_that_happened_is_kept(extractor):
    text = "واستعادت القوات الحكومية السيطرة على بلدة الحراك يوم الأحد بعد معارك عنيفة."
    assert "Government regains territory" in [s for s, _ in subs_and_rules(extractor, text, PUB)]
