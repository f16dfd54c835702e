"""`wirecoder extract` end to end: output, order, warnings, exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from wirecoder.cli import app

BODY = "The city council approved the budget on Tuesday after a long debate, officials said."


@pytest.fixture(scope="module")
def runner():
    from wirecoder import cli

    cli._register()  # all command modules, as `wirecoder` itself does
    return CliRunner()


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_all_good_exit_0_records_in_input_order(runner, tmp_path, pipeline):
    (tmp_path / "b.txt").write_text(f"Budget Passes\n\n{BODY}", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "j", "text": BODY}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "b.txt"), str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0, result.stderr
    recs = _records(result.stdout)
    assert [r["id"] for r in recs] == ["b", "j"]
    assert recs[0]["title"] == "Budget Passes" and recs[0]["schema"] == "wirecoder/article@1"
    assert result.stderr == ""


def test_missing_input_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such input" in result.stderr and "Traceback" not in result.stderr


def test_bad_option_is_a_usage_error(runner, tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    assert runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--workers", "0"]).exit_code == 2
    assert runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--actors", str(tmp_path / "none.yaml")]).exit_code == 2


def test_failed_inputs_exit_3_with_one_warning_each_and_output_file(runner, tmp_path, pipeline):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"id": "ok", "text": "Fine text here."}\n{oops\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 3
    recs = _records(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in recs] == ["empty", "ok", "feed:line 2", "good"]
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith("wirecoder: warning:")]
    assert len(warnings) == 2
    assert any(f"{tmp_path / 'empty.txt'}: empty file" in w for w in warnings)
    assert any("feed.jsonl:2" in w and "invalid JSON" in w for w in warnings)
    assert result.stdout == ""


def test_stdin_and_workers_subprocess(tmp_path):
    lines = "".join(json.dumps({"id": f"s{i}", "text": f"{BODY} Item {i}."}) + "\n" for i in range(5))
    proc = subprocess.run(
        [sys.executable, "-c", "from wirecoder.cli import main; main()", "extract", "-", "--workers", "2", "--batch-size", "2"],
        input=lines, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in _records(proc.stdout)] == [f"s{i}" for i in range(5)]


def test_monadic_events_keeps_events_with_no_target(runner, tmp_path, pipeline):
    (tmp_path / "a.txt").write_text("Pakistani Foreign Minister Shah Mehmood Qureshi called for calm on Monday.",
                                    encoding="utf-8")
    dyads = _records(runner.invoke(app, ["extract", str(tmp_path / "a.txt")]).stdout)
    monads = _records(runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--monadic-events"]).stdout)
    assert not any(e["target"] is None for e in dyads[0]["events"])
    assert any(e["target"] is None and e["code"].startswith("02") for e in monads[0]["events"])
