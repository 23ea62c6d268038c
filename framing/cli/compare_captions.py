"""The cells and captions of `framing compare`'s tests tables that say how each figure was got: the
"p from" column and its caption, an effect size's interval, and what epsilon-squared gives by
chance alone (kept apart from framing/cli/compare.py, which lays the tables out)."""

from __future__ import annotations


P_FROM = {"exact": "exact", "sampled": "sampled", "sampled, large groups by chi-squared": "sampled+χ²", "normal": "normal",
          "chi-squared": "χ²"}  # a test row's p_method, short enough for a column
P_FROM_WORDS = {"exact": "exact (its exact null distribution, ties included)",
                "sampled": "sampled (9,999 random splits, fixed seed)",
                "sampled+χ²": "sampled+χ² (the small groups drawn at random, the groups of 100 or more split by chi-squared)",
                "normal": "normal (the normal approximation, corrected for ties; Mann-Whitney's for continuity too)",
                "χ²": "χ² (the chi-squared approximation, corrected for ties)"}


def p_from(method: str | None) -> str:
    return "" if method is None else P_FROM.get(method, method)


def chance_caption(rows: list, group: str) -> str:
    """What ε² gives by chance alone, (k - 1) / (n - 1), for the Kruskal-Wallis rows shown: 28 dates
    of 71 articles showed "ε² 0.017 [0.005, 0.031]" (p 0.15), a small effect to the eye, with chance
    alone at 0.014 nowhere said."""
    chance = sorted({r.epsilon_squared_by_chance for r in rows if r.epsilon_squared is not None and r.epsilon_squared_by_chance is not None})
    if not chance:
        return ""
    value = f"{chance[0]:.3f}" if f"{chance[0]:.3f}" == f"{chance[-1]:.3f}" else f"{chance[0]:.3f} to {chance[-1]:.3f}"
    return (f"By chance alone (no difference between {group}s) ε² averages (k - 1) / (n - 1) for k {group}s of n articles: "
            f"{value} here; read ε² and its interval against it (epsilon_squared_by_chance in --out).")


def p_from_caption(rows: list) -> str:
    """What each "p from" of the table means, for the test rows it shows (--out FILE.json's methods
    say more): the pairwise rows it hides had put "normal (...)" under a table of χ² rows only."""
    shown = dict.fromkeys(p_from(r.p_method) for r in rows if r.p_method)
    return "p from: " + "; ".join(P_FROM_WORDS.get(m, m) for m in shown) + "." if shown else ""


def interval_cell(ci: tuple[float, float] | None) -> str:
    """An effect size's 95% interval after it in a table cell, or nothing where it has none."""
    return "" if ci is None else f" [{ci[0]:+.2f}, {ci[1]:+.2f}]"


def epsilon_interval_lines(ci: tuple[float, float] | None) -> list[str]:
    """Epsilon-squared's (or Kendall's W's) 95% interval as a table cell's second line (0 to 1, so no sign), or none."""
    return [] if ci is None else [f"[{ci[0]:.3f}, {ci[1]:.3f}]"]
