"""benchmarks/accuracy_errors.py and `accuracy.py --errors`: errors shown in context, counted by string."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("benchmarks_accuracy_errors", REPO / "benchmarks" / "accuracy_errors.py")
accuracy_errors = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = accuracy_errors  # dataclasses look their module up there
spec.loader.exec_module(accuracy_errors)

TEXT = "First line.\nThe senator slammed the plan on Monday, aides said."


@pytest.mark.parametrize(
    ("start", "end", "width", "marks", "expected"),
    [
        (24, 31, 10, (), "…e senator [[slammed]] the plan …"),
        (0, 5, 8, (), "[[First]] line. ⏎ T…"),  # no leading ellipsis at the start; the newline shown as ⏎
        (0, len(TEXT), 0, [(24, 31), (58, 62)], "First line. ⏎ The senator [[slammed]] the plan on Monday, aides [[said]]."),
    ],
)
def test_snippet(start, end, width, marks, expected):
    assert accuracy_errors.snippet(TEXT, start, end, width, marks) == expected


def test_top_counts_strings_and_their_documents():
    pairs = [("state", "a"), ("state", "a"), ("state", "b"), ("said", "c")]
    assert accuracy_errors.top(pairs) == [("state", 3, 2), ("said", 1, 1)]


@pytest.mark.parametrize(("text", "key"), [("According  to", "according to"), ("the former Secretary of State said", "the former secretary of")])
def test_pattern_key(text, key):
    assert accuracy_errors.pattern_key(text) == key


def test_sample_is_repeatable_and_keeps_order():
    items = list(range(100))
    first = accuracy_errors.sample(items, 5)
    assert first == accuracy_errors.sample(items, 5) and first == sorted(first) and len(first) == 5
    assert accuracy_errors.sample(items[:3], 5) == [0, 1, 2]


def test_errors_option_shows_gold_cues_it_missed(shared_data):
    """`--errors` on PolNeAR dev: every missed cue shown is a gold cue of that article.  Ten
    articles, because every cue of the first six is found."""
    spec = importlib.util.spec_from_file_location("benchmarks_converters", REPO / "benchmarks" / "converters.py")
    converters = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(converters)
    gold = {d["id"]: {s["text"] for s in d["spans"] if s["type"] == "cue"} for d in converters.polnear(shared_data, "dev", limit=10)}
    out = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "accuracy.py"), "--dataset", "polnear", "--split", "dev", "--limit", "10",
         "--errors", "4", "--json", "--data", str(shared_data)],
        capture_output=True, text=True, check=True,
    ).stdout
    errors = json.loads(out)["datasets"][0]["errors"]
    misses = [e for e in errors["examples"] if e["kind"] == "miss" and e["label"] == "cue"]
    assert 0 < len(misses) <= 4
    for e in misses:
        marked = re.search(r"\[\[(.*?)\]\]", e["snippet"]).group(1)
        assert marked in gold[e["document"]]
    assert set(errors["patterns"]) >= {"false positive cue", "miss cue", "false positive source", "miss source"}
