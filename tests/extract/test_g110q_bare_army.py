"""The army named without its country (branch g110q): a bare «الجيش» right after «إن/أن/بأن/فإن» is the subject of a
reported act and is the army of the state whose speaker or source tells it (step._spoken_army), else of the event's
country (actor_by_country.tsv); as a speaker («قال الجيش إن») or an owner («مستودعات للجيش») it names no side
(step._bare_army_unsaid). A town cut off («عزل/شطر») beside a taking by the same side that day is that taking's
effect (filters.without_cut_off_twins)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-15"  # a Tuesday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _events(doc):
    return [(e.sub_event_type, e.location, e.actor1, e.actor2) for e in doc.events]


def test_bare_army_after_a_turkish_official_is_turkeys_in_turkey(extractor):
    doc = _run(extractor, "أعلن مكتب والي ولاية ماردين التركي، الاثنين، أن الجيش قتل 6 مسلحين أكرادا في الولاية.")
    assert any(a1 == "Military Forces of Turkey (2016-)" for _, _, a1, _ in _events(doc)), _events(doc)


def test_bare_army_after_turkish_sources_is_turkeys_in_syria(extractor):
    doc = _run(extractor, "ووفقا لمصادر تركية، فإن الجيش اشتبك الاثنين مع مسلحين أكراد في بلدة جنديرس السورية.")
    sides = _events(doc)
    assert sides and all(a1 == "Military Forces of Turkey (2016-)" for _, _, a1, _ in sides), sides


def test_bare_army_after_an_israeli_speaker_is_israels(extractor):
    doc = _run(extractor, "وقال وزير الدفاع الإسرائيلي إن الجيش شن غارات على مواقع لحركة حماس في قطاع غزة الاثنين.")
    assert any(a1 == "Military Forces of Israel (1948-)" for _, _, a1, _ in _events(doc)), _events(doc)


def test_bare_army_as_owner_is_no_agent(extractor):
    # the depots' owner is the target, never the striker
    doc = _run(extractor, "قصفت طائرات أمريكية الاثنين مستودعات للجيش قرب مدينة حمص.")
    assert not any(a1 and a1.startswith("Military Forces of Syria") for _, _, a1, _ in _events(doc)), _events(doc)


def test_bare_army_before_a_second_speaker_is_no_side_of_its_act(extractor):
    doc = _run(extractor, "أعلن مكتب والي ماردين التركي أن الجيش قتل 6 مسلحين في الولاية، فيما قال الجيش إن جنديا من "
                          "جنوده قتل في انفجار عبوة ناسفة في منطقة عفرين السورية الاثنين.")
    blasts = [e for e in _events(doc) if e[0] == "Remote explosive/landmine/IED"]
    assert blasts and all(a1 != "Military Forces of Turkey (2016-)" for _, _, a1, _ in blasts), _events(doc)


def test_town_cut_off_beside_a_taking_that_day_is_no_second_taking(extractor):
    doc = _run(extractor, "قال المرصد الاثنين إن قوات النظام عزلت مدينة حرستا عن باقي الغوطة الشرقية. وأضاف أن قوات "
                          "النظام سيطرت الاثنين على بلدة مديرا.")
    takings = [e for e in _events(doc) if e[0] == "Government regains territory"]
    assert takings and all("Harasta" not in (loc or "") and "Ḩarastā" not in (loc or "") for _, loc, _, _ in takings), \
        _events(doc)
