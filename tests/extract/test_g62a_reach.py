"""A further place struck told with a verb of reaching next to a strike noun (branch g62a): «كما طالت بعض الضربات
مدينة X» scores below the candidate floor (no agent or day of its own), yet it is one more place of the day's strikes."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-05"


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def test_a_further_town_reached_by_the_strikes_gets_its_event(extractor):
    doc = _run(extractor, "شنت الطائرات الروسية أمس غارات على بلدتي النعيمة واليادودة في ريف درعا. "
                          "كما طالت بعض الضربات مدينة جاسم.")
    jasim = [e for e in doc.events if e.location == "Jāsim"]
    assert jasim and "reach-told" in jasim[0].rule_ids
    assert jasim[0].event_type == "Explosions/Remote violence"


def test_the_strikes_reaching_a_town_after_the_noun_count_too(extractor):
    doc = _run(extractor, "شنت الطائرات الروسية أمس غارات على بلدة النعيمة في ريف درعا. "
                          "وقال ناشطون إن الصواريخ طالت مواقع في بلدة جاسم.")
    assert "Jāsim" in {e.location for e in doc.events}


def test_a_reaching_strike_with_no_reported_strike_beside_it_is_not_kept(extractor):
    # never kept alone: only as one more place of a strike the report tells with confidence
    doc = _run(extractor, "قال محافظ درعا إن الطرق إلى المدينة مفتوحة. كما طالت بعض الضربات مدينة جاسم.")
    assert "Jāsim" not in {e.location for e in doc.events}
