"""Junk lines and trailing junk blocks; real paragraphs are never dropped."""

from __future__ import annotations

from wirecoder.clean.junk import cut_trailing_block, default_rules, drop_junk_lines, load_junk_rules
from wirecoder.clean.text import clean_text

PARA = "The council approved the new budget on Tuesday after a long debate over school funding."


def test_known_junk_lines_are_removed():
    lines = [
        PARA, "Advertisement", "Share this article", "Read more: Council faces budget gap", "ALSO READ",
        "You may also like", "Sign up for our daily newsletter", "We use cookies to improve your experience.",
        "This article has been adapted from its original source.", "Copyright © UPI, 2022. All Rights Reserved.",
        "Related Topics", "Story continues below advertisement",
    ]
    assert drop_junk_lines(lines) == [PARA]


def test_paragraphs_that_mention_junk_words_are_kept():
    keep = [
        "The advertisement, which ran on national television, drew hundreds of complaints to the regulator.",
        "Read more about the plan, the mayor told reporters, and you will see it protects schools.",
        "Advertisement revenue at the newspaper fell by a third last year, the company said.",
        "Share prices rose 3% after the announcement.",
    ]
    assert drop_junk_lines(keep) == keep


def test_trailing_block_cut_only_when_short_lines_follow():
    tail = [PARA, "Related Topics", "Budget", "Schools", "City council"]
    assert cut_trailing_block(tail) == [PARA]
    long_after = [PARA, "Related Topics", "This is a real closing paragraph that continues the story at some length, well past a link."]
    assert cut_trailing_block(long_after) == long_after


def test_user_junk_file_adds_patterns(tmp_path):
    extra = tmp_path / "my_junk.txt"
    extra.write_text("# my site\nbrought to you by acme\n", encoding="utf-8")
    rules = load_junk_rules([extra])
    assert rules.is_junk("Brought to you by ACME")
    assert not default_rules().is_junk("Brought to you by ACME")


def test_junk_removed_from_whole_article():
    text = f"Budget Passes\n\n{PARA}\nAdvertisement\nThe mayor welcomed the vote.\n\nYou may also like\nOther story\nAnother story"
    parts = clean_text(text)
    assert parts.body == f"{PARA}\n\nThe mayor welcomed the vote."


def test_junk_lines_in_other_languages():
    rules = default_rules()
    for line in ["Lesen Sie auch: Neue Regeln für Mieter", "LE PUEDE INTERESAR: La ficha del ministro", "À lire aussi",
                 "Czytaj też: Nowe przepisy", "Anzeige", "Mehr zum Thema", "Stand: 12.03.2022, 14:00 Uhr"]:
        assert rules.is_junk(line), line
    for line in ["Werbung ist ein wichtiger Teil der Finanzierung vieler Medien, sagte er.",
                 "Stand der Dinge ist, dass die Regierung nichts tut.",
                 "Mehr dazu erfahren Sie in unserem Bericht über die neue Regelung.",
                 "Leer más libros es bueno para todos.", "Also read the fine print, experts say."]:
        assert not rules.is_junk(line), line


def test_copyright_lines_but_not_sentences_about_copyright():
    rules = default_rules()
    for line in ["Copyright © UPI, 2022. All Rights Reserved.", "© 2021 The Associated Press", "Copyright 2020 Reuters",
                 "(c) Example News Ltd, 2019."]:
        assert rules.is_junk(line), line
    assert not rules.is_junk("Copyright infringement lawsuits rose sharply in 2021, the report said.")


def test_junk_files_from_the_environment(tmp_path, monkeypatch):
    extra = tmp_path / "site.txt"
    extra.write_text("brought to you by acme\n", encoding="utf-8")
    monkeypatch.setenv("WIRECODER_JUNK_FILES", str(extra))
    default_rules.cache_clear()
    try:
        assert default_rules().is_junk("Brought to you by Acme")
    finally:
        monkeypatch.delenv("WIRECODER_JUNK_FILES")
        default_rules.cache_clear()
    assert not default_rules().is_junk("Brought to you by Acme")


def test_missing_user_file_and_bad_patterns_are_skipped_with_a_warning(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_text("(unclosed\nsponsored by acme\n", encoding="utf-8")
    rules = load_junk_rules([tmp_path / "missing.txt", bad])
    assert rules.is_junk("Sponsored by Acme") and rules.is_junk("Advertisement")
    err = capsys.readouterr().err
    assert "missing.txt" in err and "(unclosed" in err
