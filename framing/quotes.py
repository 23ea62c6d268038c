"""Quotations and voice: which words are the outlet's own (`author`) and which a source's
(`quoted`), who the source is, and the attributions and anonymous sources around them.

The stage runs in four steps: quotation marks are paired (`quote_marks.scan`); reporting cues are
matched from the lexicons and turned into attributions with source and content
(`attribution.attributions`, then the cues marked by punctuation, `mark_cues`, and fixed phrases
such as "went on to say" or "is seen as", `cue_patterns`); each quotation then gets its speaker (the attribution that credits
it, the quotation it continues, or the speaker of the quotation or attribution just before it) and
its kind: "direct" (spoken), "fragment" (short quoted words credited to a speaker, spoken too) or
"scare" (quoted words nobody is said to have spoken: the outlet's voice).  Social-media posts
embedded in the page have no quotation marks but a signature line; they are quotations of kind
"post" (`embedded_posts`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing import article_text
from framing import attribution as attr
from framing import cue_patterns, embedded_posts, mark_cues
from framing import quote_marks, quoted_terms
from framing.genders import given_names
from framing.lexicon import LexiconSet, Match
from framing.lone_names import VERB_AFTER_SUBJECT_RE
from framing.models import MENTION_RULE, Attribution, IgnoredRange, Quote, Range, Sentence, Span, Token
from framing.name_words import capitalised
from framing.object_nouns import noun_markers
from framing.pronoun_sources import CreditedSources
from framing.speakers import (
    CALENDAR_WORDS,
    NAME_PARTICLES,
    NOT_NAMES,
    PERSON_TITLES,
    TITLE_WORDS,
    Speakers,
    in_title_case_line,
)

# Cues that mark a quotation as a scare quote whatever else is around it.
# (A term noun before a quotation, "the term", "the word", is read by `framing.quoted_terms`.)
_SCARE_BEFORE_RE = re.compile(r"(?:so-called|so called|quote-unquote|dubbed|known as)\s*[\"“‘']?$", re.IGNORECASE)
_NAME_RUN_RE = capitalised(  # `*+`: no backtracking into a word; particles inside ("Bill de Blasio")
    r"(?:[A-Z][\w’'.-]*+\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+)?){0,4}[A-Z][\w’'.-]*+"
)
_NOT_NAME_OR_TITLE = NOT_NAMES | TITLE_WORDS | CALENDAR_WORDS
# Words opening a phrase before a sentence's subject: `In his interview, Ryan ...`.
_OPENING_WORDS = frozenset(
    "in on at after before during since earlier later last meanwhile however still yet asked speaking when while "
    "as for from with despite following".split()
)
# Titles that open a name: no word of the name comes before them ("Ms. Lauten", not "Enter Ms.").
_COURTESY_TITLES = frozenset("mr mrs ms miss dr".split())
VOICE_LEXICONS = ("reporting_verbs", "anonymous_sources")
DIRECT_MIN_WORDS = 6  # an uncredited quotation this long, mid-sentence, is still taken as spoken


@dataclass
class VoiceResult:
    """Quotations, attributions and anonymous sources of one article, and the voice of each position."""

    quotes: list[Quote]
    attributions: list[Attribution] = field(default_factory=list)
    anonymous_sources: list[Range] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)
    # The tokens the voice was read from and their starts (`ArticleText.token_starts`), so that
    # counting the quoted words of the same tokens does not list their starts again.
    _tokens: Sequence[Token] | None = field(default=None, repr=False)
    _token_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.quotes.sort(key=lambda q: q.start)
        self._spoken = [q for q in self.quotes if q.spoken]
        self._starts = [q.start for q in self._spoken]
        self._mentions = [q for q in self.quotes if q.kind == "mention"]

    def quote_at(self, pos: int) -> Quote | None:
        """The spoken quotation that contains character `pos`, if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._spoken[i].end:
            return self._spoken[i]
        return None

    def quoted_word_count(self, tokens: Sequence[Token]) -> int:
        """How many of `tokens` (sorted) start inside a spoken quotation: one bisection per
        quotation rather than one look-up per token."""
        if not self._spoken:
            return 0
        starts = self._token_starts if tokens is self._tokens else [t.start for t in tokens]
        return sum(
            bisect.bisect_left(starts, q.end) - bisect.bisect_left(starts, q.start) for q in self._spoken
        )

    def voice_at(self, pos: int) -> str:
        return "quoted" if self.quote_at(pos) else "author"

    def marked_mentions(self, spans: list[Span]) -> list[Span]:
        """`spans` with each author-voice finding inside a mention (`The term "deep state" refers
        to`) marked by `MENTION_RULE` (the rule a context rule set, if any, follows),
        so the author-voice scores can leave it out.  Most articles have no mention."""
        if not self._mentions:
            return spans
        for s in spans:
            if s.voice == "author" and any(q.start <= s.start and s.end <= q.end for q in self._mentions):
                s.rule = MENTION_RULE + ("; " + s.rule if s.rule else "")
        return spans


def analyse_voice(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    ignored: Sequence[IgnoredRange],
    lexicons: LexiconSet,
    matches: Sequence[Match] | None = None,
) -> VoiceResult:
    """Quotations with speakers and kinds, attributions, and anonymous-source ranges.

    `matches`: the article's lexicon matches where the caller already has them (the pipeline
    matches the voice and detection lexicons in one pass); matches of other lexicons are ignored."""
    scan = quote_marks.scan(text, ignored)
    marked = scan.quotes
    heads, verbs = _word_sets(lexicons)
    speakers = Speakers(text, heads, more_persons=lambda sp: _note_sentence_subjects(text, sentences, sp, marked))
    speakers.given_names = given_names(lexicons)  # a user's given_names.tsv over ours
    speakers.credited = CreditedSources(text, sentences, marked)  # "It said", "They said"
    if matches is None:
        matches = lexicons.match(tokens, VOICE_LEXICONS)
    cue_matches = [m for m in matches if m.entry.lexicon == "reporting_verbs"]
    anon_matches = [m for m in matches if m.entry.lexicon == "anonymous_sources" and m.entry.category != "head"]
    article = article_text.ArticleText(text, tokens, sentences, marked, speakers, verbs, noun_markers(lexicons))
    cue_list = attr.cues(cue_matches)
    attributions, credit = attr.attributions(article, cue_list)
    attributions = mark_cues.attributions(article, attributions, credit)
    attributions = cue_patterns.attributions(article, attributions, credit, cue_list)
    attributions = cue_patterns.without_nested_thoughts(attributions, credit)
    attributions = _without_term_definitions(text, attributions, credit)
    anonymous = _anonymous_ranges(attributions, anon_matches, text)
    quotes = _quotes_with_speakers(article, credit, attributions)
    posts = embedded_posts.embedded_posts(text, ignored)
    if posts:
        quotes = embedded_posts.merged(quotes, posts)
    return VoiceResult(quotes, attributions, anonymous, list(scan.warnings), _tokens=tokens, _token_starts=article.token_starts)


# Subjects of "refers to" that are a word, not a speaker: `The term "deep state" refers to`.
# (Not "it", "which": PolNeAR marks `It refers to the percentage of jobless people` and `which
# seemingly shows intent if it is referring to the emails` as attributions, 2 of the 3 there.)
_DEFINED_SUBJECTS = frozenset(quoted_terms.TERM_NOUNS) | frozenset("terms words phrases".split())


def _without_term_definitions(text: str, attributions: list[Attribution], credit: dict[int, Attribution]) -> list[Attribution]:
    """Drop "refers to" cues whose subject is a word rather than a speaker: a term that refers to
    something is a definition, not speech.  The subject (or, where none was found, the word before
    the cue) is a term noun (`The word refers to`), or no subject was found and a quotation ends
    right before the cue (`The term "deep state" refers to`, `"Deep state" refers to`)."""
    dropped = []
    for a in attributions:
        if a.verb != "refer_to" or (a.source is not None and a.source.start > a.cue.start):
            continue  # (a source after the cue is no subject)
        # No subject found: the words right before the cue (`The term "deep state" refers to`,
        # not `Trump said ..., referring to`).
        subject = text[max(0, a.cue.start - 40) : a.cue.start] if a.source is None else text[a.source.start : a.source.end]
        words = subject.split()
        last = words[-1].lower().strip(",\"“”‘’'") if words else ""
        if last in _DEFINED_SUBJECTS or (a.source is None and subject.rstrip()[-1:] in "\"”’'"):
            dropped.append(a)
    if not dropped:
        return attributions
    for i in [i for i, a in credit.items() if any(a is d for d in dropped)]:
        del credit[i]
    return [a for a in attributions if not any(a is d for d in dropped)]


def _word_sets(lexicons: LexiconSet) -> tuple[frozenset[str], frozenset[str]]:
    """Nouns that head an anonymous source phrase, and one-word reporting verbs; worked out once
    per LexiconSet and kept on it."""
    cached = getattr(lexicons, "_voice_word_sets", None)
    if cached is None:
        anonymous = lexicons.entries.get("anonymous_sources", {})
        heads = frozenset(
            t for t, e in anonymous.items() if e.category == "head" or (e.category == "phrase" and " " not in t)
        )
        verbs = frozenset(t for t in lexicons.entries.get("reporting_verbs", {}) if " " not in t)
        cached = (heads, verbs)
        try:
            object.__setattr__(lexicons, "_voice_word_sets", cached)
        except AttributeError:
            pass  # a LexiconSet with __slots__: recomputed per article, still correct
    return cached


def _note_sentence_subjects(
    text: str, sentences: Sequence[Sentence], speakers: Speakers, marked: Sequence[quote_marks.MarkedQuote] = ()
) -> None:
    """Remember people named at the start of a sentence ("Zelenskyy emphasized ..."), so that a
    later "he" can be resolved to them even where no cue credited them; not inside a quotation
    ("... the path. There won't be amnesty"), where the speaker's words are no narration."""
    q, n_quotes = 0, len(marked)
    for s in sentences:
        m = _NAME_RUN_RE.match(text, s.start, min(s.end, s.start + 80))
        if not m:
            continue
        name = _subject_name(m.group())
        opener = _first_word(m.group()) if name is None else ""
        if opener in _OPENING_WORDS or opener == "the":
            # `In his interview, Ryan also hammered Obama`: the subject after an opening phrase;
            # `The mayor, Bill Smith, was blunt`: the name in apposition to the subject.
            comma = text.find(", ", s.start, min(s.end, s.start + 60))
            m = _NAME_RUN_RE.match(text, comma + 2, min(s.end, comma + 82)) if comma > 0 else None
            name = _subject_name(m.group()) if m else None
            if opener == "the" and m is not None and (text[m.end() : m.end() + 1] != "," or " " not in (name or "")):
                name = None  # (only a full name closed by a comma: not `The senator, Obama said, ...`)
        if name is None:
            continue
        while q < n_quotes and marked[q].end <= s.start:
            q += 1  # (sentences and quotations both in text order)
        if q < n_quotes and marked[q].start <= s.start:
            continue
        full = speakers.full_name(name)
        if " " not in full and not (
            VERB_AFTER_SUBJECT_RE.match(text, m.end())
            and speakers.is_person(full, any(w.lower().strip(".") in PERSON_TITLES for w in m.group().split()[:-1]))
        ):
            continue  # a lone word is a person's name only as a subject ("Merkel spoke"), not "Talks"
        if not in_title_case_line(text, s.start):
            speakers.note_person(s.start, full)


def _first_word(run: str) -> str:
    space = run.find(" ")
    return (run if space < 0 else run[:space]).lower()


@functools.lru_cache(maxsize=8192)
def _subject_name(run: str) -> str | None:
    """The name in a capitalised run opening a sentence, without leading titles and sentence
    openers ("Foreign Minister Sergey Lavrov" -> "Sergey Lavrov"), or None when nothing or more
    than three words remain.  It depends on the run alone and runs recur, so it is kept."""
    words = run.split()
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower().strip(".") in _COURTESY_TITLES:
            del words[:i]  # `Enter Ms. Lauten`, `Watch Mr. Trump`: no name comes before "Ms."
            break
    while words and words[0].lower().strip(".") in _NOT_NAME_OR_TITLE:
        words.pop(0)
    if not words or len(words) > 3:
        return None
    name = " ".join(words)
    if name.endswith(("’s", "'s")):
        name = name[:-2]
    return name


def _names_after(text: str, a: Attribution, end: int) -> bool:
    """Does the source name its speaker in commas after offset `end`, as an appositive does (`a
    spokeswoman, Anna Richardson White,`)?  Then the description before the name is no unnamed
    source (a full name as the speaker; not `a spokesman for Mr. Clinton`, who is unnamed)."""
    speaker = a.speaker
    return bool(speaker) and " " in speaker and speaker[:1].isupper() and a.source is not None and text[end : a.source.end].startswith(", ")


def _anonymous_ranges(attributions: list[Attribution], matches: Sequence[Match], text: str) -> list[Range]:
    """Unnamed sources: the source phrase of every anonymous attribution, plus phrases of the
    anonymous_sources lexicon: weight 2 rows ("people familiar with the matter", "on condition
    of anonymity") wherever they occur, weight 1 rows ("a diplomat") only inside a source.  A
    source phrase that holds or is followed by such a phrase makes its attribution anonymous."""
    ranges = [(a.source.start, a.source.end) for a in attributions if a.anonymous and a.source]
    for m in matches:
        credited = False
        for a in attributions:
            if a.source is None:
                continue
            if m.entry.category == "anonymity":  # it may follow the source: "a diplomat, speaking on ..."
                attached = a.source.start <= m.start <= a.source.end + 2
            else:  # it must lie inside it: "a European diplomat" in "a European diplomat in Istanbul"
                attached = a.source.start <= m.start and m.end <= a.source.end and not _names_after(text, a, m.end)
            if attached:
                credited = True
                if not a.anonymous:
                    a.anonymous = True
                    a.speaker = "anonymous"
                    ranges.append((a.source.start, a.source.end))
        if credited or (m.entry.weight or 1) >= 2:
            ranges.append((m.start, m.end))
    ranges.sort()
    merged: list[list[int]] = []
    for s, e in ranges:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [Range(s, e) for s, e in merged]


def _quotes_with_speakers(
    article: article_text.ArticleText,
    credit: dict[int, Attribution],
    attributions: list[Attribution],
) -> list[Quote]:
    """Each quotation with its kind and speaker: credited by a cue, continuing an earlier part,
    following a tagged quotation, or (short, mid-sentence, uncredited) a scare quote.  A
    quotation after a term noun ("the term", "the word") is the word of whoever is said to use or
    coin it, or else a mention (`framing.quoted_terms`)."""
    text, marked, sentences = article.text, article.quotes, article.sentences
    sentence_starts = [s.start for s in sentences]
    cue_starts = [a.cue.start for a in attributions]
    out: list[Quote] = []
    owner: list[Attribution | None] = []  # the attribution each quotation's words belong to
    index_of: dict[int, int] = {}  # id(quote) -> its index in `out`
    for i, mq in enumerate(marked):
        quote = Quote(mq.start, mq.end, unclosed=mq.unclosed)
        att = credit.get(i)
        opens_sentence = _opens_sentence(text, mq.start, sentence_starts)
        owned = att
        if att is not None:
            _credit(quote, att)
            whole = att.content is not None and att.content.start == mq.start
            quote.kind = "direct" if whole or opens_sentence else "fragment"
        elif mq.continues is not None:
            _inherit(quote, out[mq.continues])
            owned = _extend_content(owner[mq.continues], mq, text)
            quote.kind = "direct"
        elif opens_sentence or _long(text, mq):
            quote.kind = "direct"
            prev = _previous_speaker_source(text, mq, out, attributions, cue_starts)
            if isinstance(prev, Quote):
                _inherit(quote, prev)
                owned = _extend_content(owner[index_of[id(prev)]], mq, text)
            elif prev is not None:
                _credit(quote, prev)
        elif out and _resumes_after_tag(text, out[-1], mq.start, sentence_starts):
            # `"We will win," Trump said Tuesday in Ohio, "and we will win big."`
            _inherit(quote, out[-1])
            owned = _extend_content(owner[-1], mq, text)
            quote.kind = "direct"
        else:
            quote.kind = "scare"
        term = quoted_terms.read(article, mq.start, mq.end) if mq.continues is None else None
        if term is not None and term.used:
            quote.kind = "fragment"  # `Trump used the term "fake news"`: Trump's word
            quote.speaker, quote.speaker_range, quote.cue_range = term.speaker, term.source, term.cue
            owned = None
        elif term is not None:
            quote.kind = "mention"  # `The term "deep state" refers to`: named, used by no one
            quote.speaker = quote.speaker_range = quote.cue_range = None
        elif _scare_cue_before(text, mq.start):
            quote.kind = "scare"
            quote.speaker = quote.speaker_range = quote.cue_range = None
        index_of[id(quote)] = len(out)
        out.append(quote)
        owner.append(owned)
    return out


def _scare_cue_before(text: str, start: int) -> bool:
    """Does a scare-quote cue ("so-called", "dubbed", "known as") end right before `start`?
    A substring test first: most quotations have none of these words before them."""
    window = text[max(0, start - 20) : start].lower()
    if not ("call" in window or "quote" in window or "dub" in window or "known" in window):
        return False
    return _SCARE_BEFORE_RE.search(text, max(0, start - 20), start + 1) is not None


def _extend_content(att: Attribution | None, mq: quote_marks.MarkedQuote, text: str) -> Attribution | None:
    """A quotation that goes on after its tag (`"A," he said. "B."`) or into the next paragraph
    is one content: widen the attribution's direct-quotation content to its last part."""
    if att is None or att.content is None or text[att.content.start] not in "“\"‘'`«":
        return att
    if mq.end > att.content.end:
        att.content = Range(att.content.start, mq.end)
    return att


def _credit(quote: Quote, att: Attribution) -> None:
    quote.speaker = att.speaker
    quote.speaker_range = att.source
    quote.cue_range = att.cue


def _inherit(quote: Quote, other: Quote) -> None:
    quote.speaker = other.speaker
    quote.speaker_range = other.speaker_range
    quote.cue_range = other.cue_range


def _resumes_after_tag(text: str, prev: Quote, start: int, sentence_starts: list[int]) -> bool:
    """Does a quotation at `start` resume the spoken quotation `prev` after its tag, in the same
    sentence (`"A," Trump said at a rally, "and B."`): the tag's cue lies between them, nothing
    but the tag's words and a comma separate them, and no sentence or paragraph ends there?"""
    cue = prev.cue_range
    if not prev.spoken or cue is None or not (prev.end <= cue.start and cue.end <= start) or start - prev.end > 160:
        return False
    between = text[prev.end : start]
    if not between.rstrip().endswith(",") or "\n" in between or any(c in between for c in ";:!?"):
        return False
    i = bisect.bisect_right(sentence_starts, prev.start)
    return i >= len(sentence_starts) or sentence_starts[i] > start  # (no sentence starts between)


def _opens_sentence(text: str, pos: int, sentence_starts: list[int]) -> bool:
    """Does a quotation at `pos` open a sentence, or follow a colon (`said: "..."`)?"""
    i = bisect.bisect_right(sentence_starts, pos) - 1
    if i >= 0 and not text[sentence_starts[i] : pos].strip(" \t“\"‘'([—–-"):
        return True
    before = text[max(0, pos - 3) : pos].rstrip()
    return before.endswith(":")


def _long(text: str, mq: quote_marks.MarkedQuote) -> bool:
    return len(text[mq.start : mq.end].split()) >= DIRECT_MIN_WORDS


def _previous_speaker_source(
    text: str,
    mq: quote_marks.MarkedQuote,
    done: list[Quote],
    attributions: list[Attribution],
    cue_starts: list[int],
) -> Quote | Attribution | None:
    """For a spoken quotation no cue credits: the speaker of the quotation just before it in the
    same paragraph (`"...," he said. "More."`), else the last attribution of the paragraph before
    (`..., the source says.` then a paragraph of quotation)."""
    para_start = text.rfind("\n", 0, mq.start) + 1
    for q in reversed(done):
        if q.start < para_start:
            break
        if q.spoken and (q.speaker is not None or q.cue_range is not None):
            return q
        if q.spoken:
            return None
    if para_start == 0:
        return None
    prev_para_start = text.rfind("\n", 0, max(0, para_start - 1))
    while prev_para_start > 0 and not text[prev_para_start + 1 : para_start].strip():
        prev_para_start = text.rfind("\n", 0, prev_para_start)
    j = bisect.bisect_left(cue_starts, para_start) - 1
    while j >= 0 and attributions[j].cue.start > prev_para_start and _nested(attributions, j, prev_para_start):
        j -= 1  # `The senator said Trump had promised to help.`: the senator speaks on, not Trump
    if j >= 0 and attributions[j].cue.start > prev_para_start and attributions[j].speaker:
        return attributions[j]
    for q in reversed(done):
        if q.end <= prev_para_start:
            break
        if q.spoken and q.speaker is not None and q.end >= para_start - 3:
            return q
    return None


def _nested(attributions: list[Attribution], j: int, floor: int) -> bool:
    """Does attribution j's cue lie inside the content of an earlier attribution whose cue comes
    after `floor` (one of the same paragraph)?"""
    cue = attributions[j].cue.start
    for k in range(j - 1, -1, -1):
        a = attributions[k]
        if a.cue.start <= floor:
            return False
        if a.content is not None and a.content.start <= cue < a.content.end:
            return True
    return False
