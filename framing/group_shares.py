"""Whether a source phrase opens with a share of a group ("72 percent of Democrats", "Six in 10
voters", "A majority of Americans"): then the share speaks, as written, not the whole group nor a
number read as a name.  Kept apart from `framing.phrase_names`, which asks it first, because
`framing.subject_phrases` asks it too and the pattern is a piece of its own.
"""

from __future__ import annotations

import re

# A share of a group, opening a source phrase: "72 percent of Democrats", "Six in 10 voters",
# "Only a quarter of Americans", "A 69% majority of Republicans", "More than half of respondents".
_SHARE_RE = re.compile(
    r"(?:(?:a|an|the|only|just|nearly|almost|about|roughly|some|over|under|fully|full|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|large|small|narrow|slim|clear|strong|overwhelming)\s+)*"
    r"(?:(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|[A-Za-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent))(?:\s+(?:majority|minority))?"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|ten)\b"
    r"|(?:majority|majorities|minority|minorities|plurality|half|third|thirds|quarter|quarters|fifth|fifths|"
    r"two-thirds|three-quarters|three-fourths)(?=\s+of\b))",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")


def share_of_a_group(phrase: str) -> bool:
    """Does a source phrase open with a share of a group ("72 percent of Democrats", "Six in 10
    voters", "A majority of Americans")?  Its speaker is the phrase as written: the share speaks,
    not the whole group ("Democrats") nor a number read as a name ("Six").

    Every reading of `_SHARE_RE` holds "%", "per" (percent, per cent), "of" (a majority of), or
    "in" and a number (six in 10, one in ten): an ASCII phrase with none of them is no share,
    found by a few substring tests.  The pattern, case-blind over Unicode, cost some 18,000
    instructions a phrase ("the spokeswoman"), most of it backtracking over the phrase's words."""
    if phrase.isascii():  # (no "K" Kelvin sign or long s that matches a letter of it case-blind)
        low = phrase.lower()
        if not ("of" in low or "per" in low or "%" in low or ("in" in low and ("ten" in low or _DIGIT_RE.search(low)))):
            return False
    return _SHARE_RE.match(phrase) is not None
