"""Turns of an interview transcript: the words after `TAPPER:` are Tapper's, not the outlet's.

Articles often print part of a broadcast interview as a transcript, each turn opening with the
speaker's name in capitals and a colon (`FALLIN: Well, I think ... a pathetic mess.`;
`framing.transcript_labels` finds the labels and names their speakers).  No quotation mark
encloses a turn, so without this step "pathetic" reads as the outlet's own word: each turn becomes
a quotation of kind "turn", credited to its label.

A turn may run over several paragraphs: an unlabelled paragraph after a turn goes on with it until
the next label, as the transcripts in PolNeAR train/dev do (Tapper's `Specifically I've heard from
... Talk to them.`, three paragraphs of Pence's answer; PolNeAR's annotators credit them to the
label too).  It goes on only with a sign that someone is speaking and none that the writer is
again (`continues_turn`): the outlet's own paragraph is the safer mistake.
Speaking: a first- or second-person word outside a quotation inside it ("I", "we", "you"), an
opening of talk ("And frankly", "Well,", "Look,"), or the transcript's own layout, where every
turn's paragraph opens with a quotation mark (Breitbart's `"WALLACE: ...`, `"But the truth is
...`).  Writing: a bracketed stage note (`(CROSSTALK)`, `[COMMERCIAL BREAK]`, `(BEGIN VIDEO
CLIP.)`), a line without letters (`….`, `___`), a heading (all capitals, or a short line without a
sentence's end), a line ending in a colon (`Partial transcript as follows:`), a line opening with a
label-like word (`VIDEO: ...`, another turn), a trailer (`Follow Pam Key on Twitter @pamkeyNEN.`),
or a paragraph naming one of the transcript's speakers in the third person with no "I" or "you"
(`What ever happened to Hillary's mantra ...?` in West Journal, between Benenson's and Clinton's
turns; `Trump later left the studio.`).

A quotation inside a turn is part of the turn, and so is the quotation mark a transcript opens
each paragraph with (`"PENCE: ...`, read as a quotation by the mark pairing); a turn that another
quotation crosses into is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from framing.models import Attribution, Quote

# Words that open talk rather than a report: `And frankly the delegates are being bought.`
_TALK_OPENERS = frozenset(
    "and but so well look now frankly listen yes no yeah because again honestly absolutely sure oh okay ok".split()
)
# First- and second-person words ("I" and "US" are read by their case, below).
_FIRST_SECOND = frozenset(
    "me my mine myself we us our ours ourselves you your yours yourself yourselves".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_NAME_RE = re.compile(r"[A-Z][\w’'-]*")
# Quoted words inside a paragraph: "I" in them is the quoted person's, not the paragraph's speaker's.
_INNER_QUOTE_RE = re.compile(r"[“\"][^“”\"\n]*[”\"]")
_TRAILER_RE = re.compile(r"^Follow\b|@\w|https?://|\bReporting by\b|\bcontributed to this report\b")
_QUOTE_MARKS = "\"“”'‘’"
# How a sentence or a turn ends; a short line ending otherwise is a heading.
_SENTENCE_ENDS = ".?!…—–-\"”’')]"
_HEADING_WORDS = 12


def turn_ends(text: str, starts: Sequence[int], label_lines: Collection[int], participants: Collection[str]) -> dict[int, int]:
    """For each turn's label line (its start in `starts`), the end of the turn's last line: the
    label's own line, then every line after it that `continues_turn`, up to the next line in
    `label_lines` (those that open with a label, a speaker's or a kicker's)."""
    quote_style = all(text[s] in "\"“" for s in starts)
    ends = {}
    for start in starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end < len(text):
            line_start = end
            while line_start < len(text) and text[line_start] in "\n\r \t":
                line_start += 1
            if line_start >= len(text) or line_start in label_lines:
                break
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            if not continues_turn(text[line_start:line_end], participants, quote_style):
                break
            end = line_end
        ends[start] = end
    return ends


def continues_turn(line: str, participants: Collection[str], quote_style: bool = False) -> bool:
    """Does this unlabelled paragraph after a turn go on with it (see the module docstring)?
    `participants`: the words of the transcript speakers' names; `quote_style`: every turn of the
    transcript opens its paragraph with a quotation mark."""
    line = line.strip()
    bare = line.strip(_QUOTE_MARKS + " \t")
    if not any(c.isalpha() for c in bare):
        return False  # `….`, `___`: a break in the transcript
    if bare[0] in "([" and bare.rstrip(".")[-1:] in (")", "]"):
        return False  # `(CROSSTALK)`, `[COMMERCIAL BREAK]`: a stage note
    if bare.endswith(":") or not any(c.islower() for c in bare) or _TRAILER_RE.search(bare):
        return False  # `Partial transcript as follows:`, `THE TOTAL.`, `Follow Pam Key on Twitter`
    if bare[-1] not in _SENTENCE_ENDS and len(bare.split()) <= _HEADING_WORDS:
        return False  # a subhead
    spoken = _INNER_QUOTE_RE.sub(" ", line.lstrip(_QUOTE_MARKS + " \t"))  # (its closing mark kept)
    words = _WORD_RE.findall(spoken)
    first_second = any(_first_or_second(w) for w in words)
    if not first_second and any(_without_possessive(n) in participants for n in _NAME_RE.findall(spoken)):
        return False  # `Trump later left the studio.`: the writer, telling of a speaker
    return first_second or (bool(words) and words[0].lower() in _TALK_OPENERS) or (quote_style and line[0] in "\"“")


def shows_talk(line: str) -> bool:
    """Does a turn's line read as talk: a first- or second-person word outside the quotations in
    it, or an opening of talk ("Well,", "Look,")?  (`framing.transcript_labels` asks it of
    title-case labels before reading them as a transcript.)"""
    spoken = _INNER_QUOTE_RE.sub(" ", line)
    words = _WORD_RE.findall(spoken)
    return any(_first_or_second(w) for w in words) or (bool(words) and words[0].lower() in _TALK_OPENERS)


def _first_or_second(word: str) -> bool:
    if word == "I" or word.startswith(("I'", "I’")):
        return True
    return word != "US" and word.lower() in _FIRST_SECOND


def _without_possessive(name: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def with_turns(text: str, labels: Sequence[Attribution], attributions: Sequence[Attribution], quotes: list[Quote]) -> list[Quote]:
    """The article's quotations with its transcript turns: one quotation of kind "turn" for each
    label still among `attributions`, over its content.  The quotations inside a turn's lines are
    part of it; a turn that another quotation crosses is left out."""
    kept = {id(a) for a in attributions}
    turns: list[tuple[Quote, int, int]] = []
    for a in labels:
        if id(a) not in kept or a.content is None or a.source is None:
            continue
        start, end = a.content.start, a.content.end
        first = text.rfind("\n", 0, a.source.start) + 1  # the label's line, with its opening mark
        last = text.find("\n", end)
        last = len(text) if last < 0 else last
        if any(_crosses(q, first, last) for q in quotes):
            continue
        turns.append((Quote(start, end, "turn", a.speaker, a.source, a.cue), first, last))
    if not turns:
        return quotes
    return [q for q in quotes if not any(first <= q.start and q.end <= last for _, first, last in turns)] + [t for t, _, _ in turns]


def _crosses(q: Quote, first: int, last: int) -> bool:
    """Does quotation `q` cross the edge of a turn whose lines run from `first` to `last`?"""
    return (q.start < first < q.end) or (q.start < last < q.end)
