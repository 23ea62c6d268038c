"""Attributions of fixed patterns that the verb rules of `framing.attribution` turn down (an
infinitive, a participle with no subject of its own, a verb with nothing after it but a comma):

- `went on to say` (`goes on to slam`, `went on to call`): a reporting verb after "go on to"; the
  source is the subject of "went", the cue the whole phrase (PolNeAR marks "went on to say");
- an agentless passive of perception or labelling: `Kyle has been seen as a conservative icon`,
  `Ginsburg is known for speaking her mind`, `Minnesota and Colorado are seen as opportunities
  for Sanders`, `Some advisers are said to be urging ...`: a view or a report credited to
  nobody named (source None), about the sentence;
- `When asked about ...` (`after being asked`, `if pressed`): a question put by someone unnamed,
  content up to the comma;
- `As reported by Western Journalism, ...`: the agent is the source, the rest of the sentence the
  content; likewise `As Comey noted, ...`, `as POLITICO has reported, ...` (a name, then a
  reporting verb, then a comma: the verb rules see no complement after the comma);
- criticism drawn or faced, `The proposal has drawn harsh criticism from X`: `framing.drawn_criticism`.

Which cues inside another attribution's content are dropped (`without_nested_thoughts`) is
`framing.nested_cues`; it is imported here for the callers that know it by this module.

They run after the verb cues and the punctuation cues (`framing.mark_cues`), so a span already
found is never found twice. Measured on PolNeAR train (the cue recall pass, benchmarks/ACCURACY.md).
"""

from __future__ import annotations

import bisect
import re

from framing import article_text, drawn_criticism, phrases_after_cue, subject_phrases
from framing.models import Attribution, Range
from framing.name_words import capitalised
from framing.nested_cues import _first_around, without_nested_thoughts  # noqa: F401 (framing.quotes, tests)
from framing.range_reach import RangeReach

# `went on to say`: "go on to" and one word, which must be a one-word reporting verb.
# Written to start with a letter, not `\b`: a search for a pattern that opens with `\b` tries it
# at every position of the article (about a third of what splitting it into words costs); one that
# opens with a choice of letters skips to the next "w" or "g".  After that letter, `(?<!\w\w)` is
# the `\b` before it: the same matches as `\b(?:went|goes|go|going|gone) on to ([a-z]+)\b`.
_GO_ON_RE = re.compile(r"(?:w(?<!\w\w)ent|g(?<!\w\w)oes|g(?<!\w\w)o|g(?<!\w\w)oing|g(?<!\w\w)one) on to ([a-z]+)\b")
# Verbs whose first object is the addressee (as in framing.cue_reading): "went on to tell reporters ...".
_ADDRESSEE_VERBS = frozenset("tell ask assure inform warn remind urge advise caution".split())
# `is seen as`, `was widely viewed as`, `has long been known for`, `were thought to`.
_SEEN_AS_RE = re.compile(
    r"\b(?:is|are|was|were|been|be|being)(?: (?:widely|long|also|still|now|often|generally|largely|increasingly))?"
    r" (?:(known|seen|viewed|regarded|thought|believed) (?:as|for|to)|(said) to)\b"
)
# `When asked about ...`, `after being asked`: who asked is not named.
_WHEN_ASKED_RE = re.compile(
    r"\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter being|[Bb]efore being|[Ww]hile being|[Uu]pon being) (asked|questioned|pressed)\b"
)
# `As reported by X, ...`, `as first described by X`: a passive cue with its agent.
_AS_BY_RE = re.compile(
    r"\b[Aa]s (?:first |previously |originally )?(reported|noted|documented|detailed|revealed|explained|described) by\b"
)
# `As Comey noted, ...`, `as The Huffington Post previously reported, ...`: a capitalised source,
# perhaps an auxiliary or adverb, then the verb (checked against the reporting verbs) and a comma.
_AS_NAME_RE = capitalised(
    r"\b[Aa]s ((?:[Tt]he )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,4}"
    # or a described source: `As another Pew study from 2011 noted,`, `as most D.C. insiders believe.`
    r"|(?:the|a|an|another|most|many|some|one|his|her|their|several) [\w.’'-]+(?: [\w.’'-]+){0,4}?)"
    r"(?: (?:\w+ly|first|has|had|have|later|also))* ([a-z]+)(?: (?:out|it))?(?=[,.;])"
)
# The verbs of `_AS_NAME_RE`: "as Trump spoke, the crowd cheered" is a time, not a source.
_AS_VERBS = frozenset((
    "say", "report", "note", "write", "explain", "observe", "reveal", "detail", "argue", "suggest",
    "tweet", "predict", "acknowledge", "warn", "mention", "claim", "document", "put it", "point out",
    "believe",
))
# The lemmas of the participles of `_AS_BY_RE`.
_LEMMAS = {
    "reported": "report", "noted": "note", "documented": "document", "detailed": "detail",
    "revealed": "reveal", "explained": "explain", "described": "describe",
}
# The participles of `_SEEN_AS_RE`: their lemma and stance class (as in reporting_verbs.tsv).
_PARTICIPLES = {
    "known": ("know", "labeling"),
    "seen": ("see", "thought"),
    "viewed": ("view", "thought"),
    "regarded": ("regard", "labeling"),
    "thought": ("think", "thought"),
    "believed": ("believe", "thought"),
    "said": ("say", "neutral"),  # `Some advisers are said to be urging ...` (PolNeAR train: 4 of 4 marked)
}


def attributions(
    art: article_text.ArticleText, found: list[Attribution], credit: dict[int, Attribution], cue_list: list[article_text.Cue]
) -> list[Attribution]:
    """`found` plus the attributions of the patterns above, in text order; `credit` (quotation
    index -> attribution) gains the quotations a `went on to say` credits.  `cue_list` is the
    reporting-verb matches (`framing.attribution.cues`): the verb after "went on to" must be one."""
    text = art.text
    extra: list[Attribution] = []
    before = _Found(found)
    so_far = before.plus(extra)  # `found + extra` as `extra` grows, without copying `found`
    if " on to " in text:
        extra.extend(_went_on_to(art, before, credit, cue_list))
    for word in _PARTICIPLES:
        i = text.find(f" {word} ")
        while i >= 0:
            m = _SEEN_AS_RE.search(text, max(0, i - 30), i + len(word) + 6)
            if m is not None and m.start(m.lastindex or 1) == i + 1:
                att = _seen_as(art, so_far, m)
                if att is not None:
                    extra.append(att)
            i = text.find(f" {word} ", i + len(word) + 1)
    if "asked" in text or "questioned" in text or "pressed" in text:
        extra.extend(_when_asked(art, so_far))
    if "ed by" in text:
        extra.extend(_as_reported_by(art, so_far))
    extra.extend(_as_name_said(art, so_far, cue_list))
    if "self-described" in text:
        extra.extend(_self_described(art, so_far))
    extra.extend(drawn_criticism.attributions(art, so_far.cue_overlaps))  # `has drawn harsh criticism from X`
    if not extra:
        return found
    return sorted(found + extra, key=lambda a: a.cue.start)


def _around(text: str, words: tuple[str, ...], rx: re.Pattern, back: int):
    """Matches of `rx` ending at or after an occurrence of one of `words`, searched in a window of
    `back` characters before it: a plain substring search first, as in `framing.mark_cues`,
    because a regular expression scanning each whole article costs more than the rest."""
    seen = set()
    for word in words:
        i = text.find(word)
        while i >= 0:
            m = rx.search(text, max(0, i - back), i + len(word) + 1)
            if m is not None and m.start() not in seen and m.start() <= i < m.end():
                seen.add(m.start())
                yield m
            i = text.find(word, i + len(word))


def _starting_at(text: str, words: tuple[str, ...], rx: re.Pattern):
    """Matches of `rx` starting at an occurrence of one of `words` that begins a word."""
    for word in words:
        i = text.find(word)
        while i >= 0:
            if i == 0 or not text[i - 1].isalnum():
                m = rx.match(text, i)
                if m is not None:
                    yield m
            i = text.find(word, i + len(word))


class _Found:
    """The attributions found before this stage, and the lists of those added by it (`plus`),
    for `_covered`: the earlier ones' cues and contents are indexed at the first question
    (`framing.range_reach`), the few added ones scanned.  Checked with `any()` over all of them,
    a text of megabytes cost candidates times attributions."""

    def __init__(self, found: list[Attribution], added: tuple[list[Attribution], ...] = (), reach: list | None = None):
        self.found, self.added = found, added
        self._reach = [] if reach is None else reach  # [cues, contents] once built, shared by `plus`

    def plus(self, more: list[Attribution]) -> _Found:
        """These attributions and those of `more` (read as it stands at each question)."""
        return _Found(self.found, (*self.added, more), self._reach)

    def _indexed(self) -> list[RangeReach]:
        if not self._reach:
            self._reach.append(RangeReach((a.cue.start, a.cue.end) for a in self.found))
            self._reach.append(RangeReach((a.content.start, a.content.end) for a in self.found if a.content is not None))
        return self._reach

    def cue_overlaps(self, start: int, end: int) -> bool:
        """Does the range overlap the cue of one of these attributions?"""
        return self._indexed()[0].overlaps(start, end) or any(
            a.cue.start < end and start < a.cue.end for more in self.added for a in more
        )

    def covered(self, start: int, end: int) -> bool:
        """Does the range overlap the cue of one of these attributions, or start in its content?"""
        cues, contents = self._indexed()
        return cues.overlaps(start, end) or contents.holds(start) or any(
            (a.cue.start < end and start < a.cue.end) or (a.content is not None and a.content.start <= start < a.content.end)
            for more in self.added
            for a in more
        )


def _covered(found: _Found, start: int, end: int) -> bool:
    """Does the range overlap the cue of an attribution already found, or lie in its content?"""
    return found.covered(start, end)


def _seen_as(art: article_text.ArticleText, found: _Found, m: re.Match) -> Attribution | None:
    start, end = m.span(m.lastindex or 1)
    if art.quote_in(start) is not None or _covered(found, start, end):
        return None
    s_start, s_end = art.sentence_of(start)
    content_end = phrases_after_cue.trim_end(art.text, s_start, s_end)
    if content_end - s_start < 20:
        return None
    verb, stance = _PARTICIPLES[m.group(m.lastindex or 1)]
    return Attribution(Range(start, end), verb, stance, None, None, Range(s_start, content_end))


def _went_on_to(
    art: article_text.ArticleText, found: _Found, credit: dict[int, Attribution], cue_list: list[article_text.Cue]
) -> list[Attribution]:
    text, tokens = art.text, art.tokens
    out: list[Attribution] = []
    entries = {c.match.start: c.match.entry for c in cue_list}
    for m in _GO_ON_RE.finditer(text):
        entry = entries.get(m.start(1))
        if entry is None or " " in entry.term or art.quote_in(m.start()) is not None:
            continue
        if _covered(found, m.start(), m.end()):
            continue
        s_start, s_end = art.sentence_of(m.start())
        go = art.token_at_or_after(m.start())
        last = art.token_at_or_after(m.end()) - 1
        subject, _ = subject_phrases.subject_before(art, go, s_start)
        content_start = phrases_after_cue.content_start(art, last, s_end, entry.term in _ADDRESSEE_VERBS)
        content_end = phrases_after_cue.trim_end(text, content_start, s_end)
        if subject is not None and content_end <= content_start:
            # `"...," he went on to say.`: the quotation just before the subject is what was said.
            qi = bisect.bisect_right(art.quote_ends, tokens[subject[0]].start) - 1
            if qi >= 0 and not text[art.quote_ends[qi] : tokens[subject[0]].start].strip(" ,\t"):
                content_start, content_end = art.quotes[qi].start, art.quotes[qi].end
        if subject is None or content_end <= content_start:
            continue
        speaker, anonymous = art.speakers.name_of(list(tokens[subject[0] : subject[1] + 1]), tokens[subject[0]].start)
        att = Attribution(
            Range(m.start(), m.end()), entry.term, entry.category, speaker,
            Range(tokens[subject[0]].start, tokens[subject[1]].end), Range(content_start, content_end), anonymous,
        )
        out.append(att)
        i = bisect.bisect_left(art.quote_starts, content_start)
        while i < len(art.quotes) and art.quotes[i].end <= content_end + 1:
            credit.setdefault(i, att)
            i += 1
    return out


def _when_asked(art: article_text.ArticleText, found: _Found) -> list[Attribution]:
    """`When asked at the conference about the merger, she defended ...`: cue "asked", no source,
    content from the cue to the comma (or the sentence end)."""
    text = art.text
    out: list[Attribution] = []
    for m in _around(text, ("asked", "questioned", "pressed"), _WHEN_ASKED_RE, 16):
        start, end = m.span(1)
        if art.quote_in(start) is not None or found.cue_overlaps(start, end):
            continue
        _, s_end = art.sentence_of(start)
        comma = text.find(",", end, s_end)
        content_end = phrases_after_cue.trim_end(text, end + 1, s_end if comma < 0 else comma)
        if content_end > end + 1:
            out.append(Attribution(Range(start, end), "ask", "neutral", None, None, Range(end + 1, content_end)))
    return out


def _as_reported_by(art: article_text.ArticleText, found: _Found) -> list[Attribution]:
    """`As reported by Western Journalism, investigators found ...`: the agent is the source; the
    content is the clause after the agent's comma, or the sentence before the cue."""
    text, tokens = art.text, art.tokens
    out: list[Attribution] = []
    for m in _around(text, ("ed by",), _AS_BY_RE, 24):
        start, end = m.span(1)
        if art.quote_in(start) is not None or _covered(found.plus(out), start, end):
            continue
        s_start, s_end = art.sentence_of(start)
        by = art.token_at_or_after(m.end()) - 1
        src = phrases_after_cue.phrase_after(art, by, s_end)
        if src is None:
            continue
        src_end = tokens[src[1]].end
        if text[src_end : src_end + 1] == "," and art.token_at_or_after(m.start()) == art.token_at_or_after(s_start):
            content = Range(src_end + 2, phrases_after_cue.trim_end(text, src_end + 2, s_end))  # `As reported by X, ...`
        else:
            content = Range(s_start, phrases_after_cue.trim_end(text, s_start, m.start()))  # `..., as reported by X.`
        if content.end - content.start < 10:
            continue
        speaker, anonymous = art.speakers.name_of(list(tokens[src[0] : src[1] + 1]), tokens[src[0]].start)
        out.append(Attribution(Range(start, end), _LEMMAS[m.group(1)], "neutral", speaker, Range(tokens[src[0]].start, src_end), content, anonymous))
    return out


# Where the label after "self-described" ends: a clause after it, or punctuation.
_LABEL_END_RE = re.compile(r"[,;:.!?()\n—–]| (?:who|whom|whose|which|that|and|but|has|had|is|was|said|says)\b")
_SELF_DESCRIBED = "self-described"
_PARTY_TAG_RE = re.compile(r"[dri]-[a-z.]+")  # "I-Vt", "D-Ore"


def _self_described(art: article_text.ArticleText, found: _Found) -> list[Attribution]:
    """`Bernie Sanders, a self-described democratic socialist, ...`, `support from self-described
    "very conservative" voters`: the person's own label for themselves; cue "described", source
    "self", content the label, as PolNeAR marks it (7 of the 10 such uses in train/dev, none of
    the 7 after "the": `the self-described Islamic State`, `the self-described democratic
    socialist said`, a way of naming someone already known, which is left out)."""
    text = art.text
    out: list[Attribution] = []
    i = text.find(_SELF_DESCRIBED)
    while i >= 0:
        start, end = i + len("self-"), i + len(_SELF_DESCRIBED)
        word_before = text[max(0, i - 4) : i].lower()
        if (
            not word_before.endswith("the ") and (i == 0 or not text[i - 1].isalnum())
            and art.quote_in(i) is None and not found.plus(out).cue_overlaps(start, end)
        ):
            _, s_end = art.sentence_of(i)
            label_start = end + 1
            stop = _LABEL_END_RE.search(text, label_start, s_end)
            label_end = phrases_after_cue.trim_end(text, label_start, stop.start() if stop else s_end)
            if 0 < label_end - label_start <= 60 and text[end : end + 1] == " ":
                speaker = _described_person(art, i)
                out.append(Attribution(Range(start, end), "describe", "labeling", speaker, Range(i, i + 4), Range(label_start, label_end)))
        i = text.find(_SELF_DESCRIBED, end)
    return out


def _described_person(art: article_text.ArticleText, i: int) -> str | None:
    """Who describes themselves in `Bernie Sanders, a self-described democratic socialist`: the
    capitalised name right before ", a" (up to four words), or None."""
    text, tokens = art.text, art.tokens
    before = text[max(0, i - 6) : i]
    if not before.endswith((", a ", ", an ")):
        return None
    k = art.token_at_or_after(i) - 2  # the last token before ", a"
    if k > 0 and _PARTY_TAG_RE.fullmatch(tokens[k].norm):
        k -= 1  # (`Sen. Bernie Sanders, I-Vt., a self-described`)
    j = k
    while j >= 0 and k - j < 4 and text[tokens[j].start].isupper() and (j == k or art.clean(j)):
        j -= 1
    if j == k:
        return None
    speaker, anonymous = art.speakers.name_of(list(tokens[j + 1 : k + 1]), tokens[j + 1].start)
    return None if anonymous else speaker


def _as_name_said(art: article_text.ArticleText, found: _Found, cue_list: list[article_text.Cue]) -> list[Attribution]:
    """`As Comey noted, people involved could still be charged`: the name is the source; the
    content is the clause after the comma, or (`..., as HuffPost has noted.`) the sentence before."""
    text, tokens = art.text, art.tokens
    out: list[Attribution] = []
    cue_at = {c.match.start: c for c in cue_list}
    for m in _starting_at(text, ("as ", "As "), _AS_NAME_RE):
        cue = cue_at.get(m.start(2))
        if cue is None or cue.match.entry.term not in _AS_VERBS or art.quote_in(m.start()) is not None:
            continue
        start, end = tokens[cue.first].start, tokens[cue.last].end
        if _covered(found.plus(out), start, end):
            continue
        s_start, s_end = art.sentence_of(start)
        after = m.end() + 1
        while after < s_end and text[after] == " ":
            after += 1
        content_end = phrases_after_cue.trim_end(text, after, s_end)
        if content_end - after < 10:
            content = Range(s_start, phrases_after_cue.trim_end(text, s_start, m.start()))
        else:
            content = Range(after, content_end)
        if content.end - content.start < 10:
            continue
        src = (art.token_at_or_after(m.start(1)), art.token_at_or_after(m.end(1)) - 1)
        speaker, anonymous = art.speakers.name_of(list(tokens[src[0] : src[1] + 1]), tokens[src[0]].start)
        entry = cue.match.entry
        out.append(Attribution(
            Range(start, end), entry.term.replace(" ", "_"), entry.category, speaker,
            Range(tokens[src[0]].start, tokens[src[1]].end), content, anonymous,
        ))
    return out
