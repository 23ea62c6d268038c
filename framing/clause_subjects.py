"""The subject of the clause a cue hangs on, found from the sentence rather than right before
the cue: for a participle (`..., saying`), a coordinated verb (`... and said`) or an infinitive
whose subject the backward scan of `framing.subject_phrases` does not reach.  It skips what is no
subject (datelines, appositives, fronted clauses, adjectives before a name).  Split from
`subject_phrases` to keep each module small; works on token indices of one `ArticleText`.
"""

from __future__ import annotations

import re

from framing.article_text import AUX, CLAUSE_WORDS, LEADING_PREPOSITIONS, PRONOUNS, SUBORDINATORS, ArticleText
from framing.lone_names import VERB_AFTER_SUBJECT_RE
from framing.name_words import CALENDAR_WORDS, NAME_PARTICLES, NOT_NAMES, OTHERS_OF_A_PERSON, TITLE_WORDS, capitalised
from framing.source_clauses import IRREGULAR_PAST  # (kept importable from here)
from framing.speaker_phrase_trims import KIN_NOUNS
from framing.subject_runs import through_description



_COORDINATED_OPENERS = frozenset("while whereas but when".split())


def clause_subject(art: ArticleText, s_start: int, before: int, coordinated: bool = False) -> tuple[int, int] | None:
    """The subject of the clause an `..., saying that` cue hangs on: the first name or pronoun
    after the last clause opener ("while", "whereas", "but") before the cue, or after the sentence
    start (`Earlier this week, Trump urged ..., writing that ...`)."""
    tokens, text = art.tokens, art.text
    first = art.token_at_or_after(s_start)
    if not coordinated or tokens[first].norm in SUBORDINATORS or _fronted_phrase(art, first, before):
        # (`After reporter Michael Scotto finished, Grimm stormed back and said`: the subject of
        # the main clause, after the fronted one)
        start = comma_clause_start(art, first, before)
        if start is not None and _appositive(art, start, before):
            start = None  # `distaste for Donald Trump, the current GOP front-runner, saying`
        elif start is not None and tokens[start].norm in ("the", "a", "an") and start - 1 > first and art.comma(start - 1) and (
            text[tokens[start - 1].start].isupper()
        ):
            # `Betty Friedan, the feminist leader and author, compared her ..., telling`: the
            # phrase after the comma is an appositive; the subject is the name before it.
            a = start - 1
            while a - 1 >= first and art.clean(a - 1) and (
                text[tokens[a - 1].start].isupper() or tokens[a - 1].norm in NAME_PARTICLES
            ) and start - a < 5:
                a -= 1
            if a >= first + 2 and tokens[a - 1].norm == "of" and text[tokens[a - 2].start].isupper():
                a -= 2  # `Senator Chuck Schumer of New York, the Democratic leader,`: the person's name
                while a - 1 >= first and art.clean(a - 1) and (
                    text[tokens[a - 1].start].isupper() or tokens[a - 1].norm in NAME_PARTICLES
                ) and start - a < 9:
                    a -= 1
            if tokens[a].norm not in NOT_NAMES:
                return a, start - 1
        if start is not None:  # `..., the Kremlin responded with scorn, refusing to ...`
            b = start
            while b + 1 <= before and art.clean(b) and (
                text[tokens[b + 1].start].isupper() or tokens[b + 1].norm in art.speakers.anonymous_heads
                or tokens[b + 1].norm in OTHERS_OF_A_PERSON  # `the Clinton campaign`, not Clinton
                or tokens[b + 1].norm in TITLE_WORDS  # `..., the senator stood up and said`
            ):
                b += 1
            if tokens[b].norm.endswith(("'s", "’s")) and (head := _owned_head(art, b, before)) is not None:
                b = head  # `..., Hillary Clinton’s right-hand woman rallied supporters, saying`
            return start, b
    j = before - 1 if coordinated else before
    # Only openers of a new clause with its own subject; "and" joins nouns as often ("Iraq and Libya").
    # A coordinated verb also goes with the subject of a subordinate clause it ends (`... when
    # Mr. Sanders took issue with the criticism and assailed Mrs. Clinton`).
    openers = _COORDINATED_OPENERS if coordinated else ("while", "whereas", "but")
    while j > first and tokens[j].norm not in openers:
        j -= 1
    dateline_end = 0
    for a in range(j if j > first else first, before + 1):
        if art.quote_in(tokens[a].start) is not None:
            continue
        word = text[tokens[a].start : tokens[a].end]
        norm = tokens[a].norm
        if norm in PRONOUNS and norm not in ("it", "who", "you"):
            return a, a
        if word[:1].isupper() and norm not in NOT_NAMES and norm not in CALENDAR_WORDS:
            if tokens[a].start < dateline_end:
                continue
            if a < before and (art.gap(a) == " - " or _dateline(art, a)):
                # a dateline: `BRUSSELS - European leaders gathered ..., offering`
                dateline_end = _DATELINE_RE.match(text, tokens[a].end).end() if art.gap(a) != " - " else 0
                continue
            b = a
            while b + 1 <= before and art.clean(b) and art.gap(b) != " - ":
                nxt = text[tokens[b + 1].start : tokens[b + 1].end]
                norm_next = tokens[b + 1].norm
                if not (
                    nxt[:1].isupper() or norm_next in TITLE_WORDS or norm_next in art.speakers.anonymous_heads
                    or norm_next in OTHERS_OF_A_PERSON  # `The Clinton campaign pushed back, calling`
                ):
                    break
                b += 1
            if b + 2 <= before and tokens[b + 2].norm == "who" and art.clean(b) and art.clean(b + 1) and (
                text[tokens[b + 1].start].islower() and tokens[b + 1].norm.isalpha() and tokens[b + 1].norm not in AUX
            ):
                b += 1  # `Central European leaders who have been ... have embraced ..., warning`: the noun the names modify
            if b == a and a == first and b + 1 < before and _modifier(art, a, before):
                continue  # `Bombastic conservative talk show host Glenn Beck closed ...`: an adjective
            pair = _second_conjunct(art, b, before)
            if pair is not None:
                return a, pair  # `Bernie Sanders and Hillary Clinton stood ... and repeated`: both (`framing.speakers` joins them)
            if tokens[b].norm.endswith(("'s", "’s")) and (head := _owned_head(art, b, before)) is not None:
                return _worker_before(art, a, first), head  # `Hillary Clinton’s right-hand woman rallied ..., saying`: hers, not Clinton
            return _worker_before(art, a, first), through_description(art, b, before)  # (`Presumptive Republican presidential nominee Donald Trump`)
    return None


def colon_clause_subject(art: ArticleText, colon: int) -> tuple[int, int] | None:
    """The subject of the clause a colon ends before a quotation, where no name stands right
    before the colon (`On July 6, 2015, Sanders made the following comment: "..."`, `When Wallace
    died in 1998, President Clinton released the following statement:`, `Trump went even
    further:`): the quotation's speaker, as the subject of "said" would be.  Only a subject a
    verb follows: `Partial transcript as follows:` and `Wait, it gets better:` name no one (None)."""
    s_start, _ = art.sentence_of(colon)
    first, last = art.token_at_or_after(s_start), art.token_at_or_after(colon) - 1
    if last <= first:
        return None
    found = clause_subject(art, s_start, last)
    if found is None or found[1] >= last or art.quote_in(art.tokens[found[0]].start) is not None:
        return None
    if VERB_AFTER_SUBJECT_RE.match(art.text, art.tokens[found[1]].end) is None:
        return None
    return found


# Lower-case words that, right after a sentence's first word, make it open a fronted phrase
# (`Prior to the declaration,`, `Ahead of the vote,`, `Hours before the vote,`), not a subject.
_FRONTED_LINKS = LEADING_PREPOSITIONS | frozenset("to of".split())


def _fronted_phrase(art: ArticleText, first: int, before: int) -> bool:
    """Does the sentence open with a word and a preposition (`Prior to the declaration, House
    Speaker Nancy Pelosi called ... and vowed`)?  Then the subject of a coordinated verb is after
    the comma, as after a fronted clause, not the capitalised first word."""
    tokens, text = art.tokens, art.text
    return (
        first + 2 < before
        and art.clean(first)
        and tokens[first].norm not in CLAUSE_WORDS  # `But for Donald Trump, Oz's show ... offered`
        and text[tokens[first + 1].start].islower()
        and tokens[first + 1].norm in _FRONTED_LINKS
    )


def _worker_before(art: ArticleText, a: int, first: int) -> int:
    """The start of a subject whose name at token `a` is the body a described person works or
    speaks for, opening the clause (`|A reporter for USA Today spotted Stein ... and reported`,
    `|A spokesman for the Kremlin ... and said`): the description, whose speaker is the person
    (`framing.job_nouns`, `name_words.OTHERS_OF_A_PERSON`), not the body.  `a` otherwise."""
    tokens = art.tokens
    p = a - 1
    if p > first and tokens[p].norm == "the":
        p -= 1
    if p - 2 < first or tokens[p].norm not in ("for", "with", "at", "of", "to"):
        return a
    noun, det = tokens[p - 1], p - 2
    if not (noun.norm in art.speakers.job_nouns or noun.norm in OTHERS_OF_A_PERSON) or not art.text[noun.start].islower():
        return a
    return det if det == first and tokens[det].norm in ("a", "an", "the") and art.clean(det) and art.clean(p - 1) else a


def _second_conjunct(art: ArticleText, b: int, before: int) -> int | None:
    """The last token of a capitalised run joined by "and" to the subject's run ending at `b`
    (`Bernie Sanders and |Hillary Clinton|`), when a lower-case word follows it before `before`
    (its verb); None otherwise."""
    tokens, text = art.tokens, art.text
    c = b + 2
    if c >= before or tokens[b + 1].norm != "and" or not (art.clean(b) and art.clean(b + 1)):
        return None
    if tokens[c].norm == "the" and c + 1 < before and art.clean(c) and text[tokens[c + 1].start].isupper():
        # `The New York Times and the Gannett newspaper chain filed ..., arguing`: a description
        c += 1
        while c + 1 < before and art.clean(c) and text[tokens[c + 1].start].isupper() and c - b < 6:
            c += 1
        j = c + 1
        while j < before and j - c <= 3 and art.clean(j - 1) and text[tokens[j].start].islower() and not _verb_like(tokens[j].norm):
            j += 1
        return j - 1 if j <= before and text[tokens[j].start].islower() and _verb_like(tokens[j].norm) else None
    if not text[tokens[c].start].isupper() or tokens[c].norm in NOT_NAMES:
        return None
    while c + 1 < before and art.clean(c) and text[tokens[c + 1].start].isupper() and c - b < 6:
        c += 1
    return c if text[tokens[c + 1].start].islower() else None


def _owned_head(art: ArticleText, b: int, before: int) -> int | None:
    """The head noun after a possessive name at token `b` that opens a subject (`Hillary Clinton’s
    right-hand woman rallied`): up to three lower-case words before a verb; None otherwise."""
    tokens, text = art.tokens, art.text
    j = b + 1
    while j < before and j - b <= 3 and art.clean(j - 1) and text[tokens[j].start].islower() and not _verb_like(tokens[j].norm):
        j += 1
    return j - 1 if j - 1 > b and j <= before and text[tokens[j].start].islower() and _verb_like(tokens[j].norm) else None


def _verb_like(norm: str) -> bool:
    """Does a lower-case word after a description read as its verb ("filed", "have", "says")?"""
    return norm in AUX or norm in IRREGULAR_PAST or (norm.endswith("ed") and len(norm) > 3) or (norm.endswith("s") and not norm.endswith("ss") and len(norm) > 3)


FINITE_WORDS = frozenset("is was were are has have had will would can could did does".split())


_DATELINE_RE = capitalised(
    r"(?:[ \t]+[A-Z][\w.]*){0,2}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+\d+)?)?[ \t]*(?:\([A-Z][\w. ]*\))?(?:[ \t]*[—–―]|[ \t]+-)[ \t]"
)


def _dateline(art: ArticleText, a: int) -> bool:
    """Does token `a` open a dateline at the start of a paragraph (`WASHINGTON —`, `New York
    (AFP) –`, `WASHINGTON, June 24 (UPI) —`)?  Its place is no one's name."""
    text, start = art.text, art.tokens[a].start
    if start > 0 and text[start - 1] != "\n":
        return False
    return _DATELINE_RE.match(text, art.tokens[a].end) is not None


def _appositive(art: ArticleText, start: int, before: int) -> bool:
    """Is tokens start..before a phrase set off by commas with no verb in it (an appositive or
    an aside, `..., the current GOP front-runner, saying`), not a clause (`..., the Kremlin
    responded with scorn, refusing`)?"""
    tokens, text = art.tokens, art.text
    if not art.comma(before) or any(art.comma(t) for t in range(start, before)):
        return False
    return not any(
        text[tokens[t].start].islower()
        and (tokens[t].norm in FINITE_WORDS or tokens[t].norm in IRREGULAR_PAST or (tokens[t].norm.endswith("ed") and len(tokens[t].norm) > 4))
        for t in range(start, before + 1)
    )


def _modifier(art: ArticleText, a: int, before: int) -> bool:
    """Is the capitalised word opening a sentence at token `a` an adjective before a noun phrase
    that ends in a name, not a subject before its verb: the next word is lower case and reads as
    no verb, and a capitalised word follows within a few words ("Bombastic conservative talk show
    host Glenn Beck"; not "Sanders instead delivered", "Google long had")?"""
    tokens, text = art.tokens, art.text
    nxt = tokens[a + 1]
    return (
        not tokens[a].norm.endswith("'s")
        and art.gap(a).isspace()  # not "FactCheck.org rated": a word joined to the next is no adjective
        and any(text[tokens[j].start].isupper() for j in range(a + 2, min(before + 1, a + 7)))
        and art.clean(a)
        and art.text[nxt.start].islower()
        and nxt.norm not in AUX
        and nxt.norm not in CLAUSE_WORDS  # `Trump and his aides have ...`
        and nxt.norm not in LEADING_PREPOSITIONS
        and nxt.norm != "of"
        and VERB_AFTER_SUBJECT_RE.match(art.text, art.tokens[a].end) is None
    )


def comma_clause_start(art: ArticleText, first: int, k: int) -> int | None:
    """The latest token after `first` and up to `k` that opens a clause with a subject of its own
    after a comma (`..., the Kremlin responded`, `Earlier this week, Trump urged`): "the" or a
    capitalised word other than a sentence opener, right after a comma."""
    tokens, text = art.tokens, art.text
    for t in range(k, first, -1):
        if art.comma(t - 1) and art.quote_in(tokens[t].start) is None and not (
            text[tokens[t - 1].start].isupper() and text[tokens[t].start].isupper() and t <= k and art.comma(t)
        ):  # (not the state after a city: `in Tulsa, Oklahoma, arguing`)
            norm = tokens[t].norm
            if tokens[t - 1].norm in KIN_NOUNS and _kin_name(art, t, k):
                continue  # `took his daughter, Chloe, there to explain`: the name of one's kin, no subject
            if norm == "the" or (text[tokens[t].start].isupper() and norm not in NOT_NAMES and norm not in CALENDAR_WORDS):
                return t
            if norm in _CLAUSE_SUBORDINATORS and t < k and (tokens[t + 1].norm == "the" or (
                text[tokens[t + 1].start].isupper() and tokens[t + 1].norm not in NOT_NAMES
            )):
                return t + 1  # `a speech at the State University ..., when Sanders protesters interrupted her, shouting`
    return None



def _kin_name(art: ArticleText, t: int, k: int) -> bool:
    """Is the capitalised run at token `t`, after a comma and a noun of kin, a name in apposition
    closed by a comma before `k` (`his 3-year-old daughter, Chloe, there`)?"""
    tokens, text = art.tokens, art.text
    u = t
    while u < k and u - t < 3 and text[tokens[u].start].isupper():
        if art.comma(u):
            return True
        u += 1
    return False


# Words opening a clause after a comma, before its subject: `..., when Sanders protesters interrupted`.
_CLAUSE_SUBORDINATORS = frozenset("when as while after because since".split())


# Prepositions before places joined by "and" inside one noun phrase: `Monitors in Kharkiv and Zaporizhzhia`.
_PLACE_PREPOSITIONS = frozenset("in from of at across".split())
_OBJECT_PRONOUNS = frozenset("him her them us me".split())


_UNNAMED_PLACES = frozenset("elsewhere abroad".split())  # places joined to a named one, never a source


def places_joined(art: ArticleText, k: int, floor: int) -> int | None:
    """The first token of a noun phrase `Monitors in Kharkiv and |Zaporizhzhia` when the phrase
    scanned back from a cue stopped at token k (a capitalised word) on an "and" that joins two
    places after a preposition, not two clauses: nothing before the preposition reads as a verb
    or a pronoun, back to the sentence's start or a clause word (`He met officials in Kyiv and
    Zelensky said` joins clauses: "He met").  None otherwise."""
    tokens, text = art.tokens, art.text
    a = k - 2
    if a < 0 or tokens[a].start < floor or tokens[k - 1].norm != "and" or not art.clean(k - 1) or not art.clean(a):
        return None
    if not (text[tokens[k].start].isupper() or tokens[k].norm in _UNNAMED_PLACES) or not text[tokens[a].start].isupper():
        return None  # (`the authorities in New York and elsewhere have warned`: "elsewhere" is a place too)
    while a - 1 >= 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and text[tokens[a - 1].start].isupper() and k - a < 5:
        a -= 1  # `in New York and |Washington`
    p = a - 1
    if p < 1 or tokens[p].start < floor or tokens[p].norm not in _PLACE_PREPOSITIONS or not art.clean(p) or not art.clean(p - 1):
        return None
    start = p
    while start - 1 >= 0 and tokens[start - 1].start >= floor and art.clean(start - 1) and p - start < 5:
        norm = tokens[start - 1].norm
        if norm in CLAUSE_WORDS:
            break
        if (
            norm in PRONOUNS or norm in _OBJECT_PRONOUNS or norm in AUX or norm in FINITE_WORDS or norm in IRREGULAR_PAST
            or (norm.endswith("ed") and len(norm) > 4) or norm in _PLACE_PREPOSITIONS
        ):
            return None  # a clause before (`He met officials in Kyiv`), not a noun phrase
        start -= 1
    if start == p or not (start == 0 or tokens[start - 1].start < floor or tokens[start - 1].norm in CLAUSE_WORDS):
        return None  # (the noun phrase must open where the scan would stop anyway)
    return start


def headline_conjunct_subject(art: ArticleText, s_start: int, k: int, first: int) -> tuple[int, int] | None:
    """The subject of a headline's second verb, joined to the first by a comma alone (`'Jail!'
    Trump slams 'crooked' Hillary aide Huma, calls on 'Deep State' DOJ to act`: Trump calls on
    the DOJ), as headlines drop the "and".  Only on the article's first line, for a cue in
    lower-case -s form right after the comma (`k` the token before it, `first` the cue's), when the
    clause before opens with a name (capitalised words outside quotation marks) and its own
    lower-case -s verb; None otherwise."""
    tokens, text = art.tokens, art.text  # (the headline: the first line, as `cue_reading.in_headline` reads it)
    cue = text[tokens[first].start : tokens[first].end]
    if not (cue.isalpha() and cue.islower() and cue.endswith("s") and tokens[first].start < text.find("\n", 0, 200)):
        return None
    a = art.token_at_or_after(s_start)
    while a < k and (art.quote_in(tokens[a].start) is not None or not text[tokens[a].start].isalpha()):
        a += 1  # (`'Jail!'`: a quotation opening the headline)
    if a >= k or not text[tokens[a].start].isupper() or tokens[a].norm in NOT_NAMES or tokens[a].norm in CALENDAR_WORDS:
        return None
    b = a
    while b + 1 < k and art.clean(b) and text[tokens[b + 1].start].isupper() and b - a < 3:
        b += 1
    verb = text[tokens[b + 1].start : tokens[b + 1].end]
    if not (art.clean(b) and verb.isalpha() and verb.islower() and verb.endswith("s") and not verb.endswith("ss")):
        return None
    return a, b


def speech_after_raising(art: ArticleText, last: int, subject: tuple[int, int]) -> bool:
    """Does a raising verb's cue ("seemed", "appears", ending at token `last`) go on with "to" and
    a reporting verb, after a person (a pronoun or a capitalised name) as its `subject` (`He seemed
    to suggest a double standard is at play`, `She appeared to imply that`)?  Then the subject
    speaks, as PolNeAR marks it (7 of the 10 such cues in train and dev have the subject as source:
    `Cruz seemed to blame the network`); where a thing appears so (`The email appears to
    contradict`) the subject stays in the content (`framing.complement_cues`)."""
    tokens, text = art.tokens, art.text
    k, head = last + 1, tokens[subject[1]]
    person = head.norm in ("he", "she", "they", "i", "we") or (text[head.start].isupper() and head.norm not in NOT_NAMES)
    return person and k + 1 < len(tokens) and tokens[k].norm == "to" and art.clean(k) and tokens[k + 1].norm in art.single_word_verbs
