"""What the throughput benchmarks share: one side per subprocess, and its peak memory.

Each benchmark compares two sides (bare parse vs extract, extract vs ingest) over the same articles.
Every side runs in a Python process of its own so that its peak RSS is its own; the side prints one
JSON object as its last line of standard output.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys


def run_side(script: str, *args: str) -> dict:
    """Run ``SCRIPT ARGS...`` in a fresh interpreter and return the JSON its last output line holds."""
    out = subprocess.run([sys.executable, script, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def peak_rss_mb(children: bool = False) -> float:
    """Peak resident memory of this process (and, with CHILDREN, of the biggest finished child)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if children else 0
    return max(own, kids) / 1024
