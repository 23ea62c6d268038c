"""Turn lexicon matches, quotations and attributions into the article's list of findings (spans)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import attrgetter

from framing import rules
from framing.lexicon import LexiconSet, Match
from framing.models import Range, Sentence, Span, Token
from framing.quotes import VoiceResult

LEXICAL_TYPES = ("loaded", "hedge", "booster")
# Lexicons whose matches compete for the same words: the longest match wins inside a group.
COMPETING = {"loaded": "loaded", "hedge": "epistemic", "booster": "epistemic"}


def lexical_spans(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    voice: VoiceResult,
    lexicons: LexiconSet,
    matches: Sequence[Match] | None = None,
) -> list[Span]:
    """Loaded, hedge and booster findings, and those of each lexicon of the user's own
    (`LexiconSet.new_lexicons`, typed by its name), each with its voice and, inside a quotation,
    its speaker.

    `matches`: the article's lexicon matches where the caller already has them (in start order,
    longest first, as `LexiconSet.match` gives them); matches of other lexicons are skipped.

    `rules.decide` for each match, unrolled: the rules that apply to the match's entry
    (`rules.rules_for`, worked out once per entry) run in order and the first that changes
    anything decides; the sentence start is looked up only for a match some rule will read."""
    new = lexicons.new_lexicons
    if matches is None:
        matches = lexicons.match(tokens, finding_lexicons(lexicons))
    matches = _longest_per_group(matches, text, _competing(new) if new else COMPETING)
    data = rules.RuleData.from_lexicons(lexicons)  # word lists the context rules read
    rules_for = rules.rules_for
    plans = data.plans  # rules_for's cache, read here first: one call fewer per match
    keep = rules.KEEP
    sentence_starts = [s.start for s in sentences]
    quote_at = voice.quote_at
    plain_cues = _plain_cues(voice)
    spans: list[Span] = []
    append = spans.append
    for m in matches:
        e = m.entry
        decision = keep
        known = plans.get(id(e))
        plan = known[1] if known is not None and known[0] is e else rules_for(e, data)
        if plan:
            i = bisect_right(sentence_starts, m.start) - 1
            sentence_start = sentence_starts[i] if i >= 0 else 0
            for rule in plan:
                decision = rule(text, tokens, m, sentence_start, data)
                if decision is not keep:
                    break
            if not decision.keep:
                continue
        start = m.start
        if plain_cues and start in plain_cues and e.lexicon == "loaded":
            continue  # `Lawsuits claiming fraud`: the attribution read the cue as the law's plain word
        quote = quote_at(start)
        # Positional arguments, in Span's field order (start, end, text, type, category, weight,
        # voice, speaker, verb, stance, term, lexicon, rule): keywords cost 60% more per span.
        append(
            Span(start, m.end, text[start : m.end], decision.type or e.lexicon, e.category, e.weight,
                 "quoted" if quote else "author", quote.speaker if quote else None, None, None, e.term, e.lexicon,
                 decision.rule)
        )
    return voice.marked_mentions(one_per_overlap(text, spans))  # (findings inside a mention: quoted_terms)


def _plain_cues(voice: VoiceResult) -> set[int]:
    """The starts of the cues the attribution stage read as plainly neutral.

    No neutral reporting verb is a loaded word, so a loaded word that is the cue of a neutral
    attribution is one whose doubting stance the attribution stage turned down: a legal filing's
    own word for what it asserts (`The lawsuit, filed in May, claims`, `Lawsuits claiming fraud`:
    `cue_context.FILING_NOUNS`).  Whether the word is loaded follows the same reading, so the
    stance and the loaded finding never disagree, however the filing and its verb are apart."""
    return {a.cue.start for a in voice.attributions if a.stance == "neutral"}


def finding_lexicons(lexicons: LexiconSet) -> tuple[str, ...]:
    """The lexicons whose matches are findings: loaded, hedge, booster and the user's own."""
    return LEXICAL_TYPES + lexicons.new_lexicons


def finding_matches(lexicons: LexiconSet, tokens: Sequence[Token], text: str | None = None) -> list[Match]:
    """The matches of the finding lexicons (`finding_lexicons`) that detection goes on to judge:
    the longest in each group, before the context rules (what coverage, evaluate and `lexicon
    test` count a row's matches by)."""
    new = lexicons.new_lexicons
    return _longest_per_group(lexicons.match(tokens, finding_lexicons(lexicons)), text, _competing(new) if new else COMPETING)


def _competing(new_lexicons: tuple[str, ...]) -> dict[str, str]:
    """`COMPETING` with each lexicon of the user's own a group of its own: the longest match wins
    inside it, and its findings never swallow a loaded word or a hedge (nor are swallowed)."""
    return {**COMPETING, **{name: name for name in new_lexicons}}


def _longest_per_group(matches: Sequence[Match], text: str | None = None,
                       competing: dict[str, str] = COMPETING) -> list[Match]:
    """Drop a match that lies inside a longer (or equal) one of the same group: "doubt" inside
    "no doubt", or the same words reached through two inflected forms of one entry.  Matches of
    lexicons outside `COMPETING` (the voice lexicons) are dropped too.

    Sorted by start, longest first (the order `LexiconSet.match` gives them in), a match is
    inside an earlier kept one exactly when it ends no later than the furthest end kept so far
    in its group.

    Given the `text`, a plain-sense row whose words a sentence end or a quotation mark splits is
    no phrase and swallows nothing: `He yelled "You lie!" at the president` is no 'lie at' of
    place, so the charge "lie" stands.
    """
    kept: list[Match] = []
    reach = dict.fromkeys(competing.values(), -1)
    for m in matches:
        group = competing.get(m.entry.lexicon)
        if group is None or m.end <= reach[group]:
            continue
        if text is not None and m.last > m.first and m.entry.category == PLAIN_SENSE and _split(text, m):
            continue
        kept.append(m)
        reach[group] = m.end
    return kept


PLAIN_SENSE = "plain_sense"
# A sentence end or a double quotation mark between two words of a phrase (no plain_sense row
# holds an abbreviation, "Mr." or "U.S.", whose full stop this would take for one).
_PHRASE_BREAK_RE = re.compile(r"[.!?][\"”’']?\s|[\"“”]")


def _split(text: str, m: Match) -> bool:
    """Does a sentence end or a quotation mark fall between the first and the last word of `m`?"""
    return _PHRASE_BREAK_RE.search(text, m.start, m.end) is not None


def one_per_overlap(text: str, spans: list[Span]) -> list[Span]:
    """Overlapping findings of one type and voice become one finding, so each is counted once.

    "is considered" and "considered to be" in "The plan is considered to be risky." are one hedge,
    not two.  The finding covers the union of the overlapping matches (every word a lexicon entry
    matched stays marked, and no word is marked twice); its term, category, weight and speaker are
    those of the longest match (then the heavier, then the earlier), so `term` is always one entry
    `framing lexicon test` can look up, and `rule` names the other terms it took in.  This runs
    after the context rules, so a match a rule turned down never takes in one it kept.  A match
    inside a longer one of its group was dropped before the rules (`_longest_per_group`); this
    handles partial overlaps.  Attributions and anonymous sources are not made here: never merged.

    `spans` come sorted by start, as `lexical_spans` builds them; the findings returned are too.
    """
    if not _any_overlap(spans):  # nine articles in ten: no finding overlaps another at all
        return spans
    reach: dict[tuple[str, str | None], int] = {}  # (type, voice) -> furthest end so far
    for s in spans:  # an overlap of two types or voices is no merge: find that out before building anything
        key = (s.type, s.voice)
        if s.start < reach.get(key, -1):
            break
        reach[key] = s.end
    else:
        return spans
    groups: list[list[Span]] = []
    last: dict[tuple[str, str | None], list[Span]] = {}  # (type, voice) -> its latest group
    reach.clear()
    for s in spans:
        key = (s.type, s.voice)
        if s.start < reach.get(key, -1):
            last[key].append(s)
        else:
            last[key] = [s]
            groups.append(last[key])
        reach[key] = max(reach.get(key, -1), s.end)
    return [g[0] if len(g) == 1 else _merge(text, g) for g in groups]


def _any_overlap(spans: list[Span]) -> bool:
    """Whether a finding (sorted by start) overlaps an earlier one, whatever their types and
    voices: a third of the cost of the exact test by (type, voice), which needs it only when so."""
    reach = -1
    for s in spans:
        if s.start < reach:
            return True
        if s.end > reach:
            reach = s.end
    return False


def _merge(text: str, group: list[Span]) -> Span:
    """One finding over the union of the overlapping `group`, described by its main (longest) match."""
    main = max(group, key=lambda s: (s.end - s.start, s.weight or 0, -s.start))
    start, end = group[0].start, max(s.end for s in group)
    others = ", ".join(f"'{s.term}'" + ("" if s.category == main.category else f" ({s.category})")
                       for s in group if s is not main)
    note = f"overlap: also matched {others} (one {main.type}, counted once)"
    return Span(start, end, text[start:end], main.type, main.category, main.weight, main.voice, main.speaker, None,
                None, main.term, main.lexicon, f"{main.rule}; {note}" if main.rule else note)


def voice_spans(text: str, voice: VoiceResult) -> list[Span]:
    """Quotation, attribution and anonymous-source findings from the quotes stage."""
    spans: list[Span] = []
    # Positional arguments, in Span's field order (start, end, text, type, category, weight,
    # voice, speaker, verb, stance, term, lexicon, rule, detector, source, content).
    spans = [
        Span(q.start, q.end, text[q.start : q.end], "quote", q.kind, None, "quoted" if q.spoken else "author",
             q.speaker, None, None, None, None, UNCLOSED if q.unclosed else None, "quotes")
        for q in voice.quotes
    ]
    spans += [
        Span(c.start, c.end, text[c.start : c.end], "attribution", a.stance, None, "author", a.speaker, a.verb,
             a.stance, None, None, None, "quotes", a.source, a.content)
        for a in voice.attributions
        for c in (a.cue,)
    ]
    spans += [
        Span(r.start, r.end, text[r.start : r.end], "anonymous_source", None, None, "author", "anonymous", None,
             None, None, None, None, "quotes")
        for r in voice.anonymous_sources
    ]
    return spans


UNCLOSED = "unclosed quotation: runs to the end of its paragraph"


def detect(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    voice: VoiceResult,
    lexicons: LexiconSet,
    matches: Sequence[Match] | None = None,
) -> list[Span]:
    """All findings of one article, in text order (`matches`: see `lexical_spans`)."""
    spans = lexical_spans(text, tokens, sentences, voice, lexicons, matches) + voice_spans(text, voice)
    spans.sort(key=_TEXT_ORDER)
    return spans


_TEXT_ORDER = attrgetter("start", "end", "type")


def range_text(text: str, r: Range | None) -> str | None:
    return None if r is None else text[r.start : r.end]
