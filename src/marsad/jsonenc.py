"""``json.dumps(obj, ensure_ascii=False)`` without building an encoder on every call.

The store serialises hundreds of thousands of small values (span values, event lists,
merge decisions) per corpus; ``json.dumps`` with keyword arguments builds a new
``JSONEncoder`` and C encoder each time, which costs more than the encoding itself.
These encoders are built once and give the same text: the same C encoder ``json.dumps``
uses, with its circular-reference check.
"""
from __future__ import annotations

from json.encoder import JSONEncoder, c_make_encoder, encode_basestring
from typing import Any, Callable, Iterable


class Dumps:
    """A callable equal to ``json.dumps(obj, ensure_ascii=False, default=default)``."""

    def __init__(self, default: Callable[[Any], Any] | None = None):
        self.default = default or JSONEncoder().default  # JSONEncoder's own: raises TypeError
        self._enc = None if c_make_encoder is None else self._new()
        self._py = JSONEncoder(ensure_ascii=False, default=self.default)

    def _new(self):
        # (markers, default, encoder, indent, key sep, item sep, sort_keys, skipkeys, allow_nan)
        return c_make_encoder({}, self.default, encode_basestring, None, ": ", ", ", False, False, True)

    def __call__(self, obj: Any) -> str:
        if type(obj) is str:
            return encode_basestring(obj)
        if self._enc is None:  # no C accelerator in this Python
            return self._py.encode(obj)
        try:
            return "".join(self._enc(obj, 0))
        except BaseException:
            self._enc = self._new()  # its circular-reference markers may hold this call's objects
            raise

    def many(self, objs: Iterable[Any]) -> list[str]:
        """``[self(o) for o in objs]`` in one call (the store encodes ~60 span values per document)."""
        enc, esc, join = self._enc, encode_basestring, "".join
        if enc is None:
            return [self(o) for o in objs]
        try:
            return [esc(o) if type(o) is str else join(enc(o, 0)) for o in objs]
        except BaseException:
            self._enc = self._new()
            raise


class FlatDictMemo:
    """``dumps.many`` for values of which many are equal flat dicts (a place, a date, a trigger
    told again and again: 9 in 10 span values are repeats): the text of such a dict is kept,
    keyed by its keys in order, the exact types of its values and the values. Equal values of
    one exact type give the same JSON text, but for 0.0 and -0.0, so a dict with a value equal to
    0 is never kept (keys are typed too: 1 and 1.0 are "1" and "1.0"); anything unhashable (a list
    inside) is encoded every time."""

    def __init__(self, dumps: Dumps, bound: int = 50_000):
        self.dumps = dumps
        self.bound = bound
        self._texts: dict[tuple, str] = {}

    def many(self, objs: Iterable[Any]) -> list[str]:
        out: list[str] = []
        append, texts, one, esc = out.append, self._texts, self.dumps, encode_basestring
        for o in objs:
            t = type(o)
            if t is str:
                append(esc(o))
                continue
            if t is not dict:
                append(one(o))
                continue
            vals = tuple(o.values())
            try:
                key = (tuple(map(type, o)), tuple(o), tuple(map(type, vals)), vals)
                text = texts.get(key)
            except TypeError:  # an unhashable value
                append(one(o))
                continue
            if text is None:
                text = one(o)
                if 0 not in vals:
                    if len(texts) >= self.bound:
                        texts.clear()
                    texts[key] = text
            append(text)
        return out


dumps = Dumps()  # json.dumps(obj, ensure_ascii=False)
dumps_str = Dumps(default=str)  # json.dumps(obj, ensure_ascii=False, default=str)
