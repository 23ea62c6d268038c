"""Plain dataclasses for what flows between the pipeline stages.

Offsets everywhere are Python string indices into `Article.text` exactly as it was read, so
`article.text[start:end]` is always the text a finding talks about (see DESIGN.md, "The contract").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from json.encoder import encode_basestring
from typing import Any, ClassVar

SPAN_TYPES = ("loaded", "hedge", "booster", "attribution", "quote", "anonymous_source")
VOICES = ("author", "quoted")
# `json.dumps(x, ensure_ascii=False)`, made once: an analysis holds no cycles to check for.
JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)


@dataclass(slots=True)
class Article:
    """One news article as read from disk: the text is never altered after decoding."""

    id: str
    text: str
    outlet: str | None = None
    title: str | None = None
    date: str | None = None  # ISO "YYYY-MM-DD" where known
    url: str | None = None
    source_path: str | None = None
    # the id a table's row gives itself ("fox-1"), as given; `id` is unique across files
    # ("corpus:fox-1") but a researcher joins scores back to their own table on this one
    source_id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    line: int | None = None  # the line of a CSV/JSONL row, so a later message can point at it
    text_column: str | None = None  # a table's column the text came from when not "text" (`content`, ...), for the run's note


@dataclass(slots=True, frozen=True)
class IngestError:
    """An input that could not become an article; it is reported, and the run goes on."""

    path: str
    message: str
    line: int | None = None
    id: str | None = None  # a table row's article id as the output would have had it (`news:d7`); None for a file
    source_id: str | None = None  # that row's own id as given (`d7`), as the output's source_id column; None without one

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        # One line, whatever the file is called: a line break in a name is shown escaped.
        return f"{_one_line(where)}: {_one_line(self.message)}"


def _one_line(s: str) -> str:
    return s.replace("\r", "\\r").replace("\n", "\\n") if "\n" in s or "\r" in s else s


@dataclass(slots=True)
class Range:
    """A half-open character range [start, end) of the article text.

    Not frozen: a frozen slots dataclass costs about three times as much to build (~0.42 against
    ~0.15 us), and the voice stage builds about a hundred an article.  Nothing hashes a Range.
    """

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(slots=True, frozen=True)
class IgnoredRange:
    """Boilerplate the cleaner found: excluded from detection and word counts, kept in the text."""

    start: int
    end: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "reason": self.reason}


@dataclass(slots=True)
class Token:
    """A word token: `norm` is its lower-cased form with typographic apostrophes made plain."""

    start: int
    end: int
    norm: str


@dataclass(slots=True)
class Sentence:
    """A sentence (or a headline / subhead line) with its classifier probability where a model ran."""

    start: int
    end: int
    voice: str = "author"  # "quoted" when the sentence lies wholly inside a quotation
    bias_probability: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "voice": self.voice,
            "bias_probability": self.bias_probability,
        }


@dataclass(slots=True)
class Quote:
    """A quotation, marks included.

    `kind` is "direct" (a spoken quotation), "fragment" (a short quoted word or phrase credited
    to a speaker: `labeling him a "clown"`) or "scare" (quoted words nobody is said to have
    spoken; they stay in the outlet's voice), "mention" (a term only named, used by no one: `the
    term "deep state" refers to`; the outlet's voice, but left out of its own-voice scores, see
    `framing.quoted_terms`) or "post" (a social-media post embedded in the page,
    credited to the name on its signature line; `framing.embedded_posts`) or "turn" (a speaker's turn in an
    interview transcript, `TAPPER: ...`, credited to the label; `framing.transcript_turns`).  `unclosed` marks a quotation whose closing mark
    never came (a quote running on into the next paragraph, or a stray mark).
    """

    start: int
    end: int
    kind: str = "direct"
    speaker: str | None = None
    speaker_range: Range | None = None
    cue_range: Range | None = None
    unclosed: bool = False

    @property
    def spoken(self) -> bool:
        return self.kind != "scare" and self.kind != "mention"


@dataclass(slots=True)
class Attribution:
    """A reporting expression: who (source) is credited with what (content), through which cue."""

    cue: Range
    verb: str  # lemma: "say", "according_to", "slam"
    stance: str  # the verb's class in the reporting_verbs lexicon: neutral, lowering, ...
    speaker: str | None  # normalised name, "anonymous", or None where the text names nobody
    source: Range | None = None
    content: Range | None = None
    anonymous: bool = False


# The rule of a loaded, hedge or booster finding inside a quoted term that is only named, not
# used (`The term "deep state" refers to ...`): `Span.rule` starts with it (a context rule's own
# note may follow after "; ").  `framing.quoted_terms` finds such mentions; the outlet's own-voice
# scores leave them out (`framing.score`).
MENTION_RULE = "mention: the quoted term is named, not used (left out of the outlet's own-voice scores)"


@dataclass(slots=True)
class Span:
    """One finding, explainable on its own: what matched (`term`), and which rule decided (`rule`)."""

    start: int
    end: int
    text: str
    type: str
    category: str | None = None
    weight: int | None = None
    voice: str | None = None
    speaker: str | None = None
    verb: str | None = None
    stance: str | None = None
    term: str | None = None  # the lexicon entry that matched, in its base form
    lexicon: str | None = None  # which lexicon file the entry came from
    rule: str | None = None  # a context rule that changed or confirmed the reading, if any
    detector: str = "lexicon"  # lexicon | rule | quotes | classifier
    source: Range | None = None  # attribution spans: who is credited
    content: Range | None = None  # attribution spans: what is attributed

    @property
    def mention(self) -> bool:
        """Is this a finding inside a quoted term that is only named, not used (`The term "deep
        state" refers to ...`)?  Exported as its `rule`, which starts with `MENTION_RULE`."""
        return self.rule is not None and self.rule.startswith(MENTION_RULE)

    def to_dict(self) -> dict[str, Any]:
        """The JSONL shape of DESIGN.md.

        DESIGN.md uses the key `source` in two senses: the detector for lexicon findings
        (`"source": "lexicon"`) and the credited source's range for attributions.  We keep
        both, as it says, and add `detector` so every span has the same field for it.
        """
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "category": self.category,
            "weight": self.weight,
            "voice": self.voice,
            "speaker": self.speaker,
            "verb": self.verb,
            "stance": self.stance,
            "term": self.term,
            "lexicon": self.lexicon,
            "rule": self.rule,
            "detector": self.detector,
        }
        if self.type == "attribution":
            out["source"] = self.source.to_dict() if self.source else None
            out["content"] = self.content.to_dict() if self.content else None
        else:
            out["source"] = self.detector
        return out

    def to_json(self) -> str:
        """`json.dumps(self.to_dict(), ensure_ascii=False)`, written straight from the fields: an
        article has about a hundred spans, and building then encoding a dict for each was most of
        the cost of writing JSONL.  tests/test_export.py checks the two agree.

        The fields after `text` repeat from span to span (the same loaded word, the same reporting
        verb): they are written in two parts kept by their values, what the finding is (type,
        category, weight, voice) and what matched and how (verb, stance, term, lexicon, rule,
        detector), with the speaker between them.  Each part then costs one tuple and one look-up
        where writing it cost some 20 pieces of an f-string and a look-up per field (about 8,000
        instructions a span, of some 14,000).  A weight that is no int nor None is written anew
        each time: 1, 1.0 and True are one dict key."""
        weight, speaker = self.weight, self.speaker
        what = (self.type, self.category, weight, self.voice)
        first = _SPAN_PARTS.get(what) if type(weight) is int or weight is None else None
        if first is None:
            first = _span_what_json(what)
        attribution = self.type == "attribution"
        how = (attribution, self.verb, self.stance, self.term, self.lexicon, self.rule, self.detector)
        second = _SPAN_PARTS.get(how)
        if second is None:
            second = _span_how_json(how)
        if speaker is not None:
            speaker = _JSON_GET(speaker) or _JSON_STRINGS[speaker]  # (see `_span_what_json`)
        head = f'{{"start": {self.start}, "end": {self.end}, "text": {encode_basestring(self.text)}, {first}, "speaker": '
        if not attribution:
            return f'{head}{"null" if speaker is None else speaker}, {second}'
        source, content = self.source, self.content
        source_json = f'{{"start": {source.start}, "end": {source.end}}}' if source else "null"
        content_json = f'{{"start": {content.start}, "end": {content.end}}}' if content else "null"
        return f'{head}{"null" if speaker is None else speaker}, {second}{source_json}, "content": {content_json}}}'


def _span_what_json(what: tuple) -> str:
    """The JSON of a span's type, category, weight and voice (`Span.to_json`), kept for the next
    span with the same values when the weight is an int or None.

    A string's JSON is `_JSON_GET(value) or s[value]`: subscripting `_JsonStrings`, a dict
    subclass, costs some 330 instructions (a subclass of dict is subscripted through a slot that
    finds `__getitem__` by name), its inherited `get` about half that; only a string not yet
    encoded (no JSON is empty) goes on to the subscript and `__missing__`."""
    s, get = _JSON_STRINGS, _JSON_GET
    type_, category, weight, voice = what
    part = (f'"type": {get(type_) or s[type_]}, "category": {get(category) or s[category]}, '
            f'"weight": {weight if type(weight) is int else _json_number(weight)}, "voice": {get(voice) or s[voice]}')
    if (type(weight) is int or weight is None) and len(_SPAN_PARTS) < _SPAN_PARTS_LIMIT:
        _SPAN_PARTS[what] = part
    return part


def _span_how_json(how: tuple) -> str:
    """The JSON of a span's verb, stance, term, lexicon, rule and detector, then `"source": ` and,
    but for an attribution (whose source is a range), the detector and the closing brace."""
    s, get = _JSON_STRINGS, _JSON_GET
    attribution, verb, stance, term, lexicon, rule, detector = how
    detector = get(detector) or s[detector]
    part = (f'"verb": {"null" if verb is None else get(verb) or s[verb]}, '
            f'"stance": {"null" if stance is None else get(stance) or s[stance]}, '
            f'"term": {"null" if term is None else get(term) or s[term]}, '
            f'"lexicon": {"null" if lexicon is None else get(lexicon) or s[lexicon]}, '
            f'"rule": {"null" if rule is None else get(rule) or s[rule]}, "detector": {detector}, "source": '
            f'{"" if attribution else detector + "}"}')
    if len(_SPAN_PARTS) < _SPAN_PARTS_LIMIT:
        _SPAN_PARTS[how] = part
    return part


class _JsonStrings(dict):
    """The JSON of the strings spans repeat (types, categories, voices, verbs, terms, names, rules),
    encoded once and then found by a dict look-up; `None` is "null".  It keeps at most `LIMIT`, so
    a long run over many names cannot grow it without end."""

    LIMIT: ClassVar[int] = 50_000

    def __missing__(self, value: str | None) -> str:
        if value is not None and type(value) is not str:
            return JSON.encode(value)  # not kept: 1, 1.0 and True are one dict key
        encoded = "null" if value is None else encode_basestring(value)
        if len(self) < self.LIMIT:
            self[value] = encoded
        return encoded


_JSON_STRINGS = _JsonStrings()
_JSON_GET = _JSON_STRINGS.get  # (see `_span_what_json`)
# The two parts of a span's JSON after its text, by their fields' values (`Span.to_json`): a few
# thousand in a run (the lexicon entries and rules met, the reporting verbs), at most the limit.
_SPAN_PARTS: dict[tuple, str] = {}
_SPAN_PARTS_LIMIT = 10_000


def _json_number(value: int | None) -> str:
    return "null" if value is None else str(value) if type(value) is int else JSON.encode(value)


@dataclass(slots=True)
class Analysis:
    """Everything `framing` found in one article: spans, ignored ranges, sentences and scores."""

    article: Article
    words: int
    sentences: list[Sentence]
    spans: list[Span]
    ignored: list[IgnoredRange]
    scores: dict[str, float | int | None]
    warnings: list[str] = field(default_factory=list)
    model: str | None = None  # name of the sentence classifier used, None for lexicon-only
    quoted_words: int = 0  # of `words`, those inside spoken quotations (the quoted scores' denominator)

    def to_dict(self) -> dict[str, Any]:
        return self._dict([s.to_dict() for s in self.spans])

    def to_json(self) -> str:
        """`json.dumps(self.to_dict(), ensure_ascii=False)`, in pieces: the fields up to `scores` by
        json's C encoder (its text then ends with the closing brace, dropped here), the spans by
        `Span.to_json` and the sentences from their fields (about fifty an article: building a dict
        for each to encode cost more than writing them), the rest by json again."""
        return self.json_text("")

    def json_text(self, end: str) -> str:
        """`to_json()` + `end`, built as one string: a JSONL line (`export.jsonl_line`, `end` a
        newline) is then not copied again to add its newline (some 80,000 instructions an article
        for a line of tens of thousands of characters)."""
        head = JSON.encode(self._head())
        s, get = _JSON_STRINGS, _JSON_GET
        sentences = ", ".join([
            f'{{"start": {x.start}, "end": {x.end}, "voice": {get(x.voice) or s[x.voice]}, "bias_probability": '
            f'{"null" if x.bias_probability is None else _json_number(x.bias_probability)}}}'
            for x in self.sentences
        ])
        return (f'{head[:-1]}, "spans": [{", ".join([x.to_json() for x in self.spans])}], '
                f'"ignored": {JSON.encode([r.to_dict() for r in self.ignored])}, "sentences": [{sentences}], '
                f'"warnings": {JSON.encode(self._warnings())}}}{end}')

    def _dict(self, spans: list[Any]) -> dict[str, Any]:
        return {
            **self._head(),
            "spans": spans,
            "ignored": [r.to_dict() for r in self.ignored],
            "sentences": [s.to_dict() for s in self.sentences],
            "warnings": self._warnings(),
        }

    def _head(self) -> dict[str, Any]:
        """The fields that come before the spans."""
        a = self.article
        return {
            "id": a.id,
            "source_id": a.source_id,
            "path": a.source_path,
            "outlet": a.outlet,
            "title": a.title,
            "date": a.date,
            "url": a.url,
            "metadata": a.metadata,
            "words": self.words,
            "quoted_words": self.quoted_words,
            "author_words": self.words - self.quoted_words,
            "sentence_count": len(self.sentences),
            "model": self.model,
            "scores": self.scores,
        }

    def _warnings(self) -> list[str]:
        return list(self.article.warnings) + list(self.warnings)
