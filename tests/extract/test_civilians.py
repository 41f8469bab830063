"""Violence against civilians from the audit of unseen news (branch q10d), on sentences of our own.

Each test names an error class the audit found recurring among stored attacks on civilians: the weapon
that killed makes the event an explosion; courts, charges and the release of hostages are no attack or
abduction of the day; another sense of «تصفية».
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday
VAC = "Violence against civilians"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _types(doc):
    return [(e.event_type, e.sub_event_type) for e in doc.events]


@pytest.mark.parametrize("text, sub", [
    ("اغتال مسلحون مجهولون مسؤولا محليا بتفجير عبوة ناسفة استهدفت سيارته في مدينة الرقة يوم الأربعاء.",
     "Remote explosive/landmine/IED"),
    ("قتلت طائرات النظام 12 مدنيا بغارات جوية على بلدة سراقب في ريف إدلب يوم الأربعاء.", "Air/drone strike"),
    ("قتل مسلحو داعش ثمانية مدنيين بقذائف الهاون في حي الميدان بمدينة دير الزور يوم الأربعاء.",
     "Shelling/artillery/missile attack"),
])
def test_a_killing_told_with_the_weapon_that_did_it_is_that_weapons_event(extractor, text, sub):
    doc = _run(extractor, text)
    assert _types(doc) == [("Explosions/Remote violence", sub)], _types(doc)
    assert any(r.startswith("rf-vac-") for r in doc.events[0].rule_ids)


def test_a_killing_by_gunmen_stays_an_attack_on_civilians(extractor):
    doc = _run(extractor, "قتل مسلحون مجهولون خمسة مدنيين بالرصاص في قرية قرب مدينة كركوك يوم الأربعاء.")
    assert _types(doc) == [(VAC, "Attack")]


@pytest.mark.parametrize("text", [
    "وقضت محكمة الجنايات المركزية في بغداد، الأربعاء، غيابيا بالإعدام شنقا على رجلين أدينا بالانتماء إلى تنظيم داعش.",
    "وصدرت بحق عشرات المدانين في بغداد يوم الأربعاء عقوبات تراوحت بين السجن والإعدام.",
    "وقال القاضي إن المتهمين اعترفوا بارتكاب مجزرة بحق المدنيين في قرية قرب الموصل.",
    "ويتهم المدعي العام الألماني الضابط بتعذيب واغتصاب سجناء في معتقل بمدينة دمشق.",
])
def test_sentences_and_charges_of_courts_are_no_attack(extractor, text):
    doc = _run(extractor, text)
    assert not [t for t in _types(doc) if t[0] == VAC], _types(doc)
    assert any(d["reason"] == "modality:legal" for d in doc.dropped), doc.dropped


def test_an_arrest_of_a_man_accused_of_rape_is_an_arrest_only(extractor):
    # g92g: the rape of a girl by one man is an ordinary crime (trigger_cues ordinary_crime): neither the rape nor the
    # police's arrest of its suspect is an event; an armed group's man arrested for it stays an arrest
    doc = _run(extractor, "ألقت الشرطة العراقية القبض على شاب متهم باغتصاب فتاة في مدينة أربيل يوم الأربعاء.")
    assert _types(doc) == [], _types(doc)
    doc = _run(extractor, "ألقت الشرطة العراقية القبض على عنصر من تنظيم داعش متهم باغتصاب فتاة في مدينة أربيل يوم "
                          "الأربعاء.")
    assert _types(doc) == [("Strategic developments", "Arrests")], _types(doc)


@pytest.mark.parametrize("text", [
    "وأعلن المرصد الأربعاء الإفراج عن عشرة مختطفين من أهالي قرية الشبكي في ريف السويداء.",
    "وأكد ناشطون أن الإفراج تم مساء الأربعاء عن عشرة مختطفين من بلدة القريا في ريف السويداء.",
    "وقالت الشبكة إن الهجوم وقع في ريف السويداء بعد أسابيع من اختطاف النساء من قريتهن.",
    "وعادت النساء إلى قرية الشبكي في ريف السويداء بعد ثلاثة أشهر على اختطافهن.",
])
def test_the_release_of_hostages_and_an_abduction_recalled_are_no_abduction_of_the_day(extractor, text):
    doc = _run(extractor, text)
    assert ("Violence against civilians", "Abduction/forced disappearance") not in _types(doc), _types(doc)
    assert any(d["reason"] == "modality:background" for d in doc.dropped), doc.dropped


def test_an_abduction_told_as_it_happened_stays_an_abduction(extractor):
    doc = _run(extractor, "اختطف مسلحو داعش عشرين امرأة من قرية الشبكي في ريف السويداء يوم الأربعاء.")
    assert _types(doc) == [(VAC, "Abduction/forced disappearance")], _types(doc)


@pytest.mark.parametrize("text, reason", [
    ("وقال قادة الفصائل في مدينة عفرين الأربعاء إنهم يرون في المعركة فرصة للانتقام وتصفية الحساب مع خصومهم.",
     "modality:sense"),
    ("وأكد الرئيس الأربعاء أولوية استعادة مدينة إدلب، متوعدا من جهة ثانية بتصفية المسلحين فيها.", "modality:threat"),
])
def test_settling_scores_and_vowing_to_liquidate_are_no_attack(extractor, text, reason):
    doc = _run(extractor, text)
    assert not [t for t in _types(doc) if t[0] == VAC], _types(doc)
    assert any(d["reason"] == reason for d in doc.dropped), doc.dropped


def test_a_massacre_named_as_a_judgement_is_no_attack(extractor):
    doc = _run(extractor, "ووصف نائب في البرلمان يوم الأربعاء ما يجري في مدينة دوما بأنه مجزرة بحق المدنيين.")
    assert not [t for t in _types(doc) if t[0] == VAC], _types(doc)


def test_a_massacre_told_with_its_killers_and_dead_stays_an_attack(extractor):
    doc = _run(extractor, "ارتكب مسلحو داعش مجزرة في قرية الشبكي بريف السويداء يوم الأربعاء، وقتلوا 20 مدنيا.")
    assert (VAC, "Attack") in _types(doc), _types(doc)


def test_civilians_killed_over_the_same_period_are_a_total(extractor):
    doc = _run(extractor, "وقتلت قوات النظام في الفترة ذاتها 142 مدنيا بينهم 38 طفلا في ريف درعا، وفق المرصد.")
    assert not [t for t in _types(doc) if t[0] == VAC], _types(doc)
    assert any(d["reason"] == "reported total" for d in doc.dropped), doc.dropped


def test_a_beheading_is_an_attack(extractor):
    doc = _run(extractor, "أقدم مسلحو داعش يوم الأربعاء على قطع رأس مدني في قرية الشبكي بريف السويداء.")
    assert _types(doc) == [(VAC, "Attack")], _types(doc)
    assert "tr-vac-20" in doc.events[0].rule_ids


def test_an_abduction_told_as_its_victims_in_a_passive_relative_clause_is_no_abduction(extractor):
    doc = _run(extractor, "وعثرت الشرطة يوم الأربعاء على جثث تسعة مدنيين الذين تم اختطافهم قرب مدينة كركوك.")
    assert (VAC, "Abduction/forced disappearance") not in _types(doc), _types(doc)
    assert any(d["reason"] == "modality:relative" for d in doc.dropped), doc.dropped


def test_hostages_abducted_then_killed_are_one_attack(extractor):
    text = ("خطف مسلحو داعش عشرة مدنيين من قرية الشبكي في ريف السويداء يوم الأربعاء.\n"
            "وأعدم مسلحو داعش اثنين من المخطوفين في قرية الشبكي يوم الأربعاء.\n")
    doc = _run(extractor, text)
    assert _types(doc) == [(VAC, "Attack")], _types(doc)


def test_gunmen_opening_fire_with_the_subject_between_verb_and_object_is_an_attack(extractor):
    doc = _run(extractor, "أطلق مسلحون مجهولون النار على مدنيين في بلدة الطارمية شمال بغداد يوم الأربعاء.")
    assert _types(doc) == [(VAC, "Attack")], _types(doc)
    assert "tr-vac-24" in doc.events[0].rule_ids


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الجماعات المسلحة تطلق النار على المدنيين في ريف إدلب.",
    "ودعا المبعوث يوم الأربعاء إلى وقف إطلاق النار على جميع الجبهات في محافظة إدلب.",
])
def test_a_habit_of_firing_and_a_ceasefire_are_no_shooting(extractor, text):
    doc = _run(extractor, text)
    assert (VAC, "Attack") not in _types(doc), _types(doc)


def test_civilians_killed_before_a_strike_beat_a_side_named_in_another_clause(extractor):
    from marsad.model import Document
    from marsad.pipeline import MetaStep
    text = "قالت وسائل إعلام حكومية إن خمسة مدنيين قتلوا في قصف المعارضة على حي القصاع في دمشق أمس، وهو ما نفى جيش الإسلام مسؤوليته عنه."
    evs = [e for e in extractor(MetaStep()(Document(text=text, published="2018-04-08"))).events
           if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor2 == "Civilians (Syria)", [(e.actor1, e.actor2, e.rule_ids) for e in evs]


def test_strike_on_residential_quarters_falls_on_civilians(extractor):
    from marsad.model import Document
    from marsad.pipeline import MetaStep
    text = "قصفت المدفعية التابعة لقوات النظام الأحياء السكنية في مدينة جسر الشغور أمس."
    evs = [e for e in extractor(MetaStep()(Document(text=text, published="2018-06-06"))).events
           if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor2 == "Civilians (Syria)", [(e.actor1, e.actor2, e.rule_ids) for e in evs]


def test_holder_of_a_civilian_site_attacked_is_not_the_target(extractor):
    from marsad.model import Document
    from marsad.pipeline import MetaStep
    text = "شن تنظيم داعش أمس هجوما على مخيم للنازحين تسيطر عليه قوات سوريا الديمقراطية قرب بلدة هجين."
    evs = [e for e in extractor(MetaStep()(Document(text=text, published="2018-10-13"))).events
           if e.event_type in ("Violence against civilians", "Battles")]
    assert evs and evs[0].actor2 == "Civilians (Syria)", [(e.sub_event_type, e.actor1, e.actor2, e.rule_ids) for e in evs]


# q15b: a crime only named by definite verbal nouns, its place and day read from the article's other news, is a
# notorious past happening recalled (books, trials, profiles), not one reported.
_STRIKE = "قصفت طائرات حربية بلدة سراقب في ريف إدلب يوم الأربعاء. "


def test_a_crime_only_named_by_definite_nouns_is_no_event(extractor):
    doc = _run(extractor, _STRIKE + "وروت الشاهدة في كتابها معنى الاغتصاب والتعذيب على أيدي السجانين. "
                                    "وتحدثت عن الاغتصاب في السجن.")
    assert VAC not in [e.event_type for e in doc.events], _types(doc)
    assert any(d["rule_id"] == "named-only" for d in doc.dropped)


def test_a_verbal_noun_after_a_passive_auxiliary_is_told_not_named(extractor):
    doc = _run(extractor, _STRIKE + "وروت الشاهدة في كتابها أنه تم اغتصابها على أيدي السجانين. "
                                    "وتحدثت عن الاغتصاب في السجن.")
    assert (VAC, "Sexual violence") in _types(doc), _types(doc)


def test_an_assassination_whose_bomb_comes_after_a_long_apposition_is_the_bombing(extractor):
    doc = _run(extractor, "أعلن مصدر أمني اغتيال المسؤول المحلي خالد أحمد، رئيس مجلس البلدة، في مدينة منبج شمال شرقي "
                          "محافظة حلب، بتفجير عبوة ناسفة استهدفت سيارته يوم الأربعاء.")
    assert _types(doc) == [("Explosions/Remote violence", "Remote explosive/landmine/IED")], _types(doc)
    assert "rf-vac-1200" in doc.events[0].rule_ids


def test_gunmen_firing_on_a_military_parade_is_a_clash_not_an_attack_on_civilians(extractor):
    doc = _run(extractor, "أطلق مسلحون مجهولون النار على عرض عسكري في مدينة كركوك يوم الأربعاء.")
    assert _types(doc) == [("Battles", "Armed clash")], _types(doc)
    assert "rf-vac-1201" in doc.events[0].rule_ids


def test_gunmen_firing_on_civilians_near_a_military_post_stay_an_attack_on_civilians(extractor):
    doc = _run(extractor, "أطلق مسلحون مجهولون النار على مدنيين قرب موقع عسكري في مدينة كركوك يوم الأربعاء.")
    assert _types(doc) == [(VAC, "Attack")], _types(doc)


def test_a_crime_recalled_in_the_pluperfect_with_no_day_is_background(extractor):
    doc = _run(extractor, _STRIKE + "وكانت جماعة مسلحة قد اختطفت عشرين صيادا أثناء رحلة تخييم في صحراء العراق.")
    assert VAC not in [e.event_type for e in doc.events], _types(doc)
    assert any(d["rule_id"] == "recalled-crime" for d in doc.dropped)


def test_a_crime_only_named_stays_named_with_a_town_in_its_sentence(extractor):
    doc = _run(extractor, _STRIKE + "وروت الشاهدة في كتابها معنى الاغتصاب في سجن بمدينة الموصل. "
                                    "وتحدثت عن الاغتصاب في سجون مدينة الموصل.")
    assert VAC not in [e.event_type for e in doc.events], _types(doc)
    assert any(d["rule_id"] == "named-only" for d in doc.dropped)


def test_a_civilian_killed_by_the_bullets_of_named_gunmen_is_an_attack(extractor):
    doc = _run(extractor, "قتل صحفي برصاص مسلحين مجهولين في مدينة الموصل يوم الأربعاء.")
    assert _types(doc) == [(VAC, "Attack")], _types(doc)
    # g101c: «برصاص مسلحين مجهولين» is now its own longer row (tr-vac-71701), read before the bare «برصاص»
    assert {"tr-vac-1200", "tr-vac-71701"} & set(doc.events[0].rule_ids)


def test_soldiers_killed_by_bullets_are_no_attack_on_civilians(extractor):
    doc = _run(extractor, "قتل ثلاثة جنود برصاص مسلحين مجهولين في مدينة الموصل يوم الأربعاء.")
    assert VAC not in [e.event_type for e in doc.events], _types(doc)
