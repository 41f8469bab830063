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


dumps = Dumps()  # json.dumps(obj, ensure_ascii=False)
dumps_str = Dumps(default=str)  # json.dumps(obj, ensure_ascii=False, default=str)
