"""Arabic layer: normalisation with offsets, sentences, tokens with clitics, numbers, dates."""
from marsad.lang.ar.normalize import NormText, normalize, norm_key
from marsad.lang.ar.numbers import NumberMention, find_numbers, parse_number_words
from marsad.lang.ar.dates import DateMention, find_dates

__all__ = [
    "NormText",
    "normalize",
    "norm_key",
    "NumberMention",
    "find_numbers",
    "parse_number_words",
    "DateMention",
    "find_dates",
]
