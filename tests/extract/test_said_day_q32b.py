"""A statement's day gives way at merge to a later mention's day told right after its act (q32b): "قال الجيش
الأربعاء إن ضربة ..." then "الضربة التي نفذت الثلاثاء" is Tuesday's strike; a day told after "غداة" is another
happening's, and a vague span does not date the news."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-06"  # a Wednesday; "الثلاثاء" is 2018-06-05


def _doc(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _days(doc, sub):
    return sorted((e.date_start, e.date_end) for e in doc.events if e.sub_event_type == sub)


def test_the_acts_own_day_told_later_beats_the_statements(extractor):
    doc = _doc(extractor, "قال الجيش التركي، الأربعاء، إن ضربة جوية نفذتها طائراته الحربية استهدفت مسلحين من حزب "
                          "العمال الكردستاني. وأضاف الجيش أن الضربة الجوية التي نفذت الثلاثاء استهدفت مواقع في "
                          "منطقة قنديل بشمال العراق.")
    assert _days(doc, "Air/drone strike") == [("2018-06-05", "2018-06-05")]


def test_a_day_after_ghadat_is_the_other_happenings(extractor):
    doc = _doc(extractor, "قال مصدر عسكري، الأربعاء، إن اشتباكات عنيفة اندلعت بين الجيش العراقي ومسلحي داعش في "
                          "قضاء الحويجة. وتأتي هذه المعارك غداة مقتل خمسة مدنيين الثلاثاء في القضاء.",
               # published the next day: a statement of the publication day itself now dates its act that day or the
               # one before (said-today-72900, g101o); «غداة ... الثلاثاء» is not yet read as the act's Wednesday
               "2018-06-07")
    assert ("2018-06-06", "2018-06-06") in _days(doc, "Armed clash")


def test_without_a_statement_the_first_day_stays(extractor):
    # two days told with the act, none a statement's: the first mention's day is kept, as before
    doc = _doc(extractor, "شنت طائرات حربية غارات الأربعاء على مواقع في منطقة قنديل بشمال العراق. "
                          "وكانت الغارات التي نفذت الثلاثاء قد استهدفت مواقع في منطقة قنديل.")
    assert _days(doc, "Air/drone strike")[0][0] == "2018-06-06"
