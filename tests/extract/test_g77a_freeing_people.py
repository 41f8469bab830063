"""Freeing people is no taking of ground: «تحرير» right before the hostages, the abducted, the captives or the
detainees is a rescue or an exchange (modality.tsv md-sense-50200..50207, branch g77a; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-08-07"


def _takings(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Battles"]


def test_freeing_the_abducted_is_no_taking(extractor):
    text = ("وقال المتحدث الإثنين إن القوات مستعدة لأي عملية تبادل مع عناصر التنظيم في سبيل تحرير المختطفين من "
            "أهالي مدينة السويداء.")
    assert _takings(extractor, text) == []


def test_freeing_hostages_is_no_taking(extractor):
    text = "نجحت القوات الحكومية الإثنين في تحرير الرهائن في قرية الشبكي بريف السويداء."
    assert _takings(extractor, text) == []


def test_freeing_a_town_stays_a_taking(extractor):
    text = "تمكنت القوات الحكومية يوم الإثنين من تحرير بلدة الشبكي بريف السويداء من تنظيم داعش."
    assert [e.sub_event_type for e in _takings(extractor, text)] == ["Government regains territory"]
