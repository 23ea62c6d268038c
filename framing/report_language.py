"""Which articles do not look English: framing's lexicons and rules are English, so an article in
Spanish or Chinese shows few or no findings, and a class could read that as neutral writing.  The
report names such articles instead of letting the silence speak.

Two cheap signs, no language model: most letters outside the Latin alphabet (Chinese, Arabic,
Cyrillic), or a text of some length in Latin letters where the commonest English words ("the",
"and", "of", "to", ...: one word in six or more of English news) are almost absent (Spanish,
French, German use none of them, or one rarely).
"""

from __future__ import annotations

import re

ENGLISH_MARKERS = frozenset({"the", "and", "of", "to", "is", "was", "for", "that", "with"})
MIN_WORDS = 30  # below this their absence says little (a headline, a short caption)
MIN_MARKER_SHARE = 0.03  # English news in BASIL and PolNeAR (1,307 articles): 0.07 at the lowest
MIN_LATIN_SHARE = 0.5
SAMPLE_CHARS = 2_500  # the opening of a long text (some 400 words) says enough

_BEYOND_LATIN = re.compile(r"[^\x00-\u024f\u2000-\u206f]")  # past Latin letters and general punctuation (curly quotes, dashes)
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")  # a letter outside the Latin alphabets
_LETTER = re.compile(r"[^\W\d_]")


def looks_english(text: str) -> bool:
    """False when the text is mostly in another script, or long and (almost) without the
    commonest English words.  Some 0.1 ms an article: a report of 5,000 articles runs it 5,000
    times."""
    sample = text[:SAMPLE_CHARS]
    if not sample.isascii() and _BEYOND_LATIN.search(sample):
        other = len(_OTHER_SCRIPT.findall(sample))  # few in English: curly quotes are no letters
        if other >= 20 and other / len(_LETTER.findall(sample)) > 1 - MIN_LATIN_SHARE:
            return False
    words = sample.lower().split()  # a marker with a comma after it is not counted: a little under, never over
    if len(words) < MIN_WORDS:
        return True
    return sum(map(ENGLISH_MARKERS.__contains__, words)) / len(words) >= MIN_MARKER_SHARE


def language_note(ids: list[str]) -> str | None:
    """The report's note for the articles that do not look English (None when all do)."""
    if not ids:
        return None
    shown = ", ".join(ids[:10]) + (f" and {len(ids) - 10} more" if len(ids) > 10 else "")
    return (f"{len(ids)} article{'s do' if len(ids) != 1 else ' does'} not look English ({shown}). framing's lexicons and rules "
            "are English, so few or no findings there means nothing about how the article is written; compare articles in English.")
