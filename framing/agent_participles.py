"""Cues whose source is an agent after "by": a passive (`A story was told by The Daily Caller`),
"asked by" (`When asked by a reporter whether ...`), and a past participle that modifies a phrase
set off before it: `a practice criticized by Miller`, `- a fact first reported by Christopher
Heath`, `The immigration bill, opposed by House Republicans, never became law`, `..., as first
reported by the New York Times`.

For the last, the agent is the source and the modified phrase what is attributed to it (PolNeAR
train marks all of these so: source "Miller", content "a practice").  Read as the verb of its
sentence instead, the cue had the phrase as its source and "by Miller ..." as its content, both
wrong.  `framing.relative_clauses.reduced_relative` reads a participle right after a noun that a
verb or preposition takes as object; `set_off_reading` re-reads the ones it does not reach, once
`framing.attribution` has judged that they report: after adverbs ("first", "later", "long",
"-ly"), after a noun phrase that opens the sentence or follows a comma or a dash, and after a
comma or a dash itself (a participle clause set off after a noun phrase or a clause, whose
words it then credits).
"""

from __future__ import annotations

from framing import article_text, phrases_after_cue, relative_clauses
from framing.cue_context import CueContext, make_attribution
from framing.models import Attribution, Range
from framing.source_clauses import IRREGULAR_PAST
from framing.name_words import TIME_WORDS
from framing.subject_phrases import passive_participle

# Adverbs between a modified phrase and its participle (`a fact first reported by`).
_ADVERBS = frozenset("first later long once since previously initially originally recently also widely".split())
# Words after "by" that name no agent: a means or a measure (`said by telephone`, `identify by
# name`, `by far`), not who did it.
_NOT_AGENTS = frozenset(
    """phone telephone email e-mail mail text video name means far contrast comparison default hand way
    then now all design mistake chance law""".split()
)
# Words that open a phrase as an agent: a determiner, a quantifier or a pronoun (besides a
# capitalised word or a plural noun: `opposed by unions`; not a number: `found by 43%-41%`).
_AGENT_OPENERS = frozenset(
    """the a an his her their its our this these those that some many most several both all each every
    other others everyone everybody someone somebody one two three four five dozens hundreds""".split()
)
# Participles of feeling or being persuaded: what follows "by" caused it (`German authorities
# worried by the increase in hate speech`), and the phrase before is who feels or thinks so.
_STIMULUS_PARTICIPLES = frozenset(
    """worried concerned alarmed troubled disturbed surprised shocked pleased disappointed frustrated angered
    outraged dismayed heartened impressed moved convinced persuaded satisfied thrilled""".split()
)
_MAX_PHRASE = 25
# Words that open the question after the agent of "asked by" (`Asked by Starnes if he ...`).
_QUESTION_OPENERS = frozenset("if whether about why how what to on for".split())  # tokens: a set-off phrase or clause longer than this is not read


def by_agent(c: CueContext) -> tuple[Attribution, list[int]] | None:
    """A cue whose source is an agent after "by": a passive (`A story was being told by The
    Daily Caller`: the agent is the source, the subject what is attributed; without an agent
    there is no source, so `c.subject` is cleared), or `When asked by a reporter whether ...`."""
    art, cue = c.art, c.cue
    tokens = art.tokens
    by = cue.last + 1
    if c.passive:
        patient, c.subject = c.subject, None
        # The agent may come after a complement: `has been called a charlatan by fellow physicians`.
        while by < min(len(tokens), cue.last + 6) and tokens[by].norm != "by" and art.clean(by - 1):
            by += 1
        if by < len(tokens) and tokens[by].norm == "by" and tokens[by].start < c.s_end:
            agent = phrases_after_cue.phrase_after(art, by, c.s_end)
            if agent is not None and patient is not None:
                if c.reduced_relative:
                    agent = relative_clauses.agent_phrase(art, agent)
                content = Range(tokens[patient[0]].start, tokens[patient[1]].end)
                return make_attribution(c, agent, content), []
        elif c.reduced_relative:
            if patient is not None and c.strength >= 2 and patient[0] == art.token_at_or_after(c.s_start):
                # `The Democratic plan rejected on Monday was ...`: the sentence's subject, reported
                # as rejected by no one named (PolNeAR marks it so)
                return make_attribution(c, None, Range(tokens[patient[0]].start, tokens[patient[1]].end)), []
            return None  # `cracks reported last year`, `a movement called the EPRP`: no one credited, no report
        elif c.strength >= 2 and patient is not None and tokens[cue.first].norm.endswith("ed"):
            # `it was revealed in March that ...`, `Sanders was announced the winner`: an
            # attribution whose source the sentence does not name.
            rest = phrases_after_cue.trim_end(art.text, c.cue_end, c.s_end)
            if art.token_at_or_after(rest) - cue.last > 2:
                start = tokens[patient[0]].start
                if patient[0] == patient[1] and tokens[patient[0]].norm == "it":
                    start = phrases_after_cue.content_start(art, cue.last, c.s_end, False)  # it was revealed that ...
                return make_attribution(c, None, Range(start, rest)), []
        return None
    if (
        by < len(tokens) and tokens[by].norm == "by" and tokens[by].start < c.s_end
        and tokens[cue.first].norm.endswith("ed")
        and (cue.first == art.token_at_or_after(c.s_start) or c.before in ("when", "if", "as", "after", "once", "until"))
    ):
        # `When asked by a reporter whether ...`, `Asked by Starnes if ...`: the agent is the source
        agent = phrases_after_cue.phrase_after(art, by, c.s_end)
        if agent is not None:
            for t in range(agent[0] + 1, agent[1] + 1):
                if tokens[t].norm in _QUESTION_OPENERS or tokens[t].norm in article_text.CLAUSE_WORDS:
                    agent = (agent[0], t - 1)  # `by Starnes if he ...`: the agent ends before the question
                    break
            rest = phrases_after_cue.trim_end(art.text, tokens[agent[1]].end, c.s_end)
            if art.token_at_or_after(rest) > agent[1] + 1:
                return make_attribution(c, agent, Range(tokens[agent[1] + 1].start, rest)), []
    return None


def set_off_reading(c: CueContext, found: tuple[Attribution, list[int]] | None) -> tuple[Attribution, list[int]] | None:
    """`found` (the cue's attribution as the later patterns read it, and the quotations it
    credits) re-read when the cue is a participle with an agent that modifies a phrase set off
    before it (`set_off_phrase`): the agent is the source, the phrase the content, and no
    quotation is credited.  Whether the cue reports at all stays as those patterns judged."""
    if found is None or not c.before:
        return found
    art, cue = c.art, c.cue
    described = described_object(art, cue, c.s_start)
    if described is not None:
        # `a confrontation over the separation of powers outlined in the Constitution`: the
        # participle describes the noun; no one in the sentence is its speaker.
        return make_attribution(c, None, Range(art.tokens[described[0]].start, art.tokens[described[1]].end)), []
    patient = set_off_phrase(art, cue, c.s_start, c.s_end)
    agent = phrases_after_cue.phrase_after(art, cue.last + 1, c.s_end) if patient is not None else None
    if patient is None or agent is None:
        return found
    agent = relative_clauses.agent_phrase(art, agent)
    for t in range(agent[0] + 1, agent[1] + 1):
        if art.tokens[t].norm[:1].isdigit() or art.tokens[t].norm in TIME_WORDS:
            agent = agent[0], t - 1  # (`challenged by Sanders 30 years ago`, `by CNN on Tuesday`)
            break
    content = Range(art.tokens[patient[0]].start, art.tokens[patient[1]].end)
    return make_attribution(c, agent, content), []


# Prepositions whose object a participle after it may describe (`the separation of powers
# outlined in`), and those it may then be followed by (not "by": an agent is read above).
_OBJECT_PREPOSITIONS = frozenset("of over into about from against with for on in under at among between toward towards".split())
_PLACE_PREPOSITIONS = frozenset("in on under at during within throughout".split())


def described_object(art: article_text.ArticleText, cue: article_text.Cue, s_start: int) -> tuple[int, int] | None:
    """The noun phrase (first and last token) a one-word past-participle cue describes when it
    follows a preposition's object and a place or time phrase follows it (`transforming a
    dispute into a confrontation over the separation of powers outlined in the Constitution`),
    after a verb of the sentence: the participle is a reduced relative, not the sentence's verb,
    and no speaker reports anything.  The phrase reaches back over one "of" (`the separation of
    powers`).  None where no verb stands before the preposition in its clause (`The head of the
    agency said on Monday`: the participle is the verb), or a relative word, quotation or
    comma comes first (`Supporters who spoke at rallies in the capital said on Monday`)."""
    tokens, text = art.tokens, art.text
    first = cue.first
    if cue.last != first or first < 3 or not passive_participle(tokens[first].norm):
        return None
    if first + 1 >= len(tokens) or tokens[first + 1].norm not in _PLACE_PREPOSITIONS or not art.clean(first):
        return None
    noun = first - 1
    if not _plain_lower_word(art, noun) or art.gap(noun) != " " or tokens[noun].norm.endswith("ly"):
        return None
    k = noun - 1
    while k >= 0 and tokens[k].start >= s_start and noun - k <= 4 and art.gap(k) == " " and tokens[k].norm not in _OBJECT_PREPOSITIONS:
        if not _plain_lower_word(art, k) and tokens[k].norm not in _DETERMINERS:
            return None
        k -= 1
    if k < 0 or tokens[k].start < s_start or tokens[k].norm not in _OBJECT_PREPOSITIONS or art.gap(k) != " ":
        return None
    start = k + 1
    if tokens[k].norm == "of":
        j = k - 1  # (`the separation of powers`: the phrase "of" hangs on, opened by a determiner)
        while j >= 0 and tokens[j].start >= s_start and k - j <= 4 and art.gap(j) == " " and _plain_lower_word(art, j):
            j -= 1
        if j >= 0 and tokens[j].start >= s_start and tokens[j].norm in _DETERMINERS and j < k - 1:
            start = j
    if not _verb_before(art, k, s_start):
        return None
    return start, noun


def _plain_lower_word(art: article_text.ArticleText, k: int) -> bool:
    """Is token k a lower-case word that may stand in a noun phrase (no pronoun, auxiliary,
    clause word, preposition or determiner)?"""
    word = art.tokens[k].norm
    return (
        word.isalpha() and _lower(art, k) and word not in article_text.PRONOUNS and word not in article_text.AUX
        and word not in article_text.CLAUSE_WORDS and word not in _OBJECT_PREPOSITIONS and word not in _DETERMINERS
    )


def _verb_before(art: article_text.ArticleText, k: int, s_start: int) -> bool:
    """Is there a verb (an auxiliary, or a lower-case -ing or -ed form or an irregular past
    without -ed, not after a determiner or an -ly adverb: `set up a confrontation over`, `took a
    stand on`, not `the set of`) before token k in its clause, before any relative word,
    quotation mark or comma?"""
    tokens, text = art.tokens, art.text
    for j in range(k - 1, -1, -1):
        if tokens[j].start < s_start or any(ch in art.gap(j) for ch in ",;:\"“”—"):
            return False
        word = tokens[j].norm
        if word in article_text.CLAUSE_WORDS or word in article_text.PRONOUNS:
            return False
        if not _lower(art, j):
            continue
        if word in article_text.AUX:
            return True
        if ((word.endswith(("ing", "ed")) and len(word) > 4) or word in IRREGULAR_PAST) and not (
            j > 0 and (tokens[j - 1].norm in _DETERMINERS or tokens[j - 1].norm.endswith("ly"))
        ):
            return True
    return False


def set_off_phrase(art: article_text.ArticleText, cue: article_text.Cue, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The phrase (first and last token) a one-word past-participle cue with an agent after
    "by" modifies, when it is set off before the cue: a plain noun phrase that opens the
    sentence or follows punctuation (`, a practice criticized by`, `- a fact first reported
    by`, `The country described by the president ...`), or, after a comma or a dash, the noun
    phrase before it (`The immigration bill, opposed by House Republicans, never became law`,
    `hoped the meeting, requested by Sanders, would`; before brackets: `a staffer for Sen.
    Kirsten Gillibrand (D-N.Y.), backed by`) or, when the participle's words end the sentence, the whole
    clause before it (`Burma has been taking steps toward democracy, encouraged by the United
    States.`, `..., for example, as first reported by the New York Times.`).  None when the cue
    has no such agent, or the words before it are a clause's (`was criticized by`, `the Senate
    confirmed by`, `who was nominated and confirmed by`)."""
    tokens = art.tokens
    first = cue.first
    word = tokens[first].norm
    if cue.last != first or first == 0 or not passive_participle(word) or word in _STIMULUS_PARTICIPLES:
        return None
    agent_end = _agent_end(art, first, s_end)
    if agent_end is None:
        return None
    n = first - 1
    while n >= 0 and tokens[n].start >= s_start and _clean(art, n) and _lower(art, n) and (
        tokens[n].norm in _ADVERBS or tokens[n].norm.endswith("ly") or tokens[n].norm == "as"
    ):
        n -= 1  # (`a fact first reported`, `a measure strongly opposed`, `, as first reported`)
    if n < 0 or tokens[n].start < s_start:
        return None  # (`Asked by`, `As reported by`: a participle opening its sentence is read elsewhere)
    set_off = not _clean(art, n)
    if not set_off and tokens[n + 1].norm == "as":
        return None  # (`known as reported by`: "as" not set off by a comma)
    bracketed = set_off and ")" in art.gap(n)
    if bracketed:
        opening = art.text.rfind("(", s_start, tokens[n].start)  # (`Gillibrand (D-N.Y.), backed by`)
        n = art.token_at_or_after(opening) - 1
        if opening < 0 or n < 0 or tokens[n].start < s_start:
            return None
    j = n
    while j > 0 and tokens[j - 1].start >= s_start and _clean(art, j - 1) and n - j < _MAX_PHRASE:
        j -= 1
    if j > 0 and tokens[j - 1].start >= s_start and _clean(art, j - 1):
        return None  # (a phrase too long to be the one modified)
    if set_off and _noun_phrase(art, j, n):
        return j, n  # (`The immigration bill, opposed by`)
    final = not art.text[tokens[agent_end].end : s_end].strip(" .!?\"”’'\n")
    if set_off and final and not bracketed and not (_lower(art, j) and tokens[j].norm in article_text.CLAUSE_WORDS):
        return _clause_start(art, j, n, s_start), n  # (`Burma has been taking steps toward democracy, encouraged by X.`)
    start = _noun_phrase_start(art, j, n)
    if start is None or (not set_off and start != j):
        return None  # (`the Senate confirmed by`, `Gruenberg, who was nominated by`: the verbs of clauses)
    return start, n


def _clause_start(art: article_text.ArticleText, j: int, n: int, s_start: int) -> int:
    """Where the clause a sentence-final participle modifies starts: at token j, after the last
    comma, when the words from there hold a verb (`Burma has been taking steps toward
    democracy, encouraged by`), else at the sentence start or the last colon or semicolon in
    it (`the super PAC started reserving ad time this week, for example, as first reported
    by`), unless that is far or crosses a quotation."""
    if any(_verb_form(art, t) for t in range(j, n + 1)):
        return j
    text, tokens = art.text, art.tokens
    start = max(s_start, text.rfind(":", s_start, tokens[j].start) + 1, text.rfind(";", s_start, tokens[j].start) + 1)
    s0 = art.token_at_or_after(start)
    if n - s0 > 2 * _MAX_PHRASE or any(ch in text[tokens[s0].start : tokens[n].end] for ch in "\"“”"):
        return j
    return s0


def _verb_form(art: article_text.ArticleText, k: int) -> bool:
    """Is token k a lower-case finite verb, a past form or an -ing form?"""
    word = art.tokens[k].norm
    return _lower(art, k) and (word in article_text.AUX or word.endswith(("ed", "ing")))


def _noun_phrase(art: article_text.ArticleText, j: int, n: int) -> bool:
    """Are tokens j to n a plain noun phrase of at most seven words: opened by a determiner, a
    number, a possessive or a capitalised word, with no clause word, auxiliary, pronoun or
    verb form in it?"""
    return n - j <= 6 and _opens_noun_phrase(art, j) and not any(_not_in_noun_phrase(art, t) for t in range(j, n + 1))


def _noun_phrase_start(art: article_text.ArticleText, j: int, n: int) -> int | None:
    """The first token of the plain noun phrase that ends at token n and starts at or after
    token j (`Democratic leaders hoped the meeting` -> "the meeting"), or None."""
    for start in range(max(j, n - 6), n + 1):
        if _noun_phrase(art, start, n):
            return start
    return None


def _agent_end(art: article_text.ArticleText, first: int, s_end: int) -> int | None:
    """The last token of the words after "by" and an agent (up to punctuation or the sentence
    end) after the participle at token `first`; None without such an agent (a means, `by
    phone`, or an act, `responded by blocking`)."""
    tokens, text = art.tokens, art.text
    k = first + 1
    if k + 1 >= len(tokens) or tokens[k + 1].start >= s_end or tokens[k].norm != "by" or not art.clean(first) or not art.clean(k):
        return None
    agent = tokens[k + 1]
    if agent.norm.endswith("ing") or agent.norm in _NOT_AGENTS or not agent.norm[:1].isalpha():
        return None
    if not (agent.norm in _AGENT_OPENERS or not text[agent.start].islower() or agent.norm.endswith("s")):
        return None
    e = k + 1
    while e + 1 < len(tokens) and tokens[e + 1].start < s_end and _clean(art, e):
        e += 1
    return e


def _clean(art: article_text.ArticleText, k: int) -> bool:
    """Does a phrase run across the gap after token k: clean (`art.clean`), and no dash set off
    by spaces (`attempts - an allegation`)?"""
    if not art.clean(k):
        return False
    gap = art.gap(k)
    return not (" " in gap and gap.strip() == "-")


def _lower(art: article_text.ArticleText, k: int) -> bool:
    return art.text[art.tokens[k].start].islower()


_DETERMINERS = frozenset("a an the this that these those his her its their our my your some many several other such".split())


def _opens_noun_phrase(art: article_text.ArticleText, k: int) -> bool:
    """Does a determiner, a number or a capitalised word open a noun phrase at token k?"""
    tok = art.tokens[k]
    first = art.text[tok.start]
    return tok.norm in _DETERMINERS or first.isdigit() or first.isupper() or tok.norm.endswith(("'s", "’s"))


def _not_in_noun_phrase(art: article_text.ArticleText, k: int) -> bool:
    """Is token k a word no plain noun phrase holds: a clause word, an auxiliary, a pronoun or a
    verb form in -ed (lower-case: `the Senate confirmed`)?"""
    word = art.tokens[k].norm
    if not _lower(art, k) and not (word in article_text.AUX or word in article_text.CLAUSE_WORDS):
        return False  # (a capitalised word is a name's, unless `Be recognized by`, `When`)
    return (
        word in article_text.CLAUSE_WORDS or word in article_text.AUX or word in article_text.PRONOUNS
        or (word.endswith("ed") and k > 0 and art.tokens[k - 1].norm not in _DETERMINERS)
    )
