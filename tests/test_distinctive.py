"""Distinctive words by log-odds with an informative Dirichlet prior, on hand-sized corpora."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from framing.distinctive import distinctive_terms, outlet_counts, top_terms, words_outside


@pytest.mark.parametrize(
    "text, ignored, expected",
    [
        ("Putin’s no-show: 30 days, a farce.", [], ["putin's", "no-show", "days", "a", "farce"]),
        ("READ MORE here. The talks failed.", [{"start": 0, "end": 15}], ["the", "talks", "failed"]),
        ("Kremlin <script>alert(1)</script> said", [], ["kremlin", "script", "alert", "script", "said"]),
    ],
)
def test_words_outside_ignored_ranges(text, ignored, expected):
    assert words_outside(text, ignored) == expected


def test_log_odds_rows_by_hand_for_two_outlets():
    # corpus: farce 3 (A 3), talks 4 (A 2, B 2), said 3 (B 3); total 10, prior strength 10 -> a_w = count.
    counts = {"A": Counter(farce=3, talks=2), "B": Counter(talks=2, said=3)}
    rows = {(t.outlet, t.term): t for t in distinctive_terms(counts, prior_strength=10, min_count=1)}
    farce = rows[("A", "farce")]
    # y_i=3, y_j=0, a=3, n_i=5, n_j=5, a0=10: log(6/(15-6)) - log(3/(15-3)); var = 1/6 + 1/3
    delta = math.log(6 / 9) - math.log(3 / 12)
    assert (farce.count, farce.total, farce.per_1k) == (3, 3, 600.0)
    assert farce.delta == pytest.approx(delta)
    assert farce.z == pytest.approx(delta / math.sqrt(1 / 6 + 1 / 3))
    assert rows[("B", "farce")].z == pytest.approx(-farce.z)
    assert rows[("A", "talks")].z == pytest.approx(0.0)
    assert [t.term for t in top_terms(list(rows.values()), "A")] == ["farce"]


def test_min_count_drops_rare_words_and_one_outlet_gives_nothing():
    counts = {"A": Counter(farce=1, talks=2), "B": Counter(talks=2)}
    assert {t.term for t in distinctive_terms(counts, min_count=2)} == {"talks"}
    assert distinctive_terms({"A": Counter(talks=3)}) == []


def test_outlet_counts_from_records():
    recs = [
        {"outlet": "A", "text": "Talks failed. Talks! A", "ignored": []},
        {"outlet": "B", "text": "Comment below. Talks.", "ignored": [{"start": 0, "end": 14, "reason": "comment form"}]},
        {"outlet": None, "text": "Talks", "ignored": []},
    ]
    assert outlet_counts(recs) == {"A": Counter(talks=2, failed=1), "B": Counter(talks=1), "(no outlet)": Counter(talks=1)}
