"""g102t: an aim told after the relative verb of an attack («التصدي لهجوم يشنه الجيش لاستعادة قرى») is the attack's
aim, not a taking that happened (frames._waged_between, rule id purpose-waged-75300): «التصدي» takes the attack as
its one "ل" object. Guards: the audit's outskirts phrases («تقدمت في محيط X»، «وصلت إلى مشارف X») stay clashes, a
countryside taken told as control («سيطرت على ريف X الشمالي بالكامل») stays a taking, and a taking told in its own
clause after the repelling stays. A taking kept over a clash keeps its own wider reading of the clash's town (its
countryside, precision 2: merge._wider_taken, taken-wider-75301). Composed sentences."""
from __future__ import annotations

from marsad_testdata import read_doc, subs_of

DAY = "2018-05-10"
REGAINS = "Government regains territory"


def test_aim_of_an_attack_confronted_is_no_taking(extractor) -> None:
    text = ("ودعت المنظمة الدول إلى مساعدة الأهالي على التصدي لهجوم واسع يشنه الجيش السوري لاستعادة قرى في ريف "
            "إدلب الجنوبي.")
    assert REGAINS not in subs_of(extractor, text, DAY)


def test_repelled_attack_with_its_aim_stays_a_clash(extractor) -> None:
    text = "وتصدى مقاتلو هيئة تحرير الشام فجر الخميس لهجوم عنيف شنته قوات النظام للسيطرة على بلدة الهبيط."
    assert subs_of(extractor, text, DAY) == ["Armed clash"]


def test_taking_told_after_the_repelling_stays(extractor) -> None:
    # guard: the taking has its own verb and clause («وتمكنت القوات من استعادة»), no "ل" aim
    text = "وتصدت الفصائل الأحد لهجوم تشنه قوات النظام، وتمكنت القوات من استعادة بلدة اللطامنة."
    assert subs_of(extractor, text, DAY) == [REGAINS]


def test_advance_around_a_town_is_no_taking(extractor) -> None:
    # guard (audit): «في محيط» is no advance_within place: the advance near a town is at most a clash
    text = "وتقدمت قوات النظام السوري يوم الخميس في محيط بلدة الهبيط بعد اشتباكات مع هيئة تحرير الشام."
    assert REGAINS not in subs_of(extractor, text, DAY)


def test_reaching_the_outskirts_is_no_taking(extractor) -> None:
    # guard (audit): reaching a town's outskirts takes nothing
    text = "ووصلت قوات النظام السوري يوم الخميس إلى مشارف بلدة الهبيط بعد معارك مع هيئة تحرير الشام."
    assert REGAINS not in subs_of(extractor, text, DAY)


def test_countryside_taken_as_control_stays_a_taking(extractor) -> None:
    # guard: a countryside area taken, told as control
    text = "وسيطرت قوات النظام السوري يوم الخميس على ريف الهبيط الشمالي بالكامل."
    assert subs_of(extractor, text, DAY) == [REGAINS]


def test_shelling_suffered_with_its_agent_verb_stays(extractor) -> None:
    # guard: the relative verb after the suffered "ل" object changes nothing
    text = "وتعرضت بلدة اللطامنة يوم الأحد لقصف مدفعي تنفذه قوات النظام."
    assert subs_of(extractor, text, DAY) == ["Shelling/artillery/missile attack"]


def _takings(extractor, text: str) -> list[tuple[str | None, int | None]]:
    return [(e.location_text, e.geo_precision) for e in read_doc(extractor, text, DAY).events
            if e.sub_event_type == REGAINS]


def test_advance_in_the_countryside_after_a_clash_in_the_town_keeps_the_countryside(extractor) -> None:
    text = ("ودارت يوم الأربعاء اشتباكات عنيفة بين قوات النظام السوري والفصائل في مدينة معرة النعمان. وتقدمت قوات "
            "النظام في القطاع الشرقي من ريف معرة النعمان.")
    assert _takings(extractor, text) == [("معرة النعمان", 2)]


def test_town_taken_after_a_clash_in_it_stays_the_town(extractor) -> None:
    # guard: the town itself taken keeps precision 1
    text = ("ودارت يوم الأربعاء اشتباكات عنيفة بين قوات النظام السوري والفصائل في مدينة معرة النعمان، وتمكنت قوات "
            "النظام بعدها من السيطرة على مدينة معرة النعمان.")
    assert _takings(extractor, text) == [("معرة النعمان", 1)]
