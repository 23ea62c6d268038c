"""Which scores a finding counts in, for the report's details ("counts in: Hedges, the outlet's own,
per 1,000 own words"): a student who sees "brutal" flagged can find the number it moved.

Nothing here restates the score definitions: each kind of finding is put into an otherwise empty
article and every score of `framing.score.SCORES` is computed with and without it; the scores that
change are the ones it counts in.  So a score added to score.py, or one that changes what it reads,
is explained right without an edit here.

A kind is what the scores can tell findings apart by (`kind_key`): the type, the voice, whether it
is a term only named (a mention), the attribution stance and whether the speaker is anonymous.
The page builds the same key from a finding (templates/report_details.js, `countedKey`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from framing import score
from framing.models import MENTION_RULE, Sentence, Span

# The probe article: words in and out of quotations, so a rate per own or per quoted word, or a
# share of quoted words, is defined before the finding is added (a score going from None to 0
# would be the finding's denominator only where nothing else could be).
PROBE_WORDS, PROBE_QUOTED_WORDS, FINDING_WORDS = 1000, 100, 10
BIASED_SENTENCE = "biased_sentence"  # the page's layer for a classifier's sentence at or above the threshold


def kind_key(type_: str | None, voice: str | None = None, rule: str | None = None, stance: str | None = None,
             speaker: str | None = None) -> str:
    """'loaded|author|0||0': the key of a finding's kind (see the module's docstring)."""
    mention = int(bool(rule) and rule.startswith(MENTION_RULE))
    return f"{type_ or ''}|{voice or ''}|{mention}|{stance or ''}|{int(speaker == 'anonymous')}"


def record_kinds(spans: Iterable[dict]) -> set[tuple]:
    """The kinds of a record's findings, as (type, voice, rule, stance, speaker) with the rule and
    speaker reduced to what the key keeps (a record may lack a key: None)."""
    kinds = set()
    for s in spans:
        rule = s.get("rule")
        kinds.add((s.get("type"), s.get("voice"), MENTION_RULE if rule and rule.startswith(MENTION_RULE) else None,
                   s.get("stance"), "anonymous" if s.get("speaker") == "anonymous" else None))
    return kinds


def counted_in(kinds: Iterable[tuple], score_names: Sequence[str], threshold: float = 0.5, classified: bool = False) -> dict[str, list[int]]:
    """{kind key: indices into `score_names` of the scores such a finding counts in}, for each kind
    in `kinds` (see `record_kinds`), and for a sentence the classifier marks (key 'biased_sentence')
    where `classified`.  A kind that counts in no score maps to [] (a scare quote, a quoted hedge)."""
    return {key: [i for i, _ in moved] for key, moved in _moves(kinds, score_names, threshold, classified).items()}


def counted_as_not(kinds: Iterable[tuple], score_names: Sequence[str], threshold: float = 0.5, classified: bool = False) -> dict[str, list[int]]:
    """{kind key: indices of the scores, among those it counts in, that such a finding lowers}: the
    shares it counts in as one that is not (a neutral "said" in the share of attributions with a
    non-neutral verb, a named source's in the share of anonymous ones); kinds with none are left out.
    "said ... counts in: Share of reported speech with a loaded verb" had read as 'said is loaded':
    the details now say which way a finding counts."""
    return {key: lowered for key, moved in _moves(kinds, score_names, threshold, classified).items()
            if (lowered := [i for i, lowers in moved if lowers])}


def _moves(kinds: Iterable[tuple], score_names: Sequence[str], threshold: float, classified: bool) -> dict[str, list[tuple[int, bool]]]:
    """{kind key: [(index, lowers)]} of the scores a finding moves, `lowers` where it takes the score
    down, or from undefined to 0 (the finding is only in the share's denominator)."""
    from framing.user_lexicons import lexicon_scores, lexicons_in

    known = {**score.SCORES, **lexicon_scores(lexicons_in(score_names))}  # the user's own lexicons' scores too
    fns = [(i, known[name]) for i, name in enumerate(score_names) if name in known]
    empty = score.ScoreInput(PROBE_WORDS, PROBE_QUOTED_WORDS, [], [], threshold)
    before = {i: fn(empty) for i, fn in fns}

    def changed(x: score.ScoreInput) -> list[tuple[int, bool]]:
        out = []
        for i, fn in fns:
            after = fn(x)
            if after != before[i]:
                out.append((i, after == 0 if before[i] is None else after is not None and after < before[i]))
        return out

    out: dict[str, list[tuple[int, bool]]] = {}
    for type_, voice, rule, stance, speaker in kinds:
        if not type_:
            continue
        found = Span(0, 1, "x", type_, weight=2, voice=voice, rule=rule, stance=stance, speaker=speaker)
        # a spoken quotation's words are the quoted words the pipeline counts (quotes.quoted_word_count)
        quoted = PROBE_QUOTED_WORDS + (FINDING_WORDS if type_ == "quote" and voice == "quoted" else 0)
        out[kind_key(type_, voice, rule, stance, speaker)] = changed(score.ScoreInput(PROBE_WORDS, quoted, [found], [], threshold))
    if classified:
        marked = Sentence(0, 1, "author", threshold)
        # the probe's other sentence, below the threshold, keeps the shares defined without the marked one
        plain = Sentence(2, 3, "author", threshold / 2)
        base = score.ScoreInput(PROBE_WORDS, PROBE_QUOTED_WORDS, [], [plain], threshold)
        before.update({i: fn(base) for i, fn in fns})
        out[BIASED_SENTENCE] = changed(score.ScoreInput(PROBE_WORDS, PROBE_QUOTED_WORDS, [], [plain, marked], threshold))
    return out
