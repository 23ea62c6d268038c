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
from framing.cli.report import _fmt, mean_and_interval

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


def _shown_numbers(tmp_path, paired: bool) -> tuple[list[str], list[str]]:
    """(each mean and interval of --out's profile, each p, p adj, effect size and interval of its tests
    the terminal shows), as the terminal rounds them: a pair is shown where its score's test of all
    outlets is below 0.05 adjusted."""
    profile = list(csv.DictReader((tmp_path / "c.csv").open(encoding="utf-8", newline="")))
    means = [text for r in profile for text in mean_and_interval(float(r["mean"]), float(r["ci_low"]), float(r["ci_high"]))]
    tests = list(csv.DictReader((tmp_path / "c.tests.csv").open(encoding="utf-8", newline="")))
    clear = {r["score"] for r in tests if not r["outlet_b"] and float(r["p_adjusted"]) < 0.05}
    numbers = []
    for r in tests:
        if r["outlet_b"] and r["score"] not in clear and len({t["outlet_a"] for t in tests}) > 1:
            continue
        numbers += [_fmt(float(r["p"])), _fmt(float(r["p_adjusted"]))]
        effect, low, high = ("rank_biserial", "rank_biserial_ci_low", "rank_biserial_ci_high") if paired else (
            "cliffs_delta", "delta_ci_low", "delta_ci_high")
        if r["outlet_b"]:
            numbers.append(f"{float(r[effect]):+.2f} {r['magnitude']}")
            if r[low]:
                numbers.append(f"[{float(r[low]):+.2f}, {float(r[high]):+.2f}]")
        else:  # (--out rounds it to 4 places, the terminal to 3: matched within a rounding)
            numbers.append(float(r["kendalls_w" if paired else "epsilon_squared"]))
    return means, numbers


@pytest.mark.parametrize("columns", [60, 40])
@pytest.mark.parametrize("outlets, paired", [(2, False), (3, False), (3, True), (7, False), (7, True)])
def test_cli_narrow_terminal_keeps_every_number_and_name_whole(tmp_path, columns, outlets, paired):
    """COLUMNS=60 and 40: the tests table had been squeezed until its numbers broke ("0.0001" over
    "25", "[-0.74" over "," over "+0.06]") and the profile's outlets into "bre / itb / art"; where no
    table fits, each score heads a block of `label: value` lines.  Every line fits, every mean,
    interval, p and effect size --out writes is whole on one line, every outlet's name too."""
    names = OUTLETS[:outlets]
    write_event_scores(tmp_path / "s.jsonl", names, SCORES)
    result = CliRunner().invoke(app, ["compare", "--scores", str(tmp_path / "s.jsonl"), "--out", str(tmp_path / "c.csv"),
                                      *(["--paired-by", "event"] if paired else [])], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    end = next(i for i, line in enumerate(lines) if line.startswith("wrote "))
    assert max(map(len, lines[:end])) <= columns
    means, numbers = _shown_numbers(tmp_path, paired)
    title = next(i for i, line in enumerate(lines) if line.startswith(("Kruskal-Wallis", "Mann-Whitney", "Friedman", "Wilcoxon")))
    profile, tests = "\n".join(lines[:title]), "\n".join(lines[title:])
    for number in means:
        assert re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", profile), number
    for number in numbers:
        if isinstance(number, float):
            assert any(abs(float(shown) - number) < 0.0006 for shown in re.findall(r"(?:ε²|W) (\d\.\d{3})\b", tests)), number
        else:
            assert re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", tests), number
    words = {w for line in lines for w in line.split()}
    assert set(names) <= words  # no name broken
    lines = [line.rstrip() for line in lines]
    if columns == 40:  # no table: a block a score, its tests in `label: value` lines
        assert all(score in lines for score in SCORES)
        assert "p adj:" in tests and ("effect size:" in tests or "Cliff's delta:" in tests)
        if outlets > 2:
            assert "  breitbart vs huff-post" in lines
        assert "  breitbart" in lines and any(re.fullmatch(r"    n: 12  mean: \S+", line.rstrip()) for line in lines)


@pytest.mark.parametrize("width, expected", [
    (60, ["p: 0.0787  p from: exact  p adj: 0.0787", "effect size: δ -0.42 medium [-0.74, +0.06]"]),
    (40, ["p: 0.0787  p from: exact", "p adj: 0.0787", "effect size: δ -0.42 medium", "  [-0.74, +0.06]"]),
    (30, ["p: 0.0787  p from: exact", "p adj: 0.0787", "effect size: δ -0.42", "  medium [-0.74, +0.06]"]),
])
def test_stacked_puts_as_many_fields_on_a_line_as_fit_and_breaks_a_field_between_its_parts(width, expected):
    from framing.cli.compare_layout import stacked

    columns = [("score", "left"), ("outlets", "left"), *((c, "right") for c in ("p", "p from", "p adj", "effect size"))]
    rows = [(["hedge_per_1k"], ["breitbart vs", "huff-post"], ["0.0787"], ["exact"], ["0.0787"], ["δ -0.42", "medium", "[-0.74, +0.06]"])]
    lines = [line.rstrip() for line in _rendered(stacked("Tests", columns, rows, width, pairs=True), width)]
    assert lines[:4] == ["Tests", "", "hedge_per_1k", "  breitbart vs huff-post"]
    assert lines[4:4 + len(expected)] == ["    " + line for line in expected]


DOMAINS = ["breitbart.com", "huffingtonpost.com", "nytimes.com", "washingtonpost.com", "westernjournal.com"]


@pytest.mark.parametrize("width", range(52, 72, 2))
def test_the_profile_breaks_no_outlet_name_at_any_width(tmp_path, width):
    """Outlets named by their sites (a scraped url,text table): at 60 columns the one-row-a-score-and-
    outlet table had folded "huffingtonpost.com" into "huffingtonpost.c" over "om" (rich's minimum
    width had counted the intervals' words, not the intervals); where it cannot fit, lines."""
    from framing.cli.compare import _profile_table
    from framing.compare import compare_outlets
    from framing.saved_scores import score_records

    write_event_scores(tmp_path / "s.jsonl", DOMAINS, ["hedge_per_1k", "quote_share"])
    c = compare_outlets(list(score_records(tmp_path / "s.jsonl")))
    lines = _rendered(_profile_table(c, "outlet", width), width)
    assert max(map(len, lines)) <= width
    words = [w for line in lines for w in line.split()]
    assert all(words.count(name) == 2 for name in DOMAINS)  # each whole, once a score
    assert len(INTERVAL_ANY.findall("\n".join(lines))) == 2 * len(DOMAINS)


INTERVAL_ANY = re.compile(r"\[\d+(?:\.\d+)?, \d+(?:\.\d+)?\]")


@pytest.mark.parametrize("columns", [54, 56, 60])
def test_cli_outlets_named_by_their_sites_at_narrow_widths(tmp_path, columns):
    path = tmp_path / "scraped.csv"
    texts = ["Officials said the plan might pass.", "The senator claimed it would clearly fail.", "The plan passed."]
    path.write_text("url,text\n" + "".join(f"https://www.{site}/2016/a{i}.html,{texts[(i + k) % 3]}\n" for k, site in enumerate(DOMAINS)
                                           for i in range(6)), encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(path), "--no-model", "-s", "hedge_per_1k", "-s", "quote_share"],
                                env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    profile = lines[:next(i for i, line in enumerate(lines) if line.startswith("Kruskal-Wallis"))]
    assert max(map(len, profile)) <= columns
    assert [w for line in profile for w in line.split() if w.endswith(".com")] == DOMAINS * 2
