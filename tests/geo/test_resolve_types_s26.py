"""resolve.py's weights are floats kept in dicts (compiled code checks a Counter's values as ints): the heaviest
key is the one ``Counter.most_common`` gave, the first of equals."""
from collections import Counter

from marsad.geo.resolve import _heaviest


def test_the_heaviest_weight_is_most_commons_first_of_equals():
    for weights in ({"SY": 1.0, "IQ": 2.5, "LB": 2.5}, {"SY": 0.5}, {None: 1.0, "IQ": 1.0},
                    {("SY", "Aleppo"): 0.3333333333333333, ("SY", "Idlib"): 1 / 3}):
        assert _heaviest(weights) == Counter(weights).most_common(1)[0]
    heaviest = _heaviest({"SY": 0.5, "IQ": 1.5})
    assert heaviest == ("IQ", 1.5) and isinstance(heaviest[1], float)
