"""Criticism drawn or faced: `The proposal has drawn harsh criticism from fellow GOP hopefuls`,
`Cruz faced criticism for unreported loans`, `Hillary Clinton came under heavy criticism when ...`.

The noun "criticism" is a cue only with a that-clause or a quotation (`lexicons/reporting_verbs.tsv`,
weight 1): "his criticism of the plan" and "the criticism" mostly go unmarked.  After a verb of
drawing or facing it (draw, face, come under, field, endure, attract, receive, spark) it reports
that someone criticised something: PolNeAR marks 28 of the 38 such phrases in train/dev (with
"condemnation", "ridicule", "scorn", "rebuke", "accusations", "allegations", "complaints"),
against "faced questions" (2 of 7) or "came under scrutiny" (3 of 10), which are left out.

Who criticised is the phrase after "from" (`from fellow GOP hopefuls`), if any; what was criticised
is the reason after "for", "over", "on" or "that" (`for unreported loans ...`), or else the
subject of the verb (`The proposal`), as PolNeAR marks them.  Runs with `framing.cue_patterns`,
after the verb rules, so a cue they already read is not read twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from framing import article_text, phrases_after_cue, subject_phrases
from framing.cue_reading import NOUN_BEFORE
from framing.models import Attribution, Range

# The nouns, their verbs (the lemma an attribution carries) and stance classes (reporting_verbs.tsv).
_NOUNS = {
    "criticism": ("criticize", "aggressive"),
    "condemnation": ("condemn", "aggressive"),
    "ridicule": ("ridicule", "aggressive"),
    "scorn": ("scorn", "aggressive"),
    "rebuke": ("rebuke", "aggressive"),
    "rebukes": ("rebuke", "aggressive"),
    "accusations": ("accuse", "aggressive"),
    "allegations": ("allege", "aggressive"),
    "complaints": ("complain", "emotive"),
}
# A verb of drawing or facing, up to two words (`harsh`, `the`), or a quantity (`a slew of`,
# `swarms of`), then the noun.
_DRAWN_RE = re.compile(
    r"\b(?:dr[ae]w|drawn|drawing|draws|fac(?:e|ed|es|ing)|c(?:ame|ome|omes|oming) under|field(?:ed|ing|s)?"
    r"|endur(?:e|ed|es|ing)|attract(?:s|ed|ing)?|receiv(?:e|ed|es|ing)|spark(?:s|ed|ing)?) "
    r"(?:(?:a |an |the )?(?:[a-z]+ )?(?:slew|wave|round|barrage|storm|swarms?|chorus) of |(?:[a-z]+ ){0,2})"
    r"(" + "|".join(_NOUNS) + r")\b"
)
_LOOK_BACK = 48  # characters before the noun searched for the verb
# What was criticised, after the noun or its source: `for unreported loans`, `over his address`.
_REASON_WORDS = frozenset("for over on that".split())
_ADVERBS = frozenset("even also both".split())  # `criticism even from within his own party`
# Words opening who criticised: `from rivals`, `within his own party`, `among Democrats`,
# `inside and outside the Fed` (the place is the source, as PolNeAR marks it).
_SOURCE_OPENERS = frozenset("from within inside outside among".split())
_REASON_END_RE = re.compile(r"[;—–]|,\s")
# Words that end the source after "from": what was criticised or when (`from rivals for his remarks`,
# `from Democrats after ...`), or a clause about the source (`from many environmentalists, whom ...`).
_SOURCE_STOPS = frozenset("for over on that after before when while since because as who whom which whose to".split())
# A short reason, then the source: `for the move from White House hopefuls ...` (not `for taking
# money from Wall Street`, where "from" belongs to the reason).
_LATE_SOURCE_RE = re.compile(r"(?:the|this|that|his|her|its|their) (?:[a-z]+ ){0,2}from (?=\S)")
_SOURCE_REACH = 12  # words: `from Berlin, Paris and other European capitals`


def attributions(art: article_text.ArticleText, taken: Callable[[int, int], bool]) -> list[Attribution]:
    """The attributions of criticism drawn or faced in the article whose cue no earlier reading
    took (`taken(start, end)`: does the range overlap a cue found already?)."""
    text = art.text
    out: list[Attribution] = []
    for noun in _NOUNS:
        i = text.find(noun)
        while i >= 0:
            m = _DRAWN_RE.search(text, max(0, i - _LOOK_BACK), i + len(noun) + 1)
            if m is not None and m.start(1) == i:
                att = _drawn(art, m)
                if att is not None and not taken(att.cue.start, att.cue.end) and art.quote_in(m.start()) is None:
                    out.append(att)
            i = text.find(noun, i + len(noun))
    return out


def _drawn(art: article_text.ArticleText, m: re.Match) -> Attribution | None:
    text, tokens = art.text, art.tokens
    start, end = m.span(1)
    s_start, s_end = art.sentence_of(start)
    if m.start() < s_start:
        return None
    noun = art.token_at_or_after(start)
    verb, stance = _NOUNS[m.group(1)]
    k = noun + 1
    while k < len(tokens) and tokens[k].start < s_end and tokens[k].norm in _ADVERBS and art.clean(k - 1):
        k += 1
    source = speaker = None
    anonymous = False
    if k + 1 < len(tokens) and tokens[k + 1].start < s_end and art.clean(k - 1) and (
        tokens[k].norm in _SOURCE_OPENERS or (tokens[k].norm == "of" and tokens[noun - 1].norm == "the")
    ):
        # `from fellow GOP hopefuls`, `within his own party`, `the criticism of her party rival`
        src = _source_after(art, k + 1 if tokens[k].norm in ("from", "of") else k, s_end)
        if tokens[k - 1].norm == "both" and k - 1 > noun:
            src = (k - 1, src[1])  # `both inside and outside the Fed`
        source = Range(tokens[src[0]].start, tokens[src[1]].end)
        speaker, anonymous = art.speakers.name_of(list(tokens[src[0] : src[1] + 1]), source.start)
        k = src[1] + 1
    content = None
    if k < len(tokens) and tokens[k].start < s_end and tokens[k].norm in _REASON_WORDS and art.clean(k - 1):
        reason = tokens[k].end + 1
        stop = _REASON_END_RE.search(text, reason, s_end)
        reason_end = phrases_after_cue.trim_end(text, reason, stop.start() if stop else s_end)
        if reason_end > reason:
            content = Range(reason, reason_end)  # `faced criticism for unreported loans`
            late = _LATE_SOURCE_RE.match(text, reason, reason_end) if source is None else None
            if late is not None:  # `criticism for the move from White House hopefuls Hillary Clinton and Donald Trump`
                first = art.token_at_or_after(late.end())
                src = _source_after(art, first, s_end)
                source = Range(tokens[src[0]].start, tokens[src[1]].end)
                speaker, anonymous = art.speakers.name_of(list(tokens[src[0] : src[1] + 1]), source.start)
                content = Range(reason, phrases_after_cue.trim_end(text, reason, late.end() - len("from ")))
    if content is None:
        v = art.token_at_or_after(m.start())
        while v >= 2 and tokens[v - 1].norm == "to" and tokens[v - 2].start >= s_start:
            v -= 2  # `Mrs. Clinton will continue to face the criticism`: the subject of "continue"
        subject, _ = subject_phrases.subject_before(art, v, s_start)
        if subject is not None:
            first = tokens[subject[0]].start
            t = subject[0] - 1  # the "that" of a noun's clause, after a determiner or possessive and the noun
            if t >= 2 and tokens[t].norm == "that" and tokens[t - 2].start >= s_start and (
                tokens[t - 2].norm in NOUN_BEFORE or tokens[t - 2].norm.endswith(("'s", "’s"))
            ):
                # `Trump's claim that the election was a fraud drew criticism`: the claim, not its clause
                first = tokens[art.token_at_or_after(s_start)].start
            content = Range(first, tokens[subject[1]].end)  # `The proposal has drawn ...`
    return Attribution(Range(start, end), verb, stance, speaker, source, content, anonymous)


def _source_after(art: article_text.ArticleText, first: int, s_end: int) -> tuple[int, int]:
    """The tokens of the source after "from": up to a stop word, a dash or the sentence's end; a
    comma goes on only in a list of names (`from Berlin, Paris and other European capitals`)."""
    tokens, text = art.tokens, art.text
    last = first
    k = first + 1
    while k < len(tokens) and tokens[k].start < s_end and k - first < _SOURCE_REACH and tokens[k].norm not in _SOURCE_STOPS:
        gap = art.gap(k - 1)
        if " - " in gap or (not art.clean(k - 1) and not (
            gap.strip() == "," and (text[tokens[k].start].isupper() or tokens[k].norm in ("and", "or"))
        )):
            break  # (a dash, a parenthesis, a quotation mark; a comma before a clause)
        last = k
        k += 1
    return first, last
