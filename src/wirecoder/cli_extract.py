"""`wirecoder extract` (placeholder until the foundation issue lands)."""

from __future__ import annotations

from wirecoder.cli import app  # noqa: F401
