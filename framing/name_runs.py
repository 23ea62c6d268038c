"""The full names an article's capitalised runs give: every run by the last name it ends in
(`runs_by_last_name`), the name a run gives once titles, roles and owners are removed
(`run_name`: "Rep. Alan Grayson's" -> "Alan Grayson", "NBC's Lester Holt" -> "Lester Holt"),
and the first full name a set of runs gives outside Title Case lines (`first_full_name`).
`framing.person_memory` widens a lone surname with these ("Grayson" -> "Alan Grayson").  Split
from `framing.name_words`, whose word lists and pure readings they use, to keep each small.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from framing.name_words import (
    CALENDAR_WORDS,
    HONORIFICS,
    NAME_PARTICLES,
    capitalised,
    from_given_name,
    in_title_case_line,
    strip_possessive,
    strip_titles,
    without_role,
)


# A capitalised word, then one or more of: blanks, an optional particle ("de", "van") with its
# blanks, and another capitalised word.  Possessive quantifiers (`*+`): a word never gives back
# characters to the blank after it (the two classes are disjoint), so the matches are the same,
# found without backtracking.  Written for the same matches at less cost: the first repetition is
# spelled out, so a capital followed by a lower-case word (most of them) fails before the engine
# sets up a repeat (an allocation in `re`), and "particle then capital, or a capital" is one
# branch, not an optional group (particles are lower-case, so at most one side can match).
_NEXT_WORD = r"[ \t]++(?:[A-Z]|(?:" + "|".join(sorted(NAME_PARTICLES)) + r")[ \t]++[A-Z])[\w’'.-]*+"
_RUN_RE = capitalised(r"[A-Z][\w’'.-]*+" + _NEXT_WORD + "(?:" + _NEXT_WORD + ")*+")


def runs_by_last_name(text: str) -> dict[str, list[tuple[str, int]]]:
    """Every run of capitalised words (with its offset), by the last name it ends with (as
    `run_name` finds it: the last word without a possessive), in text order: one pass."""
    out: dict[str, list[tuple[str, int]]] = {}
    for m in _RUN_RE.finditer(text):
        run = m.group()
        if "." in run:
            # `Commissioner James O’Neill. No one died`: the run up to the sentence's full stop
            # ends in a name too (not "Jr.", "U.S.", "Gov.": short or dotted inside).
            words = run.split()
            for i, word in enumerate(words[:-1]):
                if i and word.endswith(".") and len(word) > 4 and "." not in word[:-1]:
                    out.setdefault(word[:-1], []).append((" ".join(words[: i + 1])[:-1], m.start()))
        if "'s " in run or "’s " in run:
            # `Rep. Alan Grayson's Senate campaign`: a possessive inside the run ends a name too,
            # so a later lone "Grayson" is Alan Grayson, not a Grayson named in full after it.
            words = run.split()
            for i, word in enumerate(words[:-1]):
                if i and word.endswith(("'s", "’s")) and len(word) > 3:
                    out.setdefault(word[:-2], []).append((" ".join(words[: i + 1]), m.start()))
        last = run.rsplit(None, 1)[-1]
        if last.endswith(".") and len(last) > 3 and "." not in last[:-1]:
            run, last = run[:-1], last[:-1]  # `Commissioner James O’Neill.` (a paragraph's end)
        if last.endswith(("’s", "'s")):
            last = last[:-2]
        runs = out.get(last)
        if runs is None:
            out[last] = [(run, m.start())]
        else:
            runs.append((run, m.start()))
    return out


def first_full_name(
    text: str, runs: Sequence[tuple[str, int]], keep: Callable[[str], bool] | None = None
) -> str | None:
    """The first full name (titles removed) these runs give outside Title Case lines (and that
    `keep`, if given, accepts)."""
    for run, start in runs:
        name = run_name(run)[1]
        if name is not None and not in_title_case_line(text, start) and (keep is None or keep(name)):
            return name
    return None


@functools.lru_cache(maxsize=8192)
def run_name(run: str) -> tuple[str, str | None]:
    """The last name a capitalised run ends with and the full name it gives (None: fewer than two
    words once titles are removed).  It depends on the run alone, and the same runs recur from
    article to article, so it is kept."""
    words = run.split()
    if ". " in run or words[0].lower() in CALENDAR_WORDS:
        words = _within_sentence(words)
    last = words[-1]
    if last.endswith(("’s", "'s")):
        last = last[:-2]
    parts = strip_titles(words)
    if len(parts) > 2 and parts[0] in _PAGEANT_TITLES and words[0] == "Miss":
        parts = parts[1:]  # "Miss Universe Alicia Machado": the title's second word is no name
    parts = from_given_name(without_role(_after_owner(parts)))
    if len(parts) > 2 and _participle_before_given_name(parts[0], parts[1]):
        parts = parts[1:]  # `Attacking Hillary Clinton, ...`: a sentence's participle, then the name (was the full name)
    if len(parts) < 2:
        return last, None
    return last, " ".join(strip_possessive(parts))


def _participle_before_given_name(first: str, second: str) -> bool:
    """Is the first word of a run an -ing word with a sentence's capital and no given name, right
    before a given name ("Attacking Hillary Clinton", "Praising Barack Obama")?  Then it is a
    participle opening the sentence, no part of the name a later "Clinton" widens to."""
    from framing import genders  # (genders reads name_words: imported when first asked)

    return (
        len(first) > 6 and first.endswith("ing") and first[1:].islower()
        and genders.is_given_name(second) and not genders.is_given_name(first)
    )


_PAGEANT_TITLES = frozenset("Universe America USA World Teen".split())


def _after_owner(parts: list[str]) -> list[str]:
    """The words of a run after its last owner's possessive ("NBC's Lester Holt" -> "Lester
    Holt"; "Fox's Holt" gives no full name for a lone "Holt"): the anchor is the person, the
    network owns them.  A run ending in the possessive ("Hillary Clinton's") or holding none
    ("O'Neill", "McDonald's"), and a body's name ("People's Party", "Children's Hospital":
    `opening_subjects.ORGANISATION_HEADS`), are as they were."""
    for i in range(len(parts) - 2, -1, -1):
        if parts[i].endswith(_OWNER_ENDINGS) and len(parts[i]) > 2:
            from framing.opening_subjects import ORGANISATION_HEADS  # (it reads this module: asked when needed)

            last = parts[-1].lower()
            if last in ORGANISATION_HEADS or last.rstrip("s") in ORGANISATION_HEADS:
                return parts
            return parts[i + 1 :]
    return parts


_OWNER_ENDINGS = ("'s", "’s", "s'", "s’")


def _within_sentence(words: list[str]) -> list[str]:
    """The words of a capitalised run up to a sentence end inside it ("Florida Friday. Trump" ->
    "Trump"), and without leading days or months ("June Comey" -> "Comey")."""
    for i in range(len(words) - 1, 0, -1):
        w = words[i - 1]
        if w.endswith(".") and len(w) > 2 and w.lower().rstrip(".") not in HONORIFICS and "." not in w[:-1]:
            words = words[i:]
            break
    while len(words) > 1 and words[0].lower().strip(".,") in CALENDAR_WORDS:
        words = words[1:]
    return words
