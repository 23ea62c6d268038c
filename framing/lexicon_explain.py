"""Why a text gets the findings it gets: each loaded/hedge/booster span with the lexicon row
behind it, the matches a context rule turned down and the rule's reason, and each attribution and
anonymous source with the reporting_verbs / anonymous_sources row behind it
(`framing lexicon test "some text"`)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from pathlib import Path

from framing import detect, rules, segment
from framing.lexicon import Entry, Match, load
from framing.lexicon_terms import SLOT, slot_lists
from framing.models import Span


def explain(text: str, lexicons: Sequence[str | Path] = ()) -> tuple[list[tuple[Span, Entry]], list[tuple[Match, str]]]:
    """(findings with their entries, matches dropped by a rule with the reason), in text order."""
    from framing.pipeline import analyze

    lexset = load(lexicons)
    analysis = analyze(text, lexicons=lexicons)
    found: list[tuple[Span, Entry]] = []
    finding = detect.finding_lexicons(lexset)  # a lexicon of the user's own too
    for s in analysis.spans:
        if s.type in finding and s.lexicon and s.term:
            entry = lexset.lookup(s.lexicon, s.term)
            if entry is not None:
                found.append((s, entry))
    tokens = segment.tokens_outside(text, analysis.ignored)
    starts = [s.start for s in analysis.sentences]
    data = rules.RuleData.from_lexicons(lexset)
    dropped: list[tuple[Match, str]] = []
    for m in detect.finding_matches(lexset, tokens, text):
        i = bisect.bisect_right(starts, m.start) - 1
        decision = rules.decide(text, tokens, m, data, starts[i] if i >= 0 else 0)
        if not decision.keep:
            dropped.append((m, decision.rule or "dropped by a context rule"))
    return found, dropped


def slot_note(entry: Entry, lexicons: Sequence[str | Path] = ()) -> str:
    """For a phrase that a row with slots stands for, the row in words, so a builder sees why
    "it was widely reported" matched a row they cannot find by searching the file:
    `, a phrase of the row 'it [is|was] [adverb] reported' ([adverb]: also, often, ...)`; else ''."""
    if not entry.pattern:
        return ""
    lists = slot_lists(load(lexicons).metadata.get(entry.lexicon, {}))
    named = [f"[{name}]: {', '.join(lists[name])}" for name in dict.fromkeys(i.strip() for i in SLOT.findall(entry.pattern) if "|" not in i) if name in lists]
    where = f" ({'; '.join(named)}, the lexicon's \"slots\" in metadata.json)" if named else ""
    return f", a phrase of the row {entry.pattern!r}{where}"


def explain_sourcing(text: str, lexicons: Sequence[str | Path] = ()) -> list[tuple[Span, Entry | None]]:
    """Attribution and anonymous-source findings with the lexicon row behind each, in text order:
    an attribution's reporting verb in `reporting_verbs` (its stance is that row's category), an
    anonymous source's phrase, or its head word ("a senior official": 'official'), in
    `anonymous_sources`.  None where no single row explains it (a colon before a quotation)."""
    from framing.pipeline import analyze

    lexset = load(lexicons)
    out: list[tuple[Span, Entry | None]] = []
    for s in analyze(text, lexicons=lexicons).spans:
        if s.type in ("attribution", "anonymous_source"):
            out.append((s, sourcing_entry(lexset, s.type, s.text, s.verb, s.stance)))
    return out


_SOURCE_TAILS = frozenset({"of", "in", "at", "with", "from", "for", "on", "close", "familiar", "who", "inside", "within"})


def sourcing_entry(lexset, type_: str, text: str, verb: str | None = None, stance: str | None = None) -> Entry | None:
    """The lexicon row behind an attribution or anonymous-source finding (its type, matched text,
    and for an attribution its verb lemma and stance), or None; the report's details cite it too.

    An attribution's cue: the phrase its words spell with the verb's lemma first ("calling for" ->
    'call for', urging) before the lemma alone ('call', labeling), preferring a row whose category
    is the stance.  An anonymous source: its phrase, or its head word ("a senior official":
    'official'), in anonymous_sources."""
    if type_ == "anonymous_source":
        words = text.lower().split()
        # the phrase, its last word, or the last word before a prepositional tail ("Critics of birthright citizenship": 'critics')
        head = next((words[i - 1] for i, w in enumerate(words) if i and w in _SOURCE_TAILS), None)
        for term in dict.fromkeys((" ".join(words), *words[-1:], *([head] if head else []))):
            if (entry := lexset.lookup("anonymous_sources", term)) is not None:
                return entry
        return None
    if type_ != "attribution" or not verb:
        return None
    lemma = verb.replace("_", " ")
    rest = text.lower().split()[1:]
    found = [e for term in dict.fromkeys((" ".join([lemma, *rest]), lemma)) if (e := lexset.lookup("reporting_verbs", term)) is not None]
    return next((e for e in found if e.category == stance), found[0] if found else None)
