"""g109e: throughput work with no change in output (the document-level needle gate of the pocket scan)."""

from itertools import product

from marsad.extract.scans import form_in, form_needles, forms_in, may_hold_forms, table_keys
from marsad.geo.tables import place_words
from marsad.lang.ar.tokens import analyze_text, proclitic_replaces


def test_needles_drop_a_rewritten_proclitic_only():
    assert proclitic_replaces() == frozenset({"ال"})
    assert form_needles(frozenset({"الحصار", "جيب", "الف"})) == ("ف", "جيب", "حصار")
    # a key with a cased letter may stand in capitals in the text ("NATO", token "nato"): no needle gates it
    assert form_needles(frozenset({"nato", "جيب"})) == ("", "جيب")
    assert may_hold_forms("قال NATO", {"nato": 1, "جيب": 1})


def test_every_word_with_a_form_holds_a_needle():
    keys = {"الجيب": 1, "جيب": 1, "جيبا": 1, "الحصار": 1, "معبر": 1}
    clitics = ("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "لل", "ولل", "وال", "بال", "س")
    seen = 0
    for pre, stem in product(clitics, ("الجيب", "جيب", "جيبا", "جيبه", "الحصار", "حصار", "معبر", "المعبر", "جبل")):
        word = pre + stem
        if form_in(word, keys) is not None:
            seen += 1
            assert may_hold_forms(f"قال المصدر إن {word} محاصر", keys), word
    assert seen > 20
    assert not may_hold_forms("قصفت الطائرات بلدة في ريف درعا", keys)


def test_gate_agrees_with_the_scan_of_the_pockets():
    pockets = place_words().pockets
    for text in ("استهدف القصف الجيب الخاضع لسيطرة المسلحين", "وصلت الحافلات إلى جيب صغير في ريف حمص",
                 "قال إن للجيب أهمية", "قصفت الطائرات بلدة في ريف درعا الشرقي", "وضع يده في جيبه وخرج"):
        an = analyze_text(text)
        told = bool(forms_in(an.tokens, 0, len(an.tokens), pockets))
        gate = may_hold_forms(an.norm.text, pockets)
        assert gate or not told
        assert told == ("ريف درعا" not in text and "جيبه" not in text)
    assert not may_hold_forms(analyze_text("قصفت الطائرات بلدة في ريف درعا الشرقي").norm.text, pockets)
    assert table_keys(pockets) == frozenset(pockets)
