"""A context rule's text in the words a student reads, its id kept for lexicon builders.

A finding a context rule decided carries the rule's text, `id: words` ("vague-quantifier: 'some'
names an unspecified group"), and a finding that merged overlapping matches adds its own part
after "; " ("...; overlap: also matched 'farce' (one loaded, counted once)").  The id names the
rule in framing's code (framing.rules lists them); a student read it as a code word in front of
the sentence.  The report's details show the words, and the ids under the folded "why the tool
flagged it" line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# where a rule's parts meet: "; " before the next part's id
_PART = re.compile(r"; (?=[a-z][a-z-]*: )")
_ID = re.compile(r"([a-z][a-z-]*): (.*)", re.S)


def rule_parts(rule: str) -> list[tuple[str, str]]:
    """The (id, words) of each part of a rule's text, in order; a part with no id is ("", its text)."""
    parts = []
    for part in _PART.split(rule):
        m = _ID.fullmatch(part)
        parts.append((m.group(1), m.group(2)) if m else ("", part))
    return parts


def rule_words(rules: Iterable[str]) -> dict[str, list[list[str]]]:
    """Each distinct rule text -> its parts as [id, words] (the page's `ruleWords`, read by
    templates/report_details.js)."""
    return {r: [list(p) for p in rule_parts(r)] for r in set(rules) if r}
