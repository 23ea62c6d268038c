"""`framing compare` on real data: BASIL's three outlets (100 events each), scored and compared the
way a researcher would, every number of the output recomputed here from the saved scores with
NumPy and SciPy directly.  The figures move when the detectors do, so none is written down: what
must hold is that compare's numbers are the standard ones computed from those scores."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from framing.cli import app
from framing.exact_signed_rank import exact_signed_rank_p
from framing.paired_statistics import paired_differences

runner = CliRunner()
SCORES = ["hedge_per_1k", "quote_share", "booster_per_1k"]


@pytest.fixture(scope="module")
def basil_scores(shared_data, tmp_path_factory) -> list[dict]:
    """BASIL's 300 articles as a JSONL corpus (outlet fox / nyt / hpo, event its triplet), scored with `framing score`."""
    folder = tmp_path_factory.mktemp("basil")
    with (folder / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for line in (shared_data / "basil" / "basil_articles.jsonl").open(encoding="utf-8"):
            a = json.loads(line)
            text = (a["title"] or "").strip() + "\n\n" + "\n\n".join(s["text"] for s in a["sentences"])
            f.write(json.dumps({"id": a["article_key"], "outlet": a["source"], "title": a["title"], "text": text,
                                "event": a["triplet_uuid"]}) + "\n")  # the event each outlet's article tells: kept in metadata
    result = runner.invoke(app, ["score", str(folder / "corpus.jsonl"), "--out", str(folder / "scores.jsonl"), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in (folder / "scores.jsonl").open(encoding="utf-8")]


@pytest.mark.slow
def test_basil_comparison_numbers_are_the_standard_ones(basil_scores, tmp_path):
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in basil_scores), encoding="utf-8")
    args = ["compare", "--scores", str(path), "--out", str(tmp_path / "c.csv")] + [a for s in SCORES for a in ("--score", s)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    profile = list(csv.DictReader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8"))))
    tests = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    values = {(s, o): np.array([r["scores"][s] for r in basil_scores if r["outlet"] == o and r["scores"][s] is not None])
              for s in SCORES for o in ("nyt", "fox", "hpo")}
    assert [(r["score"], r["outlet"]) for r in profile] == [(s, o) for s in SCORES for o in ("nyt", "fox", "hpo")]
    for r in profile:
        v = values[(r["score"], r["outlet"])]
        assert (int(r["n"]), float(r["mean"]), float(r["median"])) == (len(v), pytest.approx(v.mean(), abs=1e-4),
                                                                       pytest.approx(np.median(v), abs=1e-4))
        # SciPy's percentile bootstrap with other random draws: the same interval within resampling error
        ci = sps.bootstrap((v,), np.mean, n_resamples=20_000, method="percentile", rng=1).confidence_interval
        width = ci.high - ci.low
        assert float(r["ci_low"]) == pytest.approx(ci.low, abs=0.06 * width)
        assert float(r["ci_high"]) == pytest.approx(ci.high, abs=0.06 * width)
    omnibus = [t for t in tests if t["test"] == "Kruskal-Wallis H"]
    assert [t["score"] for t in omnibus] == SCORES  # three outlets of 100: no small group, no lone test
    raw = [sps.kruskal(*(values[(s, o)] for o in ("nyt", "fox", "hpo"))) for s in SCORES]
    n = {s: sum(len(values[(s, o)]) for o in ("nyt", "fox", "hpo")) for s in SCORES}
    for t, k in zip(omnibus, raw):
        assert (float(t["statistic"]), float(t["p"])) == (pytest.approx(k.statistic, abs=1e-3), pytest.approx(k.pvalue, rel=1e-3))
        assert float(t["epsilon_squared"]) == pytest.approx(k.statistic / (n[t["score"]] - 1), abs=1e-4)
        assert t["adjusted_over"] == "Benjamini-Hochberg over the 3 scores tested"
    adjusted = sps.false_discovery_control([k.pvalue for k in raw])
    assert [float(t["p_adjusted"]) for t in omnibus] == pytest.approx(list(adjusted), rel=1e-3)
    for s in SCORES:
        pairs = [t for t in tests if t["score"] == s and t["test"] == "Mann-Whitney U (pairwise)"]
        assert [(t["outlet_a"], t["outlet_b"]) for t in pairs] == [("nyt", "fox"), ("nyt", "hpo"), ("fox", "hpo")]
        mw = [sps.mannwhitneyu(values[(s, t["outlet_a"])], values[(s, t["outlet_b"])], alternative="two-sided") for t in pairs]
        for t, m in zip(pairs, mw):
            x, y = values[(s, t["outlet_a"])], values[(s, t["outlet_b"])]
            delta = np.mean(np.sign(x[:, None] - y[None, :]))  # Cliff's delta from every pair, by definition
            assert (float(t["statistic"]), float(t["p"]), float(t["cliffs_delta"])) == (
                m.statistic, pytest.approx(m.pvalue, rel=1e-3), pytest.approx(delta, abs=1e-4))
        assert [float(t["p_adjusted"]) for t in pairs] == pytest.approx(list(sps.false_discovery_control([m.pvalue for m in mw])), rel=1e-3)


@pytest.mark.slow
def test_basil_paired_by_event_numbers_are_the_standard_ones(basil_scores, tmp_path):
    """BASIL is a matched design (each event told by all three outlets): `--paired-by event` gives
    Friedman over the events, Wilcoxon signed-rank per pair, each as SciPy computes them from the
    saved scores arranged event by event."""
    path = tmp_path / "scores.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in basil_scores), encoding="utf-8")
    scores = SCORES + ["loaded_quoted_per_1k"]  # undefined where an article quotes nobody: events dropped
    args = ["compare", "--scores", str(path), "--paired-by", "event", "--out", str(tmp_path / "c.csv")]
    result = runner.invoke(app, args + [a for s in scores for a in ("--score", s)])
    assert result.exit_code == 0, result.output
    tests = list(csv.DictReader(io.StringIO((tmp_path / "c.tests.csv").read_text(encoding="utf-8"))))
    outlets = ("nyt", "fox", "hpo")
    by_event: dict[str, dict[str, dict]] = {}
    for r in basil_scores:
        by_event.setdefault(r["metadata"]["event"], {})[r["outlet"]] = r["scores"]
    assert len(by_event) == 100 and all(len(v) == 3 for v in by_event.values())
    friedman_p = []
    for s in scores:
        table = np.array([[e[o][s] for o in outlets] for e in by_event.values() if all(e[o][s] is not None for o in outlets)])
        rows = [t for t in tests if t["score"] == s]
        # each pair over the events where both its outlets have a value (pairwise-complete)
        pairs = [np.array([[e[a][s], e[b][s]] for e in by_event.values() if e[a][s] is not None and e[b][s] is not None])
                 for a, b in (("nyt", "fox"), ("nyt", "hpo"), ("fox", "hpo"))]
        assert [(t["test"], t["outlet_a"], t["outlet_b"], int(t["blocks"])) for t in rows] == [
            ("Friedman", "", "", len(table))] + [("Wilcoxon signed-rank (pairwise)", a, b, len(pair))
                                                 for (a, b), pair in zip((("nyt", "fox"), ("nyt", "hpo"), ("fox", "hpo")), pairs)]
        ref = sps.friedmanchisquare(*table.T)
        friedman_p.append(ref.pvalue)
        assert (float(rows[0]["statistic"]), float(rows[0]["p"]), float(rows[0]["kendalls_w"])) == (
            pytest.approx(ref.statistic, abs=1e-3), pytest.approx(ref.pvalue, rel=1e-3), pytest.approx(ref.statistic / (2 * len(table)), abs=1e-4))
        pair_p = []
        for t, pair in zip(rows[1:], pairs):
            every = paired_differences(pair[:, 0], pair[:, 1])  # equal differences equal, which floating point breaks
            w = sps.wilcoxon(every)
            d = every[every != 0]
            ranks = sps.rankdata(np.abs(d))
            r = (ranks[d > 0].sum() - ranks[d < 0].sum()) / ranks.sum()
            # p: the exact one (ties and zeros included, under 500 events); SciPy's normal approximation is near it
            exact = exact_signed_rank_p(every)
            assert (float(t["statistic"]), float(t["p"]), float(t["rank_biserial"]), t["p_method"]) == (
                w.statistic, pytest.approx(exact, rel=1e-3), pytest.approx(r, abs=1e-4), "exact")
            assert exact == pytest.approx(w.pvalue, abs=0.01)
            pair_p.append(exact)
        assert [float(t["p_adjusted"]) for t in rows[1:]] == pytest.approx(list(sps.false_discovery_control(pair_p)), rel=1e-3)
    omnibus = [t for t in tests if t["test"] == "Friedman"]
    assert [float(t["p_adjusted"]) for t in omnibus] == pytest.approx(list(sps.false_discovery_control(friedman_p)), rel=1e-3)
    output = " ".join(result.output.split())
    assert "Paired by event: 100 of the 100 events are covered by every outlet tested (nyt, fox, hpo)" in output
