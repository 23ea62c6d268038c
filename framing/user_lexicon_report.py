"""What the report shows of the user's own lexicons (framing.user_lexicons): each one's findings as
a layer of their own (a legend entry, a highlight colour, its categories explained) and its three
scores beside ours.

Why here and not in report.py: the report's own lists (its finding types, their labels and colours,
the scores) are fixed for the packaged lexicons; a run with `--lexicon my-lexicons/` holding
`euphemism.tsv`, or saved scores of one, adds to each.  The report asks this one object, which
learns the lexicons from the --lexicon files and from the records' scores (a report made from saved
scores has no --lexicon to tell it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from framing.models import SPAN_TYPES
from framing.user_lexicons import lexicons_in, score_names

# Highlight colours for the user's lexicons, in turn (background, underline): none of them one of
# ours (report.css's .t-* rules), so a finding of theirs is never read as a loaded word.
PALETTE = (
    ("#b2ebf2", "#00838f"), ("#dcedc8", "#558b2f"), ("#f8bbd0", "#ad1457"),
    ("#c5cae9", "#283593"), ("#ffecb3", "#ff6f00"), ("#cfd8dc", "#37474f"),
)
# Once the colours run out (a seventh lexicon had taken the first's colour, and read as the same
# layer), each round of them adds a mark of its own: a line over the words (dotted, solid, dashed)
# and/or thin light stripes across the colour.  None touches the underline (solid is the outlet's
# voice, dashed a quotation) or the ink; the stripes are lighter than the colour, so the text's
# contrast only grows.  Eight marks by six colours: 48 layers told apart, past that they repeat.
STRIPES = "repeating-linear-gradient(90deg, transparent 0 5px, rgba(255, 255, 255, 0.6) 5px 8px)"
MARKS = (
    ("", False), ("dotted", False), ("", True), ("dotted", True),
    ("solid", False), ("solid", True), ("dashed", False), ("dashed", True),
)


class UserLexiconLayers:
    """The finding types and scores of a report, ours then those of the user's own lexicons."""

    def __init__(self, lexicon_paths: Sequence[str | Path] = ()) -> None:
        from framing.lexicon import load

        self.lexicons: list[str] = []
        self.type_index: dict[str, int] = {t: i for i, t in enumerate(SPAN_TYPES)}
        self.score_names: list[str] = score_names()
        self._known: set[str] = set(self.score_names)
        for name in load(lexicon_paths).new_lexicons if lexicon_paths else ():
            self._add(name)

    def _add(self, name: str) -> None:
        if name in self.type_index:
            return
        self.lexicons.append(name)
        self.type_index[name] = len(self.type_index)
        for s in score_names([name])[-3:]:
            if s not in self._known:
                self._known.add(s)
                self.score_names.append(s)

    def note(self, scores: Mapping[str, object] | None) -> None:
        """Learn the lexicons whose scores a record holds (a report from saved scores); the score
        list grows in place, before the record is made compact."""
        if scores and any(s not in self._known for s in scores):
            for name in lexicons_in(s for s in scores if s not in self._known):
                self._add(name)

    def types(self) -> list[str]:
        return list(self.type_index)

    def labels(self) -> dict[str, str]:
        return {name: f"{name} (your lexicon)" for name in self.lexicons}

    def colours(self) -> dict[str, str]:
        return {name: PALETTE[i % len(PALETTE)][1] for i, name in enumerate(self.lexicons)}

    def css(self) -> str:
        """The highlight rules of the user's types, as report.css writes ours (`.t-loaded`), each
        past the sixth with its round's mark (MARKS) as well as a colour."""
        return "".join("\n" + highlight_rule(name, i) for i, name in enumerate(self.lexicons))

    def category_notes(self, metadata: Mapping[str, dict]) -> dict[str, dict[str, str]]:
        """{type: {category: what it means}} from the user's metadata.json, as ours are."""
        return {name: dict((metadata.get(name) or {}).get("categories") or {}) for name in self.lexicons}


def highlight_rule(name: str, i: int) -> str:
    """The CSS rule of the user's `i`th lexicon's highlights: its colour, and from the seventh on
    the mark of its round of colours (a legend's swatch takes the rule too, so the key shows it)."""
    back, line = PALETTE[i % len(PALETTE)]
    over, striped = MARKS[i // len(PALETTE) % len(MARKS)]
    rule = f".t-{name} {{ background: {back}; border-bottom-color: {line};"
    if over:
        rule += f" border-top: 2px {over} {line};"
    if striped:
        rule += f" background-image: {STRIPES};"
    return rule + " }"
