"""Where a source phrase ends when its last word is an abbreviation: with the abbreviation's
full stop.

Why: words are tokens without their full stops, so a source cut at its last token loses the stop
of "Md." or "Jr." ("Donna Sampson Rawlings, 59, of Ashton, Md., who watched ..., said" had the
source "..., Ashton, Md"), and a user copying the source reads a word that was never written.
The stop belongs to the word when a comma follows it, or when the cue comes later in the same
sentence (a full stop there cannot end the sentence).  After the cue (`said John Smith Jr.`) a
stop before the end of the sentence is the sentence's, and is left out as before.
"""

from __future__ import annotations


def with_abbreviation_stop(text: str, end: int, cue_start: int) -> int:
    """`end`, or one past the full stop right after it that belongs to an abbreviation
    ("Md.", "N.C.", "Jr.", "U.S.") ending a source before `cue_start`."""
    after = text[end + 1 : end + 2]
    if text[end : end + 1] != "." or end < 1 or not text[end - 1].isalpha() or after == "." or after.isalnum():
        return end  # (not an ellipsis, nor the first stop of "i.e.")
    if after == "," or end < cue_start:
        return end + 1
    return end
