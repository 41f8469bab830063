"""A sub-type refiner's cue in another clause of the sentence (branch q33a): a sentence that tells two happenings in
two clauses ("بينما", "فيما", "في حين": function_words clause_split) refines each trigger only by the cues of its own
clause; a chemical gas or warplanes told in the first clause do not recast the shelling the second tells."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-02-26"


def _subs(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return sorted(e.sub_event_type for e in doc.events)


def test_a_gas_told_in_the_first_clause_does_not_make_the_later_shelling_chemical(extractor):
    # before: «الكلور» three words before «القصف» refined the shelling to a chemical attack, merged into the gas attack
    assert _subs(extractor, "قال مسعفون إن عشرات الأشخاص أصيبوا بحالات اختناق في بلدة سقبا جراء غاز الكلور، بينما "
                            "استمر القصف على البلدة يوم الأحد.") == ["Chemical weapon", "Shelling/artillery/missile attack"]


def test_artillery_in_a_later_clause_is_not_refined_by_the_first_clause_s_warplanes(extractor):
    # the shelling trigger of the second clause keeps its sub-type: no air cue of its own clause (rf-air-8400 reads 16
    # words either side); whether it merges with the strikes at the same town is merge.py's call
    doc = extractor(MetaStep()(Document(text="قالت مصادر محلية إن الطائرات الحربية نفذت غارات على بلدة كفرنبل يوم "
                                             "الأحد، في حين استهدفت مدفعية النظام حقولا زراعية قرب مدينة سراقب.",
                                        published=PUB)))
    assert sorted((e.location_text, e.sub_event_type) for e in doc.events) == [
        ("سراقب", "Shelling/artillery/missile attack"), ("كفرنبل", "Air/drone strike")]


def test_a_cue_of_the_trigger_s_own_clause_still_refines_it(extractor):
    assert _subs(extractor, "قتل مدنيان في قصف بالطائرات الحربية على بلدة سقبا يوم الأحد، فيما أصيب ثلاثة آخرون "
                            "في بلدة حمورية.") == ["Air/drone strike"]
