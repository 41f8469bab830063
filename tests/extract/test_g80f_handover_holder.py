"""A hand-over (Non-violent transfer of territory) or a deal (Agreement) at an Eastern Ghouta town whose other side
the text names only as the generic opposition takes the group that held the town on that date (sector_holders.tsv,
branch g80f, on sentences of our own); a taking (Government regains territory) keeps the generic side, as the dev
gold codes it."""
from __future__ import annotations

from marsad.extract.step import _sector_holder_as_target
from marsad_testdata import REB as REBELS, actor2_of, events_of, held_event

NVT = "Non-violent transfer of territory"
AGREEMENT = "Agreement"


def test_evacuation_from_douma_takes_jaish_al_islam(extractor):
    text = "غادر يوم الثلاثاء مئات من مسلحي المعارضة وعائلاتهم مدينة دوما في الغوطة الشرقية متجهين إلى الشمال السوري."
    assert actor2_of(extractor, text, "2018-04-04", NVT) == ["Jaish al Islam"]


def test_deal_for_harasta_takes_ahrar_al_sham(extractor):
    text = "أعلنت مصادر معارضة يوم الثلاثاء التوصل إلى اتفاق بين الحكومة السورية وفصائل المعارضة في مدينة حرستا."
    assert actor2_of(extractor, text, "2018-03-21", AGREEMENT) == ["Ahrar al Sham"]


def _event(sub, location, date):
    return held_event("Strategic developments", sub, location, date)


def test_table_rule_direct():
    evs = [_event(NVT, "‘Irbīn", "2018-03-28"), _event(AGREEMENT, "Dūmā", "2018-04-01"),
           _event("Government regains territory", "Dūmā", "2018-04-01"), _event(NVT, "‘Irbīn", "2018-04-05")]
    _sector_holder_as_target(evs)
    assert [e.actor2 for e in evs] == ["Faylaq al Rahman", "Jaish al Islam", REBELS, REBELS]
    assert "sh-46402" in evs[0].rule_ids


def test_later_mention_names_the_group(extractor):
    # the first mention gives the generic rebels; the second, merged into it, names Faylaq al-Rahman
    text = ("غادرت يوم السبت حافلات تقل مئات من مسلحي المعارضة وعائلاتهم الغوطة الشرقية باتجاه إدلب. "
            "وقالت مصادر إن الحافلات غادرت المنطقة الخاضعة لفيلق الرحمن في الغوطة الشرقية.")
    events = events_of(extractor, text, NVT, "2018-03-25")
    assert [e.actor2 for e in events] == ["Faylaq al Rahman"]
    assert "actor2-named-group" in events[0].rule_ids
