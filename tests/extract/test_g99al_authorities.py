"""«السلطات» + a state's nisba adjective names that state as a side (authorities.tsv, g99al 67500-67539): in an
arrest the state's police (as default_actors.tsv codes arrests), in other acts the state's forces; right after a
reporting verb, telling another's act, the authorities are the speaker and no side. Sentences composed for the test."""
from __future__ import annotations

import pytest

from marsad_testdata import pairs_of

PUB = "2018-03-14"  # a Wednesday


@pytest.mark.parametrize("text, arrester", [
    # a state with no actors.tsv row and no place told: the police of the authorities' country, not "International"
    ("أعلنت السلطات البحرينية، الاثنين، اعتقال خلية إرهابية كانت تخطط لتفجير منشآت حيوية.",
     "Police Forces of Bahrain"),
    # a state with a forces row: the authorities arresting are its police, not its military
    ("اعتقلت السلطات التركية الثلاثاء عشرين شخصا في مدينة إزمير بتهمة التخطيط لهجمات.", "Police Forces of Turkey"),
    ("اعتقلت السلطات العراقية الثلاثاء ثلاثة مطلوبين بتهمة الإرهاب في مدينة الموصل.", "Police Forces of Iraq (2014-2018)"),
])
def test_authorities_arresting_are_the_states_police(extractor, text, arrester):
    pairs = pairs_of(extractor, text, "Arrests", PUB)
    assert pairs and all(a1 == arrester for a1, _ in pairs)


def test_authorities_imposing_a_curfew_are_the_state(extractor):
    text = "فرضت السلطات العراقية، الثلاثاء، حظرا للتجول في محافظة البصرة بعد ليلة من الاضطرابات."
    assert [a1 for a1, _ in pairs_of(extractor, text, "Other", PUB)] == ["Military Forces of Iraq (2014-2018)"]


def test_authorities_telling_anothers_act_are_no_side(extractor):
    # guard: the authorities right after «قالت» tell a bombing they did not make
    text = "قالت السلطات الأردنية الثلاثاء إن عبوة ناسفة انفجرت بدورية للدرك قرب مدينة السلط وأدت إلى مقتل جندي."
    pairs = pairs_of(extractor, text, "Remote explosive/landmine/IED", PUB)
    assert pairs and all(a1 != "Military Forces of Jordan (1999-)" for a1, _ in pairs)


def test_authorities_telling_their_own_act_stay_its_side(extractor):
    # guard: «أعلنت السلطات الإسرائيلية أنها استهدفت»: the speaker tells its own strike
    text = "أعلنت السلطات الإسرائيلية الثلاثاء أنها استهدفت مواقع إيرانية قرب مطار دمشق الدولي بغارات جوية."
    a1s = [a1 for a1, _ in pairs_of(extractor, text, "Air/drone strike", PUB)]
    assert a1s and all(a1 == "Military Forces of Israel (1948-)" for a1 in a1s)
