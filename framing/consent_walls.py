"""A cookie or consent notice saved in place of an article ("HuffPost is part of Verizon Media. We
and our partners will store and/or access information on your device ... select 'I agree'").

A scraper that meets a consent wall saves the wall: MBIC's 67 HuffPost articles are 65 copies of
one such notice, and they were scored as articles (130 words, no finding), pulling the outlet's
averages toward zero without a word.  A text is taken for a notice when it is short and speaks the
notice's language in at least four of the ways below; a news story about privacy rules is long, or
uses two or three of them.
"""

from __future__ import annotations

import re

MAX_WORDS = 400  # a notice is a screen of text; an article on the subject runs longer
MIN_MARKERS = 4

_MARKERS = [re.compile(p, re.IGNORECASE) for p in (
    r"\bcookies?\b",
    r"\bpersonal (?:data|information)\b",
    r"\bprivacy (?:policy|controls|settings|notice)\b",
    r"\b(?:select|click|press|tap) ['‘\"“]?(?:i agree|accept|agree|ok)\b|\baccept all\b",
    r"\bmanage (?:settings|your choices|preferences|cookies|options)\b",
    r"\b(?:we and our|our) (?:partners|vendors)\b",
    r"\b(?:your|give|withdraw) consent\b",
    r"\bon your device\b",
)]

MESSAGE = ("a cookie or consent notice, not an article (the page was saved before its consent wall was passed); "
           "save the article itself, or leave this one out")


def is_consent_wall(text: str) -> bool:
    """Whether `text` is a cookie/consent notice rather than an article (see the module docstring)."""
    if len(text.split()) > MAX_WORDS:
        return False
    return sum(1 for m in _MARKERS if m.search(text)) >= MIN_MARKERS
