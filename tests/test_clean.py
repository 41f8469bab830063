from marsad.clean import Cleaner, clean_text
from marsad.model import Document

PAGE = (
    "استسلام مقاتلين في الرقة - موقع المثال\n\n"
    "استسلام مقاتلين في الرقة\n\n"
    "شبكة الشرق – (سامر الخطيب)\n"
    "أعلن التحالف الدولي استسلام نحو مئة مقاتل في مدينة الرقة.\n"
    "وقال المتحدث إن المعارك مستمرة.\n"
    "شارك\n"
    "مقالات ذات صلة\n\n"
    "غارات على ريف دير الزور\n\n"
    "مقتل خمسة عناصر في انفجار لغم\n"
    "جميع الحقوق محفوظة © موقع المثال\n"
)


def test_page_boilerplate_is_removed_and_byline_parsed():
    body, found = clean_text(PAGE)
    assert body == "أعلن التحالف الدولي استسلام نحو مئة مقاتل في مدينة الرقة.\nوقال المتحدث إن المعارك مستمرة."
    assert found["title"] == "استسلام مقاتلين في الرقة"
    assert found["site_name"] == "موقع المثال"
    assert (found["source"], found["author"]) == ("شبكة الشرق", "سامر الخطيب")


def test_cleaner_step_sets_source_and_author_from_byline_field():
    doc = Document(text=PAGE, title="استسلام مقاتلين في الرقة", site="موقع المثال", author="شبكة الشرق – (سامر الخطيب)")
    Cleaner()(doc)
    assert doc.source == "شبكة الشرق"
    assert doc.author == "سامر الخطيب"
    assert "مقالات ذات صلة" not in doc.text and "لغم" not in doc.text


def test_agency_dateline_is_taken_off_the_body():
    body, found = clean_text("دبي، الإمارات العربية المتحدة (CNN) -- أعلن الجيش العراقي السيطرة على بلدة.")
    assert body == "أعلن الجيش العراقي السيطرة على بلدة."
    assert found["source"] == "CNN"
    assert found["dateline"] == "دبي، الإمارات العربية المتحدة"


def test_long_paragraph_after_related_header_is_kept():
    long_par = "وأضاف المصدر أن " + "القصف استمر طوال الليل على الأحياء الشرقية للمدينة " * 4
    body, _ = clean_text("نص أول في الخبر.\nاقرأ أيضا\nعنوان قصير\n" + long_par)
    assert "عنوان قصير" not in body
    assert long_par.strip() in body


def test_link_lines_to_other_articles_are_dropped():
    body, _ = clean_text("قصفت الطائرات مدينة حلب.\nللمزيد: غارات جديدة على مطار في ريف حمص\nوقال المرصد إن القصف مستمر.")
    assert body == "قصفت الطائرات مدينة حلب.\nوقال المرصد إن القصف مستمر."


def test_hashtags_become_words():
    body, _ = clean_text("شنت إسرائيل ضربة على #مطار_التيفور في محافظة #حمص أمس.")
    assert body == "شنت إسرائيل ضربة على مطار التيفور في محافظة حمص أمس."


def test_line_head_rules_out_cues_only_when_the_whole_line_has_none():
    """``_may_be_cue`` looks at a line's head only; a line it rules out must start with no cue."""
    import random

    from marsad.clean import _cues, _may_be_cue, _norm_line

    cues = _cues()
    pieces = list(cues.every) + [c[:k] for c in cues.every for k in (1, 2, 3)] + [
        " ", ":", ".", "-", "–", "|", "\u064e", "\u0640", "Σ", "ΑΣ", "İ", "\xa0", "أ", "ﻻ", "ABC", "الرقة"]
    rnd = random.Random(3)
    ruled_out = 0
    for _ in range(20_000):
        ln = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))).strip()
        if ln and not _may_be_cue(ln, cues):
            ruled_out += 1
            n = _norm_line(ln)
            assert n and not n.startswith(cues.every) and n not in cues.share_lines, ln
    assert ruled_out > 1000


def test_line_head_rules_out_a_title_only_when_the_whole_line_differs():
    import random

    from marsad.clean import _cues, _may_equal, _norm_line

    cues = _cues()
    pieces = list(cues.every) + [" ", ":", ".", "|", "\u064e", "Σ", "ΑΣ", "İ", "أ", "ABC", "الرقة", "قال"]
    rnd = random.Random(5)
    ruled_out = 0
    for _ in range(5_000):
        ln = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))).strip()
        other = rnd.choice([ln, ln + " .", ln[:30], ln.replace("ا", "أ"), "عنوان " + ln])
        norm = _norm_line(other)
        if ln and norm and not _may_equal(ln, norm):
            ruled_out += 1
            assert _norm_line(ln) != norm, ln
        if ln and norm == _norm_line(ln):
            assert _may_equal(ln, norm), ln
    assert ruled_out > 500


def test_a_foot_of_related_leads_cut_short_goes():
    text = ("قصفت الطائرات الحربية أمس بلدة كفرنبل في ريف إدلب.\nوقال الدفاع المدني إن ثلاثة مدنيين قتلوا.\n"
            "أعلنت السلطات أمس اعتقال أربعة رجال دخلوا البلاد بجوازات سفر مزورة وأحالتهم إلى النيا\n"
            "غادر الوزير العاصمة متجها إلى الكويت بعد زيارة قصيرة التقى فيها بعدد من المسؤولين")
    body, _ = clean_text(text)
    assert body.endswith("قتلوا.") and "الكويت" not in body


def test_one_last_line_without_a_period_stays():
    text = "قصفت الطائرات الحربية أمس بلدة كفرنبل في ريف إدلب.\nوقال الدفاع المدني إن ثلاثة مدنيين قتلوا"
    body, _ = clean_text(text)
    assert body.endswith("قتلوا")


# A page of a site whose foot lists other articles' leads (boilerplate.tsv lead_foot): composed lines.
LEAD_FOOT_PAGE = (
    "بيروت، لبنان (CNN)-- قال الجيش اللبناني، الاثنين، إن دورية تعرضت لإطلاق نار قرب بلدة حدودية في البقاع.\n"
    "وأضاف البيان أن أحد الجنود أصيب بجروح طفيفة.\n"
    "يذكر أن المنطقة تشهد توترا منذ أسابيع.\n"
    "أعلنت وزارة الدفاع التركية، الأحد، أن طائراتها دمرت مواقع لمسلحين في شمال العراق.\n"
    "قال وزير الخارجية الأردني، السبت، إن بلاده تدعم الحل السياسي في سوريا.\n"
    "لقي جندي لبناني حتفه في إطلاق نار على دورية قرب بلدة حدودية في البقاع، بحسب الجيش.\n"
)


def test_a_foot_of_other_articles_leads_goes_on_a_lead_foot_site_even_when_they_end_with_a_period():
    body, _ = clean_text(LEAD_FOOT_PAGE, site="CNN")
    assert "وزارة الدفاع التركية" not in body and "وزير الخارجية الأردني" not in body
    assert body.startswith("قال الجيش اللبناني") and "يذكر أن المنطقة" in body


def test_a_foot_lead_telling_the_articles_own_story_stays():
    body, _ = clean_text(LEAD_FOOT_PAGE, title="إطلاق نار على دورية للجيش اللبناني قرب بلدة حدودية في البقاع", site="CNN")
    assert "لقي جندي لبناني حتفه" in body and "وزارة الدفاع التركية" not in body


def test_a_foot_lead_opening_with_a_verb_spelt_with_waw_is_no_connector():
    # "وجه" (he addressed) opens a lead of its own: read as "و" + a word, it cut the run of leads to one (q31c)
    page = LEAD_FOOT_PAGE.replace("قال وزير الخارجية الأردني، السبت،", "وجه وزير الخارجية الأردني، السبت، رسالة قال فيها")
    body, _ = clean_text(page, site="CNN")
    assert "وزارة الدفاع التركية" not in body and "وزير الخارجية الأردني" not in body
    assert "يذكر أن المنطقة" in body


def test_the_dateline_agency_tells_a_lead_foot_page():
    body, _ = clean_text(LEAD_FOOT_PAGE)
    assert "وزارة الدفاع التركية" not in body


def test_other_sites_keep_their_last_paragraphs():
    page = LEAD_FOOT_PAGE.replace("بيروت، لبنان (CNN)-- ", "")
    body, _ = clean_text(page, site="موقع المثال")
    assert "وزارة الدفاع التركية" in body and "وزير الخارجية الأردني" in body
