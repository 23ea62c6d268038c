"""Who holds a role a source phrase names: "the US president" is the person the article writes
with that role before a name ("US president Donald Trump") or beside it in apposition ("Hillary
Clinton, the former secretary of state,"); a bare role the article never writes so ("the
senator") is filled from its titles ("Sen. Marco Rubio").

Kept apart from `framing.speakers`, which asks for a holder only when a source phrase is a role:
the role's text is searched once an article, in an ASCII lower-case copy made at the first role
(`_ascii_lower`), and the names found are widened by the speaker memory (`PersonNames`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Protocol

from framing import word_index
from framing.name_words import TITLE_WORDS, WEEKDAYS, capitalised, in_title_case_line, strip_possessive, strip_titles


class PersonNames(Protocol):
    """What the role search asks of the article's speaker memory (`framing.speakers.Speakers`)."""

    def full_name(self, name: str) -> str: ...

    def is_person(self, name: str, titled: bool = False) -> bool: ...


@dataclass
class RoleHolders:
    """Per-article memory of the holders of each role asked for."""

    text: str
    _lower: str | None = None  # the text in lower case for finding role words (`_ascii_lower`)
    _dotted_i: bool | None = None  # does the text hold an "İ" (its lower case is two characters)?
    _full_lower: str | None = None  # `text.lower()`, for a role word outside ASCII
    # role -> (found by a title?, [(offset, holder)] in text order)
    _roles: dict[str, tuple[bool, list[tuple[int, str]]]] = field(default_factory=dict)

    def holder(self, role: str, offset: int, names: PersonNames) -> str | None:
        """`the US president` is the person the article names with that role before a name
        ("US president Donald Trump"), if it does: the first so named.  A bare role ("the
        senator", "the four-term congressman") is the one person named before `offset` with the
        role or a matching title ("Senator Bernie Sanders", "Sen. Marco Rubio", "Rep. Blake
        Farenthold"); with two such people before it, or none, it is left as written: a reader
        cannot tell which senator, and a guess would credit words to the wrong person (on PolNeAR
        train+dev the nearest holder and the first one after were wrong about as often as right).
        A role with a capitalised or time modifier ("the Florida senator", "the former
        president") is not filled from titles."""
        found = self._roles.get(role)
        if found is None:  # "The officials", "the officials": one search of the text per role
            found = self._roles[role] = self._find(role, names)
        bare, holders = found
        if not holders:
            return None
        if not bare:
            return holders[0][1]
        i = bisect.bisect_left(holders, (offset, ""))
        people = _distinct_people([h for _, h in holders[:i]])
        return people[0] if len(people) == 1 else None

    def one_named_before(self, role: str, offset: int, names: PersonNames) -> str | None:
        """The one person the article names with `role` before `offset` ("Pentagon spokesman John
        Kirby ... the spokesman said" -> "John Kirby"), or None when it names none or two: a
        role a speaker is unnamed under ("the spokesman") stands for a named holder only where
        the reader can tell which one it goes back to, as "he" goes back to the last person
        named.  The role's words are matched as written ("spokesman" is not "spokeswoman")."""
        key = "\0" + role.lower()  # (its own key: `holder` may read the same role through titles)
        found = self._roles.get(key)
        if found is None:
            found = self._roles[key] = (False, self._holders_after(role, names))
        i = bisect.bisect_left(found[1], (offset, ""))
        people = _distinct_people([h for _, h in found[1][:i]])
        return people[0] if len(people) == 1 else None

    def _find(self, role: str, names: PersonNames) -> tuple[bool, list[tuple[int, str]]]:
        head = role.rsplit(None, 1)[-1].lower()
        if head not in _ROLE_TITLES or any(
            w in ("former", "ex", "then", "late") or not w.islower() for w in role.split()[:-1]
        ):
            return False, self._holders_after(role, names)
        found = set(self._holders_after(role, names))
        for title in _ROLE_TITLES[head]:
            if title != role.lower():
                found.update(self._holders_after(title, names))
        return True, sorted(found)

    def _holders_after(self, role: str, names: PersonNames) -> list[tuple[int, str]]:
        text, needle = self.text, role.lower()
        if self._dotted_i is None:
            self._dotted_i = "\u0130" in text
        if len(needle) != len(role) or self._dotted_i:
            low, needle = text, role  # lower-casing moves offsets ("İ"): match the case as written
        elif needle.isascii() and "?" not in needle:
            if self._lower is None:
                self._lower = _ascii_lower(text)
            low = self._lower
        else:
            if self._full_lower is None:
                self._full_lower = text.lower()
            low = self._full_lower
        out: list[tuple[int, str]] = []
        for i in word_index.found_at(text, needle, within=None if low is text else low):
            # A plain substring search (in a long text, its index), then the name after it: far
            # cheaper than compiling a pattern per role and scanning the article with it.  (A
            # character and its lower case are both alphanumeric or neither: `text` answers for
            # `low`.)
            m = None if (i > 0 and text[i - 1].isalnum()) or _OTHER_ROLE_BEFORE_RE.search(low, max(0, i - 12), i) else _HOLDER_RE.match(text, i + len(needle))
            appositive = False
            if m is None and i > 0 and not text[i - 1].isalnum():
                m = self._appositive_holder(i, i + len(needle))
                appositive = m is not None
            if m is not None and not in_title_case_line(self.text, i):  # not `Indiana Governor Says Legislators May ...`
                run = _name_run(m.group(1).split())
                if run[0].lower().strip(".,") in _DAY_WORDS:
                    continue  # `his bid for the White House Saturday`: when, no holder
                words = strip_titles(run)
                if not appositive and _other_office_between(run, words):
                    continue  # `State Department Inspector General Steve Linick`: the inspector general, not the department
                if len(words) == 1 and words[0][:1].isupper():
                    words = names.full_name(strip_possessive(words)[0]).split()  # "President Trump" -> Donald Trump
                if len(words) > 1 and all(w[:1].isupper() or w in _PARTICLES for w in words[:-1]) and words[-1][:1].isupper():
                    out.append((i, " ".join(strip_possessive(words))))
                elif len(words) == 1 and names.is_person(words[0], not appositive):
                    out.append((i, words[0]))  # "President Trump", and no fuller name in the article
        return out

    def _appositive_holder(self, start: int, end: int) -> re.Match[str] | None:
        """The name a role at text[start:end] stands in apposition to (`Hillary Clinton, the
        former secretary of state,`), as a match whose group 1 is the name; None if the role is
        not set off by commas right after a name."""
        text = self.text
        comma = text.rfind(",", max(0, start - 6), start)
        if comma < 0 or text[comma + 1 : start].strip().lower() not in ("the", "a", "an", "") or text[end : end + 1] not in (",", ")"):
            return None
        m = _NAME_BEFORE_RE.search(text, max(0, comma - 60), comma)
        if m is not None and text[max(0, m.start() - 4) : m.start()] == " of ":
            # `Senator Chuck Schumer of New York, the Democratic leader,`: the name before the place
            m = _NAME_BEFORE_RE.search(text, max(0, m.start() - 64), m.start() - 4) or m
        return m


def _name_run(words: list[str]) -> list[str]:
    """The words of a holder's name: up to a possessive ("Obama's America" -> "Obama's") or a
    word whose full stop ends the sentence ("Senator Cruz. We" -> "Cruz"; an initial, "Jr." or
    "St." goes on)."""
    for k, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")):
            return words[: k + 1]
        if w.endswith(".") and len(w) > 2 and w.lower() not in _ABBREVIATIONS_IN_NAMES:
            return words[:k] + [w[:-1]]
    return words


def _other_office_between(run: list[str], name: list[str]) -> bool:
    """Do title words stand between a role and the name after it (`White House Press Secretary
    Josh Earnest`, `State Department Inspector General Steve Linick`)?  Then the name holds that
    other office, inside the body or under the role, not the role itself: "the White House said"
    is the White House, not its press secretary (PolNeAR dev and train credit the body)."""
    return len(name) < len(run) and any(w.lower().strip(".") in TITLE_WORDS for w in run[: len(run) - len(name)])


def _distinct_people(holders: list[str]) -> list[str]:
    """The people among holders, one name each: "Obama" and "Barack Obama" are one (the fuller
    name kept)."""
    people: list[str] = []
    for name in sorted(set(holders), key=lambda n: -len(n.split())):
        words = set(name.split())
        if not any(words <= set(p.split()) for p in people):
            people.append(name)
    return people


def _ascii_lower(text: str) -> str:
    """The text lower-cased with every character outside ASCII as "?", at the same offsets: an
    ASCII role word ("the president") is found in it exactly where it is found in `text.lower()`
    (no other character lower-cases into ASCII but the Kelvin sign, for which the full lower case
    is taken).  Lower-casing a text with curly quotes goes through the Unicode tables character by
    character, about 45 instructions each; this costs a few."""
    if "\u212a" in text:
        return text.lower()
    return text.encode("ascii", "replace").decode("ascii").lower()


_NAME_BEFORE_RE = capitalised(r"(?<![\w’'])((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*)$")
_HOLDER_RE = capitalised(
    r"[ \t]+((?:(?:[A-Z][\w’'.-]*|de|da|del|della|di|du|van|von|der|den|bin|ibn)[ \t]+){0,3}[A-Z][\w’'-]*)"
)  # (a particle inside a name: "Mayor Bill de Blasio")
# Words before a role word that make it another role: "Vice President Joe Biden" is not "the
# president", "Lt. Gov. Kim Reynolds" not "the governor", "former Sen. Bob Dole" no senator now.
_OTHER_ROLE_BEFORE_RE = re.compile(r"\b(?:(?:vice|former|late|deputy|lt\.?|lieutenant)[ \t-]+|(?:ex|then)-[ \t]*)$")
_PARTICLES = frozenset("de da del della di du van von der den bin ibn".split())
# Words of a day after a role, never its holder (months are names too: "Prime Minister May").
_DAY_WORDS = WEEKDAYS | frozenset("today yesterday tonight".split())
_ABBREVIATIONS_IN_NAMES = frozenset(("jr.", "sr.", "st.", "mr.", "ms.", "dr."))

# Titles that name a role's holder where the article writes the role itself only bare ("the
# senator" after "Sen. Marco Rubio").
_ROLE_TITLES = {
    "senator": ("sen.", "senator"),
    "congressman": ("rep.", "representative", "congressman"),
    "congresswoman": ("rep.", "representative", "congresswoman"),
    "lawmaker": ("sen.", "rep.", "senator", "representative"),
    "governor": ("gov.", "governor"),
    "president": ("president",),
    "mayor": ("mayor",),
    "sheriff": ("sheriff",),
}
