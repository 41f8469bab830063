"""g108k (place audit): a pocket told with its place is what a later «الجيب» refers to.

- «جيب صغير في ريف حمص الشمالي» (place_words pocket rows, places.pocket_place) names where the pocket is; a later
  sentence naming no place of its own but «الجيب» («قصف استهدف الجيب الخاضع لسيطرة المسلحين») stands at the pocket
  (place-pocket-116000), not at the last province named between them; a sentence after it that refers back with no
  place of its own («في هذه المنطقة») inherits the pocket too."""
from __future__ import annotations

from marsad_testdata import of_kind, read_doc

PUB = "2018-05-12"  # a Saturday
AIR = ("Explosions/Remote violence", "Air/drone strike")


TEXT = ("ولا يزال المسلحون يتحصنون في جيب صغير في ريف حمص الشمالي. وقال المسؤول إن التحضيرات جارية لنقل دفعة "
        "من العائلات من محافظة إدلب. وأفاد المرصد بأن 14 مدنيا قتلوا في قصف جوي استهدف الخميس الجيب الخاضع "
        "لسيطرة المسلحين.")


def test_the_pocket_word_refers_to_the_pocket_told_with_its_place(extractor):
    doc = read_doc(extractor, TEXT, PUB)
    ev = of_kind(doc, AIR)
    assert len(ev) == 1
    assert ev[0].admin1 == "Homs"
    assert "place-pocket-116000" in ev[0].rule_ids


def test_a_sentence_after_the_pocket_inherits_it(extractor):
    doc = read_doc(extractor, TEXT + " من جهة أخرى، قال المرصد إن معارك الجمعة في هذه المنطقة أوقعت 9 قتلى في صفوف "
                                     "القوات الحكومية.", PUB)
    clash = [e for e in doc.events if e.event_type == "Battles"]
    assert len(clash) == 1
    assert clash[0].admin1 == "Homs"
