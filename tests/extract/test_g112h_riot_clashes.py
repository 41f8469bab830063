"""g112h: violent demonstrations typed as peaceful protests. The other clash nouns told with protesters («مصادمات»،
«صدامات»، «مناوشات»: triggers tr-riot-149500..149505) are a riot; a protest placed at the riot's province and told in
its sentence is that riot's start (filters._province_of); the force told on the crowd in another sentence at the
riot's place on its day is the force the riot met, its dead the riot's toll (filters._riot_toll, riot-toll-149510).
"""
from __future__ import annotations
from marsad_testdata import read_doc

PUB = "2018-07-16"


def _gatherings_of(evs):
    return {(e.event_type, e.sub_event_type, e.location) for e in evs if e.event_type in ("Protests", "Riots")}


def _gatherings(doc):
    return _gatherings_of(doc.events)


def test_protester_dead_of_clashes_with_security_forces_is_a_riot(extractor):
    text = ("قالت إدارة الصحة في محافظة ذي قار العراقية إن متظاهرا توفي، الأحد، متأثرا بجروحه نتيجة مصادمات مع "
            "القوات الأمنية، في وقت يتصاعد فيه الغضب والاحتجاجات المطالبة بتحسين الخدمات جنوبي البلاد.\n"
            "من جهة أخرى، قال مصدر محلي إنه تم إحراق مكاتب تابعة لعدد من الأحزاب في مدينة الناصرية، مركز محافظة ذي قار.")
    evs = read_doc(extractor, text, PUB).events
    assert _gatherings_of(evs) == {("Riots", "Violent demonstration", "Nasiriyah")}
    riot = next(e for e in evs if e.event_type == "Riots")
    assert riot.fatalities == 1


def test_skirmishes_of_protesters_and_police_are_a_riot(extractor):
    # the same nouns without protesters in their sentence stay no trigger: no riot at Rajo
    text = ("واندلعت مناوشات بين المتظاهرين ورجال الشرطة قرب جسر الجمهورية في بغداد، مساء الجمعة.\n"
            "ووقعت صدامات بين القوات التركية ووحدات حماية الشعب الكردية قرب بلدة راجو، الأحد.")
    evs = read_doc(extractor, text, PUB).events
    assert _gatherings_of(evs) == {("Riots", "Violent demonstration", "Baghdad")}


def test_dead_told_apart_on_the_riots_day_are_its_toll(extractor):
    text = ("هاجم متظاهرون غاضبون مبنى محافظة ذي قار في مدينة الناصرية، الأربعاء، وأضرموا النار في بوابته.\n"
            "وقتل خمسة متظاهرين، الأربعاء، قرب مبنى المحافظة في الناصرية، بحسب مصادر طبية.")
    evs = read_doc(extractor, text, PUB).events
    assert _gatherings_of(evs) == {("Riots", "Violent demonstration", "Nasiriyah")}
    riot = next(e for e in evs if e.event_type == "Riots")
    assert riot.fatalities == 5
