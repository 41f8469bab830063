"""g103b (throughput, no change of answers): the function-word groups read by a dict look-up, the clitic views and
per-set memos of the Arabic layer without lru_cache, and geo.model compiled with its __init__s written out."""
from __future__ import annotations

import copy
import inspect
import pickle
import tomllib
from dataclasses import fields, replace
from pathlib import Path

import pytest

from marsad.extract import lexicons as L
from marsad.geo.model import Place, PlaceMention
from marsad.lang.ar import dates, tokens
from marsad.lang.ar.normalize import norm_key
from marsad.tables import load_table
from marsad_testdata import patches_compiled_calls

ROOT = Path(__file__).resolve().parents[1]


def _scan(group: str) -> frozenset[str]:
    """``words(group)`` as it was computed before: a scan of the whole table for the group's rows."""
    return frozenset(norm_key(r["word"]).lower() for r in load_table("function_words.tsv", required=("group", "word"))
                     if r["group"] == group)


def test_every_word_group_holds_what_a_scan_of_the_table_finds():
    groups = {r["group"] for r in load_table("function_words.tsv", required=("group", "word"))}
    assert len(groups) > 100
    for g in sorted(groups):
        assert L.words(g) == _scan(g), g
        assert L.words(g) is L.words(g)  # made once, the same set for every caller


def test_an_unknown_group_raises_and_is_not_remembered():
    fresh = L._WordGroups()
    with pytest.raises(ValueError, match="no group 'g103b-no-such-group'"):
        fresh["g103b-no-such-group"]
    assert "g103b-no-such-group" not in fresh
    with pytest.raises(ValueError):
        L.words("g103b-no-such-group")


def test_the_table_is_read_once_for_all_groups_and_words_is_a_plain_dict_look_up(monkeypatch):
    reads = []

    def counting(name, required=()):
        reads.append(name)
        return load_table(name, required)

    monkeypatch.setattr(L, "load_table", counting)
    fresh = L._WordGroups()
    first = {g: fresh[g] for g in ("clause_break", "question_end", "toll_rise", "toll_rise_to")}
    assert reads == ["function_words.tsv"]
    assert first == {g: _scan(g) for g in first}
    fresh.cache_clear()  # forgets the groups and the table read, as lru_cache's cache_clear did
    assert not fresh and fresh["clause_break"] == first["clause_break"] and len(reads) == 2
    # the saving: a call is the dict's own __getitem__ (a native look-up from compiled code), no lru_cache wrapper
    assert L.words.__self__ is L._WORD_GROUPS and not hasattr(L.words, "cache_info")


def test_the_clitic_views_and_set_memos_answer_as_before():
    pro = tokens._clitics()[0]
    assert tokens._conjunctions() == tuple(form for form, order, _ in pro if order == 1)
    by_initial: dict[str, list] = {}
    for row in pro:
        by_initial.setdefault(row[0][:1], []).append(row)
    assert tokens._proclitics_by_initial() == {k: tuple(v) for k, v in by_initial.items()}
    cut = max((len(r) for _, _, r in pro), default=0)
    for words in (L.words("clause_break"), frozenset({"التنظيم", "الجبهة"}), frozenset()):
        assert tokens.with_conjunctions(words) == words | {c + w for c in tokens._conjunctions() if len(c) == 1
                                                           for w in words}
        assert tokens.stem_tails(words) == tuple(sorted({w[cut:] for w in words}))
        assert tokens.with_conjunctions(words) is tokens.with_conjunctions(words)
    for f in (tokens._conjunctions, tokens._proclitics_by_initial, tokens.with_conjunctions, tokens.stem_tails,
              dates._kinds):
        assert not hasattr(f, "cache_info"), f  # no lru_cache wrapper: compiled, a native call


def test_a_full_set_memo_is_emptied_not_grown(monkeypatch):
    patches_compiled_calls(tokens)  # the memo and its bound are Final: compiled, C statics a patch does not reach
    monkeypatch.setattr(tokens, "SET_MEMO_MAX", 2)
    monkeypatch.setattr(tokens, "_WITH_CONJ", {})
    for w in ("أ", "ب", "ت"):
        assert tokens.with_conjunctions(frozenset({w})) == frozenset({w, "و" + w, "ف" + w})
    assert len(tokens._WITH_CONJ) <= 2


def test_the_date_kinds_of_a_form_are_its_lexicon_entries_kinds():
    lex = dates._dlex()
    for form in ["الاثنين", "امس", "صباح", "يناير", "كلمة-لا-تاريخ", *list(lex.surf)[:50]]:
        assert dates._kinds(form) == frozenset(e.kind for _, e in lex.surf.get(form, ())), form
    assert any(dates._kinds(f) for f in list(lex.surf)[:50])  # the lexicon's own forms have kinds
    assert "امس" in dates._KINDS  # remembered per form in a plain dict


def test_geo_model_is_compiled_with_the_other_hot_modules():
    with open(ROOT / "pyproject.toml", "rb") as f:
        assert "marsad.geo.model" in tomllib.load(f)["tool"]["marsad"]["native"]["modules"]


@pytest.mark.parametrize("cls", [Place, PlaceMention], ids=lambda c: c.__name__)
def test_the_geo_inits_are_written_out_and_take_the_fields_in_order(cls):
    code = getattr(cls.__init__, "__code__", None)
    assert code is None or code.co_filename != "<string>"  # dataclasses' generated __init__ is compiled from a string
    if code is None:
        pytest.skip("compiled: no signature to read")
    assert list(inspect.signature(cls.__init__).parameters)[1:] == [f.name for f in fields(cls)]


def _mention(**kw) -> PlaceMention:
    return PlaceMention(3, 9, "بريف حلب", "حلب", 1, 3, "city", **kw)


def test_a_place_mention_s_defaults_copies_and_dict_are_the_dataclass_s():
    a, b = _mention(), _mention()
    a.candidates.append(Place("gn:1", "Aleppo", "حلب", "city", 36.2, 37.1, "SY", "Aleppo", None, 10, 1, "core"))
    assert b.candidates == [] and a != b and b == _mention(candidates=[])
    assert (b.modifiers, b.proclitic, b.opens_list, b.latitude, b.score, b.resolved) == ((), "", False, None, None, False)
    b.latitude = 36.2
    assert b.resolved
    d = a.to_dict()
    assert list(d) == [f.name for f in fields(PlaceMention) if f.name != "candidates"]
    assert d["name"] == "حلب" and d["tok_end"] == 3 and d["kind"] == "city"
    for c in (pickle.loads(pickle.dumps(a)), copy.copy(a), copy.deepcopy(a), replace(a)):
        assert c == a
    p = a.candidates[0]
    assert p.fcode == "" and pickle.loads(pickle.dumps(p)) == p == replace(p)
    assert repr(b).startswith("PlaceMention(start=3, end=9, text='بريف حلب', name='حلب'")


def test_the_rule_rows_are_compiled_records_that_lexicons_exports():
    from marsad.extract import records

    with open(ROOT / "pyproject.toml", "rb") as f:
        assert "marsad.extract.records" in tomllib.load(f)["tool"]["marsad"]["native"]["modules"]
    assert (L.Trigger, L.Actor, L.Cue, L.RoleRule) == (records.Trigger, records.Actor, records.Cue, records.RoleRule)
    some_rule = next(r for rules in L.actor_roles().values() for r in rules)
    assert type(some_rule) is records.RoleRule and type(next(iter(L.actor_table().values()))) is records.Actor


@pytest.mark.parametrize("row", [
    L.Trigger("t1", "Battles", "Armed clash", "noun", 1.0, "agent"),
    L.Actor("a1", "Military Forces of {country}", 1, "SY", "state", 2011, None, adjective=True),
    L.Cue("c1", "title", "after", 3, frozenset({"Battles"})),
    L.RoleRule("r1", "a1", "retype", "Arrests", "a2", frozenset({"Syria"})),
], ids=lambda r: type(r).__name__)
def test_a_rule_row_copies_pickles_hashes_and_stays_frozen(row):
    # compiled, a frozen dataclass has no copy or pickle of its own: each record writes its __reduce__
    for c in (pickle.loads(pickle.dumps(row)), copy.copy(row), copy.deepcopy(row), replace(row)):
        assert c == row and hash(c) == hash(row) and type(c) is type(row)
    with pytest.raises(AttributeError):  # FrozenInstanceError is an AttributeError
        row.id = "other"  # type: ignore[misc]
    assert row.__reduce__()[1] == tuple(getattr(row, f.name) for f in fields(row))


def test_an_actor_displays_its_country():
    a = L.Actor("a1", "Military Forces of {country}", 1, "SY", "state", None, None)
    assert a.display("Syria") == "Military Forces of Syria" and a.display(None) == "Military Forces of International"
    assert L.Cue("c", "k") == L.Cue("c", "k", "before", 0, frozenset())
    assert L.RoleRule("r", "k", "never").countries == frozenset()
