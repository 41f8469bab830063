"""g88c: a counted crowd of people (not fighters) that storms or clashes is a riot, not an armed clash
(trigger_cues unarmed_crowd, trigger_refiners rf-riot-55850). Sentences composed for the test."""
from __future__ import annotations

from marsad_testdata import subs_and_rules

PUB = "2018-07-20"


def test_hundreds_of_people_storming_a_building_riot(extractor):
    text = "وقال مصدر في الشرطة إن مئات الأشخاص حاولوا اقتحام مبنى البلدية في مدينة الكوت الخميس."
    evs = subs_and_rules(extractor, text, PUB)
    assert any(sub == "Violent demonstration" and "rf-riot-55850" in rules for sub, rules in evs)
    assert all(sub != "Armed clash" for sub, _ in evs)


def test_tens_of_young_men_storming_with_article_and_min_riot(extractor):
    text = "واقتحم العشرات من الشبان مقر مجلس المحافظة في مدينة الكوت الخميس."
    evs = subs_and_rules(extractor, text, PUB)
    assert any(sub == "Violent demonstration" and "rf-riot-55850" in rules for sub, rules in evs)


def test_hundreds_of_fighters_storming_stay_a_clash(extractor):
    text = "وقال مصدر عسكري إن مئات المسلحين حاولوا اقتحام مدينة الكوت الخميس."
    evs = subs_and_rules(extractor, text, PUB)
    assert all("rf-riot-55850" not in rules for _, rules in evs)


def test_clash_far_after_the_protesters_is_their_riot(extractor):
    text = ("وشهدت مدينة الكوت، التي يسكنها نحو نصف مليون شخص، احتجاجات لأيام، حيث أحرق محتجون عددا من "
            "المكاتب الحكومية والحزبية، وكذلك مبنى البلدية ومقرا لحزب الدعوة، قبل أن تقع بعد ظهر الخميس "
            "مواجهات مع الشرطة.")
    evs = subs_and_rules(extractor, text, PUB)
    assert all(sub != "Armed clash" for sub, _ in evs)
    assert any(sub == "Violent demonstration" for sub, _ in evs)
