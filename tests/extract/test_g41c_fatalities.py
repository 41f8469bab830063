"""Fatalities (branch g41c): the subject told before "لقوا مصرعهم/حتفهم" is the dead, not a number told after
the verb; "حتفهم" alone is a word of death (casualties cs-k-19200); the dead told in a reason clause ("ردا على هجوم
أسفر عن مقتل 40") are the answered happening's, not the answer's."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _dead(doc):
    return sorted(e.fatalities for e in doc.events)


def test_the_subject_before_laqu_masra_hum_is_the_dead_not_the_houses_after(extractor):
    doc = _run(extractor, "وقال مصدر عسكري إن 22 من مسلحي التنظيم المتطرف لقوا مصرعهم، ودمرت خمسة منازل، خلال "
                          "عملية أمنية نفذتها قوة عراقية في قضاء تلعفر الجمعة.")
    assert _dead(doc) == [22]


def test_hatfahum_after_a_plural_verb_counts_the_dead(extractor):
    doc = _run(extractor, "وذكر المرصد أن 18 عنصرا من القوات الحكومية بينهم ستة ضباط لقوا حتفهم في هجوم شنه "
                          "تنظيم الدولة الإسلامية على حاجز عسكري في ريف حمص الجمعة.")
    assert _dead(doc) == [18]


def test_the_toll_of_the_attack_answered_is_not_the_strikes(extractor):
    doc = _run(extractor, "وشنت الطائرات الحربية غارات على مواقع للمسلحين في ريف إدلب الجمعة ردا على هجوم "
                          "أسفر عن مقتل 12 جنديا الأسبوع الماضي.")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(not e.fatalities for e in strikes)


def test_the_other_sides_dead_added_by_muqabil_count_too(extractor):
    doc = _run(extractor, "وأفاد المرصد بمقتل 11 عنصرا من القوات الحكومية، مقابل أربعة مقاتلين من الفصائل في "
                          "اشتباكات عنيفة في بلدة اللطامنة الجمعة.")
    assert _dead(doc) == [15]


def test_dead_added_by_idafa_ila_count_but_not_the_wounded(extractor):
    doc = _run(extractor, "قتل 7 جنود إضافة إلى ثلاثة مدنيين في هجوم شنه مسلحون على حاجز في ريف حماة الجمعة.")
    assert _dead(doc) == [10]
    doc = _run(extractor, "قتل 7 جنود إضافة إلى إصابة ثلاثة مدنيين في هجوم شنه مسلحون على حاجز في ريف حماة الجمعة.")
    assert _dead(doc) == [7]
