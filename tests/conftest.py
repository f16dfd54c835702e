"""Shared test fixtures. Tests that need ../shared skip cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE = SHARED / "fixtures" / "000_d1dfb1c7f525a25e.txt"
SAMPLE_GOLD = SHARED / "fixtures" / "000_d1dfb1c7f525a25e.gold.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not present (../shared is absent)")
    return p


@pytest.fixture(scope="session")
def nlp():
    from wirecoder.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def pipeline():
    from wirecoder import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def monadic_pipeline(pipeline):
    """The same pipeline keeping events with no target (require_dyad off: `--monadic-events`)."""
    import copy
    import dataclasses

    monadic = copy.copy(pipeline)
    monadic.resources = dataclasses.replace(pipeline.resources, require_dyad=False)
    return monadic


@pytest.fixture(scope="session")
def sample_record(pipeline):
    path = shared_path("fixtures", "000_d1dfb1c7f525a25e.txt")
    return pipeline.extract(text=path.read_text(encoding="utf-8"), id=path.stem)
