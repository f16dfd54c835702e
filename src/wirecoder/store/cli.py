"""`wirecoder ingest|query|relations|quotes|events|export` (placeholder until the store issue lands)."""

from __future__ import annotations

from wirecoder.cli import app  # noqa: F401
