"""Air strike over a bare «القصف» in a merge (branch g46g): mentions of one happening, one an air strike («غارات جوية»،
«الطائرات الحربية نفذت غارات») and one a shelling read only from a word that names no weapon («القصف»، «قصف»), merge as
the air strike, whichever is the more confident. A ground weapon named in a mention («قذائف الهاون») keeps the old
choice (merge.py _air_over_bare_strike)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-08"


def _subs(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return sorted(e.sub_event_type for e in doc.events)


def test_a_bare_shelling_word_merged_with_air_strikes_is_an_air_strike(extractor):
    assert _subs(extractor, "قتل ثمانية مدنيين يوم السبت في القصف على مدينة دوما، وفق ما أفاد المرصد السوري. وقال "
                            "المرصد إن غارات جوية استهدفت مدينة دوما يوم السبت.") == ["Air/drone strike"]


def test_warplanes_told_in_the_next_sentence_make_the_bare_strike_air(extractor):
    assert _subs(extractor, "أفاد المرصد السوري بمقتل خمسة مدنيين جراء قصف قوات النظام على بلدة كفربطنا يوم الاثنين. "
                            "وقال المرصد إن الطائرات الحربية نفذت غارات على البلدة.") == ["Air/drone strike"]


def test_mortars_named_in_a_mention_keep_the_shelling(extractor):
    assert _subs(extractor, "قتل ثمانية مدنيين يوم السبت في القصف على مدينة دوما، وفق ما أفاد المرصد السوري. وقال "
                            "المرصد إن المدينة تعرضت يوم السبت لقذائف الهاون وغارات جوية.") == [
        # the listed mortars and air strikes are two events (g45a); the named mortars keep their shelling
        "Air/drone strike", "Shelling/artillery/missile attack"]
