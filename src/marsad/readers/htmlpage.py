"""Main text and metadata of an HTML page with trafilatura, at less cost per page.

``trafilatura.bare_extraction(with_metadata=True)`` spends about a third of its time per
page on metadata: on fields Marsad never keeps (categories, tags, licence) and on the
author search, a dozen regular-expression XPaths over every element that find nothing on
most pages. ``extract_page`` parses the page once, asks trafilatura's own metadata
functions for the fields a ``Document`` holds only, skips the author XPaths when no
attribute of the page could match them, and runs the main-text cascade with options built
once. The text and the fields kept come out as ``bare_extraction`` gives them (tested
against it); with a trafilatura whose internals this was not checked against,
``bare_extraction`` itself is called.
"""
from __future__ import annotations

import logging
from copy import copy
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

# trafilatura versions whose ``extract_metadata`` and author XPaths the fast path mirrors
_CHECKED_VERSIONS = ("2.3.",)

# Every alternative of trafilatura's AUTHOR_XPATHS needs one of these in a class, id, rel,
# itemprop, data-testid or data-component attribute, or an <author> or <rel> element.
# Compared lowercased, a superset of the (partly case-sensitive) XPaths: a page without
# any of them cannot have an author found by them, one with them gets the real search.
_AUTHOR_CUES = ("author", "byl", "bbl", "username", "screenname", "writer", "zuozhe", "bianji",
                "xiaobian", "channel-name", "submitted-by", "posted-by", "journalist-name")
# what ``extract_page`` gives: the fields of trafilatura's Document a marsad Document keeps
FIELDS = ("text", "title", "author", "url", "hostname", "sitename", "date")

_AUTHOR_PLACES = "//@class|//@id|//@rel|//@itemprop|//@data-testid|//@data-component"
_AUTHOR_ELEMENTS = "boolean(//author|//rel)"


@dataclass(frozen=True, slots=True)
class _Traf:
    """The trafilatura pieces the fast path calls, and the options built once."""

    options: Any
    load_html: Any
    bare_extraction: Any
    examine_meta: Any
    extract_meta_json: Any
    extract_title: Any
    extract_author: Any
    extract_url: Any
    extract_sitename: Any
    extract_domain: Any
    find_date: Any
    set_date_params: Any
    meta_url: Any
    extensive_dates: bool
    author_places: Any
    author_elements: Any


@lru_cache(maxsize=1)
def _traf() -> _Traf | None:
    """trafilatura's pieces, or None when the installed version is not one checked."""
    import trafilatura

    if not trafilatura.__version__.startswith(_CHECKED_VERSIONS):
        log.info("trafilatura %s: HTML metadata through bare_extraction (slower)", trafilatura.__version__)
        return None
    try:
        from courlan import extract_domain
        from htmldate import find_date
        from lxml.etree import XPath
        from trafilatura.metadata import (
            META_URL, examine_meta, extract_author, extract_meta_json, extract_sitename, extract_title,
            extract_url,
        )
        from trafilatura.settings import Extractor, set_date_params
        from trafilatura.utils import load_html
    except ImportError as e:  # pragma: no cover - a trafilatura reorganised
        log.info("trafilatura internals not found (%s): HTML metadata through bare_extraction", e)
        return None
    options = Extractor(output_format="python", recall=True, comments=False, tables=False, dedup=False,
                        with_metadata=False)
    return _Traf(options, load_html, trafilatura.bare_extraction, examine_meta, extract_meta_json,
                 extract_title, extract_author, extract_url, extract_sitename, extract_domain, find_date,
                 set_date_params, META_URL, options.config.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"),
                 XPath(_AUTHOR_PLACES, smart_strings=False), XPath(_AUTHOR_ELEMENTS))


def _may_name_author(t: _Traf, tree) -> bool:
    if t.author_elements(tree):
        return True
    places = " ".join(t.author_places(tree)).lower()
    return any(cue in places for cue in _AUTHOR_CUES)


def _metadata(t: _Traf, tree, url: str | None):
    """trafilatura's ``extract_metadata`` for title, author, url, hostname, date and sitename
    only (same steps, same order); categories, tags and licence are not looked for."""
    metadata = t.examine_meta(tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = t.extract_meta_json(tree, metadata)
    except Exception as err:  # noqa: BLE001 - as trafilatura: bugs in its JSON-LD parsing
        log.warning("error in JSON metadata extraction: %s", err)
    if not metadata.title:
        metadata.title = t.extract_title(tree)
    if not metadata.author and _may_name_author(t, tree):
        metadata.author = t.extract_author(tree)
    if not metadata.url:
        metadata.url = t.extract_url(tree, url)
    if metadata.url:
        metadata.hostname = t.extract_domain(metadata.url, fast=True)
    # built per page, not with the options: "max_date" is today
    metadata.date = t.find_date(tree, **{**t.set_date_params(t.extensive_dates), "url": metadata.url})
    if not metadata.sitename:
        metadata.sitename = t.extract_sitename(tree)
    if metadata.sitename:
        metadata.sitename = metadata.sitename.lstrip("@")
        if metadata.sitename and "." not in metadata.sitename and not metadata.sitename[0].isupper():
            metadata.sitename = metadata.sitename.title()
    elif metadata.url and (m := t.meta_url.match(metadata.url)):
        metadata.sitename = m[1]
    metadata.clean_and_trim()
    return metadata


def _slow_extract(html: str, url: str | None) -> dict[str, Any] | None:
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
    t = _traf()
    if t is None:
        return _slow_extract(html, url)
    tree = t.load_html(html, t.options.max_file_size)
    if tree is None:
        return None
    try:
        meta = _metadata(t, tree, url)
    except (TypeError, ValueError):  # bare_extraction discards such a page
        return None
    options = copy(t.options)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    # the tree is copied by bare_extraction, which prunes its copy: ``tree`` stays as parsed
    extracted = t.bare_extraction(tree, options=options)
    if extracted is None:
        return None
    return {"text": extracted.text, **{k: getattr(meta, k) for k in FIELDS[1:]}}
