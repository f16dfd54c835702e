"""User event-pattern files: `Pipeline(event_pattern_files=...)` and `wirecoder extract --event-patterns`."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from wirecoder import cli
from wirecoder.cli import app
from wirecoder.pipeline import Pipeline

TEXT = "France snubbed Iran on Monday, officials said."
PUB = "2020-03-05T10:00:00Z"


def _codes(pipeline: Pipeline) -> set[tuple[str | None, str | None, str]]:
    rec = pipeline.extract(TEXT, published=PUB)
    return {(e.source, e.target, e.code) for e in rec.events}


def _pattern_file(tmp_path, code: str = "125"):
    path = tmp_path / "my_patterns.tsv"
    path.write_text("# kind\tlemma\tprep\tobjects\tcode\tframe\nV\tsnub\t-\t-\t" + code + "\tactor\n", encoding="utf-8")
    return path


def test_a_user_pattern_codes_a_verb_we_do_not(tmp_path):
    assert not any(code == "125" for _, _, code in _codes(Pipeline()))
    got = _codes(Pipeline(event_pattern_files=[_pattern_file(tmp_path)]))
    assert ("FRA", "IRN", "125") in got


def test_a_user_pattern_wins_a_tie_with_ours(tmp_path):
    # "condemn" is ours (111); the user's own row for the same lemma takes over
    text = "Iran condemned France."
    assert [e.code for e in Pipeline().extract(text, published=PUB).events] == ["111"]
    path = tmp_path / "mine.tsv"
    path.write_text("V\tcondemn\t-\t-\t112\t-\n", encoding="utf-8")
    rec = Pipeline(event_pattern_files=[path]).extract(text, published=PUB)
    assert [(e.source, e.target, e.code) for e in rec.events] == [("IRN", "FRA", "112")]


def test_cli_event_patterns_option(tmp_path):
    cli._register()  # all command modules, as `wirecoder` itself does
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--event-patterns",
                                      str(_pattern_file(tmp_path))])
    assert result.exit_code == 0, result.output
    rec = json.loads(out.read_text().splitlines()[0])
    assert any(e["code"] == "125" for e in rec["events"])


def test_cli_missing_pattern_file_is_a_usage_error(tmp_path):
    cli._register()
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(src), "--event-patterns", str(tmp_path / "nope.tsv")])
    assert result.exit_code == 2
    assert "no such event pattern file" in result.output
