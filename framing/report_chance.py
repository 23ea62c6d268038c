"""What epsilon-squared gives by chance alone, in the report's words.

Epsilon-squared is above 0 even where the outlets do not differ at all: H then averages k - 1, so
epsilon-squared averages (k - 1) / (n - 1) for k outlets of n articles tested (`framing compare`
writes it as `epsilon_squared_by_chance`).  With three outlets of six articles each that is 0.118,
a "moderate effect" to the eye of a class that reads epsilon-squared against 0.  The page says it
beside the tests table, with one of its rows read out: "loaded_author_per_1k: ε² 0.017 [0.005,
0.031]; by chance alone about 0.014".
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.comparison_results import TestRow
from framing.report_numbers import EPSILON_PLACES, fixed


def chance_text(value: float) -> str:
    """A chance level at the places epsilon-squared is written with: 0.0141 -> "0.014"; "below 0.001"
    for a large corpus's (3 outlets of 20,000 articles: 0.0001), which "0.000" would call nothing."""
    return "below 0.001" if value < 0.0005 else fixed(value, EPSILON_PLACES)


def epsilon_in_words(t: TestRow) -> str:
    """One Kruskal-Wallis row read out: "loaded_author_per_1k: ε² 0.017 [0.005, 0.031]; by chance alone about 0.014"."""
    interval = ("" if t.epsilon_squared_interval is None else
                f" [{fixed(t.epsilon_squared_interval[0], EPSILON_PLACES)}, {fixed(t.epsilon_squared_interval[1], EPSILON_PLACES)}]")
    chance = chance_text(t.epsilon_squared_by_chance)
    return f"{t.score}: ε² {fixed(t.epsilon_squared, EPSILON_PLACES)}{interval}; by chance alone {'about ' * (not chance.startswith('below'))}{chance}"


def chance_sentence(tests: Sequence[TestRow]) -> str | None:
    """The page's words on the chance level of its Kruskal-Wallis rows, with the first of them read
    out as an example; None where no row has epsilon-squared (two outlets: Cliff's delta, whose
    chance level is 0)."""
    rows = [t for t in tests if t.outlet_b is None and t.epsilon_squared is not None and t.epsilon_squared_by_chance is not None]
    if not rows:
        return None
    levels = sorted({chance_text(t.epsilon_squared_by_chance) for t in rows}, key=lambda s: (not s.startswith("below"), s))
    level = levels[0] if len(levels) == 1 else f"{levels[0]} to {levels[-1]}"
    varies = "" if len(levels) == 1 else ", by how many articles each score was tested on"
    example = next((t for t in rows if t.epsilon_squared_interval is not None), rows[0])
    return (f"Epsilon-squared is above 0 even where the outlets do not differ at all: by chance alone it averages "
            f"{'about ' * (not level.startswith('below'))}{level} here{varies} (the column epsilon_squared_by_chance). "
            f"Read each score's epsilon-squared and its interval against that, not against 0; for example, {epsilon_in_words(example)}.")
