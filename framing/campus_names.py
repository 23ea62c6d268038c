"""A university named with its campus: `the University of California at Berkeley`, `the
University of Texas at Austin`.  "at" and a place usually say where a speaker was (`Sanders at a
rally`, `Trump in Ohio`), so the source readings drop them; after a university's name they are
part of the name, and a speaker read as "Berkeley" or cut to "University of California" names
the wrong body or too many.  Shared by `framing.subject_phrases` (where the source phrase ends)
and `framing.phrase_names` (what it names)."""

from __future__ import annotations

# Words of a body whose name goes on with "at" and a place.
CAMPUS_BODIES = frozenset("university college".split())


def campus_at(words: list[str], norms: list[str]) -> int | None:
    """The index of the "at" that opens a campus ending the phrase `words` (the capitalised
    words after it end the phrase, and a capitalised "University" or "College" is among the
    words of the name before it), or None."""
    for i in range(len(words) - 2, 0, -1):
        if norms[i] != "at":
            continue
        if not all(w[:1].isupper() for w in words[i + 1 :]) or not words[i - 1][:1].isupper():
            return None
        j = i - 1
        while j >= 0 and (words[j][:1].isupper() or norms[j] in ("of", "the")):
            if norms[j] in CAMPUS_BODIES and words[j][:1].isupper():
                return i
            j -= 1
        return None
    return None
