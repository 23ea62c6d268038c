"""`framing compare`: the outlet comparison table in the terminal, and as CSV or JSON (`--out`)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from framing.batch import InputWarnings
from framing.cli import app
from framing.cli.compare_captions import chance_caption, epsilon_interval_lines, interval_cell, p_from, p_from_caption
from framing.cli.compare_layout import fitted_table, label_lines, plain_console
from framing.cli.input_errors import InputErrors
from framing.cli.options import (DropDuplicatesOption, ErrorsFile, Jobs, Lexicon, Model, NearDuplicatesOption, NoModel, Outlet, Paths, Scores,
                                 cannot_write, duplicate_check, fail, scores_given_as_path)
from framing.cli.report import _analysed, _fmt, mean_and_interval
from framing.cli.score import sentence_model, show_column_notes, show_lexicon_warnings, warned_line
from framing.lexicon import LexiconError

if TYPE_CHECKING:
    from framing.compare import Comparison

# framing.compare imports SciPy (seconds at start-up): it is imported inside the command.

SLIM_KEYS = ("id", "outlet", "date", "words", "scores")  # all compare keeps of an article record


@app.command("compare")
def compare_command(
    paths: Paths = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the table as CSV (FILE.csv: score, outlet, n, mean, median, ci_low, ci_high; the tests, when there are enough articles for them, go to FILE.tests.csv, one row a test with its statistic, p, p_method, p_adjusted, adjusted_over and effect sizes) or JSON (FILE.json: what the groups are (grouped_by: outlet, or the --by field), both tables, the notes, and the methods in words). docs/columns.md defines every column.")] = None,
    outlet: Outlet = None,
    lexicon: Lexicon = None,
    model: Model = None,
    no_model: NoModel = False,
    jobs: Jobs = None,
    scores: Scores = None,
    by: Annotated[Optional[str], typer.Option("--by", help="Compare groups of articles by this field instead of their outlet: a column of the input (event, author, ...), date, year/month of the date, or folder (the folder each file is in).", rich_help_panel="Statistics")] = None,
    score: Annotated[Optional[list[str]], typer.Option("--score", "-s", help="Compare only this score (repeatable; default: every score with a value). The p-values are then adjusted over the scores chosen.", rich_help_panel="Statistics")] = None,
    paired_by: Annotated[Optional[str], typer.Option("--paired-by", help="Matched design (the same events covered by every outlet): compare the outlets within each value of this field (an input column such as event, or date): Friedman over the events every outlet covers, then Wilcoxon signed-rank per pair over the events both outlets cover, with the matched-pairs rank-biserial r and its interval; the notes (and --out FILE.json) say how many events and articles were dropped and which outlets they lack.", rich_help_panel="Statistics")] = None,
    near_duplicates: NearDuplicatesOption = None,
    drop_duplicates: DropDuplicatesOption = False,
    errors_file: ErrorsFile = None,
) -> None:
    """Compare outlets: each score's mean with a bootstrap 95% interval, and the tests between outlets.

    The unit is the article.  Interval: percentile bootstrap of the mean (2,000 resamples of whole
    articles, fixed seed), from 5 articles of an outlet (too narrow below 20: a note says so); from
    20,000 articles the normal interval, which the bootstrap gives there within its own noise.
    Two outlets: Mann-Whitney U (two-sided) with Cliff's delta.  More: Kruskal-Wallis with
    epsilon-squared (and its bootstrap interval), then Mann-Whitney U for every pair.  p adj is Benjamini-Hochberg, over the
    scores for the two-outlet and Kruskal-Wallis tests, over each score's pairs for a pair.
    --paired-by FIELD (a matched design: BASIL's events, each told by every outlet): the tests are
    paired instead, within each event every outlet covers: Friedman with Kendall's W (and its bootstrap interval), then Wilcoxon
    signed-rank for every pair over the events both outlets cover, with the matched-pairs
    rank-biserial r and its bootstrap interval (two outlets: one Wilcoxon).
    Every p says how it was computed ("p from" in the table, p_method in --out): exact (its exact
    null distribution, ties included) wherever that costs little, else sampled (9,999 random splits,
    fixed seed), normal or chi-squared.  Below 5 articles an outlet: no interval and no test, and a
    note says why.
    --out FILE.csv writes every number (n, median, every test); docs/columns.md defines each column.
    Scores `framing score` saved (scores.csv, scores.jsonl, scores.parquet) given as the one PATH
    are read as --scores, and a note says so.  --drop-duplicates leaves an exact copy of an earlier
    article out of every figure, and reports it (a row of the --errors file); with --scores, the
    copies `framing score` marked, for the same figures as on the articles' files.
    """
    from framing.compare import NO_OUTLET, clear_differences, compare_outlets, group_of, named_by_file, unknown_scores
    from framing.comparison_notes import no_outlet_note
    from framing.saved_scores import score_records
    from framing.user_lexicons import run_score_names

    err = plain_console(stderr=True)
    warned = InputWarnings()
    scores, paths = scores_given_as_path(scores, paths, err)
    duplicates = duplicate_check(near_duplicates, scores, drop=drop_duplicates)  # repeated texts weigh their outlet twice: told below (or dropped)
    if out and out.suffix.lower() not in (".csv", ".json"):
        raise fail(f"{out}: --out must end in .csv or .json")
    if score and (unknown := unknown_scores(score, run_score_names(tuple(map(str, lexicon or ()))), lexicon_scores=bool(scores))):  # before a corpus is analysed for nothing
        raise fail(f"--score: {unknown}", code=2)
    written = [out, out.with_name(out.stem + ".tests.csv")] if out else []  # never read back what this run writes
    input_errors = InputErrors(err, errors_file)
    input_errors.check(*written)
    show_lexicon_warnings(err, lexicon)
    try:
        if scores:
            items = input_errors.told(duplicates.count(score_records(scores)))  # as `framing score` marked them (copies dropped: --errors rows)
        else:
            items = _analysed(paths, outlet, lexicon, sentence_model(model, no_model), jobs, err, skip=[*written, *filter(None, [errors_file])],
                              warned=warned, duplicates=duplicates, errors=input_errors)
        columns: dict[str, None] = {}  # the input's other columns, which the no-outlet note names for --by
        with input_errors:
            records = [{**{k: r.get(k) for k in SLIM_KEYS}, **({"outlet": group_of(r, by)} if by else {}),
                        **({"block": group_of(r, paired_by)} if paired_by else {})} for r in _noting_columns(items, columns)]
    except (LexiconError, ValueError, OSError) as e:
        input_errors.show_line()
        raise fail(str(e)) from None
    input_errors.show_line()  # before the tables: the count of what was left out of them
    if not records:
        raise fail("no articles to compare")
    if by and all(r["outlet"] is None for r in records):
        raise fail(f"--by {by}: no article has a value for it; name {_columns_to_name(columns, 'outlet')}")
    if paired_by and all(r["block"] is None for r in records):
        raise fail(f"--paired-by {paired_by}: no article has a value for it; name {_columns_to_name(columns, 'event')}")
    if by:
        plain_console().print(f"groups: articles by {by!r} (the columns named outlet below hold its values)", highlight=False)
        records = [r if r["outlet"] is not None else {**r, "outlet": f"(no {by})"} for r in records]  # not "(no outlet)": they may have one
        if by in ("date", "year", "month"):  # in time order, those with none last
            records.sort(key=lambda r: (r["outlet"] == f"(no {by})", r["outlet"]))
    records, named_note = (records, None) if by else named_by_file(records)
    c = compare_outlets(records, score or None, untested=[f"(no {by})" if by else NO_OUTLET], paired_by=paired_by, grouped_by=by or "outlet")
    if named_note:
        c.notes.insert(0, named_note)
    if columns:
        c.notes = [no_outlet_note(list(columns)) if note == no_outlet_note() else note for note in c.notes]
    c.notes += [f"{s}: no article has a value, so it is not shown (classifier scores need a run without --no-model)"
                for s in dict.fromkeys(score or ()) if s not in c.scores]  # asked for by name: say why it is missing
    console = plain_console()
    console.print(_profile_table(c, by or "outlet", console.width))
    if c.tests:
        console.print(_tests_table(c, group=by or "outlet", width=console.width))
        for line in _findings(clear_differences(c), c, by or "outlet") or [
                f"No difference between {by or 'outlet'}s is clear enough (adjusted p below 0.05) to report."]:
            console.print(line, highlight=False)
    for note in c.notes:
        console.print(Text("note", style="yellow"), note, highlight=False)
    show_column_notes(err, warned, outlet_given=outlet is not None)
    if warned.articles:
        err.print(warned_line(warned, " (`framing score` keeps them in each article's warnings)"), markup=False, highlight=False, soft_wrap=True)
    for line in duplicates.lines(f" (each counted in its {by or 'outlet'}'s figures; `framing score` keeps a warning on each)",
                                 input_errors.dropped_place()):
        err.print(line, markup=False, highlight=False, soft_wrap=True)
    if out:
        try:
            written = _write_comparison(c, out)
        except OSError as e:  # `--out notes.txt/means.csv`, a read-only folder: one line, not a traceback
            raise cannot_write(e, "--out") from None
        console.print("wrote " + ", ".join(str(p) for p in written), highlight=False, soft_wrap=True)


def _findings(lines: list[str], c: Comparison, group: str = "outlet") -> list[str]:
    """The plain-words findings, each count score's caveat said once after them with each group's
    words per article, rather than after every line: on PolNeAR's 840 training articles ten of the
    twelve lines ended "This score is a count per article, so longer articles have more: compare
    the outlets' words per article too", and no words per article were shown anywhere (nyt's run to
    1,153, west-journal's to 365: "attributions: nyt higher than west-journal in 94% of pairs" is
    largely that)."""
    from framing.compare import COUNT_CAVEAT

    counts = list(dict.fromkeys(line.split(":", 1)[0] for line in lines if line.endswith(COUNT_CAVEAT)))
    if not counts:
        return lines
    shown = [line.removesuffix(COUNT_CAVEAT) for line in lines]
    lengths = [f"{o.name} {round(o.words / o.articles):,}" for o in c.outlets if o.articles and o.words]
    what = (f"{', '.join(counts)}: {'a count' if len(counts) == 1 else 'counts'} per article, so longer articles have more")
    if len(lengths) < 2:  # saved scores with no word counts
        return [*shown, what + f": compare the {group}s' words per article too."]
    return [*shown, what + f"; words per article: {', '.join(lengths)} (the scores per 1k words and the shares are "
                           "not counts)."]


def _columns_to_name(columns: dict[str, None], example: str) -> str:
    """What --by and --paired-by can name, with the input's own columns (kept in `metadata`) listed:
    a misspelt column ("--by authr") had been told only "an input column kept in `metadata`"."""
    fields = "date, year, month or folder" if example == "event" else "outlet, date, year, month or folder"
    if not columns:
        return f"an input column kept in `metadata` ({example}), {fields}; these articles have no other columns"
    names = sorted(columns)
    shown = ", ".join(names[:12]) + (f", ... ({len(names)} in all)" if len(names) > 12 else "")
    return f"one of the input's columns kept in `metadata` ({shown}), or {fields}"


def _noting_columns(items, columns: dict[str, None]):
    """The article records of `items`, noting in `columns` the names of their metadata (the
    input's other columns) as they pass: compare keeps only SLIM_KEYS of each."""
    for r in items:
        if isinstance(r, dict):
            if isinstance(metadata := r.get("metadata"), dict):
                columns.update(dict.fromkeys(metadata))
            yield r


def _profile_table(c: Comparison, group: str = "outlet", width: int = 80) -> Table:
    """Scores as rows and one column a group, as long as that fits `width` without breaking a word
    or a number; otherwise one row a score and group ("Chicago Tribune" with eight groups on 80
    columns had come out as "Chic / ago / Trib / une" and intervals split over three lines);
    narrower than that too (60 columns: "bre / itb / art"), each score's groups as `label: value` lines."""
    by = {(r.score, r.outlet): r for r in c.profile}
    cells = {key: mean_and_interval(r.mean, r.low, r.high) for key, r in by.items()}  # "50.2 [49.0, 51.3]", not "[49, 51.3]"
    title = f"Mean per {group} [95% bootstrap interval]"
    how = (f"Interval: percentile bootstrap of the mean over whole articles (from {c.min_articles} articles per {group}; "
           "none below; from 20,000 the normal interval). n: articles; a score's mean is over those where it is defined.")
    intervals = any(r.low is not None for r in c.profile)
    if not intervals:  # a classroom's 1-3 articles an outlet: no bracket promised in the title, and a caption saying why
        title = f"Mean per {group} (no intervals: too few articles)"
        how = (f"No 95% intervals: no {group} has {c.min_articles} articles with a value, and an interval from fewer would "
               "only repeat how these few articles differ (the note below says more). n: articles; a score's mean is over "
               "those where it is defined.")

    def needed(o) -> int:  # a column's width with no word and no number broken
        return max([*map(len, o.name.split()), len(f"(n={o.articles})"), *(max(map(len, cells[(s, o.name)])) for s in c.scores)])

    # each column costs its rule and its padding, 3 characters (counting 1 had broken "[11.6, 16.4]" at 60-64 columns)
    if max(map(len, c.scores), default=5) + sum(needed(o) + 3 for o in c.outlets) <= width:
        t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
        t.add_column("score", no_wrap=True)  # whole names: folded, "loaded_auth / or_per_1k" read as two
        for o in c.outlets:
            t.add_column(f"{o.name}\n(n={o.articles})", justify="right", overflow="fold")
        for s in c.scores:
            # the interval on a line of its own: cells then wrap at the same place in every column
            t.add_row(s, *("\n".join(filter(None, cells[(s, o.name)])) for o in c.outlets))
        fewer = [s for s in c.scores if any(by[(s, o.name)].n < o.articles for o in c.outlets)]
        if fewer:  # n above is articles; these means are over the articles where the score is defined
            t.caption = (f"{', '.join(fewer)}: averaged over the articles where defined (no quoted words, no attributions), "
                         "fewer than n; each score's n is in --out FILE.csv.")
        t.caption = how + (" " + t.caption if t.caption else "")
        t.caption_justify = "left"
        return t
    t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    t.add_column("score", no_wrap=True)
    t.add_column(group, overflow="fold")
    for col in ("n", "mean", "95% interval")[: 3 if intervals else 2]:
        t.add_column(col, justify="right", no_wrap=True)
    for s in c.scores:
        for i, o in enumerate(c.outlets):
            t.add_row(s if i == 0 else "", o.name, str(by[(s, o.name)].n), *cells[(s, o.name)][: 2 if intervals else 1],
                      end_section=i == len(c.outlets) - 1)
    wide = plain_console(width=10_000)
    # its width with the groups' names wrapped at their spaces, no word broken (rich's own minimum counts the
    # no-wrap columns' words, not their cells: it had let "huffingtonpost.com" fold into "huffingtonpost.c / om")
    names = [group, *(o.name for o in c.outlets)]
    if Measurement.get(wide, wide.options, t).maximum - max(map(len, names)) + max(len(w) for n in names for w in n.split() or [""]) > width:
        # narrower still (60 columns with 7 outlets, 40): no table, `label: value` lines, every number whole
        heads = ("n", "mean", "95% interval")[: 3 if intervals else 2]
        t = label_lines(title, [(s, [([o.name], [(head, [value]) for head, value in zip(heads, (str(by[(s, o.name)].n), *cells[(s, o.name)]))])
                                     for o in c.outlets]) for s in c.scores], width)
    t.caption, t.caption_justify = how, "left"
    return t


def _tests_table(c: Comparison, alpha: float = 0.05, group: str = "outlet", width: int = 80) -> Table:
    """The tests for the terminal.  With more than two outlets, every score's Kruskal-Wallis row,
    and the pairwise rows only of scores whose Kruskal-Wallis test is below `alpha` after
    adjustment (the rule the report's plain-words summary follows): five outlets and thirteen
    scores are 143 rows otherwise, nearly all of them saying nothing.  --out writes every row."""
    two = len({(t.outlet_a, t.outlet_b) for t in c.tests}) == 1 and c.tests[0].outlet_b is not None
    if c.paired_by:
        return _paired_tests_table(c, two, alpha, group, width)
    if two:
        n = sum(1 for t in c.tests if t.p is not None)
        title = f"Mann-Whitney U, {c.tests[0].outlet_a} vs {c.tests[0].outlet_b} (p adj: Benjamini-Hochberg over the {n} score{'s' * (n != 1)} tested)"
    else:
        n = sum(1 for t in c.tests if t.test != "Mann-Whitney U (pairwise)" and t.p is not None)
        title = (f"Kruskal-Wallis (all), then pairwise Mann-Whitney U (p adj: Benjamini-Hochberg over the {n} score{'s' * (n != 1)} "
                 "tested for Kruskal-Wallis, over each score's pairs for a pair)")
    columns = [("score", "left"), *([] if two else [(f"{group}s", "left")]),  # --by month: the months compared
               *((col, "right") for col in ("p", "p from", "p adj", "Cliff's delta" if two else "effect size"))]
    rows: list[tuple[list[str], ...]] = []
    clear = {r.score for r in c.tests if r.outlet_b is None and r.p_adjusted is not None and r.p_adjusted < alpha}
    hidden = 0
    shown = []
    for r in c.tests:
        if not two and r.test == "Mann-Whitney U (pairwise)" and r.score not in clear:
            hidden += 1
            continue
        shown.append(r)
        if r.outlet_b is None:  # all outlets at once: epsilon-squared, the share of rank variance between them
            delta = [] if r.epsilon_squared is None else [f"ε² {r.epsilon_squared:.3f}", *epsilon_interval_lines(r.epsilon_squared_interval)]
        else:
            delta = [] if r.delta is None else [f"{'' if two else 'δ '}{r.delta:+.2f} {r.magnitude}", interval_cell(r.delta_interval).strip()]
        cells = [[r.score]] + ([] if two else [[f"{r.outlet_a} vs", r.outlet_b] if r.outlet_b else ["all"]])
        rows.append((*cells, [_fmt(r.p)], [p_from(r.p_method)], [_fmt(r.p_adjusted)], delta))
    # --by year: "the first year's articles", not the first outlet's (the groups compared are years)
    caption = [f"Cliff's delta: + when the first {group}'s articles score higher, - when lower (-1 to 1)."]
    if not two:
        caption = [f"Effect size: for all {group}s, epsilon-squared (ε², 0 to 1: the share of the scores' rank variance that lies "
                   f"between {group}s); for a pair, Cliff's delta (δ, + when the first {group}'s articles score higher, - when lower, -1 to 1)."]
    caption.append("In brackets: its 95% interval, Cliff's (1996) asymmetric one (unbiased variance, Student's t), as R's effsize gives it."
                   if two else "In brackets: for δ, its 95% interval, Cliff's (1996) asymmetric one (unbiased variance, Student's t), as R's "
                   "effsize gives it; for ε², its 95% bootstrap interval (2,000 resamples of whole articles within each "
                   f"{group}, fixed seed, corrected for the bootstrap's upward bias; none from 20,000 articles).")
    if not two and (chance := chance_caption(shown, group)):
        caption.append(chance)
    caption.append(p_from_caption(shown))
    # the profile above shows means; a rank test can disagree with them where a few articles score very high
    caption.append("The tests compare ranks (whose articles tend to score higher), not the means above: "
                   "the medians are in --out FILE.csv.")
    lone = [r.score for r in c.tests if r.test == "Mann-Whitney U"]
    if lone and not two:  # a score only two outlets have enough values of: its one test stands in for Kruskal-Wallis
        caption.append(f"{', '.join(lone)}: only two {group}s have {c.min_articles} articles with a value, so one Mann-Whitney U, "
                       "adjusted over the scores like a Kruskal-Wallis test.")
    if hidden:
        caption.append(f"{hidden} pairwise tests not shown: their score's Kruskal-Wallis test is not below {alpha} adjusted. "
                       "Every test: --out FILE.csv (FILE.tests.csv).")
    t = fitted_table(title, columns, rows, width, pairs=not two)
    t.caption = " ".join(filter(None, caption))
    t.caption_justify = "left"
    return t


def _paired_tests_table(c: Comparison, two: bool, alpha: float, group: str = "outlet", width: int = 80) -> Table:
    """The paired tests (--paired-by) for the terminal, shown like the unpaired ones: with more than
    two outlets, each score's Friedman row, and its pairwise rows only where that row is clear."""
    # Imported here, not at the top: they bring SciPy, which every other command would then load
    # (about 60 MB and 0.9 s before `framing score` reads its first article).
    from framing.compare_paired import NO_FRIEDMAN
    from framing.paired_statistics import RANK_BISERIAL_NORMAL_FROM
    n = sum(1 for t in c.tests if t.test in ("Friedman", "Wilcoxon signed-rank") and t.p is not None)
    first = (f"Wilcoxon signed-rank within each {c.paired_by}, {c.tests[0].outlet_a} vs {c.tests[0].outlet_b}" if two else
             f"Friedman within each {c.paired_by} (all), then pairwise Wilcoxon signed-rank")
    title = (f"{first} (p adj: Benjamini-Hochberg over the {n} score{'s' * (n != 1)} tested"
             + ("" if two else ", over each score's pairs for a pair") + ")")
    columns = [("score", "left"), *([] if two else [(f"{group}s", "left")]),  # --by month: the months compared
               *((col, "right") for col in (f"{c.paired_by}s", "p", "p from", "p adj", "effect size"))]
    rows: list[tuple[list[str], ...]] = []
    clear = {r.score for r in c.tests if r.outlet_b is None and r.p_adjusted is not None and r.p_adjusted < alpha}
    alone = sorted({r.score for r in c.tests if r.adjusted_over and NO_FRIEDMAN in r.adjusted_over})  # no Friedman to pass first
    hidden = 0
    shown = []
    for r in c.tests:
        if r.test == "Wilcoxon signed-rank (pairwise)" and r.score not in clear and r.score not in alone:
            hidden += 1
            continue
        shown.append(r)
        if r.outlet_b is None:
            effect = [] if r.kendalls_w is None else [f"W {r.kendalls_w:.3f}", *epsilon_interval_lines(r.kendalls_w_interval)]
        else:
            effect = [] if r.rank_biserial is None else [f"r {r.rank_biserial:+.2f} {r.magnitude}", interval_cell(r.rank_biserial_interval).strip()]
        cells = [[r.score]] + ([] if two else [[f"{r.outlet_a} vs", r.outlet_b] if r.outlet_b else ["all"]])
        rows.append((*cells, [str(r.blocks)], [_fmt(r.p)], [p_from(r.p_method)], [_fmt(r.p_adjusted)], effect))
    over = "" if two else f"; a pair, over those both its {group}s cover"
    caption = [f"Each test compares the {group}s within the same {c.paired_by}, over the {c.paired_by}s with an article of "
               f"every {group}{over} (the notes say how many were dropped). r: matched-pairs rank-biserial correlation, + when the "
               f"first {group}'s article scores higher, -1 to 1; in brackets: its 95% percentile bootstrap interval (2,000 resamples of "
               f"whole {c.paired_by}s, fixed seed; from {RANK_BISERIAL_NORMAL_FROM:,} {c.paired_by}s the normal interval, which "
               "the bootstrap gives there)."]
    if not two:
        caption.append(f"W: Kendall's W, 0 (the {group}s rank alike within {c.paired_by}s) to 1; under it, its 95% bias-corrected "
                       f"percentile bootstrap interval (2,000 resamples of whole {c.paired_by}s, fixed seed).")
    caption.append(p_from_caption(shown))
    if alone:
        caption.append(f"{', '.join(alone)}: too few {c.paired_by}s with every {group} for a Friedman test, so pairwise Wilcoxon "
                       "tests only, adjusted over every such pair (the notes say more).")
    if hidden:
        caption.append(f"{hidden} pairwise tests not shown: their score's Friedman test is not below {alpha} adjusted. "
                       "Every test: --out FILE.csv (FILE.tests.csv).")
    t = fitted_table(title, columns, rows, width, pairs=not two)
    t.caption, t.caption_justify = " ".join(filter(None, caption)), "left"
    return t


def _write_comparison(c: Comparison, out: Path) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".json":
        out.write_text(json.dumps(c.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return [out]
    written = [out]
    _write_csv(out, c.profile_table())
    if c.tests:
        tests = out.with_name(out.stem + ".tests.csv")
        _write_csv(tests, c.test_table())
        written.append(tests)
    return written


def _write_csv(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["score"])
        w.writeheader()
        w.writerows({k: _cell(v) for k, v in r.items()} for r in rows)


def _cell(v: object) -> object:
    """A CSV cell; text a spreadsheet would run as a formula (=, +, -, @) is kept as text."""
    if v is None:
        return ""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v
