"""Source phrases that are one body's name, not a person's: a body "at" another body (`The Tax
Policy Center at the Urban Institute`) and a body whose name has an "and" inside (`The
Securities and Exchange Commission`).  `framing.phrase_names.phrase_reading` asks these before
it reads the last capitalised words as a name; kept apart so each module stays small.
"""

from __future__ import annotations

from framing.name_words import NOT_NAMES, PERSON_TITLES, is_name_part
from framing.opening_subjects import ORGANISATION_HEADS  # (at the top: an import statement in a function costs ~8,000 instructions a call)


def body_at_body(words: list[str], norms: list[str]) -> tuple[int, int] | None:
    """Where the name of a body opening a source phrase starts and ends when "at the" and another
    body's name follow it (`The Tax Policy Center at the Urban Institute`, `the Center for
    Strategic Studies at the University of Maryland`): capitalised words (with "for", "of",
    "on") after an optional "the", ending in an organisation's noun (center, institute, ...).
    None otherwise (`Stephen Vladeck of the University of Texas`: a person, `name_before_affiliation`)."""
    if "at" not in norms:
        return None
    first = 1 if norms[0] == "the" else 0
    k = norms.index("at")
    if k - first < 2 or k - first > 6 or k + 2 >= len(words) or norms[k + 1] != "the" or not is_name_part(words[k + 2]):
        return None
    if norms[k - 1] not in ORGANISATION_HEADS or not all(is_name_part(w) or n in _BODY_WORDS_INSIDE for w, n in zip(words[first:k], norms[first:k])):
        return None
    return first, k


# Lower-case words inside a body's name before "at the": `Center for Strategic Studies`.
_BODY_WORDS_INSIDE = frozenset("for of on and".split())


def body_across_and(words: list[str], norms: list[str]) -> bool:
    """Is a source phrase one body's name with an "and" inside: "the", then capitalised words
    (with "of", "for", "the"), two of them joined by "and" (`The Securities and Exchange
    Commission`, `The Department of Health and Human Services`, `the Science and Technology
    Directorate of the Department of Homeland Security`)?  People take no "the" before their
    names, so the words after it are one body's ("Exchange Commission" alone is no speaker, nor
    the department the directorate is part of).  Not with a person's title (`the President and
    Obama`: two people)."""
    if len(words) < 4 or norms[0] != "the" or "and" not in norms or not words[1][:1].isupper() or norms[1] in NOT_NAMES:
        return False
    if norms[-1] in BODY_NAME_JOINERS:
        return False
    for i in range(1, len(words)):
        if norms[i] == "and":
            if not (words[i - 1][:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper()):
                return False
        elif not (words[i][:1].isupper() or norms[i] in BODY_NAME_JOINERS) or norms[i].strip(".") in PERSON_TITLES:
            return False
    return True


# Lower-case words inside a body's name that has "and" in it; `subject_phrases` scans tokens with them too.
BODY_NAME_JOINERS = frozenset("of for the".split())
