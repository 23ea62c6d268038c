"""Quotations and voice: which words are the outlet's own (`author`) and which a source's
(`quoted`), who the source is, and the attributions and anonymous sources around them.

The stage runs in four steps: quotation marks are paired (`quote_marks.scan`); reporting cues are
matched from the lexicons and turned into attributions with source and content
(`attribution.attributions`, then the cues marked by punctuation, `mark_cues`, and fixed phrases
such as "went on to say" or "is seen as", `cue_patterns`); each quotation then gets its speaker (the attribution that credits
it, the quotation it continues, or the speaker of the quotation or attribution just before it) and
its kind: "direct" (spoken), "fragment" (short quoted words credited to a speaker, spoken too:
the later pieces of a quotation split inside reported speech, `reported_fragments`, are too) or
"scare" (quoted words nobody is said to have spoken: the outlet's voice).  Social-media posts
embedded in the page have no quotation marks but a signature line; they are quotations of kind
"post" (`embedded_posts`); so are the turns of an interview transcript, `TAPPER: ...`, of kind
"turn" (labels read in `transcript_labels`, turns in `transcript_turns`).  The speakers and kinds of quotations are read in
`quote_speakers`, the unnamed-source ranges in `anonymous_ranges`.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing import article_text
from framing import attribution as attr
from framing import cue_patterns, embedded_posts, mark_cues, no_comment_cues, transcript_labels, transcript_turns
from framing import quote_marks, quoted_terms
from framing.anonymous_ranges import anonymous_ranges
from framing.quote_speakers import quotes_with_speakers
from framing.genders import given_names
from framing.job_nouns import job_nouns
from framing.lexicon import LexiconSet, Match
from framing.lone_names import VERB_AFTER_SUBJECT_RE
from framing.models import MENTION_RULE, Attribution, IgnoredRange, Quote, Range, Sentence, Span, Token
from framing.name_words import CALENDAR_WORDS, NAME_PARTICLES, NOT_NAMES, PERSON_TITLES, TITLE_WORDS, capitalised, in_title_case_line
from framing.object_nouns import noun_markers
from framing.pronoun_sources import CreditedSources
from framing.range_reach import RangeReach
from framing.speaker_descriptions import note_opening_description
from framing.speakers import Speakers

_NAME_RUN_RE = capitalised(  # `*+`: no backtracking into a word; particles inside ("Bill de Blasio")
    r"(?:[A-Z][\w’'.-]*+\s+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")\s+)?){0,4}[A-Z][\w’'.-]*+"
)
_NOT_NAME_OR_TITLE = NOT_NAMES | TITLE_WORDS | CALENDAR_WORDS
# Determiners opening a subject a name may follow in apposition (`A spokeswoman for the ministry,
# Anna Ivanova, was blunt`), or that is one person described (`speaker_descriptions`).
_DESCRIPTION_OPENERS = frozenset(("the", "a", "an", "one"))
# Words opening a phrase before a sentence's subject: `In his interview, Ryan ...`.
_OPENING_WORDS = frozenset(
    "in on at after before during since earlier later last meanwhile however still yet asked speaking when while "
    "as for from with despite following".split()
)
# Titles that open a name: no word of the name comes before them ("Ms. Lauten", not "Enter Ms.").
_COURTESY_TITLES = frozenset("mr mrs ms miss dr".split())
VOICE_LEXICONS = ("reporting_verbs", "anonymous_sources")
# Its phrases ending in an infinitive ("hard to say", "too early to tell", "difficult to know")
# hedge; their verb reports nothing (`It is difficult to say how long the talks will last`).
HEDGE_LEXICON = "hedge"


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
    speakers = Speakers(text, heads, more_persons=lambda sp: _note_more_persons(text, sentences, sp, marked))
    speakers.given_names = given_names(lexicons)  # a user's given_names.tsv over ours
    speakers.job_nouns = job_nouns(lexicons)  # "a reporter for USA Today": a user's context_words.tsv rows over ours
    speakers.credited = CreditedSources(text, sentences, marked)  # "It said", "They said"
    if matches is None:
        matches = lexicons.match(tokens, VOICE_LEXICONS + (HEDGE_LEXICON,))
    cue_matches = _without_hedged_cues(tokens, matches)
    anon_matches = [m for m in matches if m.entry.lexicon == "anonymous_sources" and m.entry.category != "head"]
    speakers.unnamed_starts = sorted(m.start for m in anon_matches)  # "a spokesman for X ... he": the "he" is unnamed too
    article = article_text.ArticleText(text, tokens, sentences, marked, speakers, verbs, noun_markers(lexicons))
    cue_list = attr.cues(cue_matches)
    attributions, credit = attr.attributions(article, cue_list)
    attributions = attr.stances_in_context(article, attributions, cue_matches, lexicons)  # "declined to comment"
    attributions = no_comment_cues.attributions(article, attributions, cue_matches, lexicons)  # "could not be reached for comment"
    attributions = mark_cues.attributions(article, attributions, credit)
    attributions, turn_labels = transcript_labels.with_labels(article, attributions)
    attributions = cue_patterns.attributions(article, attributions, credit, cue_list)
    attributions = cue_patterns.without_nested_thoughts(attributions, credit, text)
    attributions = _without_term_definitions(text, attributions, credit)
    anonymous = anonymous_ranges(attributions, anon_matches, text, speakers.named_roles)
    quotes = quotes_with_speakers(article, credit, attributions)
    posts = embedded_posts.embedded_posts(text, ignored)
    if posts:
        quotes = embedded_posts.merged(quotes, posts)
    quotes = transcript_turns.with_turns(text, turn_labels, attributions, quotes)
    attributions = _without_cues_in_turns(attributions, quotes)
    return VoiceResult(quotes, attributions, anonymous, list(scan.warnings), _tokens=tokens, _token_starts=article.token_starts)


def _without_cues_in_turns(attributions: list[Attribution], quotes: Sequence[Quote]) -> list[Attribution]:
    """Drop the cues inside an interview turn (`SANDERS: They talk about jobs.`): the speaker's
    own words, not the outlet reporting anyone, as a reporting verb inside quotation marks is
    never a cue (framing.attribution).  The turn's label, whose content the turn is, stays."""
    turns = [(q.start, q.end) for q in quotes if q.kind == "turn"]
    if not turns:
        return attributions
    within = RangeReach(turns)  # (one bisection a cue, for long transcripts)
    return [a for a in attributions if not within.holds(a.cue.start)]


def _without_hedged_cues(tokens: Sequence[Token], matches: Sequence[Match]) -> list[Match]:
    """The reporting-verb matches, less the verbs that end a hedge phrase after "to" ("hard to
    say", "too early to tell": lexicons/hedge.tsv): the writer, or the speaker, cannot say for
    sure; nobody is reported (`He found it hard to say no to her`: no one said it either).  A verb
    of forecasting (the `tentative` cues: "predict", "estimate") stays a cue: PolNeAR marks `it is
    difficult to predict how they will affect the primary` (train), and no such hedge as wrong."""
    cue_matches = [m for m in matches if m.entry.lexicon == "reporting_verbs"]
    hedged = {
        m.last for m in matches
        if m.entry.lexicon == HEDGE_LEXICON and m.last > m.first and tokens[m.last - 1].norm == "to"
    }
    if not hedged:
        return cue_matches
    return [m for m in cue_matches if m.last not in hedged or m.entry.category == "tentative"]


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


def _note_more_persons(
    text: str, sentences: Sequence[Sentence], speakers: Speakers, marked: Sequence[quote_marks.MarkedQuote]
) -> None:
    """The people a "he" or "she" may stand for besides those credited by a cue, read on the
    article's first pronoun: sentence subjects, and a transcript's speakers where narrative
    follows their turns (`transcript_labels.note_speakers`)."""
    _note_sentence_subjects(text, sentences, speakers, marked)
    transcript_labels.note_speakers(text, speakers)


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
        if opener in _OPENING_WORDS or opener in _DESCRIPTION_OPENERS:
            # `In his interview, Ryan also hammered Obama`: the subject after an opening phrase;
            # `The mayor, Bill Smith, was blunt`: the name in apposition to the subject.
            comma = text.find(", ", s.start, min(s.end, s.start + 60))
            m = _NAME_RUN_RE.match(text, comma + 2, min(s.end, comma + 82)) if comma > 0 else None
            name = _subject_name(m.group()) if m else None
            if opener in _DESCRIPTION_OPENERS and m is not None and (text[m.end() : m.end() + 1] != "," or " " not in (name or "")):
                name = None  # (only a full name closed by a comma: not `The senator, Obama said, ...`)
        if name is None and opener not in _DESCRIPTION_OPENERS:
            continue
        while q < n_quotes and marked[q].end <= s.start:
            q += 1  # (sentences and quotations both in text order)
        if q < n_quotes and marked[q].start <= s.start:
            continue
        if name is None:
            # `A spokeswoman for the ministry was blunt. "...," she said`: the person described.
            note_opening_description(text, s.start, s.end, speakers)
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
