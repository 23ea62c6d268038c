"""`framing compare`'s tests table at 80 columns with 7 outlets and --paired-by: every number, interval
and name whole on one line.  The first column had been as wide as the longest score name
(`loaded_weighted_author_per_1k`) beside the pairs, so the effect sizes were squeezed into
"[-0.21," over "+1.00]"; now each score heads a block of its tests (`framing.cli.compare_layout.score_blocks`)."""

from __future__ import annotations

import csv
import io
import json
import re

import numpy as np
import pytest
from rich.console import Console
from typer.testing import CliRunner

from framing.cli import app
from framing.cli.compare_layout import fitted_table
from framing.cli.report import _fmt

OUTLETS = ["breitbart", "huff-post", "nyt", "washington_post", "usa-today", "wall_street_journal", "west-journal"]
SCORES = ["loaded_weighted_author_per_1k", "quote_share", "hedge_per_1k"]
INTERVAL = re.compile(r"\[[-+]\d\.\d\d, [-+]\d\.\d\d\]")


def write_event_scores(path, outlets: list[str], scores: list[str], events: int = 12) -> None:
    """Saved scores of `outlets` on the same `events` (metadata `event`), each outlet 3 points above
    the last plus noise (fixed seed): what `framing compare --scores` reads, paired or not."""
    rng = np.random.default_rng(7)
    with path.open("w", encoding="utf-8") as f:
        for event in range(events):
            for k, outlet in enumerate(outlets):
                values = {s: float(rng.integers(0, 10)) + 3 * k for s in scores}
                f.write(json.dumps({"id": f"{outlet}{event}", "outlet": outlet, "words": 800, "scores": values,
                                    "metadata": {"event": f"e{event}"}}) + "\n")


def _rendered(table, width: int) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(table)
    return console.export_text().splitlines()


def _rows(pairs: list[tuple[str, str]]) -> list[tuple[list[str], ...]]:
    """Rows as `_paired_tests_table` builds them: score, pair, events, p, p from, p adj, effect size."""
    rows = [(["loaded_weighted_author_per_1k"], ["all"], ["12"], ["0.0001"], ["sampled"], ["0.0003"], ["W 0.611"])]
    for i, (a, b) in enumerate(pairs):
        rows.append((["loaded_weighted_author_per_1k"], [f"{a} vs", b], ["12"], [f"0.{i:03d}977"], ["exact"], ["0.0103"],
                     [f"r -0.{i % 10}3 negligible", f"[-1.00, +0.{i % 10}1]"]))
    return rows


@pytest.mark.parametrize("width, one_line", [
    (80, {"  breitbart vs huff-post", "  nyt vs usa-today"}),  # those that fit the room left stay on one line
    (76, {"  nyt vs usa-today"}),  # "  wall_street_journal vs" (24) and the numbers need 75
])
def test_score_blocks_keep_every_interval_and_name_whole(width, one_line):
    pairs = [(a, b) for i, a in enumerate(OUTLETS) for b in OUTLETS[i + 1:]]
    columns = [("score", "left"), ("outlets", "left"), *((c, "right") for c in ("events", "p", "p from", "p adj", "effect size"))]
    lines = _rendered(fitted_table("Friedman, then Wilcoxon", columns, _rows(pairs), width, pairs=True), width)
    assert max(map(len, lines)) <= width
    assert "loaded_weighted_author_per_1k" in [line.strip() for line in lines]  # the score heads its block, whole
    assert lines[0].strip() == "Friedman, then Wilcoxon" and lines[1].split()[:3] == ["score", "/", "outlets"]
    assert len(INTERVAL.findall("\n".join(lines))) == len(pairs)  # every interval on one line
    assert sum(line.count("negligible") for line in lines) == len(pairs) and all(
        re.search(rf"\br -0\.{i % 10}3\b", "\n".join(lines)) for i in range(len(pairs)))
    shown = {line.split("  ", 2)[1].join(["  ", ""]) for line in lines if line.startswith("  ") and " vs " in line}
    assert one_line <= {s.rstrip() for s in shown}
    words = {w for line in lines for w in line.split()}
    assert {"washington_post", "wall_street_journal", "west-journal"} <= words  # no name broken


def test_cli_seven_outlets_paired_at_80_columns_keep_every_number_whole(tmp_path):
    """Seven outlets, 12 events, --paired-by event, COLUMNS=80: every line fits, each pair's r and its
    interval are shown whole as --out's tests file gives them (rounded to 2 places), and each p too."""
    write_event_scores(tmp_path / "s.jsonl", OUTLETS, SCORES)
    result = CliRunner().invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--paired-by", "event",
                                      "--out", str(tmp_path / "c.csv")], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.split()[:3] == ["score", "/", "outlets"])
    table = lines[start:next(i for i in range(start, len(lines)) if not lines[i].strip())]
    assert max(map(len, lines[:start + len(table) + 12])) <= 80  # the profile, the tests and their caption
    text = "\n".join(table)
    tests = list(csv.DictReader((tmp_path / "c.tests.csv").open(encoding="utf-8", newline="")))
    pairs = [r for r in tests if r["outlet_b"]]
    assert len(pairs) == 3 * 21 and {r["p_method"] for r in pairs} == {"exact"}
    for score in SCORES:
        assert score in [line.strip() for line in table]
    with_interval = [r for r in pairs if r["rank_biserial_ci_low"]]  # none where every event differs the same way
    assert 0 < len(with_interval) < len(pairs)
    for r in pairs:
        assert f"r {float(r['rank_biserial']):+.2f} {r['magnitude']}" in text, r
    for r in with_interval:
        assert f"[{float(r['rank_biserial_ci_low']):+.2f}, {float(r['rank_biserial_ci_high']):+.2f}]" in text, r
    assert len(INTERVAL.findall(text)) == len(with_interval)  # none broken over two lines
    assert all(re.search(rf"\s{re.escape(_fmt(float(r['p'])))}\s+exact\s+{re.escape(_fmt(float(r['p_adjusted'])))}\s", text)
               for r in pairs)  # each p and p adj whole, on the pair's line
    assert "breitbart vs huff-post" in text and "washington_post vs" in text and "  wall_street_journal" in text
