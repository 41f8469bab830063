"""g98nn: the Houthis named by a member noun before the surname («مسلحو الحوثي»، «ميليشيات الحوثي»).

Bare «الحوثي» is also the leader's surname, so it is no alias; the construct forms are (actors.tsv yem-houthi).
"""
from __future__ import annotations

import pytest

from marsad_testdata import pairs_of, read_doc

HOUTHI = "Military Forces of Yemen (2017-) Houthi"
SHELL = "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    "قصف مسلحو الحوثي حيا سكنيا في مدينة تعز صباح اليوم.",
    "قصفت ميليشيات الحوثي قرى في محافظة الضالع مساء أمس.",
    "قصفت مليشيا الحوثي أحياء في مدينة تعز صباح اليوم.",
    "قصف مقاتلو الحوثي مواقع في مديرية حيس بمحافظة الحديدة أمس.",
])
def test_member_noun_before_the_surname_names_the_houthis(extractor, text: str) -> None:
    pairs = pairs_of(extractor, text, SHELL, "2018-06-02")
    assert pairs and pairs[0][0] == HOUTHI


def test_the_leaders_full_name_is_no_side(extractor) -> None:
    """Guard: «عبد الملك الحوثي» stays a person; the shelling keeps no Houthi side from his name."""
    text = "قصفت القوات الحكومية مواقع في محافظة صعدة أمس، بعد ساعات من خطاب ألقاه عبد الملك الحوثي."
    doc = read_doc(extractor, text, "2018-06-02")
    assert all(HOUTHI not in (e.actor1, e.actor2) for e in doc.events)
