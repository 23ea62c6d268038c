"""A hyphen at the end of a PDF's line: the word's own ("well-|known", kept) or the line break's
("nego-|tiations", dropped), for `framing.pdf_text`, which joins a paragraph's lines with `join_lines`.

A PDF draws characters, so what it means by a hyphen at a line's end depends on who made it:

- a **soft hyphen** (U+00AD) or the **U+2010** a browser draws where it breaks a word: always the
  break's (dropped); so is the hyphen LibreOffice draws apart from the word it breaks, which
  `framing.pdf_text` reads as U+2010;
- in a **browser's** PDF (`words` None) a hyphen-minus is always the text's own ("so-|called");
- in a **word processor's** PDF (Word, Pages, Quartz: `WrittenWords` with `cautious`) the automatic
  hyphen is a hyphen-minus like a typed one, so "nego-|tiations" cannot be told from "well-|known"
  by the character, and the article's own words decide, in this order:

  1. the hyphenated form written elsewhere in the article ("a 30-day plan"): kept;
  2. the whole word written elsewhere ("Europe" for "Eu-|rope's"), or a word that begins as it
     does for six letters or more, three of them past the break, and two thirds of it ("Russia"
     for "Rus-|sians", "negotiate" for "ne-|gotiations"; not "expressed" for "ex-|president"): joined;
  3. the whole form a word framing knows without the article (`WrittenWords.known`: the shipped
     model's vocabulary and the lexicons' words, `framing.pdf_known_words`), as it is or before an
     ending ("intentional" for "in-|tention"), when what follows the break is no word known or
     written ("tention"): joined.  Not "e-|mail" ("mail" is a word), nor after a number;
  4. a number before the hyphen ("30-|day"), or either part written as a word on its own in the
     article ("full" for "full-|scale", "known" for "un-|known"), or both parts words framing
     knows of four letters or more whose whole it does not know ("mega-|donor", "grand-|jury";
     not "every-|thing"): kept.  An article is a small
     vocabulary: it can show that "scale" is a word, never that "tiations" is not, so a part
     found on its own keeps the hyphen rather than risk making up "fullscale";
  5. otherwise ("Mos-|cow's", "peo-|ple's", "ad-|viser") joined, but only when steps 1-2 showed
     the maker hyphenated this article (`hyphenates`): in a document typed without hyphenation
     (Word's default) every line-end hyphen is the writer's, "cash-|strapped" included.

  A wrong join makes up a word and loses a hyphen the writer typed; a kept hyphen only leaves a
  word unmatched ("un-known"), so every doubt keeps it;
- in **any other** PDF (a typesetter's: InDesign, LaTeX, where nearly every line-end hyphen is a
  hyphenator's), a plain `set` of words: the hyphenated or whole form elsewhere decides, then a
  number or "self-"/"well-" keeps it, and any other cut is mended ("nego-|tiations").

No characters are lost but that one hyphen: the letters on both sides are kept as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

BREAK_HYPHENS = ("\u00ad", "\u2010")
_HYPHEN_ENDS = ("-", *BREAK_HYPHENS)
_WORD_BEFORE = re.compile(r"(\w+)-$")
_WORD_AFTER = re.compile(r"^([a-z]\w*)")
_CUT_WORD = re.compile(r"\w[-\u00ad\u2010]$")
_CLOSED_DASH_END = re.compile(r"\w[\u2013\u2014]$")  # "needed—|that": the line broke after a closed dash
_CLOSED_DASH_START = re.compile(r"[\u2013\u2014]\w")  # "needed|—that": ... or before it
_WORD = re.compile(r"\w+(?:['’]\w+)*(?:-\w+(?:['’]\w+)*)*")  # (an apostrophe inside: "we're" is not "we" and "re")
# first words of compounds whose hyphen is the word's own when a typesetter's line breaks after it
# ("self-|styled"); kept few, since a hyphenator breaks words after prefixes too ("so-|cial", "pre-|vious")
_COMPOUND_FIRST = frozenset({"self", "well"})
# a word written elsewhere proves the whole form when they begin alike for 6 letters or more, 3 of them
# past the break, and for 2/3 of the whole form: "Russia" proves "Rus-|sians", "negotiate" "ne-|gotiations";
# "expressed" does not prove "ex-|president" (6 of 11), nor "crossbow" "cross-|border"
_SHARED_BEGINNING = 6
# endings after which a known word vouches for the word before them ("intentional" for "intention")
_ENDINGS = ("s", "es", "ed", "d", "ing", "al", "ally", "ly", "er", "ers", "ist", "ists")


@dataclass(frozen=True, slots=True)
class WrittenWords:
    """What a word processor's article writes elsewhere: the evidence on its line-end hyphens."""

    words: frozenset[str]  # in lower case, hyphenated ones as they are and as their parts
    cautious: bool = True  # a word processor's PDF (see the module's docstring)
    hyphenates: bool = False  # a line-end cut in it is proven the maker's (steps 1-2), so unexplained cuts may be mended
    known: frozenset[str] = frozenset()  # words known without the article (`framing.pdf_known_words`), in lower case


def written_words(lines: Iterable[str]) -> set[str]:
    """The words the lines (in reading order) write whole, in lower case: hyphenated ones ("no-show")
    as they are and as their parts.  The pieces of a word cut at a line's end are none ("nego"
    and "tiations" are left out), so a cut never vouches for itself."""
    found: set[str] = set()
    cut = False
    for line in lines:
        text = line.strip()
        if cut and text[:1].islower() and (first := _WORD.match(text)):
            text = text[first.end():]  # (the rest of the word cut at the line before)
        cut = bool(_CUT_WORD.search(line.rstrip()))
        body = text[:-1] if cut else text
        words = _WORD.findall(body)
        if cut and words and body.endswith(words[-1]):
            words.pop()  # (the cut word before the hyphen)
        for word in words:
            found.add(word.lower())
            found.update(word.lower().split("-"))
    return found


def word_processor_words(lines: list[str], known: frozenset[str] = frozenset()) -> WrittenWords:
    """The evidence of a word processor's article (its lines in reading order), and whether it
    shows the maker hyphenated it: some line-end cut whose whole word the article writes elsewhere.
    `known`: words known without the article (step 3 of the module's docstring)."""
    words = frozenset(written_words(lines))
    evidence = WrittenWords(words)
    hyphenates = any(_evidence(before.strip(), after.strip(), evidence) == "whole" for before, after in zip(lines, lines[1:])
                     if before.rstrip().endswith("-"))
    return WrittenWords(words, hyphenates=hyphenates, known=known)


def join_lines(lines: list[str], words: WrittenWords | set[str] | frozenset[str] | None = frozenset()) -> str:
    """The lines of one paragraph as one line: a space between them, and a hyphen at a line's end
    dropped where it is the line break's (see the module's docstring; `words` None for a browser's PDF).
    A dash set closed ("needed—that", "2019–2020") stays closed where the line broke at it: a dash
    touching the word on the side the line shows touches the other too."""
    text = lines[0].strip()
    for line in lines[1:]:
        line = line.strip()
        if text.endswith(_HYPHEN_ENDS):
            text = mend(text, line, words)
        elif _CLOSED_DASH_END.search(text) or _CLOSED_DASH_START.match(line):
            text += line
        else:
            text = f"{text} {line}"
    return text


def mend(before: str, after: str, words: WrittenWords | set[str] | frozenset[str] | None) -> str:
    """`before`, ending in a hyphen, and the next line `after`, as they read unbroken."""
    if before.endswith(BREAK_HYPHENS):  # a soft hyphen, or the U+2010 drawn for one: there because the line broke
        return before[:-1].rstrip(" ") + after  # (pypdf may put a space before a hyphen drawn on its own)
    if not _WORD_BEFORE.search(before):
        return f"{before} {after}"  # "revealed -|to few": a dash, not a word cut
    if words is None or not _WORD_AFTER.match(after):
        return before + after  # a browser's "so-|called"; "Anglo-|American", "mid-|2025": no lower-case word goes on here
    found = _evidence(before, after, words)
    if isinstance(words, WrittenWords):
        cut = found == "whole" or (found is None and (_known_whole(before, after, words)
                                                      or (words.hyphenates and not _a_part_is_written(before, after, words))))
    else:
        left = _WORD_BEFORE.search(before)[1]  # type: ignore[index]
        cut = found == "whole" or (found is None and not (left.isdigit() or left.lower() in _COMPOUND_FIRST))
    return before[:-1] + after if cut else before + after


def _evidence(before: str, after: str, words: WrittenWords | set[str] | frozenset[str]) -> str | None:
    """What the article writes elsewhere of the word cut at `before`'s hyphen: "hyphenated", "whole", or None."""
    left, right = _WORD_BEFORE.search(before), _WORD_AFTER.match(after)
    if not left or not right:
        return None
    found = words.words if isinstance(words, WrittenWords) else words
    hyphenated, whole = f"{left[1]}-{right[1]}".lower(), f"{left[1]}{right[1]}".lower()
    if hyphenated in found:
        return "hyphenated"
    if whole in found:
        return "whole"
    if isinstance(words, WrittenWords):
        least = max(_SHARED_BEGINNING, len(left[1]) + 3, -(-len(whole) * 2 // 3))  # (the 2/3, rounded up)
        if len(whole) >= least and any(w.startswith(whole[:least]) for w in found):
            return "whole"  # "Rus-|sians" where "Russia" is written
    return None


def _known_whole(before: str, after: str, words: WrittenWords) -> bool:
    """Whether the whole form is a word known without the article, as it is or before an ending
    ("intention" of "intentional"), and what follows the break is no word, known or written (no
    number before it): "in-|tention" is mended, "e-|mail" (where "email" is known) is not."""
    left, right = _WORD_BEFORE.search(before)[1], _WORD_AFTER.match(after)[1]  # type: ignore[index]
    whole = f"{left}{right}".lower()
    if left.isdigit() or right.lower() in words.known or right.lower() in words.words:
        return False
    return _known_form(whole, words.known)


def _known_form(word: str, known: frozenset[str]) -> bool:
    """Whether `word` (lower case) is known, as it is or before one of `_ENDINGS`."""
    return word in known or any(word + ending in known for ending in _ENDINGS)


def _a_part_is_written(before: str, after: str, words: WrittenWords) -> bool:
    """Whether the hyphen may be a compound's: a number before it, or either part written on its
    own, or both parts words framing knows of four letters or more whose whole it does not know
    ("mega-|donor", "grand-|jury"; not "every-|thing", "everything" being known)."""
    left, right = _WORD_BEFORE.search(before)[1].lower(), _WORD_AFTER.match(after)[1].lower()  # type: ignore[index]
    if left.isdigit() or left in words.words or right in words.words:
        return True
    return (min(len(left), len(right)) >= 4 and left in words.known and right in words.known
            and not _known_form(left + right, words.known))
