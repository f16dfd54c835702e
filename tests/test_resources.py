"""Resources: dictionaries loaded once per process and shared."""

from __future__ import annotations

import threading

from wirecoder.resources import Resources


def test_each_object_is_built_once():
    res = Resources()
    calls = []
    assert res.cached("x", lambda: calls.append(1) or "built") == "built"
    assert res.cached("x", lambda: calls.append(1) or "again") == "built"
    assert calls == [1]


def test_a_loader_may_ask_for_another_cached_object():
    # the amounts cue table is built from the actor dictionary, itself cached: a plain lock deadlocked here
    res = Resources()
    out: list[str] = []
    worker = threading.Thread(
        target=lambda: out.append(res.cached("outer", lambda: res.cached("inner", lambda: "in") + "+out")),
        daemon=True)
    worker.start()
    worker.join(timeout=5)
    assert out == ["in+out"]
