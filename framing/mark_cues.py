"""Attributions whose cue is punctuation or a sourceless adverb, not a reporting verb.

News credits words without a verb in a few fixed layouts, which annotated corpora (PolNeAR)
count as attributions:

- a colon before a quotation nobody else is credited with: `Republican pollster Daron Shaw:
  "Historically, ..."` (cue ":", source the name before it when there is one);
- a headline of the form `Name: what they said` (`Lynch: No outside influence on FBI probe`);
- HuffPost's lists of reader quotes, `"..." ― Pamela Padilla` (cue the bar, source the name);
- `reportedly` (a report with no source named; content its clause).

A transcript's speaker labels (`TAPPER: ...`) are colons too; `framing.transcript_labels` reads
them after this stage, with the transcript's turns.  These run after the verb cues (`framing.attribution`) so that a quotation already credited by a
verb (`said: "..."`) is never credited twice.
"""

from __future__ import annotations

import bisect
import re

from framing import article_text, clause_subjects, phrases_after_cue
from framing.models import Attribution, Range
from framing.lone_names import VERB_AFTER_SUBJECT_RE
from framing.name_words import CALENDAR_WORDS, NOT_NAMES, capitalised
from framing.range_reach import RangeReach

# Name-like words before a colon: a capitalised run at the end of the text before it.
_NAME_BEFORE_RE = capitalised(r"(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*$")
# A party-and-state tag between a name and its colon: `Rep. Trey Gowdy (R-S.C.):`.
_TAG_BEFORE_COLON_RE = re.compile(r"[ \t]*\((?:[RDI]|GOP)(?:-[A-Z][\w.]*)?\)[ \t]*$")
# A capitalised run opening a sentence: its subject, if a verb follows.
_SUBJECT_RE = capitalised(r"(?:[A-Z][\w’'.&-]*[^\S\n]+){0,3}[A-Z][\w’'.&-]*")
_HEADLINE_COLON_RE = capitalised(r"([A-Z][\w.’'&/-]*(?: [\w.’'&/-]+){0,4}):[ ]+(?=[\w“\"‘'])")
# Openers before a colon that introduce a kicker or a label, not a speaker (a headline's
# `EXCLUSIVE:`; in the body `BYLINE: Amber Phillips`, `UPDATE: ...`, `VIDEO:`: framing.transcript_labels).
KICKER_WORDS = frozenset(
    """update updated editor editor's editor’s note watch read related exclusive breaking live
    follow video photos photo listen opinion analysis here here's here’s now the this q a
    byline email e-mail wow look leaked revealed dateline correction credit contact busted boom bombshell
    shocking notice""".split()
)
# Verbs that make the words before a headline's colon a clause, not a speaker (`Bill is back:`,
# `FIX IS IN:`; PolNeAR train: none of these marked).
_CLAUSE_VERBS = frozenset("is are was were".split())
_BAR_RE = capitalised(r"[”\"’]\s*([―])\s*([A-Z][\w’'.-]*(?:[ ,]+[\w’'.-]+){0,6})\s*$", re.MULTILINE)
_REPORTEDLY_RE = re.compile(r"\breportedly\b")
# `is expected to`: a forecast nobody is named for; `Asked whether ...`: a question put to the
# subject of the sentence by someone unnamed.
_EXPECTED_RE = re.compile(r"\b(?:is|are|was|were|be|been)(?: widely| also| now| still| not)? (expected) to\b")
_ASKED_RE = re.compile(
    r"(?:(?<=[.!?”\"\n] )|(?<=\n)|^)(Asked)\b(?=[ ,])"  # opening a sentence: `Asked on Fox News who leads ...`
    r"|\b([Aa]sked)(?: again| later| \w+ly)? (?=(?:whether|if|about|what|how|why|who|when|to)\b)"
)
# `In an NBC News/Wall Street Journal poll released Monday, 50 percent ...`: the poll is the source.
_IN_POLL_RE = re.compile(r"(?:(?<=[.!?”\"] )|(?<=\n)|^)(In) ((?:(?:a|an|the) )?[^,.;\n]{0,70}?\b(?:[Pp]oll|[Ss]urvey)s?\b)[^,.;\n]{0,60}, ")


def attributions(art: article_text.ArticleText, found: list[Attribution], credit: dict[int, Attribution]) -> list[Attribution]:
    """The attributions of `found` plus those marked by punctuation, in text order; `credit`
    (quotation index -> attribution) gains the quotations the new ones credit."""
    text = art.text
    extra: list[Attribution] = []
    cue_starts = sorted(a.cue.start for a in found)
    for qi, q in enumerate(art.quotes):
        if qi in credit:
            continue
        colon = _colon_before(text, q.start)
        if colon is None:
            continue
        att = _attribution(art, colon, colon + 1, "colon", _name_before(art, colon), Range(q.start, q.end))
        extra.append(att)
        credit[qi] = att
    # One colon is one cue: the headline reading below, and the transcript labels read after this
    # stage (`framing.transcript_labels`), skip a colon that already introduces a quotation
    # (`MACRON: "We are shocked."` is one attribution, not three).
    colons = {a.cue.start for a in extra}
    extra.extend(a for a in _headline(art, found) if a.cue.start not in colons)
    for m in _BAR_RE.finditer(text) if "―" in text else ():
        quoted = art.quote_in(m.start())
        if quoted is None or quoted in credit:
            continue
        q = art.quotes[quoted]
        name_start, name_end = m.span(2)
        while name_end > name_start and text[name_end - 1] in " ,.":
            name_end -= 1
        src = _token_span(art, name_start, name_end)
        att = _attribution(art, m.start(1), m.end(1), "bar", src, Range(q.start, q.end))
        extra.append(att)
        credit[quoted] = att
    for rx, verb, stance, word in ((_REPORTEDLY_RE, "reportedly", "neutral", "reportedly"), (_EXPECTED_RE, "expect", "thought", "expected to")):
        for m in _near(text, word, rx):
            start = m.start(m.lastindex or 0)
            if art.quote_in(start) is not None or _covered(cue_starts, found, start):
                continue
            s_start, s_end = art.sentence_of(start)
            end = phrases_after_cue.trim_end(text, s_start, s_end)
            if end - s_start > 20:
                extra.append(Attribution(Range(start, m.end(m.lastindex or 0)), verb, stance, None, None, Range(s_start, end)))
    cues: RangeReach | None = None  # the cues found, at the first `Asked` (a scan per match cost a long text its square)
    for m in _near(text, "sked", _ASKED_RE):
        group = m.lastindex or 1
        start, cue_end = m.span(group)
        if art.quote_in(start) is not None:
            continue
        if cues is None:
            cues = RangeReach((a.cue.start, a.cue.end) for a in found)
        if cues.holds(start):
            continue
        _, s_end = art.sentence_of(start)
        comma = text.find(",", cue_end + 1, s_end)
        content_start = cue_end + 1
        end = phrases_after_cue.trim_end(text, content_start, s_end if comma < 0 else comma)
        if end > content_start:
            extra.append(Attribution(Range(start, cue_end), "ask", "neutral", None, None, Range(content_start, end)))
    for m in _near(text, "In ", _IN_POLL_RE, 140):
        _, s_end = art.sentence_of(m.start())
        src = _token_span(art, m.start(2), m.end(2))
        end = phrases_after_cue.trim_end(text, m.end(), s_end)
        if src is not None and end > m.end():
            extra.append(_attribution(art, m.start(1), m.end(1), "according_to", src, Range(m.end(), end)))
    if not extra:
        return found
    return sorted(found + extra, key=lambda a: a.cue.start)


def _near(text: str, word: str, rx: re.Pattern, reach: int = 12):
    """Matches of `rx` around each occurrence of `word`: a plain substring search first, since a
    regular expression scanning a whole article costs more than the rest of this module."""
    i = text.find(word)
    while i >= 0:
        m = rx.search(text, max(0, i - 24), i + len(word) + reach)
        if m is not None and m.start() <= i < m.end():
            yield m
        i = text.find(word, i + len(word))


def _covered(cue_starts: list[int], found: list[Attribution], pos: int) -> bool:
    """Is `pos` inside the cue or content of an attribution already found?"""
    i = bisect.bisect_right(cue_starts, pos) - 1
    return i >= 0 and any(a.content is not None and a.content.start <= pos < a.content.end for a in found[max(0, i - 1) : i + 2])


def _colon_before(text: str, pos: int) -> int | None:
    """The offset of a colon that directly precedes `pos` across white space (line breaks too)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\n\r":
        i -= 1
    return i if i >= 0 and text[i] == ":" else None


def _name_before(art: article_text.ArticleText, colon: int) -> tuple[int, int] | None:
    """The capitalised run that ends right before the colon, if it names someone."""
    s_start, _ = art.sentence_of(colon)
    tag = _TAG_BEFORE_COLON_RE.search(art.text, max(s_start, colon - 16), colon)
    m = _NAME_BEFORE_RE.search(art.text, max(s_start, colon - 60), colon if tag is None else tag.start())  # (`Rep. Trey Gowdy (R-S.C.):`)
    if m is None:
        # `Biden was quick to retort: "..."`: the subject of the clause that ends at the colon.
        m = _SUBJECT_RE.match(art.text, s_start, colon)
        if m is None or VERB_AFTER_SUBJECT_RE.match(art.text, m.end()) is None or colon - s_start > 80 or any(
            c in art.text[m.end() : colon] for c in ",;“\""
        ):
            # `On July 6, 2015, Sanders made the following comment:`: the clause's subject
            return clause_subjects.colon_clause_subject(art, colon)
    src = _token_span(art, m.start(), m.end())
    if src is not None and all(art.tokens[t].norm.strip(".") in CALENDAR_WORDS for t in range(src[0], src[1] + 1)):
        return clause_subjects.colon_clause_subject(art, colon)  # `gave it a whirl in an interview on Tuesday:`: a day, no one
    while src is not None and art.tokens[src[0]].norm in NOT_NAMES and src[0] < src[1]:
        src = (src[0] + 1, src[1])
    if src is None or art.tokens[src[0]].norm in NOT_NAMES:
        return None
    return src


def _headline(art: article_text.ArticleText, found: list[Attribution]) -> list[Attribution]:
    """`Lynch: No outside influence on FBI probe.` as the first line: source before the colon."""
    text = art.text
    line_end = text.find("\n")
    if line_end < 0:
        line_end = len(text)
    m = _HEADLINE_COLON_RE.match(text, 0, line_end)
    if m is None or any(a.cue.start < m.end(1) for a in found):
        return []
    words = m.group(1).lower().split()
    if words[0] in KICKER_WORDS or words[-1] in KICKER_WORDS or not _CLAUSE_VERBS.isdisjoint(words):
        return []
    src_end = m.end(1)
    to = re.search(r" [Tt]o ", m.group(1))
    if to is not None:
        src_end = m.start(1) + to.start()  # `Mitt To Akin: Drop Out`: Mitt speaks, to Akin
    src = _token_span(art, m.start(1), src_end)
    end = phrases_after_cue.trim_end(text, m.end(), line_end)
    if src is None or end <= m.end():
        return []
    return [_attribution(art, m.end(1), m.end(1) + 1, "colon", src, Range(m.end(), end))]


def _token_span(art: article_text.ArticleText, start: int, end: int) -> tuple[int, int] | None:
    a = art.token_at_or_after(start)
    b = art.token_at_or_after(end) - 1
    return (a, b) if a <= b else None


def _attribution(art: article_text.ArticleText, start: int, end: int, verb: str, src: tuple[int, int] | None, content: Range) -> Attribution:
    speaker, anonymous, source = None, False, None
    if src is not None:
        tokens = art.tokens
        speaker, anonymous = art.speakers.name_of(list(tokens[src[0] : src[1] + 1]), tokens[src[0]].start)
        source = Range(tokens[src[0]].start, tokens[src[1]].end)
    return Attribution(Range(start, end), verb, "neutral", speaker, source, content, anonymous)
