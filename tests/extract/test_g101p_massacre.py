"""g101p: «مذبحة» is a massacre as «مجزرة» is (triggers.tsv tr-vac-73000, same weight 0.45; trigger_cues civilian_harm):
told with its doer, place, day or toll it is an attack on civilians, or the strike or shelling that did it; a call to
stop one, a warning, an accusation, history and commemoration stay out. Composed sentences only."""
from marsad_testdata import dead_of, pairs_of, read_doc, subs_and_rules, subs_of

DAY, UNID, CIV = "2018-03-06", "Unidentified Armed Group (Syria)", "Civilians (Syria)"


def test_massacre_committed_by_gunmen_with_day_and_toll_is_an_attack(extractor) -> None:
    text = "ارتكب مسلحون مذبحة في قرية كفرنبل يوم الخميس راح ضحيتها 12 شخصا."
    assert pairs_of(extractor, text, "Attack", DAY) == [(UNID, CIV)]
    assert dead_of(extractor, text, DAY, ("Violence against civilians",)) == [12]
    assert any("tr-vac-73000" in rules for _, rules in subs_and_rules(extractor, text, DAY))


def test_dead_counted_in_a_massacre_carried_out_by_gunmen_is_an_attack(extractor) -> None:
    # main: the passive «قتل» alone is a count, and «مذبحة» was no trigger
    text = "وقتل 30 شخصا في مذبحة نفذها مسلحون بحق سكان بلدة سراقب أمس."
    assert pairs_of(extractor, text, "Attack", DAY) == [(UNID, CIV)]


def test_massacre_by_aircraft_is_the_air_strike(extractor) -> None:
    # the means word decides the type (rf-vac-4): civilians killed from the air are an air strike on civilians
    text = "ارتكبت طائرات حربية مذبحة في سوق بلدة سراقب أمس قتل فيها 20 مدنيا."
    assert subs_of(extractor, text, DAY) == ["Air/drone strike"]
    assert dead_of(extractor, text, DAY, ("Explosions/Remote violence",)) == [20]


def test_calls_warnings_accusations_and_history_stay_out(extractor) -> None:
    # guard: a massacre named but not reported as happening
    for text in ("دعا البابا في عظته الأحد إلى وقف المذبحة في سوريا.",
                 "وحذر الرئيس من أن أي هجوم على مدينة إدلب سيكون مذبحة.",
                 "واتهمت الحكومة المتمردين بارتكاب مذبحة في قرية كفرنبل.",
                 "وقعت مذبحة مدينة حماة في شباط عام 1982.",
                 "وناشد المبعوث الأطراف منع وقوع مذبحة في الغوطة الشرقية."):
        assert read_doc(extractor, text, DAY).events == [], text
