"""The day told right after a happening recalled as background ("ردا على هجوم ... قبل أسبوع"، "بعد المعارك التي
شهدها عقب هجوم في 13 من مارس") is that happening's own: a trigger before it does not take it, nor do the report's
undated happenings as the lead's day (q33f). Quote marks around a reaction's word take no room in its window."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-24"  # a Saturday; "قبل أسبوع" is 2018-03-16..18, "الخميس" is 2018-03-22


def _doc(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _starts(doc, sub):
    return sorted(e.date_start for e in doc.events if e.sub_event_type == sub)


def test_a_trigger_before_a_recalled_happening_does_not_take_its_day(extractor):
    doc = _doc(extractor, "قصفت طائرات حربية مواقع في بلدة كفرنبل بريف إدلب ردا على هجوم شنه مسلحون على حاجز "
                          "للجيش قبل أسبوع.")
    assert all(d >= "2018-03-23" for d in _starts(doc, "Air/drone strike"))
    assert _starts(doc, "Air/drone strike")
    assert "2018-03-16" in _starts(doc, "Armed clash")  # the recalled attack keeps its own day


def test_a_recalled_happenings_day_is_no_day_for_the_reports_undated_news(extractor):
    doc = _doc(extractor, "قصفت طائرات حربية بلدة كفرنبل في ريف إدلب، ما أسفر عن مقتل خمسة مدنيين. ويستمر الهدوء في "
                          "ريف حماة بعد المعارك العنيفة التي شهدها عقب هجوم للمعارضة في 13 من مارس الجاري.")
    assert _starts(doc, "Air/drone strike") and all(d >= "2018-03-23" for d in _starts(doc, "Air/drone strike"))


def test_the_triggers_own_day_stays(extractor):
    # guard: a day told with the strike itself is its own, whatever is recalled after it
    doc = _doc(extractor, "قصفت طائرات حربية مواقع في بلدة كفرنبل بريف إدلب الخميس ردا على هجوم شنه مسلحون على "
                          "حاجز للجيش قبل أسبوع.")
    assert _starts(doc, "Air/drone strike") == ["2018-03-22"]


def test_a_quoted_reaction_word_still_makes_a_reference(extractor):
    # "سترد" in quotes: the attack is what the reaction is about, told with no day of its own, not the statement's
    doc = _doc(extractor, 'قال الوزير، الخميس، إن حكومته "سترد" على هجوم دام بأسلحة كيماوية في ريف إدلب.')
    assert not _starts(doc, "Chemical weapon")
