"""Which people a "he" or "she" may stand for: the gender an article gives a person it names.

The article's own words decide first: a title before the name (`Mr. Sanders`, `spokeswoman Maria
Zakharova`, read by `framing.speakers`), then a "his" or "her" that clearly goes back to the
person (`Merkel said her government ...`: in the same sentence, right after the name, with no other
name in between; `pronoun_gender`).  Only where both are silent does the first word of the
person's full name count, looked up in `lexicons/given_names.tsv` (a hand-compiled table:
"Angela" female, "Emmanuel" male, "Alex" and "Jordan" unisex, which decide nothing), with the rows
of a user's own `given_names.tsv` (`--lexicon DIR`) over ours, as the loader merges any lexicon
(`given_names`, once per run's lexicons; the functions below default to the packaged table).

`ArticleGenders` weighs these for `framing.speakers`: the person a "he" or "she" stands for when
the last person named is of the other gender.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Protocol

from framing import word_index
from framing.lexicon import LexiconSet, packaged_dir, read_tsv
from framing.name_words import NOT_NAMES, capitalised, gendered_title_before, strip_possessive, strip_titles

GIVEN_NAMES = "given_names"
GIVEN_NAMES_FILE = GIVEN_NAMES + ".tsv"
_GENDER_OF_CATEGORY = {"male": "m", "female": "f"}  # "unisex": no evidence


@functools.cache
def _given_names() -> dict[str, str]:
    """Lower-cased given name -> "m", "f" or "" (unisex), from the packaged table."""
    return {e.term: _GENDER_OF_CATEGORY.get(e.category, "") for e in read_tsv(packaged_dir() / GIVEN_NAMES_FILE)}


def given_names(lexicons: LexiconSet) -> dict[str, str]:
    """The table in force for a run: the packaged rows with a user's own `given_names.tsv`
    (`--lexicon DIR`) over them, as the loader merges every lexicon (a user row adds a name or
    replaces ours: "jordan" as female where we say unisex).  Built once per LexiconSet."""
    cached = lexicons.derived.get(GIVEN_NAMES)
    if isinstance(cached, dict):
        return cached
    rows = lexicons.entries.get(GIVEN_NAMES)
    table = _given_names() if rows is None else {t: _GENDER_OF_CATEGORY.get(e.category, "") for t, e in rows.items()}
    lexicons.derived[GIVEN_NAMES] = table
    return table


def given_name_gender(name: str, table: dict[str, str] | None = None) -> str | None:
    """"m" or "f" for a full name whose first word is a given name the table decides
    ("Angela Merkel" -> "f"), else None (a unisex name, an unknown one, a lone surname).
    `table`: the run's (`given_names`); the packaged one by default."""
    first, space, _ = name.partition(" ")
    if not space or not first[:1].isupper():
        return None
    return (_given_names() if table is None else table).get(first.lower()) or None


def is_given_name(word: str, table: dict[str, str] | None = None) -> bool:
    """Is a capitalised word a given name in the table (of any gender, unisex included)?"""
    return word[:1].isupper() and word.lower() in (_given_names() if table is None else table)


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
    for i in word_index.found_at(text, surname, overlapping=False):  # (a long text: by its index)
        end = i + len(surname)
        if (i == 0 or not text[i - 1].isalnum()) and not text[end : end + 1].isalnum():
            near = text[end : end + 87]  # (the pattern's pronoun starts within 80 characters)
            if "his" not in near and "her" not in near and "himself" not in near:
                continue  # no pronoun the pattern could reach ("herself" holds "her"): not its 80 steps
            m = _AFTER_NAME_RE.match(text, end)
            if m is not None and m.group(2) is not None and not _OTHER_PERSON_RE.search(m.group(1)):
                word, nxt = m.group(2), (m.group(3) or "").strip().lower()
                if word != "her" or (nxt and nxt not in _OBJECT_HER_NEXT):
                    found.add(_PRONOUN_GENDER[word])
    return found.pop() if len(found) == 1 else None


class FullNames(Protocol):
    """What the weighing asks of the article's speaker memory (`framing.speakers.Speakers`)."""

    def full_name(self, name: str) -> str: ...


@dataclass
class ArticleGenders:
    """Per-article memory of the gender given each person a "he" or "she" was weighed against."""

    text: str
    table: dict[str, str] | None = None  # the run's given names (`given_names`); None: the packaged table
    _found: dict[str, str] = field(default_factory=dict)  # person -> "m"/"f"/"" (as asked for)
    _pronouns: dict[str, str | None] = field(default_factory=dict)  # surname -> `pronoun_gender`

    def referent(self, persons: list[tuple[int, str]], i: int, offset: int, wanted: str, names: FullNames) -> str | None:
        """The person a pronoun of gender `wanted` at `offset` stands for, `persons[i]` being the
        last person named before it: that one unless the article titles them as of the other
        gender (`Mr. Dimon` for a "she"); then the one object person of the pronoun's gender named
        since (`_object_person`), else the latest earlier person it titles as of the pronoun's
        gender (`Ms. Warren`), else None: a wrong name is worse than none, and a person without a
        gendered title is no evidence."""
        last_offset, last = persons[i]
        if self.of(last, names) in (wanted, None):
            return last
        named = self._object_person(last_offset, offset, last, wanted, names)
        if named is not None:
            return named  # `Angela Merkel met Emmanuel Macron in Paris. He said`: Macron
        earlier = (p for _, p in reversed(persons[max(0, i - _PRONOUN_REACH) : i]))
        return next((p for p in earlier if self.of(p, names) == wanted), None)

    def _object_person(self, start: int, offset: int, last: str, wanted: str, names: FullNames) -> str | None:
        """The one person of the `wanted` gender named between the last person (at `start`, of
        the other gender) and a pronoun at `offset`, within the 400 characters before it, though
        only as an object (`met Emmanuel Macron`); None when there is none or more than one."""
        text = self.text
        found: set[str] = set()
        for m in _PERSON_RUN_RE.finditer(text, max(start, offset - 400), offset):
            words = strip_possessive(strip_titles(m.group().split()))
            if not words or words[0].lower() in NOT_NAMES:
                continue
            if len(words[-1]) > 2 and words[-1].endswith(".") and "." not in words[-1][:-1]:
                words = [*words[:-1], words[-1][:-1]]  # `met Emmanuel Macron. He said`: the sentence’s full stop
            name = names.full_name(words[-1]) if len(words) == 1 else " ".join(words)
            if " " not in name or name == last or last.endswith(" " + name.rsplit(None, 1)[-1]):
                continue
            if given_name_gender(name, self.table) != wanted and not (len(words) < len(m.group().split())):
                continue  # only a given name of that gender, or a title before the run, is read on
            if self.of(name, names) == wanted:
                found.add(name)
        return found.pop() if len(found) == 1 else None

    def of(self, person: str, names: FullNames) -> str | None:
        """"m" or "f" when the article titles this person `Mr.`, `Ms.`, `spokeswoman` ...; else
        when a "his" or "her" clearly goes back to them, else when their given name says so;
        None when nothing does, or the titles go both ways.  Read only for the people a "he" or
        "she" is weighed against, from the places their last name is written: `Ms. Ivanka Trump`
        titles Ivanka Trump; a bare `Mr. Trump` titles the article's first full name ending in
        "Trump" (`full_name`), so it does not make Ivanka Trump a "he"."""
        found = self._found.get(person)
        if found is None:
            full = names.full_name(person)
            found = self._titled(full, names)
            if not found and full:
                # No title: a "his"/"her" going back to the name, then the given name's table.
                surname = full.rsplit(None, 1)[-1]
                if surname not in self._pronouns:  # (one reading for "Donald Trump" and "Ivanka Trump")
                    self._pronouns[surname] = pronoun_gender(self.text, surname)
                found = self._pronouns[surname] or given_name_gender(full, self.table) or ""
            self._found[person] = found
        return found or None

    def _titled(self, person: str, names: FullNames) -> str:
        """"m", "f" or "" (untitled, or titled both ways) for a full name, from every place its
        last name is written as a word."""
        words = person.split()
        if not words:
            return ""
        text = self.text
        *first_words, surname = words
        written_out = " ".join(first_words) + " "
        bare_is_this_person = names.full_name(surname) == person
        titled: set[str] = set()
        for i in word_index.found_at(text, surname, overlapping=False):  # (a long text: by its index)
            end = i + len(surname)
            if (i == 0 or not text[i - 1].isalnum()) and not text[end : end + 1].isalnum():
                if first_words and text.endswith(written_out, 0, i):
                    gender = gendered_title_before(text, i - len(written_out))
                else:
                    gender = gendered_title_before(text, i) if bare_is_this_person else None
                if gender:
                    titled.add(gender)
        return titled.pop() if len(titled) == 1 else ""


# How many people named before the last one are tried, latest first, when the article titles the
# last one as of the other gender than a "he" or "she".
_PRONOUN_REACH = 6
# A capitalised run that may name a person (titles and particles inside: "Mr. Macron", "Bill de Blasio").
_PERSON_RUN_RE = capitalised(r"[A-Z][\w’'.-]*+(?:[ \t]+(?:(?:de|van|von|bin|al)[ \t]+)?[A-Z][\w’'.-]*+)*")
