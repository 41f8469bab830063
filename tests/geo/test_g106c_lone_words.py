"""g106c: the lone-word check reads the countries each mention weighs (_context_keys), not _context's float sums."""
from marsad.lang.ar.tokens import analyze_text

TEXTS = [
    "قصفت الطائرات مدينة حلب وبلدة سراقب في ريف إدلب، بينما سقطت قذائف على الموصل وبغداد",
    "وصل الوفد إلى القاهرة قادما من عمان ثم توجه إلى بيروت ودمشق، وفي الرياض قال المسؤولون إن الاجتماع المقبل في الدوحة",
    "زار الوزير الحديدة وعدن وتعز في اليمن قبل أن يعود إلى صنعاء",
]


def _keys_of(resolver, pool, site_cc):
    got = set()
    for x in pool:
        got.update(resolver._context_keys(x))
    if site_cc:
        got.add(site_cc)
    return got


def test_context_keys_are_the_countries_context_weighs(geo):
    for text in TEXTS:
        for site_cc in (None, "SY"):
            places = geo.find_places(analyze_text(text))
            assert places
            r = geo.resolver
            # unresolved mentions weigh their candidates' countries; resolved ones their choice
            cw = r._context(places, site_cc)[0]
            assert set(cw) == _keys_of(r, places, site_cc) and all(v > 0 for v in cw.values())
            geo.resolve_document(places, text, None, context_places=places)
            for sub in (places, places[1:], [p for p in places if p.name != places[0].name]):
                cw = r._context(sub, site_cc)[0]
                assert set(cw) == _keys_of(r, sub, site_cc) and all(v > 0 for v in cw.values())
