"""The HTML fast path (``extract_page``) against trafilatura's own ``bare_extraction``:
same text and metadata on composed pages with and without each kind of metadata. All
texts are composed, never real articles."""
from __future__ import annotations

import itertools

import pytest

from marsad.readers import htmlpage
from marsad.readers.htmlpage import extract_page

trafilatura = pytest.importorskip("trafilatura")

PARA = ("اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة قرب مدينة درعا صباح اليوم، "
        "وقال ناشطون إن القصف طال الأحياء السكنية. ")

HEADS = {
    "none": "",
    "opengraph": "<meta property='og:title' content='عنوان من og'><meta property='og:site_name' content='موقع'>"
                 "<meta property='og:url' content='https://news.test/a/1'><meta property='article:author' content='أحمد علي'>",
    "one-word-author": "<meta name='author' content='Admin'>",
    "meta-author": "<meta name='author' content='محمد حسن'><meta name='keywords' content='سوريا, درعا'>",
    "json-ld": '<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان JSON",'
               '"datePublished":"2018-03-01T10:00:00+03:00","author":{"@type":"Person","name":"سارة يوسف"},'
               '"publisher":{"@type":"Organization","name":"موقع الأخبار"}}</script>',
    "broken-json-ld": '<script type="application/ld+json">{"headline":"عنوان" "author": {name: x}</script>',
    "canonical": "<link rel='canonical' href='/ar/news/2018/3/5/x'>"
                 "<meta property='og:image' content='https://www.news.test/img.jpg'>",
    "twitter": "<meta name='twitter:site' content='@news'><meta name='twitter:title' content='عنوان تويتر'>",
    "date": "<meta property='article:published_time' content='2018-02-08T09:00:00Z'>",
}
BYLINES = {
    "none": "",
    "class-author": "<div class='author'>بقلم: خالد العمر</div>",
    "byline": "<p class='byline'>By John Smith</p>",
    "writer": "<span class='post-writer'>رامي سليمان</span>",
    "itemprop": "<span itemprop='author'><span itemprop='name'>ليلى أحمد</span></span>",
    "rel-author": "<a rel='author' href='/u/1'>عمر فاروق</a>",
    "author-element": "<author>نور الهدى</author>",
    "id-author": "<div id='postAuthor'>Mona Zaki</div>",
    "data-component": "<div data-component='Byline'>Staff writer</div>",
    "rel-element": "<div><rel>me</rel>Sami Noor</div>",
}
BODIES = {
    "article": "<article><h1>عنوان رئيسي</h1>{b}<p>{p}</p><p>{p}</p></article>",
    "divs": "<div class='content'><h2>عنوان</h2>{b}<div>{p}</div></div>",
    "short": "<div>{b}<p>قصف على درعا.</p></div>",
    "unclosed": "<div><p>{p}<p>{b}<b>{p}<div><span>{p}",
}


def page(head: str, byline: str, body: str) -> str:
    return (f"<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>عنوان الخبر - موقع</title>{head}"
            f"</head><body><nav><ul><li><a href='/'>الرئيسية</a></li></ul></nav>"
            f"{body.format(b=byline, p=PARA * 3)}<aside><h3>اقرأ أيضا</h3></aside>"
            f"<footer><a rel='license' href='https://creativecommons.org/licenses/by/4.0/'>CC</a></footer></body></html>")


from marsad.readers.htmlpage import FIELDS  # noqa: E402


def reference(html: str, url: str | None) -> dict | None:
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_recall=True, deduplicate=False)
    return None if doc is None else {k: doc.as_dict()[k] for k in FIELDS}


CASES = [(h, b, body) for h, b, body in itertools.product(HEADS, BYLINES, BODIES)
         if h == "none" or b in ("none", "class-author") or body == "article"]


@pytest.mark.parametrize("head,byline,body", CASES)
@pytest.mark.parametrize("url", [None, "http://news.test/a/7"])
def test_fast_path_gives_what_bare_extraction_gives(head, byline, body, url):
    html = page(HEADS[head], BYLINES[byline], BODIES[body])
    assert extract_page(html, url) == reference(html, url)


@pytest.mark.parametrize("html", ["", "   ", "<html></html>", "<p></p>" * 50, "not html at all",
                                  "<html><body><script>var a=1;</script></body></html>"])
def test_empty_and_odd_pages_as_with_bare_extraction(html):
    assert extract_page(html) == reference(html, None)


def test_author_search_skipped_only_where_it_cannot_find_one():
    from lxml.html import fromstring
    from trafilatura.metadata import extract_author

    def may_name_author(tree) -> bool:
        return htmlpage._may_name_author(tree, htmlpage._attribute_text(tree))

    plain = fromstring(page("", "", BODIES["article"]))
    assert not may_name_author(plain)
    assert extract_author(plain) is None  # what the skipped search would have found
    for name, byline in BYLINES.items():
        if name != "none":
            assert may_name_author(fromstring(page("", byline, BODIES["article"]))), name


# blocks the raw-page prunes remove, as id or class values with their cue in other cases
PRUNED_BLOCKS = [
    "<div id='Comments'><p>{c}</p></div>", "<section class='comment-list'><p>{c}</p></section>",
    "<div class='post-comments'><p>{c}</p></div>", "<div id='disqus_thread'><p>{c}</p></div>",
    "<ul id='comol'><li>{c}</li></ul>", "<div class='infiniteScroll'><p>{c}</p></div>",
    "<aside id='mvp-post-add-box'><p>{c}</p></aside>", "<div class='elementor-share-buttons'><p>{c}</p></div>",
]


@pytest.mark.parametrize("block", PRUNED_BLOCKS)
def test_raw_page_prunes_still_run_where_their_blocks_are(block):
    comment = "تعليق القارئ على الخبر بكلمات كثيرة تتكرر هنا. " * 4
    html = page("", "", BODIES["article"].replace("</article>", "</article>" + block.format(c=comment)))
    assert extract_page(html) == reference(html, None)
    from lxml.html import fromstring

    attributes = htmlpage._attribute_text(fromstring(html))
    assert any(c in attributes for c in htmlpage._RAW_PRUNE_CUES + htmlpage._COMMENT_CUES)


@pytest.mark.parametrize("paras,readability", [(12, False), (2, True)])
def test_readability_left_out_only_where_it_cannot_win(monkeypatch, paras, readability):
    import trafilatura.external

    if htmlpage._options() is None:
        pytest.skip("trafilatura version not checked: bare_extraction does all")
    calls = []
    real = trafilatura.external.try_readability
    monkeypatch.setattr(trafilatura.external, "try_readability", lambda tree: calls.append(1) or real(tree))
    # the same page around an article of 12 or 2 paragraphs: with 2, the menu is text
    # enough for readability's result to be longer by half, one of the rules preferring it
    article = "".join(f"<p>{PARA} ({i})</p>" for i in range(paras))
    menu = "<nav><ul>" + "".join(f"<li><a href='/s/{i}'>قسم الأخبار {i}</a></li>" for i in range(40)) + "</ul></nav>"
    html = page("", "", f"{menu}<article><h1>عنوان</h1>{article}</article>")
    expected = reference(html, None)
    calls.clear()
    assert extract_page(html) == expected
    assert bool(calls) is readability


def test_unchecked_trafilatura_version_uses_bare_extraction(monkeypatch):
    monkeypatch.setattr(htmlpage, "_CHECKED_VERSIONS", ("0.0.",))
    htmlpage._options.cache_clear()
    try:
        assert htmlpage._options() is None
        html = page(HEADS["json-ld"], BYLINES["byline"], BODIES["article"])
        assert extract_page(html, "http://news.test/a/1") == reference(html, "http://news.test/a/1")
    finally:
        htmlpage._options.cache_clear()
