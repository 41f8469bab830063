"""g99i: a town whose name is also a common word (a stop row of place_words.tsv: الطيبة، القدم، التضامن ...) is a
member of a list of towns when the list joins it by «،» alone («X، الطيبة، Y») or ends with it after two towns or more
(«X وY والقدم»), and then only as a namesake within LIST_NEAR_KM of a neighbour of the list (rule place-list-64900).
q22c read such words only between two towns with «و» or after a plural naming word. Sentences composed for the tests."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc


def _locations(extractor, text, published="2018-07-02"):
    return [e.location for e in read_doc(extractor, text, published).events]


@pytest.mark.parametrize("text, town", [
    # joined by «،» alone, after a plural naming word
    ("استهدف الطيران الحربي مدن وبلدات النعيمة، الطيبة، صيدا شرق درعا صباح الاثنين.", "Al-Taybah"),
    # the last of three districts, after «و»
    ("دارت اشتباكات عنيفة بين القوات الحكومية ومسلحي التنظيم في يلدا والحجر الأسود والتضامن مساء الجمعة.",
     "Tadamon"),
], ids=["comma-joined", "list-end"])
def test_a_common_word_town_of_a_list_gets_its_own_event(extractor, text, town):
    rules = {e.location: e.rule_ids for e in read_doc(extractor, text, "2018-07-02").events}
    assert town in rules and "place-list-64900" in rules[town]


def test_a_common_word_ending_a_list_is_not_a_far_namesake(extractor):
    """Guard: «والصورة» after Dar'a towns has only a West Bank namesake in the gazetteer: no event there."""
    got = _locations(extractor, "قصفت قوات النظام بلدات نوى وطفس والصورة في ريف درعا يوم الأحد.")
    assert "Aş Şūrrah" not in got


def test_one_place_and_a_common_word_is_no_list(extractor):
    """Guard: «دمشق والحكومة» is a town and a government, not two towns; a weekday between commas is no town."""
    got = _locations(extractor, "قصفت القوات مواقع في دمشق والحكومة تنفي ذلك يوم الأحد.") + \
        _locations(extractor, "قصفت الطائرات بلدات طفس، الجمعة، ونوى في ريف درعا.")
    assert not {"Al Jum‘ah", "Āl Ma‘ūdah"} & set(got)
