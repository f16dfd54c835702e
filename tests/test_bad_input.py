"""Bad input never raises: each gives one record with a clear message in `errors`."""

from __future__ import annotations

import time

from wirecoder.clean.article import clean_article
from wirecoder.readers import RawArticle, iter_inputs

GERMAN = (
    "Die Bundesregierung hat am Mittwoch beschlossen, die Hilfen für die Ukraine deutlich aufzustocken. "
    "Ein Sprecher des Finanzministeriums sagte in Berlin, das Paket umfasse Waffen, Munition und Geld. "
    "Die Opposition kritisierte den Schritt als unzureichend und forderte eine Debatte im Bundestag."
)


def _one(path) -> RawArticle:
    (art,) = iter_inputs([str(path)])
    return art


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    art = _one(tmp_path / "empty.txt")
    assert art.id == "empty" and art.errors == ["empty file"]
    assert clean_article(art).errors == ["empty file"]


def test_binary_file(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    art = _one(tmp_path / "photo.txt")
    assert art.text is None and "binary" in art.errors[0]


def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")
    path.chmod(0)
    try:
        art = _one(path)
        if art.text is None:  # root can read anything; elsewhere the error is reported
            assert "cannot read file" in art.errors[0]
    finally:
        path.chmod(0o644)


def test_latin1_file_is_decoded(tmp_path):
    text = "Señor Müller said the café would reopen, and the Zürich façade was déjà restored by the team."
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    art = _one(tmp_path / "latin.txt")
    assert art.text == text and not art.errors


def test_invalid_utf8_bytes_never_raise(tmp_path):
    (tmp_path / "mixed.txt").write_bytes(b"Plain start. " + b"\xff\xfe\xfa broken \xc3(" + b" end.")
    art = _one(tmp_path / "mixed.txt")
    assert art.text and "Plain start." in art.text


def test_huge_text_file_is_read_and_cleaned_in_linear_time(tmp_path):
    para = (
        "The committee met again on Tuesday (meeting {}) to discuss the budget, and members said progress was slow. "
        "Several of them warned that the deadline could slip again unless both parties agreed on the main figures, "
        "and the chair said a compromise was still possible before the end of the month.\n"
    )
    path = tmp_path / "huge.txt"
    path.write_text("Budget Talks Continue\n\n" + "".join(para.format(i) for i in range(110_000)), encoding="utf-8")
    assert path.stat().st_size > 30_000_000
    t0 = time.perf_counter()
    art = clean_article(_one(path))
    assert time.perf_counter() - t0 < 60
    assert art.title == "Budget Talks Continue" and len(art.text) > 30_000_000 and art.english


def test_malformed_html_still_gives_text():
    page = "<html><body><div><p>Unclosed paragraph about the flood that hit the town <b>on Monday<div><p>More text"
    art = clean_article(RawArticle(id="bad", html=page))
    assert isinstance(art.text, str)


def test_deeply_nested_html_does_not_crash():
    page = "<div>" * 100_000 + "<p>The flood reached the town centre on Monday, officials said.</p>" + "</div>" * 100_000
    art = clean_article(RawArticle(id="deep", html=page))
    assert "flood reached the town centre" in art.text
    assert any("nested" in e for e in art.errors)


def test_non_english_text_is_cleaned_and_flagged():
    art = clean_article(RawArticle(id="de", text=f"Mehr Hilfe für die Ukraine\n\n{GERMAN}"))
    assert art.language == "de" and not art.english
    assert art.title == "Mehr Hilfe für die Ukraine" and art.text.startswith("Die Bundesregierung")
    assert any("language is de (German), not English" in e for e in art.errors)


def test_short_english_text_is_not_flagged():
    art = clean_article(RawArticle(id="short", text="Talks resume in Geneva."))
    assert art.english and art.errors == []


def test_pipeline_skips_parsing_non_english_but_keeps_record(pipeline):
    rec = pipeline.extract(text=GERMAN, id="de")
    assert rec.text.startswith("Die Bundesregierung") and rec.entities == [] and rec.quotes == []
    assert any("German" in e for e in rec.errors)
