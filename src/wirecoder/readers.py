"""Readers: turn INPUT arguments (files, folders, JSONL, stdin) into a stream of RawArticle.

Inputs (see shared/contract.md): ``.txt`` and ``.html``/``.htm`` files (one article each), folders
(every such file and every ``.jsonl``/``.jsonl.gz`` in it, recursively, in sorted path order),
``.jsonl``/``.jsonl.gz`` files (one article per line) and ``-`` (JSONL on standard input).

Everything is a generator: a 100k-line JSONL is read line by line. A file or line that cannot be
read still yields exactly one RawArticle, with the reason in ``errors``; readers never raise for
bad input.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
JSON_FIELDS = ("id", "text", "html", "url", "title", "published", "source", "dateline")

# Bytes that never occur in text files (everything below 0x20 but tab, newline, form feed, CR, ESC).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


@dataclass
class RawArticle:
    """One input article before cleaning. Exactly one of text/html is set unless `errors` says why not."""

    id: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    # a wire story's dateline given apart from its text ("LOS ANGELES, Feb 26" in Reuters-21578)
    dateline: str | None = None
    origin: str = ""  # where it came from (path, "path:line", "<stdin>:line"), for messages
    errors: list[str] = field(default_factory=list)


# -- decoding ------------------------------------------------------------------------------------
def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KB: not a text file."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls / len(head) > 0.05


def _prefer_cp1252(results, best) -> str:
    """Detection often cannot tell the Latin code pages apart on short texts: when cp1252 (the web's
    usual legacy encoding) fits about as well as the best guess, take it."""
    for match in results:
        if "cp1252" in match.could_be_from_charset and (
            match.chaos <= best.chaos + 0.1 and match.coherence >= best.coherence - 0.1
        ):
            return "cp1252"
    return best.encoding


def decode_bytes(data: bytes, is_html: bool = False) -> tuple[str, list[str]]:
    """Bytes -> (text, notes). UTF-8 (BOM allowed), else the HTML's declared charset, else detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if is_html:
        m = _HTML_CHARSET.search(data[:8192])
        if m:
            try:
                return data.decode(m.group(1).decode("ascii"), errors="replace"), []
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        from charset_normalizer import from_bytes

        results = from_bytes(data[:1_000_000])  # detection on the first MB is enough
        best = results.best()
        if best is not None and best.encoding:
            return data.decode(_prefer_cp1252(results, best), errors="replace"), []
    except Exception:  # detection is a best effort
        pass
    return data.decode("utf-8", errors="replace"), [
        "text is not valid UTF-8 and its encoding could not be detected: undecodable bytes were replaced"
    ]


# -- single files --------------------------------------------------------------------------------
def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".jsonl.gz" if name.endswith(".jsonl.gz") else path.suffix.lower()


def _stem(path: Path) -> str:
    name = path.name
    suffix = _suffix(path)
    return name[: -len(suffix)] if suffix and name.lower().endswith(suffix) else path.stem


def read_document_file(path: Path) -> RawArticle:
    """One .txt or .html file -> one RawArticle (errors filled when it cannot be read)."""
    art = RawArticle(id=_stem(path), origin=str(path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        art.errors.append(f"cannot read file: {exc.strerror or exc}")
        return art
    if not data.strip():
        art.errors.append("empty file")
        return art
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        art.errors.append("not a text file (binary content)")
        return art
    is_html = _suffix(path) in HTML_SUFFIXES
    text, notes = decode_bytes(data, is_html=is_html)
    art.errors.extend(notes)
    if is_html:
        art.html = text
    else:
        art.text = text
    return art


# -- JSONL ---------------------------------------------------------------------------------------
def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def article_from_json(obj: Any, line_id: str, origin: str) -> RawArticle:
    """One parsed JSON line -> RawArticle; a wrong shape gives an error record."""
    from wirecoder.pipeline import content_id

    if not isinstance(obj, dict):
        return RawArticle(id=line_id, origin=origin, errors=[f"expected a JSON object, got {type(obj).__name__}"])
    text, html = obj.get("text"), obj.get("html")
    art = RawArticle(
        id="",
        url=_as_str(obj.get("url")),
        title=_as_str(obj.get("title")),
        # "date" is accepted where "published" is missing: many news datasets name it so
        published=_as_str(obj.get("published") or obj.get("date")),
        source=_as_str(obj.get("source")),
        dateline=_as_str(obj.get("dateline")),
        origin=origin,
    )
    given_id = _as_str(obj.get("id"))
    if (text is None) == (html is None):
        art.id = given_id or line_id
        which = "both" if text is not None else "neither"
        art.errors.append(f'need exactly one of "text" and "html", got {which}')
        return art
    body = text if text is not None else html
    if not isinstance(body, str):
        art.id = given_id or line_id
        art.errors.append(f'"{"text" if text is not None else "html"}" must be a string, got {type(body).__name__}')
        return art
    art.text, art.html = (body, None) if text is not None else (None, body)
    art.id = given_id or content_id(art.text, art.html)
    if not body.strip():
        art.errors.append("empty article")
    return art


def iter_jsonl_stream(stream: IO[bytes], name: str, origin: str) -> Iterator[RawArticle]:
    """Articles of a JSONL byte stream, one per non-blank line."""
    n = 0
    try:
        for n, raw_line in enumerate(stream, start=1):  # noqa: B007 (n is used after the loop)
            if not raw_line.strip():
                continue
            line_id = f"{name}:line {n}"
            line_origin = f"{origin}:{n}"
            try:
                line = raw_line.decode("utf-8-sig")
            except UnicodeDecodeError:
                line = raw_line.decode("utf-8", errors="replace")
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                detail = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                yield RawArticle(id=line_id, origin=line_origin, errors=[f"line {n}: invalid JSON ({detail})"])
                continue
            yield article_from_json(obj, line_id, line_origin)
    except (OSError, EOFError, zlib.error) as exc:  # truncated or corrupt .gz, I/O error mid-file
        yield RawArticle(
            id=f"{name}:line {n + 1}", origin=f"{origin}:{n + 1}",
            errors=[f"cannot read past line {n}: {exc}"],
        )


def iter_jsonl_file(path: Path) -> Iterator[RawArticle]:
    name = _stem(path)
    try:
        stream: IO[bytes] = gzip.open(path, "rb") if _suffix(path) == ".jsonl.gz" else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield RawArticle(id=name, origin=str(path), errors=[f"cannot read file: {exc.strerror or exc}"])
        return
    with stream:
        yield from iter_jsonl_stream(stream, name, str(path))


# -- inputs --------------------------------------------------------------------------------------
def iter_folder(folder: Path) -> Iterator[Path]:
    """Input files under FOLDER, recursively, in sorted path order."""
    try:
        paths = sorted(p for p in folder.rglob("*") if p.is_file() and _suffix(p) in INPUT_SUFFIXES)
    except OSError:
        return
    yield from paths


def iter_path(path: Path) -> Iterator[RawArticle]:
    suffix = _suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl_file(path)
    else:  # .txt, .html and anything else named explicitly is read as one document
        yield read_document_file(path)


def iter_inputs(inputs: Iterable[str]) -> Iterator[RawArticle]:
    """Every article of every INPUT, in order ("-" is JSONL on standard input)."""
    for spec in inputs:
        if spec == "-":
            yield from iter_jsonl_stream(sys.stdin.buffer, "stdin", "<stdin>")
            continue
        path = Path(spec)
        if path.is_dir():
            for sub in iter_folder(path):
                yield from iter_path(sub)
        elif path.exists():
            yield from iter_path(path)
        else:
            yield RawArticle(id=_stem(path), origin=spec, errors=["no such file or directory"])


def missing_inputs(inputs: Iterable[str]) -> list[str]:
    """The INPUT arguments that name nothing (a usage error for the command line)."""
    return [s for s in inputs if s != "-" and not Path(s).exists()]
