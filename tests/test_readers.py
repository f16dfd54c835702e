"""Readers: every input kind yields RawArticles in order, streaming, never raising."""

from __future__ import annotations

import gzip
import io
import json
import sys

from wirecoder.readers import decode_bytes, iter_inputs, iter_jsonl_stream, missing_inputs


def test_txt_and_html_files_get_their_stem_as_id(tmp_path):
    (tmp_path / "story.txt").write_text("Title\n\nBody text here.", encoding="utf-8")
    (tmp_path / "page.html").write_text("<p>Hello</p>", encoding="utf-8")
    arts = list(iter_inputs([str(tmp_path / "story.txt"), str(tmp_path / "page.html")]))
    assert [a.id for a in arts] == ["story", "page"]
    assert arts[0].text.startswith("Title") and arts[0].html is None
    assert arts[1].html == "<p>Hello</p>" and arts[1].text is None


def test_folder_is_read_recursively_in_sorted_order_and_skips_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("two", encoding="utf-8")
    (tmp_path / "a.htm").write_text("<p>one</p>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "j1", "text": "three"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    assert [a.id for a in iter_inputs([str(tmp_path)])] == ["a", "2", "j1"]


def test_jsonl_and_gz_with_ids_fields_and_content_hash(tmp_path):
    lines = [
        {"id": 7, "text": "Seven.", "url": "http://x", "title": "T", "published": "2021-03-03", "source": "AP"},
        {"html": "<p>No id</p>"},
    ]
    payload = "\n".join(json.dumps(x) for x in lines) + "\n"
    (tmp_path / "a.jsonl").write_text(payload, encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(payload)
    for name in ("a.jsonl", "b.jsonl.gz"):
        first, second = iter_inputs([str(tmp_path / name)])
        assert (first.id, first.text, first.url, first.title, first.published, first.source) == (
            "7", "Seven.", "http://x", "T", "2021-03-03", "AP")
        assert second.html == "<p>No id</p>" and len(second.id) == 16 and not second.errors


def test_bad_json_lines_each_give_one_error_record_and_reading_goes_on():
    data = b'{"id": "ok", "text": "fine"}\n{not json\n[1, 2]\n{"id": "both", "text": "a", "html": "b"}\n{"title": "none"}\n'
    arts = list(iter_jsonl_stream(io.BytesIO(data), "feed", "feed.jsonl"))
    assert [a.id for a in arts] == ["ok", "feed:line 2", "feed:line 3", "both", "feed:line 5"]
    assert not arts[0].errors
    assert "invalid JSON" in arts[1].errors[0]
    assert "expected a JSON object" in arts[2].errors[0]
    assert "exactly one" in arts[3].errors[0] and "both" in arts[3].errors[0]
    assert "neither" in arts[4].errors[0]
    assert arts[1].origin == "feed.jsonl:2"


def test_truncated_gz_yields_an_error_record(tmp_path):
    blob = gzip.compress(b"".join(b'{"id": "%d", "text": "x"}\n' % i for i in range(2000)))
    (tmp_path / "cut.jsonl.gz").write_bytes(blob[: len(blob) // 2])
    arts = list(iter_inputs([str(tmp_path / "cut.jsonl.gz")]))
    assert arts[-1].errors and "cannot read past line" in arts[-1].errors[0]
    assert all(not a.errors for a in arts[:-1])


def test_stdin_dash_reads_jsonl(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "From stdin."}\n'))
    monkeypatch.setattr(sys, "stdin", fake)
    (art,) = iter_inputs(["-"])
    assert (art.id, art.text, art.origin) == ("s1", "From stdin.", "<stdin>:1")


def test_reading_is_lazy(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(100_000):
            f.write(json.dumps({"id": str(i), "text": "x"}) + "\n")
    it = iter_inputs([str(path)])
    assert next(it).id == "0" and next(it).id == "1"  # no need to read the whole file first
    assert sum(1 for _ in it) == 99_998


def test_decoding_bom_latin1_and_undetectable():
    assert decode_bytes("\ufeffcafé".encode()) == ("café", [])
    text, notes = decode_bytes("Le café est très bon, déjà vu à Noël.".encode("latin-1"))
    assert "café" in text and "très" in text and not notes
    assert decode_bytes("ünïcödé".encode("utf-16"))[0] == "ünïcödé"


def test_html_charset_declaration_is_used():
    page = '<html><head><meta charset="windows-1252"></head><body>“Quoted” café</body></html>'
    text, notes = decode_bytes(page.encode("cp1252"), is_html=True)
    assert "“Quoted” café" in text and not notes


def test_missing_inputs_lists_only_absent_paths(tmp_path):
    (tmp_path / "x.txt").write_text("x", encoding="utf-8")
    assert missing_inputs([str(tmp_path / "x.txt"), "-", str(tmp_path / "nope.txt")]) == [str(tmp_path / "nope.txt")]


def test_jsonl_date_field_stands_in_for_a_missing_published():
    data = b'{"id": "r", "text": "x", "date": "1987-02-26T15:01:01"}\n{"id": "b", "text": "y", "date": "1999", "published": "2020-01-01"}\n'
    first, second = iter_jsonl_stream(io.BytesIO(data), "feed", "feed.jsonl")
    assert first.published == "1987-02-26T15:01:01"
    assert second.published == "2020-01-01"
