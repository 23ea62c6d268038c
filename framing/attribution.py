"""Attributions: a reporting cue ("said", "told reporters", "according to", "slammed"), who it
credits (the source phrase and its speaker) and what (the content: a direct quotation or an
indirect paraphrase).

A cue from `lexicons/reporting_verbs.tsv` becomes an attribution only when it reports speech or
thought.  The patterns, tried in order for each cue:

1. after a quotation: `"...," he said` / `"...," said a senior source` (content: the quote);
2. before quotations in its sentence: `Zelensky said: "..."`, or fragments credited on the way,
   `dismissed Zelenskyy as "pathetic"`, `labeling him a "dummy," "clown," and "loser"`;
3. `according to X`: content is the rest of the sentence on the other side of X;
4. postposed: `The talks were a show, Lavrov said.` (content: before the comma);
5. a subject before the cue and a complement after it: `Lavrov said (that) the talks were a show`.

How much evidence a cue needs is its row's weight in the lexicon: 3 = reports whenever it has a
source and any complement (say, tell, claim); 2 = needs a clause or phrase of a few words after it
(slam, dismiss, warn: "slammed the door" is no attribution); 1 = only with a quotation, a
that-clause, or the postposed pattern (add, note: "he added salt" is no attribution).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from framing.lexicon import Match
from framing.models import Attribution, Range, Sentence, Token
from framing.quote_marks import MarkedQuote
from framing.speakers import NOT_NAMES, TITLE_WORDS, Speakers, in_title_case_line

# Function words that end a backward scan for the subject phrase of a cue.
_CLAUSE_WORDS = frozenset(
    """that which who whom whose and but or nor while as because if when whenever after before
    since although though so where than whether until unless once said says told""".split()
)
# Words between a subject and its cue that belong to neither: auxiliaries and frequent adverbs.
_AUX = frozenset(
    """to has have had would will could should may might must can did does do is was were are be been
    being also later previously repeatedly once then recently just again not never first earlier often
    already still further now""".split()
)
# Stance classes whose verbs report an intention or attitude with a to-infinitive ("plans to").
_INTENTION_CLASSES = frozenset({"thought", "commitment", "urging", "concession", "denial", "tentative"})
_PRONOUNS = frozenset("he she it they we i you who".split())
_BE = frozenset("is was were are be been being".split())
_SENTENCE_PUNCT_RE = re.compile(r"[.!?;:]\s")
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?]\s|[,;]\s+(?:and|but|while)\b")
_LIST_GAP_RE = re.compile(r"[\s,]*(?:and|or)?\s*")
_TAG_END_RE = re.compile(r"[^\S\n]*(?:[.,;]|\w+[.,])")
_SUBJECT_END_RE = re.compile(r"\s*(?:[.,;!?\"”’)]|$|\(|(?:on|in|at|during|after|before|who)\b)")
_PARTICLE_TAIL_RE = re.compile(r"\s+(?:on|off|out|up|down|away)\b[\s.]*$")
_PHRASE_AFTER_STOPS = frozenset("on in at during after before that who about for over".split())
_COLON_RE = re.compile(r":\s*")
_COMPLEMENT_START_RE = re.compile(r"[^\S\n]+[“\"‘']?\w")
_CLEAN_GAP_RE = re.compile(r"\.?\s*|\s*[-&/]\s*|-")
# Between the words of a source phrase, a party-and-state tag may sit: "Gwen Moore (D-Wis.) said".
_PHRASE_GAP_RE = re.compile(r"\.?\s*|\s*[-&/]\s*|-|\.?\)?\s*\(?")
_OBJECT_WORDS = frozenset("reporters journalists him her them us me supporters lawmakers".split())
# Verbs whose first object is the addressee, not part of what was said: "told reporters (that) ...".
_ADDRESSEE_VERBS = frozenset("tell ask assure inform warn remind urge advise caution".split())
_SPEECH_GAP_RE = re.compile(r"[\s,:–—-]*")
# What may follow a postposed cue: nothing, a few words ("on Tuesday"), or a prepositional phrase.
_POSTPOSED_TAIL_RE = re.compile(
    r"[\s.!?\"”’]*|(?:\s+[\w’'-]+){1,3}[\s.!?\"”’]*|\s+(?:on|in|at|during|after)(?:\s+[\w’'-]+){1,6}[\s.!?\"”’]*"
)
# Words before a cue that make it a noun ("the claims", "secretary of state"): such a cue needs
# a that-clause or a quotation to count.
_NOUN_BEFORE = frozenset("of the a an his her their its our my your this these those".split())
# Prepositions that may open the phrase found before a cue without being part of the source.
_LEADING_PREPOSITIONS = frozenset("despite in on at by for with from after before amid over under".split())


@dataclass(slots=True)
class Cue:
    first: int  # token index
    last: int
    match: Match

    @property
    def verb(self) -> str:
        return self.match.entry.term.replace(" ", "_")


@dataclass
class Article:
    """What the attribution rules read about one article."""

    text: str
    tokens: Sequence[Token]
    sentences: Sequence[Sentence]
    quotes: list[MarkedQuote]
    speakers: Speakers
    single_word_verbs: frozenset[str]

    def __post_init__(self) -> None:
        self.lemmas: dict[str, str] = {}
        self.token_starts = [t.start for t in self.tokens]
        self.sentence_starts = [s.start for s in self.sentences]
        self.quote_starts = [q.start for q in self.quotes]
        self.quote_ends = [q.end for q in self.quotes]

    def gap(self, k: int) -> str:
        """The text between token k and token k + 1."""
        return self.text[self.tokens[k].end : self.tokens[k + 1].start]

    def clean(self, k: int) -> bool:
        """Is the gap after token k one a phrase runs across (a space, a hyphen, "U.S.")?"""
        end, nxt = self.tokens[k].end, self.tokens[k + 1].start
        if nxt - end == 1 and self.text[end] == " ":
            return True
        return _CLEAN_GAP_RE.fullmatch(self.text, end, nxt) is not None

    def comma(self, k: int) -> bool:
        """Is there a comma between token k and token k + 1?"""
        return self.text.find(",", self.tokens[k].end, self.tokens[k + 1].start) >= 0

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        s = self.sentences[i]
        return s.start, s.end

    def token_at_or_after(self, pos: int) -> int:
        return bisect.bisect_left(self.token_starts, pos)

    def quote_in(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and pos < self.quote_ends[i]:
            return i
        return None


def cues(matches: Sequence[Match]) -> list[Cue]:
    """Reporting-verb matches, the longest at each position, none inside another."""
    out: list[Cue] = []
    reach = -1
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start < reach:
            continue
        out.append(Cue(m.first, m.last, m))
        reach = m.end
    return out


def lemma(term: str, single_word_verbs: frozenset[str]) -> str:
    """`verb` of an attribution: "according to" -> "according_to", "tell reporters" -> "tell"."""
    words = term.split()
    if len(words) > 1 and words[0] in single_word_verbs:
        return words[0]
    return "_".join(words)


def attributions(art: Article, cue_list: Sequence[Cue]) -> tuple[list[Attribution], dict[int, Attribution]]:
    """Attributions of the article in text order, and which quote (by index) each one credits."""
    out: list[Attribution] = []
    quote_credit: dict[int, Attribution] = {}
    for cue in cue_list:
        start = art.tokens[cue.first].start
        if art.quote_in(start) is not None:
            continue  # a reporting verb inside a quotation is the speaker's words, not a cue
        if out and out[-1].content and out[-1].content.start <= start < out[-1].content.end and art.text[start].isupper():
            continue  # "Obama Says Museum Will Tell of ...": a headline's words after its cue
        found = _attribute(art, cue)
        if found is None:
            continue
        att, credited = found
        out.append(att)
        for qi in credited:
            quote_credit.setdefault(qi, att)
    return out, quote_credit


def _attribute(art: Article, cue: Cue) -> tuple[Attribution, list[int]] | None:
    text, tokens = art.text, art.tokens
    entry = cue.match.entry
    strength = entry.weight or 2
    cue_start, cue_end = tokens[cue.first].start, tokens[cue.last].end
    s_start, s_end = art.sentence_of(cue_start)
    verb = art.lemmas.get(entry.term)
    if verb is None:
        verb = art.lemmas[entry.term] = lemma(entry.term, art.single_word_verbs)
    word = text[cue_start:cue_end]
    if word[:1].isupper() and art.token_at_or_after(s_start) != cue.first:
        # "Secretary of State" is no verb; in a Title Case headline only "Says", "Tells", "Claims"
        # (the strongest cues) are taken as verbs.
        if strength < 3 or not in_title_case_line(text, cue_start):
            return None
    k0 = cue.last + 1
    has_that = k0 < len(tokens) and tokens[k0].norm == "that" and tokens[k0].start < s_end
    noun_like = cue.first > 0 and tokens[cue.first - 1].start >= s_start and (
        tokens[cue.first - 1].norm in _NOUN_BEFORE or _base_form_after_noun(art, cue)
    )

    def make(src: tuple[int, int] | None, content: Range | None) -> Attribution:
        speaker, anonymous = (None, False)
        source = None
        if src is not None:
            src_tokens = list(tokens[src[0] : src[1] + 1])
            speaker, anonymous = art.speakers.name_of(src_tokens, tokens[src[0]].start)
            source = Range(tokens[src[0]].start, tokens[src[1]].end)
        return Attribution(Range(cue_start, cue_end), verb, entry.category, speaker, source, content, anonymous)

    # 1. After a quotation: `"...," he said` / `"...," said a senior source`.
    qi = bisect.bisect_right(art.quote_ends, cue_start) - 1
    if qi >= 0 and verb != "according_to":
        q = art.quotes[qi]
        between = text[q.end : cue_start]
        e = q.end
        while e > q.start + 1 and text[e - 1] in "”\"’'»":
            e -= 1
        closes_clause = text[e - 1] in ",?!—–-" or between.lstrip()[:1] in (",", "—", "–")
        if (
            closes_clause
            and (s_start < q.end or _short_tag(art, q.end, cue))
            and len(between) < 80
            and "\n" not in between
            and ";" not in between
            and not between.rstrip().endswith(",")
        ):
            subj = _tokens_between(art, q.end, cue_start)
            if subj is not None and not any(t.norm in _CLAUSE_WORDS for t in tokens[subj[0] : subj[1] + 1]):
                src = subj if subj[0] <= subj[1] else _phrase_after(art, cue.last, s_end)
                return make(src, Range(q.start, q.end)), [qi]
    if verb == "according_to":
        return _according_to(art, cue, make, s_start, s_end)
    if noun_like and not has_that:
        return None
    subject, passive = _subject_before(art, cue.first, s_start)
    if passive:
        # `A story was being told by The Daily Caller`: the agent is the source and the subject
        # what is attributed; without an agent there is no source.
        by = cue.last + 1
        patient, subject = subject, None
        if by < len(tokens) and tokens[by].norm == "by" and tokens[by].start < s_end:
            agent = _phrase_after(art, by, s_end)
            if agent is not None and patient is not None:
                content = Range(tokens[patient[0]].start, tokens[patient[1]].end)
                return make(agent, content), []
    # 2. Quotations after the cue in its sentence (or in the next paragraph after a colon).
    qn = bisect.bisect_left(art.quote_starts, cue_end)
    colon = _COLON_RE.match(text, cue_end)
    if qn < len(art.quotes) and colon and art.quotes[qn].start == colon.end():
        return make(subject, Range(art.quotes[qn].start, art.quotes[qn].end)), [qn]
    if qn < len(art.quotes) and art.quotes[qn].start < s_end + 1:
        q = art.quotes[qn]
        between = text[cue_end : q.start]
        direct = _SPEECH_GAP_RE.fullmatch(between) is not None
        if direct or (strength >= 2 and len(between) < 60 and not _CLAUSE_BREAK_RE.search(between)):
            credited = [qn]
            end = q.end
            while qn + 1 < len(art.quotes) and _LIST_GAP_RE.fullmatch(text, end, art.quotes[qn + 1].start):
                qn += 1
                credited.append(qn)
                end = art.quotes[qn].end
            if subject is not None or direct:
                content = Range(q.start, end) if direct else Range(
                    min(q.start, _content_start(art, cue.last, s_end, verb in _ADDRESSEE_VERBS)), end
                )
                return make(subject, content), credited
    # 4. Postposed: `The talks were a show, Lavrov said.`
    if not tokens[cue.first].norm.endswith("ing"):
        post = _postposed(art, cue, s_start, s_end)
        if post is not None:
            return make(*post), _quotes_within(art, post[1])
    # 5. Subject + complement.
    if subject is None and not (passive and has_that):
        return None
    if not _COMPLEMENT_START_RE.match(text, cue_end):
        return None  # "talks he himself called – it still ...": punctuation after the cue, no complement
    if _plural_noun(art, cue, subject) and not has_that:
        return None  # "the verbal attacks reflected ...", "drone attacks"
    content_start = _content_start(art, cue.last, s_end, verb in _ADDRESSEE_VERBS)
    content_end = _trim_end(text, content_start, s_end)
    if content_end <= content_start:
        return None
    n_content = art.token_at_or_after(content_end) - art.token_at_or_after(content_start)
    if (
        k0 < len(tokens)
        and tokens[k0].norm == "to"
        and entry.category in _INTENTION_CLASSES
        and k0 + 1 < len(tokens)
        and tokens[k0 + 1].norm not in _NOUN_BEFORE
        and art.clean(cue.last)
    ):
        has_that = True  # "wants to preserve", "agreed to lend", "vowed to fight": an intention
    if strength <= 1 and not has_that:
        return None
    if strength == 2 and not has_that and n_content < 3:
        return None
    if n_content < 1:
        return None
    content = Range(content_start, content_end)
    return make(subject, content), _quotes_within(art, content)


def _base_form_after_noun(art: Article, cue: Cue) -> bool:
    """A cue in its base form right after a singular word cannot be a verb with that word as its
    subject ("a big question remains", "state law", "the McKinley plan"); after a plural ("officials
    say"), a pronoun ("they claim"), a modal or "to" it can."""
    tok = art.tokens[cue.first]
    if tok.norm != cue.match.entry.term.split()[0]:
        return False
    before = art.tokens[cue.first - 1].norm
    if before in _PRONOUNS or before in _AUX or before in art.speakers.anonymous_heads:
        return False
    if before.endswith("s") or before.endswith("ly") or before.isdigit():
        return False
    return True


def _plural_noun(art: Article, cue: Cue, subject: tuple[int, int] | None) -> bool:
    """Is an -s cue a plural noun ("verbal attacks", "public calls for") rather than a verb?"""
    tok = art.tokens[cue.first]
    if not tok.norm.endswith("s") or tok.norm in ("says", "tells") or subject is None:
        return False
    before = art.tokens[subject[1]]
    word = art.text[before.start : before.end]
    return word.islower() and before.norm not in art.speakers.anonymous_heads and before.norm not in _PRONOUNS


def _quotes_within(art: Article, r: Range) -> list[int]:
    """Quotations inside an indirect content: fragments of the source's words."""
    i = bisect.bisect_left(art.quote_starts, r.start)
    out = []
    while i < len(art.quotes) and art.quotes[i].end <= r.end + 1:
        out.append(i)
        i += 1
    return out


def _short_tag(art: Article, quote_end: int, cue: Cue) -> bool:
    """`"...?" Clinton said.`: a quote ending in ? or ! puts the splitter's boundary before the
    tag; it is still the quote's tag when a short subject with no auxiliary sits between them and
    the sentence ends (or pauses) right after the cue."""
    a = art.token_at_or_after(quote_end)
    if cue.first - a > 5 or any(t.norm in _AUX for t in art.tokens[a : cue.first]):
        return False
    return _TAG_END_RE.match(art.text, art.tokens[cue.last].end) is not None


def _tokens_between(art: Article, start: int, end: int) -> tuple[int, int] | None:
    """Token indices [a, b] strictly inside text[start:end] forming one clean phrase (b < a when
    there are none); None when the stretch holds anything but a short phrase."""
    a = art.token_at_or_after(start)
    b = art.token_at_or_after(end) - 1
    if b - a > 7:
        return None
    for k in range(a, b):
        if not _PHRASE_GAP_RE.fullmatch(art.gap(k)):
            return None
    return a, b


_INVERTED_OPENERS = frozenset("the a an one another two three several some many senior".split())


def _inverted_source(art: Article, cue: Cue, s_end: int) -> tuple[int, int] | None:
    """The subject after the cue (`said Lavrov`, `said a senior official`), when what follows
    the cue looks like one: a capitalised word or an article, and the phrase ends the sentence or
    clause (a comma, a full stop, or `on Tuesday`)."""
    k = cue.last + 1
    if k >= len(art.tokens) or art.tokens[k].start >= s_end:
        return None
    tok = art.tokens[k]
    word = art.text[tok.start : tok.end]
    if tok.norm in _PRONOUNS or not (word[:1].isupper() or tok.norm in _INVERTED_OPENERS or tok.norm in art.speakers.anonymous_heads):
        return None
    src = _phrase_after(art, cue.last, s_end)
    if src is None or any(t.norm in _AUX for t in art.tokens[src[0] : src[1] + 1]):
        return None  # "..., said the talks were a show": a clause, not a subject
    rest = art.text[art.tokens[src[1]].end : s_end]
    if not _SUBJECT_END_RE.match(rest):
        return None
    return src


def _phrase_after(art: Article, last: int, s_end: int) -> tuple[int, int] | None:
    """The inverted subject: `said a senior source`, up to punctuation or the sentence end."""
    k = last + 1
    n = len(art.tokens)
    if k >= n or art.tokens[k].start >= s_end:
        return None
    if not art.clean(last) or art.comma(last):
        return None
    a = k
    while k + 1 < n and k - a < 9 and art.tokens[k + 1].start < s_end and art.clean(k):
        if art.tokens[k + 1].norm in _PHRASE_AFTER_STOPS:
            break
        k += 1
    return a, k


def _subject_before(art: Article, first: int, s_start: int) -> tuple[tuple[int, int] | None, bool]:
    """The subject phrase of the cue at token `first`: scanned backwards from the cue to a clause
    boundary, skipping auxiliaries ("has also said"), or, across an appositive
    (`Trump, speaking in Qatar, said`), the phrase before the first comma."""
    tokens = art.tokens
    k = first - 1
    passive = False
    while k >= 0 and tokens[k].start >= s_start and art.clean(k) and (
        tokens[k].norm in _AUX or tokens[k].norm.endswith("ly") or tokens[k].norm == "so"
    ):
        passive = passive or (tokens[k].norm in _BE and not tokens[first].norm.endswith("ing"))
        k -= 1
    if k < 0 or tokens[k].start < s_start:
        return None, passive
    stepped = False
    if art.gap(k).lstrip(".").startswith(")"):
        # `Sen. David Perdue (R-Ga.) said`: step over the tag to the name before it.
        j = k
        while j > 0 and "(" not in art.gap(j - 1) and k - j < 4:
            j -= 1
        if j > 0 and "(" in art.gap(j - 1):
            k = j - 1
            stepped = True
    if tokens[k].norm in ("who", "which") and k > 0 and art.clean(k - 1):
        k -= 1  # `listeners ... who said`: the phrase before the relative pronoun
    if tokens[k].norm in ("and", "but") and art.clean(k):
        return _clause_subject(art, s_start, k, coordinated=True), passive
    ing = tokens[first].norm.endswith("ing")
    if ing and (art.comma(k) or tokens[k].norm in _LEADING_PREPOSITIONS):
        return _clause_subject(art, s_start, k), False
    if art.comma(k):
        # An appositive: find the comma that opens it.
        j = k
        while j > 0 and tokens[j - 1].start >= s_start and not art.comma(j - 1):
            j -= 1
        if j == 0 or tokens[j - 1].start < s_start:
            return None, passive
        if k - j < 4 and all(art.text[t.start].isupper() for t in tokens[j : k + 1]):
            return (j, k), passive  # `A spokeswoman, Maria Zakharova, said`: the name itself
        k = j - 1
    elif not stepped and not art.clean(k):
        return None, passive
    end = k
    if tokens[end].norm in _CLAUSE_WORDS:
        return None, passive
    limit = 7
    # The phrase stops at a quotation: where the last one before it ends (or the sentence start).
    qi = bisect.bisect_right(art.quote_ends, tokens[end].start) - 1
    floor = max(s_start, art.quote_ends[qi]) if qi >= 0 else s_start
    while k - 1 >= 0 and tokens[k - 1].start >= floor and end - k < limit:
        if not art.clean(k - 1):
            break
        if tokens[k - 1].norm in _CLAUSE_WORDS:
            if tokens[k - 1].norm != "who" or limit > 7:
                break
            limit = 13  # `a diplomat who spoke on condition of anonymity said`
        k -= 1
    if tokens[k].norm == "who":
        k += 1
    while k < end and tokens[k].norm in _LEADING_PREPOSITIONS:
        k += 1
    return (k, end), passive


def _clause_subject(art: Article, s_start: int, before: int, coordinated: bool = False) -> tuple[int, int] | None:
    """The subject of the clause an `..., saying that` cue hangs on: the first name, pronoun or
    source phrase after the last clause opener ("while", "and", "but") before the cue, or after
    the sentence start (`Earlier this week, Trump urged ..., writing that ...`)."""
    tokens, text = art.tokens, art.text
    first = art.token_at_or_after(s_start)
    j = before - 1 if coordinated else before
    while j > first and tokens[j].norm not in ("while", "and", "but", "whereas", "as"):
        j -= 1
    for a in range(j if j > first else first, before + 1):
        if art.quote_in(tokens[a].start) is not None:
            continue
        word = text[tokens[a].start : tokens[a].end]
        norm = tokens[a].norm
        if norm in _PRONOUNS and norm not in ("it", "who", "you"):
            return a, a
        if word[:1].isupper() and norm not in NOT_NAMES:
            b = a
            while b + 1 <= before and art.clean(b):
                nxt = text[tokens[b + 1].start : tokens[b + 1].end]
                if not (nxt[:1].isupper() or tokens[b + 1].norm in TITLE_WORDS):
                    break
                b += 1
            return a, b
    return None


def _according_to(art: Article, cue: Cue, make, s_start: int, s_end: int):
    """`according to X, ...` or `..., according to X`: X is the source, the rest the content."""
    src = _phrase_after(art, cue.last, s_end)
    if src is None:
        k = cue.last + 1
        if k < len(art.tokens) and art.tokens[k].start < s_end:
            src = (k, k)
        else:
            return None
    text = art.text
    cue_start = art.tokens[cue.first].start
    src_end = art.tokens[src[1]].end
    before = text[s_start:cue_start].rstrip(" ,—–-")
    if len(before.strip()) > 3:
        content = Range(s_start + len(before) - len(before.lstrip()), s_start + len(before))
    else:
        after = src_end
        while after < s_end and text[after] in " ,":
            after += 1
        end = _trim_end(text, after, s_end)
        if end <= after:
            return make(src, None), []
        content = Range(after, end)
    return make(src, content), []


def _postposed(art: Article, cue: Cue, s_start: int, s_end: int):
    """`The talks were a show, Lavrov said.` / `..., said Lavrov.`: content before the comma."""
    text, tokens = art.text, art.tokens
    after = text[tokens[cue.last].end : s_end]
    k = cue.first - 1
    while k >= 0 and tokens[k].start >= s_start and tokens[k].norm in _AUX and art.clean(k):
        k -= 1
    if k < 0 or tokens[k].start < s_start:
        return None
    inverted = (
        art.comma(k)
        and (cue.match.entry.weight or 2) != 2
        and lemma(cue.match.entry.term, art.single_word_verbs) not in _ADDRESSEE_VERBS
        and _inverted_source(art, cue, s_end) is not None
    )
    parenthetical = after.lstrip().startswith(",")  # `The museum, Mr. Obama said, would make ...`
    if not (inverted or parenthetical) and (
        not _POSTPOSED_TAIL_RE.fullmatch(after) or _PARTICLE_TAIL_RE.match(after)
    ):
        return None
    if inverted:  # `..., said Lavrov.` / `..., said Jeffrey N. Trimble, a senior official with ...`
        src = _inverted_source(art, cue, s_end)
        before = k
    elif art.comma(k):
        return None  # `Scott Pruitt, ..., said at ...`: an appositive, for the subject rules
    else:  # `..., Lavrov said.`
        j = k
        while True:
            if j - 1 < 0 or tokens[j - 1].start < s_start or k - j > 7:
                return None
            if art.comma(j - 1):
                break
            if not art.clean(j - 1) or tokens[j - 1].norm in _CLAUSE_WORDS:
                return None
            j -= 1
        src = (j, k)
        before = j - 1
    if before < art.token_at_or_after(s_start) + (0 if parenthetical else 2):
        return None  # a content of at least three words (`The museum, Mr. Obama said, ...`: any)
    content_end = tokens[before].end
    while content_end < s_end and text[content_end] in "”\"’'":
        content_end += 1
    return src, Range(s_start, content_end)


def _content_start(art: Article, last: int, limit: int, addressee: bool = True) -> int:
    """Where an indirect complement starts: after the cue, a "that", an object of tell-verbs."""
    tokens = art.tokens
    k = last + 1
    n = len(tokens)
    skipped = 0
    while k < n and tokens[k].start < limit and skipped < 4:
        norm = tokens[k].norm
        if norm == "that":
            k += 1
            break
        if addressee and (norm in _OBJECT_WORDS or (norm in ("the", "a") and k + 1 < n and tokens[k + 1].norm in _OBJECT_WORDS)):
            k += 1
            skipped += 1
            continue
        break
    if k >= n or tokens[k].start >= limit:
        return limit
    start = tokens[k].start
    # Include an opening quotation mark right before the first word.
    while start > 0 and art.text[start - 1] in "“\"‘":
        start -= 1
    return start


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n.,;:!?":
        end -= 1
    return end
