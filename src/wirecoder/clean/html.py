"""Cleaning one HTML page: trafilatura for the body, page metadata for title, date, authors, publisher.

Metadata order: ``<meta>`` tags (og:title, article:published_time, author, og:site_name) and JSON-LD
``NewsArticle`` (headline, datePublished, author, publisher) before trafilatura's own guesses. The
body then goes through the same caption and junk rules as plain text. Broken or absurdly nested
HTML never raises: the fallback strips the tags, and `errors` says so.
"""

from __future__ import annotations

import functools
import html as html_lib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from wirecoder.clean.junk import JUNK_FILES_ENV, JunkRules, load_junk_rules
from wirecoder.clean.meta import canonical_agency, clean_author_name
from wirecoder.clean.text import TextParts, clean_text
from wirecoder.clean.unicode import normalize_unicode
from wirecoder.resources import data_path, files_from_env

# trafilatura settings, chosen by body F1 on trafilatura's evaluation set (990 pages, after our cleaning):
# default 0.929, default + tables 0.934, favor_precision 0.920, favor_recall 0.923.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": False,
    "favor_recall": False,
    "include_comments": False,
    "include_tables": True,  # tables hold article content too (results, figures): +0.005 F1 measured
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
}
# htmldate: only dates in the markup, not guesses from the text (a copyright year is no publication date)
DATE_OPTIONS: dict[str, Any] = {"extensive_search": False, "original_date": True}
# lxml (libxml2) stops building the tree about 256 levels down, and trafilatura then finds nothing:
# deeper pages are read by stripping the tags.
MAX_NESTING = 200
MAX_PARSE_NESTING = 5000  # beyond this, not even tried (recursion in the parser and in trafilatura)

_META_TAG = re.compile(r"<meta\b[^>]{0,2000}>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_JSON_LD = re.compile(r"""<script[^>]{0,200}application/ld\+json[^>]{0,200}>(.*?)</script\s*>""", re.I | re.S)
_TITLE_TAG = re.compile(r"<title[^>]{0,200}>(.*?)</title\s*>", re.I | re.S)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "liveblogposting", "webpage"}


@functools.cache
def html_junk_rules() -> JunkRules:
    """The plain-text junk patterns, the web-page calls to action (html_junk_lines.txt) and the user's files."""
    return load_junk_rules([data_path("html_junk_lines.txt"), *files_from_env(JUNK_FILES_ENV)])


@dataclass
class PageMeta:
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None


# -- metadata ----------------------------------------------------------------------------------------
def _meta_tags(page: str) -> dict[str, str]:
    """name/property -> content of the page's <meta> tags (first wins)."""
    found: dict[str, str] = {}
    for tag in _META_TAG.finditer(page[:300_000]):
        attrs = {m.group(1).lower(): html_lib.unescape(m.group(2) or m.group(3) or m.group(4) or "") for m in _ATTR.finditer(tag.group(0))}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        content = attrs.get("content", "").strip()
        if key and content and key not in found:
            found[key] = content
    return found


def _names(value: Any) -> list[str]:
    """Author/publisher names from a JSON-LD value (a string, an object with a name, or a list)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _ld_objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 5:
        return []
    if isinstance(data, list):
        return [o for item in data for o in _ld_objects(item, depth + 1)]
    if isinstance(data, dict):
        found = [data]
        if isinstance(data.get("@graph"), list):
            found += _ld_objects(data["@graph"], depth + 1)
        return found
    return []


def _json_ld_article(page: str) -> dict[str, Any] | None:
    for block in _JSON_LD.finditer(page):
        try:
            data = json.loads(block.group(1).strip())
        except (ValueError, RecursionError):
            continue
        for obj in _ld_objects(data):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types) and (
                obj.get("headline") or obj.get("datePublished")
            ):
                return obj
    return None


def page_metadata(page: str) -> PageMeta:
    """Title, date, authors and publisher declared by the page (meta tags, JSON-LD)."""
    meta = PageMeta()
    tags = _meta_tags(page)
    ld = _json_ld_article(page) or {}
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    meta.title = tags.get("og:title") or headline or tags.get("twitter:title")
    published = ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None
    meta.published = (
        tags.get("article:published_time") or published or tags.get("date") or tags.get("pubdate")
        or tags.get("publishdate") or tags.get("dc.date") or tags.get("og:article:published_time")
    )
    authors = _names(ld.get("author"))
    if not authors and tags.get("author") and not tags["author"].startswith("http"):
        authors = [a.strip() for a in re.split(r"\s*(?:,|\band\b|&)\s*", tags["author"]) if a.strip()]
    meta.authors = [a for a in dict.fromkeys(authors) if len(a) <= 80]
    publisher = _names(ld.get("publisher"))
    site = publisher[0] if publisher else tags.get("og:site_name")
    meta.publisher = (canonical_agency(site) or site) if site else None
    return meta


_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def _squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower().removeprefix("www."))


def strip_site_name(title: str | None, site: str | None, url: str | None) -> str | None:
    """TITLE without a trailing " | Site" or " - site.com" naming the publisher or the page's domain."""
    if not title:
        return title
    m = _SITE_SUFFIX.search(title)
    if not m:
        return title
    tail = _squash(re.sub(r"^\s*[|–—-]\s*", "", m.group(0)))
    names = {_squash(site or "")}
    host = re.sub(r"^[a-z]+://", "", (url or "").lower()).split("/")[0]
    if host:
        names |= {_squash(host), _squash(host.rsplit(".", 1)[0])}
    names.discard("")
    if tail and any(tail == n or tail in n or (len(n) > 3 and n in tail) for n in names):
        return title[: m.start()].rstrip() or title
    return title


_FIGCAPTION = re.compile(r"<figcaption\b[^>]{0,500}>(.{0,3000}?)</figcaption\s*>", re.I | re.S)
MAX_CAPTIONS = 30


def figure_captions(page: str) -> list[str]:
    """The texts of the page's <figcaption> elements (photo captions and credits), deduplicated."""
    found: list[str] = []
    for m in _FIGCAPTION.finditer(page):
        text = " ".join(html_lib.unescape(_ANY_TAG.sub(" ", m.group(1))).split())
        if text and text not in found:
            found.append(text)
            if len(found) >= MAX_CAPTIONS:
                break
    return found


def title_tag(page: str) -> str | None:
    """The <title> of the page without a trailing " | Site name"."""
    m = _TITLE_TAG.search(page[:300_000])
    if not m:
        return None
    title = html_lib.unescape(re.sub(r"\s+", " ", m.group(1))).strip()
    return _SITE_SUFFIX.sub("", title) or None


# -- body --------------------------------------------------------------------------------------------
# Elements that are never closed, or that HTML lets authors leave unclosed: not counted as nesting.
_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option "
    "thead tbody tfoot colgroup rt rp optgroup html head body".split()
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")


def nesting_depth(page: str, limit: int = MAX_NESTING) -> int:
    """Approximate element nesting depth (opening minus closing tags), stopping once LIMIT is passed."""
    depth = best = 0
    for m in _TAG.finditer(page):
        if m.group(2).lower() in _NOT_NESTING:
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        if depth > best:
            best = depth
            if best > limit:
                break
    return best


_SCRIPT_STYLE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|header|footer)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]{0,5000}>")


def strip_tags(page: str) -> str:
    """Plain text of PAGE without an HTML parser: block tags become line breaks."""
    s = _SCRIPT_STYLE.sub(" ", page)
    s = _BLOCK_TAG.sub("\n", s)
    s = _ANY_TAG.sub(" ", s)
    return html_lib.unescape(s)


def _trafilatura_body(page: str, url: str | None) -> tuple[str | None, Any]:
    import trafilatura
    from trafilatura.utils import load_html

    from wirecoder.clean.html_dom import add_lead, page_blocks

    # parsed once here: the text blocks are read before trafilatura prunes the tree
    tree = load_html(page)
    blocks = page_blocks(tree) if tree is not None else []
    doc = trafilatura.bare_extraction(
        tree if tree is not None else page, url=url, with_metadata=True,
        date_extraction_params=DATE_OPTIONS, **TRAFILATURA_OPTIONS,
    )
    if doc is None:
        return None, None
    body = getattr(doc, "text", None)
    # the lead paragraph in the article header, outside trafilatura's body: +0.006 F1 on the eval set
    return (add_lead(body, blocks) if body else body), doc


def drop_title_lines(body: str, titles: list[str]) -> str:
    """BODY without its first lines when they repeat the headline (the page's <h1>)."""
    wanted = {" ".join(t.split()).casefold() for t in titles}
    lines = body.split("\n")
    i = 0
    while i < len(lines) and i < 5 and (not lines[i].strip() or " ".join(lines[i].split()).casefold() in wanted):
        i += 1
    return "\n".join(lines[i:])


def html_body(page: str, url: str | None, errors: list[str]) -> tuple[str, Any]:
    """(main text, trafilatura document or None); the tag-stripped page when it cannot be parsed."""
    if nesting_depth(page, MAX_PARSE_NESTING) > MAX_PARSE_NESTING:
        errors.append(f"HTML nested more than {MAX_PARSE_NESTING} levels deep: text taken without page structure")
        return strip_tags(page), None
    try:
        body, doc = _trafilatura_body(page, url)
    except RecursionError:
        errors.append("HTML too deeply nested to parse: text taken without page structure")
        return strip_tags(page), None
    except Exception as exc:  # lxml and trafilatura fail in many ways on broken pages
        errors.append(f"HTML could not be parsed ({type(exc).__name__}): text taken without page structure")
        return strip_tags(page), None
    if not (body or "").strip():
        # Nothing looked like an article: take the page's text (the junk rules still apply).
        if nesting_depth(page) > MAX_NESTING:
            errors.append(f"HTML nested more than {MAX_NESTING} levels deep: text taken without page structure")
        return strip_tags(page), doc
    return body, doc


def clean_html(
    page: str,
    url: str | None = None,
    title: str | None = None,
    errors: list[str] | None = None,
    published_hint: str | None = None,
) -> TextParts:
    """Body and metadata of an HTML page; ERRORS gets a note when the page could not be parsed."""
    errors = errors if errors is not None else []
    body, doc = html_body(page, url, errors)
    return finish_html(page, body, doc, title, published_hint, url)


def finish_html(
    page: str,
    body: str,
    doc: Any,
    title: str | None = None,
    published_hint: str | None = None,
    url: str | None = None,
) -> TextParts:
    """Page metadata plus the text rules (captions, junk, dateline) applied to the extracted BODY."""
    meta = page_metadata(page)
    doc_title = getattr(doc, "title", None) if doc is not None else None
    page_title = title or strip_site_name(meta.title or doc_title or title_tag(page), meta.publisher, url)
    body = drop_title_lines(body, [v for v in (title, page_title, meta.title, doc_title, title_tag(page)) if v])
    captions = [normalize_unicode(c) for c in figure_captions(page)]
    if captions:  # a figure's caption copied into the extracted text is still a caption
        wanted = {" ".join(c.split()) for c in captions}
        body = "\n".join(ln for ln in body.split("\n") if " ".join(ln.split()) not in wanted)
    parts = clean_text(
        body, title=page_title, published_hint=published_hint or meta.published, find_title=False,
        rules=html_junk_rules(),
    )
    if doc is not None:
        if not meta.published and getattr(doc, "date", None):
            meta.published = doc.date
        if not meta.authors and getattr(doc, "author", None):
            meta.authors = [a.strip() for a in re.split(r";|\band\b", doc.author) if a.strip()]
        if not meta.publisher and getattr(doc, "sitename", None):
            meta.publisher = canonical_agency(doc.sitename) or doc.sitename
    if meta.published:
        from wirecoder.clean.article import normalize_published

        parts.published = normalize_published(meta.published)
    authors = [clean_author_name(a) for a in meta.authors]
    parts.authors = list(dict.fromkeys([a for a in authors if a] + parts.authors))
    parts.captions = list(dict.fromkeys(parts.captions + captions))
    # an agency named in the article (dateline, byline) outranks the site that republished it
    parts.source = parts.source or meta.publisher
    return parts
