"""The recognizer's and resolver's fast paths (per-form start table, memoised readings, one-word name
templates, kept score terms and location fields) give what the plain path gives."""
from __future__ import annotations

import copy
import dataclasses
import functools
import importlib.util
import math
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad import native
from marsad.geo import recognize
from marsad.geo.recognize import PlaceRecognizer
from marsad.geo.resolve import _FCODE, _SETTLEMENT_ROLES, _TIER, Resolver, _compass, _roles
from marsad.lang.ar.tokens import analyze_text

TEXTS = [
    "قصفت الطائرات بريف حلب الشمالي وبلدة كفرنبل بريف إدلب الجنوبي",
    "قالت قوات سوريا الديمقراطية إن تنظيم الدولة انسحب من الرقة ودير الزور",
    "وصلت الحافلات إلى ديرالزور مساء وإلى كوي سنجق صباحا",
    "في سوريا، قصف على مخيم اليرموك وعلى محافظة درعا وقاعدة التيفور الجوية وحلب وحي الوعر",
    "أصدرت الحكومة بيانا يوم الخميس قالت فيه إن البيت الأبيض كان على علم وإن الجيش سوف يرد",
    "قتل مدنيون في إدلب. وتواصل القصف في شمال البلاد وجنوب شرق تونس",
    "غارة على مدينة صور ونشر صور الدمار في الولايات المتحدة الأمريكية",
    "اشتباكات في «الغوطة الشرقية» وفي الغوطه الشرقيه وبالرقة وللرقة وكالرقة",
    "انفجار في بلدة زمرينة ومدينة جديدة قرب سراقب وفي منطقة المنطقة أمس",
    "دمشق",
    "مدينة.",
]


@functools.cache
def _interpreted(r: PlaceRecognizer) -> PlaceRecognizer:
    """``r`` built again by the pure-Python source: a compiled PlaceRecognizer can be neither copied nor given
    fields of other types (docs/performance.md, s27), which the reference paths below need."""
    source = Path(recognize.__file__).with_name("recognize.py")  # __file__ is the extension's when compiled
    spec = importlib.util.spec_from_file_location("marsad_geo_recognize_interpreted", source)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.PlaceRecognizer(r.gaz, r.words)


def _fields(start):
    """A start's fields: the interpreted copy's _Start is a class of its own."""
    return None if start is None else dataclasses.astuple(start)


def _copy(r: PlaceRecognizer) -> PlaceRecognizer:
    """A copy of ``r`` whose fields a test may change (the fast paths under test are still ``r``'s)."""
    return copy.copy(_interpreted(r) if native.status().compiled else r)


def _plain(r: PlaceRecognizer) -> PlaceRecognizer:
    """The same recognizer matching through the PhraseMatchers themselves, with no start table."""
    ref = _copy(r)
    ref._gaz, ref._masks, ref._mods, ref._adjs = r.gaz.matcher, r.masks, r.modifiers, r.adjectives
    return ref


def _slow_find(r: PlaceRecognizer, text: str, lo: int = 0, hi: int | None = None) -> list[dict]:
    """find() as it reads without the fast paths: every word tried, masks first."""
    an = analyze_text(text)
    toks = an.tokens
    hi = len(toks) if hi is None else min(hi, len(toks))
    ref = _plain(r)
    out = []
    i = lo
    while i < hi:
        if toks[i].punct:
            i += 1
            continue
        mask = r.masks.match_at(toks, i, hi)
        g_named = None
        if mask is not None:
            # a gazetteer name of two words or more, as long as the mask or longer, is that place (g108w): the
            # plain path reads it as find() does («الضفة الشرقية من الفرات» is no mask of the West Bank)
            g_named = ref._gaz_at(toks, i, hi, after_prefix=False)
            if g_named is None or g_named.end_tok < mask.end_tok or g_named.end_tok - i < 2:
                i = mask.end_tok
                continue
        m = ref._parse_at(toks, an.norm.orig, i, hi, g_named)
        if m is None:
            i += 1
        else:
            out.append(m)
            i = m.tok_end
    return [_dump(m) for m in ref.finish(out, toks, an.norm.orig, hi)]


def _dump(m) -> dict:
    return dict(m.to_dict(), candidates=[c.gid for c in m.candidates])


def _fast_find(r: PlaceRecognizer, text: str, lo: int = 0, hi: int | None = None) -> list[dict]:
    return [_dump(m) for m in r.find(analyze_text(text), lo, hi)]


def _outcome(f, *args) -> object:
    """The result, or the error's type (the plain path may be handed a range the fast path skips)."""
    try:
        return f(*args)
    except IndexError:
        return IndexError


@pytest.mark.parametrize("text", TEXTS)
def test_find_agrees_with_the_plain_path(geo, text):
    r = geo.recognizer
    assert _fast_find(r, text) == _slow_find(r, text)
    n = len(analyze_text(text).tokens)
    assert _fast_find(r, text, n // 3, 2 * n // 3) == _slow_find(r, text, n // 3, 2 * n // 3)


@pytest.mark.parametrize("text", TEXTS)
def test_no_start_means_nothing_found_there(geo, text):
    r = geo.recognizer
    an = analyze_text(text)
    toks, ref = an.tokens, _plain(r)
    for i in range(len(toks)):
        if not r._starts_at(toks, i, len(toks)):
            assert r.masks.match_at(toks, i, len(toks)) is None
            assert _outcome(ref._parse_at, toks, an.norm.orig, i, len(toks)) in (None, IndexError)


@pytest.mark.parametrize("text", TEXTS)
def test_memoised_readings_match_like_the_matchers(geo, text):
    r = geo.recognizer
    toks = analyze_text(text).tokens
    pairs = [(r._gaz, r.gaz.matcher), (r._masks, r.masks), (r._mods, r.modifiers), (r._adjs, r.adjectives)]
    for i in range(len(toks)):
        for hi in (i + 1, len(toks)):
            for fast, plain in pairs:
                assert fast.match_at(toks, i, hi) == plain.match_at(toks, i, hi)


def _vocabulary(r: PlaceRecognizer) -> list[str]:
    w = r.words
    names = sorted(r.gaz.by_key)[::40]  # a spread of names, one word and longer
    names += ["الرقه", "حلب", "دير الزور", "الغوطه الشرقيه", "الولايات المتحده", "كويسنجق", "صور", "مدينه نصر"]
    words = sorted(w.prefixes)[::2] + sorted(w.compass) + sorted(w.compass_adj) + sorted(w.suffixes)[:5] \
        + sorted(w.stop)[:10] + sorted(w.masks)[:6] + sorted(w.country_ref)
    common = ["في", "من", "ان", "علي", "الي", "قوات", "كوي", "سنجق", "ديرالزور", "«", "»", '"', "،", ".", "زمرينه"]
    return names + words + common


@pytest.fixture(scope="module")
def vocab(geo):
    return _vocabulary(geo.recognizer)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_find_agrees_on_composed_word_sequences(geo, vocab, data):
    clitic = st.sampled_from(["", "", "", "و", "ب", "ل", "ك", "وب", "ال", "لل", "س"])
    words = data.draw(st.lists(st.tuples(clitic, st.sampled_from(vocab)), min_size=1, max_size=12))
    text = " ".join(c + w for c, w in words)
    r = geo.recognizer
    assert _outcome(_fast_find, r, text) == _outcome(_slow_find, r, text)


def _score_ref(res: Resolver, c, m, cw, aw, container) -> float:
    """The score as one sum, in the order the terms were always added."""
    s = 0.0
    ctot = sum(cw.values())
    if ctot:
        s += 4.0 * cw.get(c.cc, 0) / ctot  # (a Counter's missing key is 0 too)
    atot = sum(aw.values())
    if atot and c.admin1:
        s += 2.0 * aw.get((c.cc, c.admin1), 0) / atot
    if container is not None and container.gazetteer_id:
        if container.admin1 and c.admin1 == container.admin1:
            s += 4.0
        info = res.gaz.country_info(c.cc)
        if container.iso is not None and info and container.country == info.country:
            s += 2.0
    s += _TIER.get(c.tier, 0.0)
    if c.tier == "extra" and c.kind not in ("admin1", "country"):
        s += 2.0
    s += 0.4 * math.log10(c.population + 1)
    s += _FCODE.get(c.fcode, 0.0)
    roles = _roles(m)
    if roles and roles[-1] == "province":
        s += 3.0 if c.kind == "admin1" else 0.0
    elif roles and roles[-1] in _SETTLEMENT_ROLES and c.kind in ("admin1", "country"):
        s -= 3.0
    elif c.kind == "city" and any(o.kind == "admin1" and o.cc == c.cc and o.admin1 == c.admin1 for o in m.candidates):
        s += 1.0
    elif c.kind == "admin1":
        namesake = any(o.kind == "city" and o.cc == c.cc and o.admin1 == c.admin1 for o in m.candidates)
        s += -0.5 if namesake else 2.5
    if roles and roles[-1] == "country" and c.kind == "country":
        s += 3.0
    if _compass(m) and c.kind == "country":
        s += 3.0
    return s


@pytest.mark.parametrize("text", TEXTS)
def test_scores_and_fields_agree_with_the_plain_computation(geo, text):
    res = Resolver(geo.gazetteer)  # fresh caches
    places = geo.find_places(analyze_text(text))
    res.resolve(places, (), None, text)
    cw, aw = res._context(places, "SY")
    assert isinstance(cw, dict) and isinstance(aw, dict)
    for m in places:
        cont = places[m.container] if m.container is not None else None
        for c in m.candidates:
            assert res._score(c, m, cw, aw, cont) == _score_ref(res, c, m, cw, aw, cont)
        if m.candidates:
            best = max(m.candidates, key=lambda c: (_score_ref(res, c, m, cw, aw, cont), c.population, c.gid))
            got, score = res._choose(res._profile(m), cw, aw, sum(cw.values()), sum(aw.values()), cont)
            assert got is best and score == round(_score_ref(res, best, m, cw, aw, cont), 3)
            kept, fresh = copy.copy(m), copy.copy(m)
            res._apply(kept, best)  # kept fields (the first _apply above filled them)
            res._apply_now(fresh, best)
            assert _dump(kept) == _dump(fresh)


def test_resolution_is_the_same_with_cold_and_warm_caches(geo):
    text = " ".join(TEXTS)
    cold = Resolver(geo.gazetteer)
    a = geo.find_places(analyze_text(text))
    cold.resolve(a, (), "SY", text)
    b = geo.find_places(analyze_text(text))
    cold.resolve(b, (), "SY", text)  # warm now
    c = geo.find_places(analyze_text(text))
    Resolver(geo.gazetteer).resolve(c, (), "SY", text)
    assert [_dump(m) for m in a] == [_dump(m) for m in b] == [_dump(m) for m in c]


@pytest.mark.parametrize("text", ["قصفت الطائرات مواقع في منطقة", "مدينة", "اشتباكات في حلب قرب مدينة",
                                  "غارات على ريف", "تقدمت القوات شمال شرق"])
def test_a_modifier_ending_the_text_is_no_place_and_no_error(geo, text):
    found = geo.find_places(analyze_text(text))
    assert [p.text for p in found] == (["حلب"] if "حلب" in text else [])


def test_list_openers_are_the_tokens_of_the_list_open_words(geo) -> None:
    """The openers of enumerations are found by one look-up per token: the indices of list_open words in [lo, hi)."""
    r = geo.recognizer
    an = analyze_text("قصفت الطائرات بلدات عدة، بينها كفرنبل وحيش، ومنها قرى منها التح والدير")
    toks = an.tokens
    slow = [k for k, t in enumerate(toks) if t.norm in r.words.list_open]
    assert slow and r._list_openers(toks, 0, len(toks)) == slow
    assert r._list_openers(toks, 5, 9) == [k for k in slow if 5 <= k < 9]
    assert r._list_openers(toks, 0, 0) == []


def test_the_stem_reject_of_new_forms_agrees_with_the_full_start(geo) -> None:
    """``_start_of`` with the stem reject gives what it gives without it (the walk over the readings)."""
    r = geo.recognizer
    walk = _copy(r)
    walk._start_stems = None
    assert r._start_stems is not None
    words = [t.norm for text in TEXTS for t in analyze_text(text).tokens]
    words += ["كوي", "فكوي", "حلبا", "وبحلب", "للرقة", "كالرقة", "المدينه", "بمدينه", "ديرا", "سنجق", "والسين"]
    for w in words:
        assert _fields(r._start_of(w)) == _fields(walk._start_of(w)), w
