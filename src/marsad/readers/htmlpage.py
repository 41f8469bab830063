"""Main text and metadata of an HTML page with trafilatura, at less cost per page.

``trafilatura.bare_extraction(with_metadata=True, favor_recall=True)`` spends its time per
page on:

- metadata Marsad never keeps (categories, tags, licence), and the author search: a dozen
  regular-expression XPaths over every element that find nothing on most pages;
- the readability fallback, run on every page whose own extraction is under 2,500
  characters, even where readability's result cannot be chosen;
- building its options (a config parser read) and a copy of the parsed tree.

``extract_page`` parses the page once, asks trafilatura's own metadata functions for the
fields a ``Document`` holds only, runs the author XPaths only where an attribute could
match them, and runs trafilatura's extraction steps in its order with options built once,
leaving readability out where its text could not be chosen: when the whole page holds too
little text beyond what was extracted for any of the rules that would prefer it. The text
and the fields kept come out as ``bare_extraction`` gives them (tested against it). With a
trafilatura whose internals this was not checked against, ``bare_extraction`` is called.

Attribution: the order of the steps (metadata, prunes, main extractor, fallback comparison,
baseline rescue) follows trafilatura 2.3 (Adrien Barbaresi, Apache License 2.0), whose functions
do the work; this module only calls them and decides when a fallback cannot change the result.
"""
from __future__ import annotations

import logging
from copy import copy
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

# trafilatura versions whose extract_metadata, trafilatura_sequence, compare_extraction and
# author XPaths the steps below follow
_CHECKED_VERSIONS = ("2.3.",)

# what ``extract_page`` gives: the fields of trafilatura's Document a marsad Document keeps
FIELDS = ("text", "title", "author", "url", "hostname", "sitename", "date")

# Every alternative of trafilatura's AUTHOR_XPATHS needs one of these in a class, id, rel,
# itemprop, data-testid or data-component attribute, or an <author> or <rel> element.
# Compared lowercased, a superset of the (partly case-sensitive) XPaths: a page without
# any of them cannot have an author found by them, one with them gets the real search.
_AUTHOR_CUES = ("author", "byl", "bbl", "username", "screenname", "writer", "zuozhe", "bianji",
                "xiaobian", "channel-name", "submitted-by", "posted-by", "journalist-name")
# The same for the raw-page prunes: RAW_TREE_PRUNE_XPATH (an id or class with
# mvp-post-add-box/wrap, infinite(-)scroll or elementor-share-buttons) and
# REMOVE_COMMENTS_AND_LISTS_XPATH (comment..., comol, disqus_thread, dsq-comments).
_RAW_PRUNE_CUES = ("mvp-post-add", "infinite", "elementor-share-buttons")
_COMMENT_CUES = ("comment", "comol", "disqus_thread")


@lru_cache(maxsize=1)
def _options() -> Any:
    """trafilatura's Extractor for Marsad's settings, or None when the installed version is
    not one checked (then ``bare_extraction`` does all)."""
    import trafilatura

    if not trafilatura.__version__.startswith(_CHECKED_VERSIONS):
        log.info("trafilatura %s not checked: HTML through bare_extraction (slower)", trafilatura.__version__)
        return None
    from trafilatura.settings import Extractor

    return Extractor(output_format="python", recall=True, comments=False, tables=False, dedup=False)


@lru_cache(maxsize=1)
def _extensive_dates() -> bool:
    return _options().config.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH")


@lru_cache(maxsize=1)
def _cue_xpaths() -> tuple[Any, Any]:
    from lxml.etree import XPath

    return (XPath("//@class|//@id|//@rel|//@itemprop|//@data-testid|//@data-component", smart_strings=False),
            XPath("boolean(//author|//rel)"))


def _attribute_text(tree) -> str:
    """The page's class, id, rel, itemprop, data-testid and data-component values, lowercased:
    where the XPaths skipped below look for their cues."""
    return " ".join(_cue_xpaths()[0](tree)).lower()


def _may_name_author(tree, attributes: str) -> bool:
    return bool(_cue_xpaths()[1](tree)) or any(cue in attributes for cue in _AUTHOR_CUES)


def _metadata(tree, url: str | None, attributes: str):
    """trafilatura's ``extract_metadata`` for title, author, url, hostname, date and sitename
    only (its steps, in its order); categories, tags and licence are not looked for."""
    from courlan import extract_domain
    from htmldate import find_date
    from trafilatura.metadata import (
        META_URL, examine_meta, extract_author, extract_meta_json, extract_sitename, extract_title,
        extract_url,
    )
    from trafilatura.settings import set_date_params

    metadata = examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as err:  # noqa: BLE001 - as trafilatura: bugs in its JSON-LD parsing
        log.warning("error in JSON metadata extraction: %s", err)
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.author and _may_name_author(tree, attributes):
        metadata.author = extract_author(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, url)
    if metadata.url:
        metadata.hostname = extract_domain(metadata.url, fast=True)
    # built per page, not kept with the options: "max_date" is today
    metadata.date = find_date(tree, **{**set_date_params(_extensive_dates()), "url": metadata.url})
    if not metadata.sitename:
        metadata.sitename = extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (m := META_URL.match(metadata.url)):
        metadata.sitename = m[1]
    metadata.clean_and_trim()
    return metadata


def _readability_cannot_win(tree, body, len_text: int, options) -> bool:
    """True when trafilatura's ``_prefer_readability`` (recall focus) is False for any text
    readability could return from ``tree``. Readability returns some of the page's text
    nodes, in some order, with whitespace between them, trimmed: at most the page's text
    with its whitespace runs made single spaces, plus a space between each two nodes."""
    if len_text == 0:
        return False
    page = _page_text(tree)
    nodes = int(_text_nodes()(tree))
    if len(page) + nodes > 1.5 * len_text:  # a quick bound, then the closer one
        page = " ".join(page.split())
    most = len(page) + nodes
    if most > 1.5 * len_text:  # "much longer" (2 x) and, in recall, "1.5 x longer"
        return False
    # "own extraction structurally deficient" when readability has over 2 x the minimum
    if most > 2 * options.min_extracted_size and (
            not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p"))):
        return False
    # recall: "readability recovers a headed article" needs more text than ours
    return most <= len_text or bool(body.xpath(".//head"))


def _page_text(tree) -> str:
    from lxml.etree import tostring

    return tostring(tree, method="text", encoding=str)


@lru_cache(maxsize=1)
def _text_nodes() -> Any:
    from lxml.etree import XPath

    return XPath("count(//text())")


def _compare(cleaned_tree, tree, body, text: str, options):
    """trafilatura's ``compare_extraction``, without readability where it cannot win."""
    from trafilatura.external import (
        JUSTEXT_OVERRIDE_RATIO, SANITIZED_XPATH, compare_extraction, justext_rescue,
    )

    len_text = len(text)
    if len_text > options.min_extracted_size * 10:  # its bypass for recall
        return body, text
    if not _readability_cannot_win(tree, body, len_text, options):
        return compare_extraction(cleaned_tree, copy(tree), body, text, options)
    # the rest of compare_extraction, readability not chosen
    unclean = bool(body.xpath(SANITIZED_XPATH))
    if unclean or len_text < options.min_extracted_size:
        body2, text2 = justext_rescue(cleaned_tree, options)
        len_text2 = len(text2)
        if unclean:
            accept = len_text <= JUSTEXT_OVERRIDE_RATIO * len_text2 and (
                len_text2 > len_text or not options.images or body.find(".//graphic") is None)
        else:
            accept = len_text < len_text2
        if text2 and accept:
            body, text = body2, text2
    return body, text


def _main_text(tree, url: str | None, options, attributes: str) -> str | None:
    """trafilatura_sequence and the end of bare_extraction for Marsad's options (recall, no
    comments: no comment capture, no precision pruning, no balanced-mode escalation).
    Prunes ``tree``."""
    from trafilatura.baseline import baseline
    from trafilatura.core import _forum_thread_page, _prepare_tree
    from trafilatura.htmlprocessing import prune_unwanted_nodes
    from trafilatura.main_extractor import extract_content
    from trafilatura.xml import xmltotxt
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

    is_forum = _forum_thread_page(tree)
    # regex XPaths over the whole page: only where an id or class could match them
    if any(cue in attributes for cue in _RAW_PRUNE_CUES):
        tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
    if not is_forum and any(cue in attributes for cue in _COMMENT_CUES):
        tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    cleaned_tree, cleaned_tree_backup = _prepare_tree(tree, options, url)
    body, text = extract_content(cleaned_tree, options)
    body, text = _compare(cleaned_tree_backup, tree, body, text, options)
    if len(text) < options.min_extracted_size:  # baseline rescue, if it adds text
        b_body, b_text, b_len = baseline(tree)
        if b_len > len(text):
            body, text = b_body, b_text
    if len(text) < options.min_output_size and options.min_output_comm_size > 0:
        return None
    return xmltotxt(body, options.formatting)


def _bare_extraction(html: str, url: str | None) -> dict[str, Any] | None:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        favor_recall=True, deduplicate=False,
    )
    if extracted is None:
        return None
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    return {k: data.get(k) for k in FIELDS}


def extract_page(html: str, url: str | None = None) -> dict[str, Any] | None:
    """``text``, ``title``, ``author``, ``url``, ``hostname``, ``sitename`` and ``date`` of an
    HTML page, as ``bare_extraction(with_metadata=True, favor_recall=True,
    include_comments=False, include_tables=False)`` gives them; None when it finds no text.
    Raises what trafilatura raises on trees it cannot handle."""
    base = _options()
    if base is None or base.max_tree_size:  # a tree-size limit: its checks are not here
        return _bare_extraction(html, url)
    from trafilatura.utils import load_html

    options = copy(base)  # with the page's URL, as bare_extraction builds them (for its logs)
    options.url = options.source = url

    tree = load_html(html, options.max_file_size)
    if tree is None:
        return None
    try:  # bare_extraction discards a page on these
        attributes = _attribute_text(tree)
        meta = _metadata(tree, url, attributes)
        text = _main_text(tree, url, options, attributes)  # metadata first: this prunes the tree
    except (TypeError, ValueError):
        return None
    if text is None:
        return None
    return {"text": text, **{k: getattr(meta, k) for k in FIELDS[1:]}}


def warm() -> None:
    """Import trafilatura (about 0.3 s of CPU) and build the options and XPaths now, once
    per process, rather than on the first page (forked workers inherit them)."""
    if _options() is not None:
        _extensive_dates()
        _cue_xpaths()
        _text_nodes()
