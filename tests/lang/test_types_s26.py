"""Number and date readers keep their values' types (int stays int) now that their locals are declared for mypyc."""
import datetime as dt

from marsad.lang.ar.dates import _span
from marsad.lang.ar.numbers import parse_digits, parse_number_words


def test_a_day_that_does_not_exist_has_no_span():
    assert _span("gregorian", 2017, 2, 30, None) is None
    assert _span("gregorian", 2017, 2, 28, None) == (dt.date(2017, 2, 28), dt.date(2017, 2, 28))
    assert _span("gregorian", 2017, 2, None, None) == (dt.date(2017, 2, 1), dt.date(2017, 2, 28))


def test_number_values_keep_their_type():
    for phrase, value in (("ألف وخمسمئة", 1500), ("خمسة وعشرين", 25), ("ثلاثة آلاف", 3000)):
        got = parse_number_words(phrase)
        assert got == value and type(got) is int
    assert type(parse_digits("25")) is int and type(parse_digits("1,500")) is int
    assert parse_digits("2.5") == 2.5
