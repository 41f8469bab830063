"""q28c: a word of "after" that a happening's word follows at once opens that happening's clause, whose place is not
the act's ("ضربات على سوريا بعد هجوم كيماوي على مدينة دوما"). Composed sentences."""
from __future__ import annotations


def _places(extractor, text: str, published: str = "2018-04-15") -> list[tuple[str, str | None]]:
    from marsad.model import Document
    doc = extractor(Document(text=text, published=published))
    return [(e.sub_event_type or "", e.location) for e in doc.events]


def test_the_strikes_are_not_at_the_place_of_the_attack_they_followed(extractor) -> None:
    got = _places(extractor, "شنت القوات الأمريكية والبريطانية والفرنسية فجر السبت ضربات صاروخية على مواقع عسكرية "
                             "في سوريا بعد هجوم كيماوي على مدينة دوما.")
    strikes = [loc for sub, loc in got if sub.startswith(("Shelling", "Air"))]
    assert strikes and all(loc == "Syria" for loc in strikes), got


def test_a_capture_after_a_departure_is_where_the_capture_is_told(extractor) -> None:
    # g81g: the clause is a bombardment; «بعد إجلاء آخر المقاتلين» made the capture a hand-over (trigger_cues
    # agreement), a transfer at the town the fighters left, tested in test_g81g_taken_after_evacuation.py
    got = _places(extractor, "أعلن الجيش السوري السبت سيطرته على الغوطة الشرقية بعد قصف استمر أسابيع على مدينة دوما.")
    assert ("Government regains territory", "Eastern Ghouta") in got, got


def test_after_before_a_time_word_keeps_the_place(extractor) -> None:
    # "بعد ظهر الخميس" opens no happening: the shelling stays at the town
    got = _places(extractor, "قصفت القوات الحكومية بلدة حمورية بعد ظهر الخميس.")
    assert any(loc == "Hamouriyah" for _, loc in got), got
