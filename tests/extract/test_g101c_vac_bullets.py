"""g101c: the bullets of unknown men or of a militia («برصاص مجهولين»، «برصاص مسلحين مجهولين»، «برصاص ميليشيا») name an
attack on the unarmed even when the victim is no civilian word (triggers.tsv tr-vac-71700..71705); a militia's patron
after it is no target. Composed sentences only."""
from marsad_testdata import pairs_of, subs_of

DAY = "2018-09-08"
UNID = "Unidentified Armed Group (Iraq)"
CIV = "Civilians (Iraq)"


def test_man_shot_by_unknown_gunmen_is_an_attack(extractor) -> None:
    # main read «مسلحين» as fighters killed: an armed clash
    text = "قتل رجل برصاص مسلحين مجهولين في مدينة الحلة، الأربعاء."
    assert pairs_of(extractor, text, "Attack", DAY) == [(UNID, CIV)]
    assert "Armed clash" not in subs_of(extractor, text, DAY)


def test_victims_fallen_to_a_militias_bullets_is_an_attack_on_civilians(extractor) -> None:
    # «الموالية لإيران» after the quoted militia names its patron, not the target
    text = 'وذكر شهود أن القتلى سقطوا برصاص ميليشيا "عصائب أهل الحق"، الموالية لإيران، في مدينة العمارة مساء الخميس.'
    assert pairs_of(extractor, text, "Attack", DAY) == [("Asaib Ahl al Haq", CIV)]


def test_wounded_by_unknown_gunmen_is_an_attack(extractor) -> None:
    text = "أصيب ثلاثة أشخاص برصاص مسلحين مجهولين في مدينة الحلة، الأربعاء."
    assert pairs_of(extractor, text, "Attack", DAY) == [(UNID, CIV)]


def test_soldier_or_police_shot_stay_no_attack(extractor) -> None:
    # guard: soldiers and police are armed victims (armed_victims): the act stays a clash, as on main
    for text in ("قتل جندي برصاص مسلحين مجهولين في مدينة الموصل، الجمعة.",
                 "قتل شرطيان برصاص ميليشيا في مدينة البصرة، الخميس."):
        subs = subs_of(extractor, text, DAY)
        assert "Attack" not in subs and "Armed clash" in subs
