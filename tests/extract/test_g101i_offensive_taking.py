"""g101i: a non-state group's taking told as what its offensive achieved («إثر هجوم شنه التنظيم، تمكن بموجبه من السيطرة
على الحي»، «أسفر الهجوم عن سيطرة التنظيم على البلدة») gives the merged fighting its sub-type, with the group as actor1
(function_words.tsv taking_achieved/taking_bind, step._taking_achieved, merge tk-72300). Composed sentences only."""
from marsad_testdata import ISIS, SYR, fields_of, subs_of

DAY = "2018-05-10"
OVER = "Non-state actor overtakes territory"


def test_taking_achieved_by_the_offensive_beats_the_clash(extractor) -> None:
    # main kept the clash (more confident than «السيطرة») with the dead regime as actor1
    text = ("قتل 20 عنصرا من قوات النظام السوري خلال اشتباكات عنيفة مساء الثلاثاء في بلدة السخنة بريف حمص، "
            "إثر هجوم مفاجئ شنه تنظيم داعش، تمكن بموجبه من السيطرة على البلدة.")
    assert fields_of(extractor, text, DAY, "sub_event_type", "actor1", "actor2") == [(OVER, ISIS, SYR)]


def test_offensive_resulting_in_the_groups_control_is_a_taking(extractor) -> None:
    text = ("قتل ثلاثة من عناصر الجيش السوري إثر هجوم شنه تنظيم داعش الثلاثاء على بلدة السخنة بريف حمص، "
            "حيث أسفر الهجوم عن سيطرة التنظيم على البلدة.")
    assert subs_of(extractor, text, DAY) == [OVER]


def test_repelled_offensive_stays_a_clash(extractor) -> None:
    # guard: the group failed to take the town; the fighting is a clash, no taking
    text = ("صدت قوات النظام السوري هجوما شنه تنظيم داعش مساء الثلاثاء على بلدة السخنة بريف حمص، "
            "ولم يتمكن التنظيم من السيطرة على البلدة.")
    subs = subs_of(extractor, text, DAY)
    assert OVER not in subs and "Armed clash" in subs


def test_armys_achieved_gain_is_no_groups_taking(extractor) -> None:
    # guard: «تمكن الجيش خلالها من السيطرة» is the army's gain, even when the taking was read with the group's side
    text = ("اندلعت اشتباكات عنيفة مساء الثلاثاء بين الجيش السوري وتنظيم داعش في بلدة السخنة بريف حمص، "
            "وتمكن الجيش خلالها من السيطرة على عدة أحياء.")
    assert OVER not in subs_of(extractor, text, DAY)
