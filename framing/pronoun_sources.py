"""Who "it" and "they" are when they open a reporting cue ("The Kremlin rejected the plan. It
said ...", "Officials in Kyiv said ... They said ...").

Only where it is clearly safe: the referent is a source a cue credited earlier in the same
paragraph, in the same sentence or the one before, outside any quotation; it is the only source
of its kind from two sentences before on (a source inside another's reported content, or one
written as part of a longer phrase, `Clinton's team and her allies`, counts against it); and,
when it is in the sentence before, nothing that may be another subject opens the pronoun's own
sentence (`But such a message ... and it shows`).  Read on PolNeAR train+dev: 44 cues given a
speaker, all 44 right; on test, 8 of 8.  "it" goes back to a body, country, institution or document
("the Kremlin", "the company", "the report"), never a person; "they" to a plural source (a group:
"Democrats", "protesters", or unnamed officials: `anonymous`).  An expletive "it" ("it is said",
"it was reported", "it seems") and a pronoun inside a quotation (the quoted speaker's "they") are
never resolved: no speaker is better than a wrong one.

Where no cue credited anything in reach, an "it" opening its sentence names the body the sentence
right before (same paragraph) opens with as its subject (`The city sent a cease-and-desist letter
Thursday. It says ...`: "city"; `body_subject_before`): on PolNeAR train+dev 5 such "it", all 5
right.  A "they" opening its sentence likewise names the group of people the sentence right
before opens with (`The protesters gathered downtown. They said ...`: "protesters";
`_group_subject_before`), and a "they" inside its sentence the group opening it, with no other
plural between (`Soviet expatriates wept as they saw`); only a plural noun of people with a verb
right after it ("Officials in Kyiv were ...", "State rules do not" are not read).  A credited
group written with capitals and a plural head ("GOP leaders", "Other Republican candidates") is
a "they" too.  On PolNeAR train+dev, of 247 "they" sources 208 had no speaker, then 194: 15 named,
all right on reading, and one "anonymous" lost to a competing group.  A "they" after a fronted
adverbial (`In 2000, they attacked`, `A few minutes later they`) is read as one opening its
sentence, and a group after one (`In 1993, radical Islamists bombed`) as opening it; with
coordinated people past a relative clause or after "But" (`framing.speaker_pairs`), 193 -> 187
without a speaker (7 pronoun sources named, "Yet they" among them; all right on reading).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from framing.lone_names import group_like
from framing.models import Sentence, Token
from framing.name_words import PERSON_TITLES
from framing.opening_subjects import ORGANISATION_HEADS, after_fronted_adverbial, body_subject, fronted_adverbial, group_subject
from framing.plural_nouns import is_plural as _plural
from framing.quote_marks import MarkedQuote

# How many sentences before the pronoun's own a referent may be in.
_SENTENCE_REACH = 2

# Plural source heads that do not end in "s".
_PLURAL_HEADS = frozenset("people police".split())
# Words after an "it" that make it an expletive ("it is said", "it was reported", "it seems").
_EXPLETIVE_NEXT = frozenset(
    "is was 's ’s seems seemed appears appeared remains remained".split()
)
# Words that make a source phrase coordinated or complex: its speaker may be a part of it.
_COMPLEX_WORDS = frozenset("and or of to for".split())
# Words right before a pronoun that open a clause whose subject is often some other thing (`if
# they reference`, `an economic system that they think`), but not "that" after a verb (`disclosed
# in court that it asked`, `said that they`).
_SUBORDINATE_BEFORE_RE = re.compile(
    r"\b(?:(when|because)|if|unless|whether|(?<!ed )(?<!said )(?<!say )(?<!says )(?<!told )that)\s+$", re.IGNORECASE
)  # (group 1: a clause of time or reason, whose "they" may be the group opening the sentence)
# Words that start a noun phrase: another possible subject before the pronoun.
_NOUN_PHRASE_RE = re.compile(r"\b(?:the|a|an|this|that|these|those|such|its|their)\b", re.IGNORECASE)
# `..., they said,` / `..., it said.`: a parenthetical cue after the pronoun.
_PARENTHETICAL_RE = re.compile(r"\s+(?:also\s+)?[a-z]+[,.]")
# What may go before a "they" that opens its sentence: a conjunction (`But they`, `And they`).
_OPENING_BEFORE_THEY_RE = re.compile(r"(?:(?:But|And|Yet|So|Still|Now|Instead),?[ \t]+)?", re.IGNORECASE)

# Words between a group and a "they" in its sentence.
_WORDS_RE = re.compile(r"[A-Za-z][\w’'-]*")
# A capitalised group word ("Republicans", "Russians") after the referent: another "they".
_OTHER_GROUP_RE = re.compile(r"\b[A-Z][a-z]+(?:ans|ists|ats|ers|ees|ors|ents|ies)\b")
# What goes before a group that opens a clause of its own: a comma or a conjunction, perhaps
# "the" and up to two capitalised words (`that Catholic Republicans are`).
_CLAUSE_SUBJECT_BEFORE_RE = re.compile(r"(?:[,;:—–]|\bthat|\band|\bbut|\bwhile|\bwhereas|\bas|\bif|\bwhen)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+){0,2}$")


@dataclass
class CreditedSources:
    """Per-article memory of the non-person sources credited so far, by offset."""

    text: str
    sentences: Sequence[Sentence]
    quotes: Sequence[MarkedQuote]
    # (start, kind, speaker, end): kind "it" or "they", or "it?"/"they?" for a source that is
    # no referent but competes with one of that kind.
    _found: list[tuple[int, str, str, int]] = field(default_factory=list)
    # (start, speaker) -> whether a title goes before it, for a source that is a lone name, which
    # may be a person's (asked only when a pronoun looks back at it).
    _lone_names: dict[tuple[int, str], bool] = field(default_factory=dict)
    _sentence_starts: list[int] | None = None
    _quote_starts: list[int] | None = None
    # Sources as credited, not yet read: (start, tokens, speaker, anonymous?, muted?).  Most
    # articles have no "it said", so a source is read only when a pronoun looks back.
    seen: list[tuple[int, Sequence[Token], str, bool, bool]] = field(default_factory=list)

    def _read_seen(self) -> None:
        for start, tokens, speaker, anonymous, muted in self.seen:
            kind = source_kind(tokens[-1].norm, speaker, anonymous)
            if kind is not None:
                lone_name = " " not in speaker and speaker[:1].isupper()
                titled = any(t.norm.strip(".") in PERSON_TITLES for t in tokens[:-1]) if lone_name else None
                self.note(start, tokens[-1].end, [t.norm for t in tokens], kind, speaker, anonymous, muted, titled)
        self.seen.clear()

    def note(
        self, offset: int, end: int, norms: Sequence[str], kind: str, speaker: str, anonymous: bool, muted: bool,
        titled: bool | None = None,
    ) -> None:
        """Remember a cue's source at text[offset:end] (its token norms, its `source_kind` and the
        speaker named from it; no person) as a referent of a later "it" or "they".  A source
        inside another attribution's content (`muted`) is no referent but competes (`Former
        prosecutors said investigators were ... , they said`).  `titled` is None for a source
        that is no lone name, else whether a personal title goes before it."""
        if self._quoted(offset):
            return
        if muted:
            kind += "?"
        elif not anonymous and (_COMPLEX_WORDS.intersection(norms) or (norms[0].endswith("ing") and not _modifier_ing(norms))):
            # `Clinton's team and her allies`, `the National Association of Criminal Defense
            # Lawyers`, `putting out a statement`: coordinated, or read from part of a phrase.
            kind += "?"
        elif kind == "it" and norms[0] in ("a", "an"):
            kind += "?"  # `a federal lawsuit filed in 2012`: mentioned, not a referent
        bisect.insort(self._found, (offset, kind, speaker, end))
        if titled is not None:
            self._lone_names[offset, speaker] = titled

    def resolve(self, offset: int, pronoun: str, after: int, is_person: Callable[[str, bool], bool]) -> str | None:
        """The speaker an "it" or "they" at `offset` (the pronoun ending at `after`) stands for,
        or None; `is_person(name, titled)` says whether a lone name may be a person's.  A resolved
        pronoun is itself remembered, so "It said ... It added" follows."""
        if self.seen:
            self._read_seen()
        text = self.text
        if pronoun == "it" and _expletive(text, after):
            return None
        if self._quoted(offset):
            return None
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        starts = self._sentence_starts
        own = bisect.bisect_right(starts, offset) - 1
        subordinate = _SUBORDINATE_BEFORE_RE.search(text, max(0, offset - 16), offset)
        if subordinate is not None:
            # (`if they reference a program`: the subject of a clause, often another thing; but
            # `Senate Democrats blocked the bill because they said`: the group opening the sentence)
            if pronoun == "they" and subordinate.group(1) is not None and own >= 0 and starts[own] < subordinate.start():
                return self._group_opening_own_sentence(starts[own], offset, after)
            return None
        paragraph = text.rfind("\n", 0, offset) + 1
        reach = max(paragraph, starts[max(0, own - _SENTENCE_REACH)] if own >= 0 else 0)
        lo = bisect.bisect_left(self._found, (reach, "", "", 0))
        hi = bisect.bisect_left(self._found, (offset, "", "", 0))
        found = [self._read_lone_name(f, is_person) for f in self._found[lo:hi] if f[1].rstrip("?") == pronoun]
        found = [f for f in found if f is not None]
        candidates = {speaker for _, _, speaker, _ in found}
        if not candidates and pronoun == "they":
            return self._group_subject_before(offset, after)  # (remembered there, if found)
        if len(candidates) != 1 or not any(kind == pronoun for _, kind, _, _ in found):
            return None  # none, or two ("Russia said ..., and Ukraine said ... It said")
        speaker = candidates.pop()
        last, last_end = max((o, e) for o, kind, _, e in found if kind == pronoun)
        own_start = starts[own] if own >= 0 else 0
        if last < own_start:
            # The referent is in an earlier sentence: only the one right before, and nothing
            # that may be another subject before the pronoun in its own sentence (`But such a
            # bold message ... and it shows`), unless it is a parenthetical `..., they said,`.
            if own < 1 or last < starts[own - 1]:
                return None
            if (
                _NOUN_PHRASE_RE.search(text, own_start, offset) and not _PARENTHETICAL_RE.match(text, after)
                and not (pronoun == "they" and fronted_adverbial(text, own_start, offset))  # (`A few minutes later they`)
            ):
                return None
        if pronoun == "they" and self._other_group(last_end, offset, own_start):
            return None  # `Democrats want ..., and Republicans want ... (they want`
        bisect.insort(self._found, (offset, pronoun, speaker, after))
        return speaker

    def _other_group(self, start: int, offset: int, own_start: int) -> bool:
        """Does another group that may be the "they" at `offset` stand between the referent's
        source (ending at `start`) and it?  Any capitalised group word does, unless the "they"
        opens its sentence and each such word lies inside the sentence before, after a verb or a
        preposition (`Republicans say Democrats are trying to distract. They say`: "Democrats"
        is what Republicans speak of, and the next sentence goes on with the speakers), not as the
        subject of a clause of its own (`..., and Republicans want`, `while Democrats`)."""
        text = self.text
        groups = list(_OTHER_GROUP_RE.finditer(text, start, offset))
        if not groups:
            return False
        if _OPENING_BEFORE_THEY_RE.fullmatch(text, own_start, offset) is None:
            return True
        return any(m.start() >= own_start or _CLAUSE_SUBJECT_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) for m in groups)

    def body_subject_before(self, offset: int, after: int) -> str | None:
        """For an "it" opening its sentence at `offset` (ending at `after`) that no credited
        source answers: the body the sentence right before, in the same paragraph, opens with as
        its subject (`The report also provided details ... It said`: "report"; `The Department of
        Education has misled ... It has refused`), when nothing was credited in reach at all.
        None otherwise: an expletive, a quotation, a pronoun inside its sentence, another
        subject."""
        if self.seen:
            self._read_seen()
        text = self.text
        if _expletive(text, after) or self._quoted(offset):
            return None
        if self._sentence_starts is None:
            self._sentence_starts = [s.start for s in self.sentences]
        starts = self._sentence_starts
        own = bisect.bisect_right(starts, offset) - 1
        if own < 1 or starts[own] != offset:
            return None
        before = self._uncredited_sentence_before(starts[own - 1], offset)
        return None if before is None else body_subject(text, before, offset)

    def _group_subject_before(self, offset: int, after: int) -> str | None:
        """For a "they" that no credited source answers: the group the sentence right before, in
        the same paragraph, opens with as its subject, when the "they" opens its own sentence
        (perhaps after "But" or "And": `The protesters gathered downtown. They said`:
        "protesters"); or the group opening its own sentence, with no other plural between
        (`Soviet expatriates wept as they saw`); and nothing credited there at all.  None
        otherwise."""
        text = self.text
        starts = self._sentence_starts or []
        own = bisect.bisect_right(starts, offset) - 1
        if own >= 0 and _OPENING_BEFORE_THEY_RE.fullmatch(text, starts[own], offset) is None and not fronted_adverbial(
            text, starts[own], offset
        ):
            return self._group_opening_own_sentence(starts[own], offset, after)
        if own < 1:
            return None
        before = self._uncredited_sentence_before(starts[own - 1], offset)
        if before is None:
            return None
        group = group_subject(text, after_fronted_adverbial(text, before, starts[own]), starts[own])
        if group is not None:
            bisect.insort(self._found, (offset, "they", group, after))
        return group

    def _uncredited_sentence_before(self, before: int, offset: int) -> int | None:
        """`before` (the start of the sentence before the pronoun at `offset`) when that sentence
        lies in the pronoun's paragraph, outside a quotation, with no source credited from it up
        to the pronoun (where one was, `resolve` decided); None otherwise."""
        if "\n" in self.text[before:offset] or self._quoted(before):
            return None
        lo = bisect.bisect_left(self._found, (before, "", "", 0))
        hi = bisect.bisect_left(self._found, (offset, "", "", 0))
        return before if lo == hi else None

    def _group_opening_own_sentence(self, start: int, offset: int, after: int) -> str | None:
        """The group opening the sentence at `start` as its subject, for a "they" later in it,
        when no plural word (another possible referent) stands between them and no source was
        credited in the sentence before the pronoun."""
        text = self.text
        if "\n" in text[start:offset] or self._quoted(start):
            return None
        lo = bisect.bisect_left(self._found, (start, "", "", 0))
        hi = bisect.bisect_left(self._found, (offset, "", "", 0))
        if lo != hi:
            return None
        group = group_subject(text, start, offset)
        if group is None:
            return None
        group_end = text.find(group, start) + len(group)
        if any(_plural(w.lower()) or w[:1].isupper() for w in _WORDS_RE.findall(text, group_end, offset)):
            return None  # (`... on an issue that divides the nation: By nearly 2-1, they say`)
        bisect.insort(self._found, (offset, "they", group, after))
        return group

    def _read_lone_name(
        self, entry: tuple[int, str, str, int], is_person: Callable[[str, bool], bool]
    ) -> tuple[int, str, str, int] | None:
        """A source that is a lone name, read now that a pronoun looks back at it: None if it may
        be a person's; a competitor, no referent, if the article writes it in lower case too
        (`Just days before ...`: a word opening the sentence, no body)."""
        titled = self._lone_names.get((entry[0], entry[2]))
        if titled is None:
            return entry
        offset, kind, speaker, end = entry
        if is_person(speaker, titled):
            return None
        if kind == "it" and _written_in_lower_case(self.text, speaker):
            return offset, "it?", speaker, end
        return entry

    def quoted(self, offset: int) -> bool:
        """Is `offset` inside a quotation (where a pronoun is the quoted speaker's)?"""
        return self._quoted(offset)

    def _quoted(self, offset: int) -> bool:
        if not self.quotes:
            return False
        if self._quote_starts is None:
            self._quote_starts = [q.start for q in self.quotes]
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        return i >= 0 and offset < self.quotes[i].end


def source_kind(last_norm: str, speaker: str, anonymous: bool) -> str | None:
    """"it" for a body, place or document, "they" for a plural source, None for anything else
    (a full name, a singular unnamed source, a phrase of unknown head), from the source phrase's
    last token norm and the speaker named from it.  A lone name ("Kremlin", "Democrats") is
    either: the caller asks whether it may be a person."""
    if " " in speaker and speaker[0].isupper():
        # A full name ("Bill Roberts") is none, unless it ends in a body's noun ("Justice
        # Department") or a plural noun in lower case ("GOP leaders", "Republican candidates":
        # a group): most sources, so asked first.
        if last_norm in ORGANISATION_HEADS:
            return "it"
        last_word = speaker.rsplit(" ", 1)[1]
        if last_word.islower() and _plural(last_word) and last_norm == last_word:
            return "they"
        return "they" if _plural_head_before_place(speaker.split()) else None
    head = last_norm.strip(".")
    if head in _PLURAL_HEADS:
        return "they"
    if anonymous:
        return "they" if _plural(head) else None
    if speaker[:1].isupper():
        if speaker.lower() == head:
            # A lone name that is no person: "Kremlin", "Reuters"; "Democrats" is a group.
            return "they" if group_like(head) else "it"
        return None
    if head in ORGANISATION_HEADS:
        return "it"
    if _plural(head) and speaker.lower().endswith(head):
        return "they"
    return None


# Prepositions between a group's plural head and the place it is in (`newspapers in New Jersey`).
_PLACE_AFTER_GROUP = frozenset("in at from across".split())


def _plural_head_before_place(words: list[str]) -> bool:
    """Is a speaker that opens with a capital a group in a place: a lower-case plural head, a
    preposition of place and capitalised words to its end ("Six Gannett newspapers in New
    Jersey", "Republican lawmakers in Iowa")?  Its "they" is the group ("the place" is no
    referent of "they"; "of" and "for" make the phrase complex, `note` reads them as competitors)."""
    for i in range(1, len(words) - 2):
        w = words[i]
        if w.islower() and _plural(w) and words[i + 1] in _PLACE_AFTER_GROUP:
            return all(x[:1].isupper() or x == "the" for x in words[i + 2 :]) and words[-1][:1].isupper()
    return False


def _modifier_ing(norms: Sequence[str]) -> bool:
    """Is the -ing word opening a source phrase a modifier of its plural head ("Voting rights
    advocates", "Leading Democrats"), not a participle with its object (`putting out a
    statement`): no determiner or particle after it, and a plural last word?"""
    return len(norms) > 1 and _plural(norms[-1]) and not any(n in _AFTER_PARTICIPLE for n in norms[1:])


_AFTER_PARTICIPLE = frozenset("a an the his her their its this that out up on off".split())


def _expletive(text: str, after: int) -> bool:
    word = text[after : after + 12].split(None, 1)
    return bool(word) and word[0].lower().strip(",") in _EXPLETIVE_NEXT or text[after : after + 1] in ("'", "’")


def _written_in_lower_case(text: str, name: str) -> bool:
    """Does `text` write `name` in lower case as a word ("just")?"""
    low = name.lower()
    i = text.find(low)
    while i >= 0:
        end = i + len(low)
        if (i == 0 or not text[i - 1].isalnum()) and not text[end : end + 1].isalnum():
            return True
        i = text.find(low, end)
    return False
