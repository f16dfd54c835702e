"""`wirecoder demo` (placeholder)."""

from __future__ import annotations

from wirecoder.cli import app  # noqa: F401
