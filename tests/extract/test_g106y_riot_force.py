"""g106y: whole-article audit. Excessive force by a state's forces told in a riot's own sentence («أصيب سبعة برصاص
الشرطة على متظاهرين حاولوا اقتحام مبنى المحافظة») is the force that riot met, one happening coded as the riot
(filters.without_protests_of_riots, _riot_force); a militia's fire on the crowd stays an event of its own. An act
told and then called baseless («"لا أساس لها"») is denied (modality md-den-110500).
"""
from __future__ import annotations
from marsad_testdata import read_doc

PUB = "2018-07-16"


def _gatherings(doc):
    return {(e.event_type, e.sub_event_type, e.location) for e in doc.events if e.event_type in ("Protests", "Riots")}


def test_police_fire_on_a_storming_crowd_is_the_riot(extractor):
    text = ("وقالت مصادر طبية إن سبعة أشخاص أصيبوا من جراء إطلاق الشرطة الرصاص على متظاهرين غاضبين حاولوا اقتحام "
            "مبنى محافظة كربلاء، السبت.")
    got = _gatherings(read_doc(extractor, text, PUB))
    assert ("Riots", "Violent demonstration", "Karbala") in got
    assert not any(t == "Protests" for t, _, _ in got)


def test_militia_fire_on_rioters_stays_its_own(extractor):
    text = ("وأطلق مسلحون من ميليشيا عصائب أهل الحق النار على متظاهرين غاضبين حاولوا اقتحام مقر الحركة في البصرة "
            "الجمعة، ما أدى إلى إصابة ثلاثة منهم.")
    evs = read_doc(extractor, text, PUB).events
    got = {(e.event_type, e.sub_event_type, e.location, e.actor2) for e in evs}
    assert ("Riots", "Violent demonstration", "Basrah", None) in got
    # g108n: a militia's fire on the crowd is its attack on it (militia-force-117500), no excessive force
    assert ("Violence against civilians", "Attack", "Basrah", "Asaib Ahl al Haq") in {
        (e.event_type, e.sub_event_type, e.location, e.actor1) for e in evs}


def test_report_called_baseless_is_a_denial(extractor):
    # md-den-110500: an act a speaker calls baseless («"لا أساس لها من الصحة"») is denied, not reported
    text = 'وقال متحدث عسكري إن الأنباء عن قصف الجيش قرية الشيخ حديد بالمدفعية يوم الجمعة "لا أساس لها من الصحة".'
    assert not [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Explosions/Remote violence"]
