"""Mark boilerplate as ignored ranges with a reason (first version)."""

from __future__ import annotations

import re

from framing.models import IgnoredRange

_LINE_PATTERNS = [
    (re.compile(r"^(Sign up to read this article|Already a member\?.*|Start reading|Download the app|Get all your news in one place\.?)$"), "subscription prompt"),
    (re.compile(r"^.*\((AFP|Getty|Reuters|AP)[^)]*\)$"), "photo caption"),
    (re.compile(r"^Leave a Reply$"), "comment form"),
    (re.compile(r"^Your email address will not be published.*$"), "comment form"),
]


def ignored_ranges(text: str, title: str | None = None) -> list[IgnoredRange]:
    out: list[IgnoredRange] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        for pattern, reason in _LINE_PATTERNS:
            if pattern.match(line):
                out.append(IgnoredRange(m.start(), m.end(), reason))
                break
    return out
