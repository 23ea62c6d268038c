"""Which people a "he" or "she" may stand for: the gender an article gives a person it names.

The article's own words decide first: a title before the name (`Mr. Sanders`, `spokeswoman Maria
Zakharova`, read by `framing.speakers`), then a "his" or "her" that clearly goes back to the
person (`Merkel said her government ...`: in the same sentence, right after the name, with no other
name in between; `pronoun_gender`).  Only where both are silent does the first word of the
person's full name count, looked up in `lexicons/given_names.tsv` (a hand-compiled table:
"Angela" female, "Emmanuel" male, "Alex" and "Jordan" unisex, which decide nothing).  The table
is read once, at the first look-up: most articles have no "he said" that needs it.
"""

from __future__ import annotations

import functools
import re

from framing.lexicon import packaged_dir, read_tsv

GIVEN_NAMES_FILE = "given_names.tsv"
_GENDER_OF_CATEGORY = {"male": "m", "female": "f"}  # "unisex": no evidence


@functools.cache
def _given_names() -> dict[str, str]:
    """Lower-cased given name -> "m", "f" or "" (unisex), from the packaged table."""
    return {e.term: _GENDER_OF_CATEGORY.get(e.category, "") for e in read_tsv(packaged_dir() / GIVEN_NAMES_FILE)}


def given_name_gender(name: str) -> str | None:
    """"m" or "f" for a full name whose first word is a given name the table decides
    ("Angela Merkel" -> "f"), else None (a unisex name, an unknown one, a lone surname)."""
    first, space, _ = name.partition(" ")
    if not space or not first[:1].isupper():
        return None
    return _given_names().get(first.lower()) or None


def is_given_name(word: str) -> bool:
    """Is a capitalised word a given name in the table (of any gender, unisex included)?"""
    return word[:1].isupper() and word.lower() in _given_names()


# A "his"/"her" after a name in its own sentence: the words between hold no capital (no other
# name), no sentence end and no relative or reported clause that may bring in someone else.
_AFTER_NAME_RE = re.compile(r"(?:[’']s\b)|([^.!?;:\n\"“”A-Z]{0,80}?)\b(his|her|himself|herself)\b(\s+\w+)?")
_OTHER_PERSON_RE = re.compile(r"\b(?:who|whom|whose|he|she|him|them|they|their|with|and|to|than|told|asked|met)\b")
# Words after "her" that show it is an object ("called her a liar", "told her that"), not a possessive.
_OBJECT_HER_NEXT = frozenset(
    "a an the to that this in on at for with and or but about as of from by up out back off over down again too".split()
)
_PRONOUN_GENDER = {"his": "m", "himself": "m", "her": "f", "herself": "f"}


def pronoun_gender(text: str, surname: str) -> str | None:
    """"m" or "f" when a "his" or "her" (a possessive) or "himself"/"herself" clearly goes back to
    `surname` somewhere in the article, and never the other; None otherwise.  Clearly: it follows
    the name in the same sentence, within 80 characters, with no capitalised word, pronoun,
    conjunction or verb of meeting in between ("Merkel said her government" counts; "Merkel met
    Obama and praised his plan", "Merkel told him" do not)."""
    found: set[str] = set()
    i = text.find(surname)
    while i >= 0:
        end = i + len(surname)
        if (i == 0 or not text[i - 1].isalnum()) and not text[end : end + 1].isalnum():
            m = _AFTER_NAME_RE.match(text, end)
            if m is not None and m.group(2) is not None and not _OTHER_PERSON_RE.search(m.group(1)):
                word, nxt = m.group(2), (m.group(3) or "").strip().lower()
                if word != "her" or (nxt and nxt not in _OBJECT_HER_NEXT):
                    found.add(_PRONOUN_GENDER[word])
        i = text.find(surname, end)
    return found.pop() if len(found) == 1 else None
