"""g88d: a deal told through the leaders who made it («اتفق بوتين وأردوغان») has their states as its sides (leaders.tsv),
not the document's default actors; outside deals a leader's name is no actor. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

AGR = "Agreement"
RUS = "Military Forces of Russia (2000-)"
TUR = "Military Forces of Turkey (2016-)"


def _sides(extractor, text, sub=AGR):
    doc = read_doc(extractor, text, "2018-09-18")
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == sub]


def test_summit_deal_between_two_leaders_is_between_their_states(extractor):
    got = _sides(extractor, "توصل بوتين مع أردوغان الاثنين في سوتشي إلى اتفاق على إقامة منطقة منزوعة السلاح في إدلب.")
    assert got == [(RUS, TUR)]


def test_leaders_with_titles_and_full_names(extractor):
    got = _sides(extractor, "اتفق الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان الاثنين على إقامة "
                            "منطقة منزوعة السلاح في إدلب.")
    assert got == [(RUS, TUR)]


def test_leader_after_a_clitic(extractor):
    got = _sides(extractor, "أعلن الكرملين الاثنين أن اتفاقا أبرم بين بوتين وأردوغان لإقامة منطقة منزوعة السلاح في إدلب.")
    assert got and all(TUR in s and RUS in s for s in got)

def test_a_leader_outside_a_deal_is_no_side(extractor):
    doc = read_doc(extractor, "هتف المتظاهرون في عفرين الجمعة ضد أردوغان ورفعوا صور القتلى.", "2018-09-18")
    assert all(TUR not in (e.actor1, e.actor2) for e in doc.events)

