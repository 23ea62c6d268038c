"""What `framing.attribution` reads around one reporting cue before trying its patterns: the
sentence, the cue's lemma and weight, the words on either side, and the subject before it.

Why a module of its own: every pattern of `attribution._attribute` asks the same questions of the
cue (is it a participle, an infinitive, followed by "that"?), so they are answered once, by
`read_context`, into a `CueContext` the patterns share, instead of a dozen parameters passed to
each.  `read_context` also turns down the cues that are no reporting verb here ("went on to say",
"show up", "agreed to the talks"); `find_subject` and `shared_subject` find who the cue would
credit; `make_attribution` builds the attribution once a pattern has found its source and content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing import article_text, aside_subjects, clause_subjects, source_ends, speaker_pairs, subject_phrases, weak_cues
from framing.claim_nouns import claim_modifiers
from framing.cue_reading import (
    NOUN_BEFORE,
    VERB_ONLY_FORMS,
    ambiguous_noun,
    base_form_after_noun,
    headline_verb,
    lemma,
    modified_noun,
    noun_before_preposition,
    object_follows,
)
from framing.cue_senses import other_sense
from framing.lexicon import Entry
from framing.models import Attribution, Range
from framing.name_words import in_title_case_line

_PARTICLES = frozenset("up off out down away back".split())
_ANSWERING_VERBS = frozenset("write fire shoot snap".split())  # "wrote back:", "fired back that ..."
_GO_FORMS = frozenset("go goes going went gone".split())
# A pronoun with "has" or "is" ("he's said", "she’s argued"), unlike a possessive ("King's show"):
# the cue after it is a verb.
CONTRACTED_S = frozenset("he's she's it's who's that's there's what's where's here's".split())
# Between a cue and the quotation it introduces: punctuation, perhaps one adverb ("adding later, ").
SPEECH_GAP_RE = re.compile(r"[\s,:–—-]*(?:(?:\w+ly|later|then|again|also|too|once|simply)[\s,:–—-]+)?")
# Participles that after "be" name the subject's own state of mind, not something done to it.
_STATE_PARTICIPLES = frozenset("convince persuade worry concern alarm disappoint frustrate satisfy surprise shock".split())
# Auxiliaries, negations and adverbs a source phrase may end on when its scan stopped at a word
# between them (`It will not yet say`, `Comey cannot say`, `the president will say`): they are
# no part of who speaks.
_TRAILING_AUX = (article_text.AUX - {"first"}) | frozenset(
    "cannot can't can’t shouldn't shouldn’t mustn't mustn’t isn't isn’t aren't aren’t wasn't wasn’t weren't weren’t yet only ever".split()
)
# Contracted auxiliaries after a pronoun source (`he’s saying`): the source is the pronoun.
LOWERING = "lowering"  # the stance class of reporting_verbs.tsv for cues that cast doubt ("claim", "allege")
# Legal filings: a lowering cue after one is the law's word for what it asserts (`the lawsuit claims`).
FILING_NOUNS = frozenset("lawsuit lawsuits suit suits complaint complaints petition petitions filing filings indictment motion affidavit".split())
_CONTRACTED_AUX = ("'s", "’s", "'m", "’m", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll")


@dataclass(slots=True)
class CueContext:
    """One cue and what its patterns read around it, built once per cue by `read_context` (the
    text and tokens are `art.text` and `art.tokens`)."""

    art: article_text.ArticleText
    cue: article_text.Cue
    prev: Attribution | None  # the attribution found before this cue, if any
    weak: set[int]  # starts of cues taken on weaker evidence (see `framing.weak_cues`)
    entry: Entry
    strength: int  # the evidence the cue needs: its lexicon weight, see `framing.attribution`
    cue_start: int
    cue_end: int
    s_start: int  # the cue's sentence
    s_end: int
    verb: str  # the cue's lemma ("say", "according_to")
    participle: bool  # an -ing form ("saying")
    infinitive: bool  # a strong cue after "to" ("continued to question")
    has_that: bool  # "that" right after the cue
    before: str  # the word before the cue in its sentence, or ""
    after: str  # the word after it in its sentence, or ""
    quote_before: int | None = None  # a quotation right before a participle cue (`rated it "false," noting`)
    subject: tuple[int, int] | None = None  # the source's tokens, once found
    passive: bool = False  # `was told by X`: the subject is what is told, the agent its source
    reduced_relative: bool = False  # `the figures cited by the ministry`: a participle modifying the noun before it
    opening: bool = False  # the cue opens a participle clause before the main one (`Having said ..., the minister left`)


def participle(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Does the cue open with an -ing form ("telling", "saying")?"""
    return art.tokens[cue.first].norm.endswith("ing")


# Words that may go before a cue opening a fronted participle clause: `After saying`, `Having said`.
_OPENING_WORDS = frozenset("after before while when since upon on in by having".split())


def opens_participle_clause(art: article_text.ArticleText, cue: article_text.Cue, s_start: int) -> bool:
    """Does the cue open a participle clause fronted before its sentence's main clause (`Having
    said that he would resign, the minister left`, `After saying ..., the man ended up`, `Noting
    that ..., Tester added`)?  Only opening words go before it, and "having" before a past
    form.  The clause has no subject of its own: it shares the main clause's, after the comma."""
    tokens = art.tokens
    k = art.token_at_or_after(s_start)
    words = [tokens[t].norm for t in range(k, cue.first)]
    if any(w not in _OPENING_WORDS for w in words):
        return False
    return participle(art, cue) or (bool(words) and words[-1] == "having" and art.clean(cue.first - 1))


def read_context(art: article_text.ArticleText, cue: article_text.Cue, prev: Attribution | None, weak: set[int]) -> CueContext | None:
    """The context of `cue`, or None when the cue is no reporting verb where it stands (a Title
    Case word, "went on to say", "needs to tell", "show up", "for telling", "agreed to the
    talks", "is expected in Istanbul", "FEC reports show").  A strong cue after "to" is taken on
    weaker evidence: its start is added to `weak`."""
    text, tokens = art.text, art.tokens
    entry = cue.match.entry
    strength = entry.weight or 2
    first = cue.first
    first_token = tokens[first]
    norm = first_token.norm
    if norm in VERB_ONLY_FORMS:
        strength = max(strength, 2)  # "stated", "supported": only "state", "support" need the noun rules' caution
    cue_start, cue_end = first_token.start, tokens[cue.last].end
    is_participle = norm.endswith("ing")  # (`participle`, read here without the call)
    infinitive = False  # a strong cue after "to" ("continued to question")
    s_start, s_end = art.sentence_of(cue_start)
    verb = art.lemmas.get(entry.term)
    if verb is None:
        verb = art.lemmas[entry.term] = lemma(entry.term, art.single_word_verbs)
    if text[cue_start].isupper() and art.token_at_or_after(s_start) != first:
        # "Secretary of State" is no verb; in a Title Case headline only "Says", "Tells", "Claims"
        # (the strongest cues) are taken as verbs.
        if strength < 2 or not in_title_case_line(text, cue_start):
            return None
        if strength == 2 and not headline_verb(art, cue):
            return None
    # The words on either side within the sentence ("" at its edges); "that" after the cue is one.
    k0 = cue.last + 1
    after = tokens[k0].norm if k0 < len(tokens) and tokens[k0].start < s_end else ""
    has_that = after == "that"
    before = tokens[first - 1].norm if first > 0 and tokens[first - 1].start >= s_start else ""
    if before == "to" and first >= 3 and tokens[first - 2].norm == "on" and tokens[first - 3].norm in _GO_FORMS:
        return None  # `She went on to say`: the fixed phrase is read by framing.cue_patterns
    if before == "to" and not has_that and not SPEECH_GAP_RE.fullmatch(text, cue_end, min(cue_end + 3, s_end)):
        # "needs to tell the truth", "failed to show up": an infinitive reports nothing by itself,
        # unless its cue is strong (weight 2 or more) and no other attribution holds it: "Trump
        # continued to question Cruz's temperament" (PolNeAR train: 50% of these marked)
        if weak_cues.infinitive_turned_down(art, cue, strength):
            return None
        weak.add(cue_start)
        infinitive = True
    if after in _PARTICLES and art.clean(cue.last) and not (after == "back" and verb in _ANSWERING_VERBS):
        return None  # "show up", "call off", "back down": another verb than the cue (not "wrote back:";
        # not `said, "Out of nowhere ..."`, a quotation's first word after the comma)
    if before in ("for", "without") and is_participle:
        return None  # "criticized Fiorina for telling the truth": the reason for another act, not a report;
        # "without offering specifics": an act not done
    if verb == "agree" and after == "to" and object_follows(art, k0 + 1, s_end):
        return None  # "agreed to the talks": consent to an act, not a report (cf. "agreed to meet", "agreed that")
    if verb == "expect" and before in subject_phrases.BE and after not in ("to", "that"):
        return None  # "He is expected in Istanbul on Friday": a schedule, not a belief credited to anyone
    if other_sense(art, cue, verb, before, after, s_end):
        return None  # "FEC reports show", "the most telling promise", "found herself", "reported from Oakland"
    return CueContext(
        art, cue, prev, weak, entry, strength, cue_start, cue_end, s_start, s_end, verb, is_participle, infinitive, has_that,
        before, after,
    )


def reads_as_noun(c: CueContext) -> bool:
    """Does the cue read as a noun ("the claims", "King's show", "state law")?  Asked only where
    it decides (after pattern 1, with no "that" after the cue), since it is the costlier test."""
    art, cue = c.art, c.cue
    before, after = c.before, c.after
    return (bool(before) and (
        before in NOUN_BEFORE or (before.endswith("'s") and before not in CONTRACTED_S) or base_form_after_noun(art, cue)
        or modified_noun(art, cue, before)
    )) or noun_before_preposition(art, cue, after) or ambiguous_noun(art, cue, before, after)


def make_attribution(c: CueContext, src: tuple[int, int] | None, content: Range | None) -> Attribution:
    """The attribution of the cue with source tokens `src` (named by `art.speakers`, which stays
    quiet about a source inside the previous attribution's content) and `content`."""
    speaker, anonymous = (None, False)
    source = None
    if src is not None:
        art = c.art
        tokens, prev, text = art.tokens, c.prev, art.text
        first, last = src
        while last > first and tokens[last].norm in _TRAILING_AUX and text[tokens[last].start].islower():  # (not `Theresa May`)
            last -= 1
        src_tokens = list(tokens[first : last + 1])
        if len(src_tokens) > 1 and src_tokens[-1].norm in ("who", "which"):
            src_tokens.pop()  # the relative pronoun is in the source range, not the name
        elif len(src_tokens) > 3 and src_tokens[-1].norm == "whom" and src_tokens[-2].norm == "of":
            del src_tokens[-3:]  # `Democrats, both of whom`: nor is "both of whom"
        src_start = tokens[first].start
        speakers = art.speakers
        speakers.muted = (
            prev is not None and prev.content is not None and prev.content.start <= src_start < prev.content.end
        )
        try:
            speaker, anonymous = speakers.name_of(src_tokens, src_start)
        finally:
            speakers.muted = False
        last_token = tokens[last]
        src_end = last_token.end
        if last_token.norm.endswith(_CONTRACTED_AUX):
            base = re.split("['’]", last_token.norm, maxsplit=1)[0]
            if base in article_text.PRONOUNS:
                src_end = last_token.start + len(base)  # `he’s saying`: "he"
        if text[src_end : src_end + 1] == "%":
            src_end += 1  # `47% say`: the sign is no token, but part of the source
        src_end = source_ends.with_abbreviation_stop(text, src_end, c.cue_start)  # `of Ashton, Md., who ...,`
        if speaker is not None and " and " in speaker and " and " not in text[src_start:src_end]:
            # `Mr. Grassley and Mr. Leahy said`: the speaker names both, so does the source's range
            conjuncts = speaker_pairs.conjuncts_start(text, src_start)
            src_start = src_start if conjuncts is None else conjuncts
        source = Range(src_start, src_end)
        if c.entry.category == LOWERING and last_token.norm in FILING_NOUNS:
            # `The lawsuit claims that`, `the complaint alleges`: the law's own words for what a
            # filing asserts cast no doubt on it, as they do on a person's words.
            return Attribution(Range(c.cue_start, c.cue_end), c.verb, "neutral", speaker, source, content, anonymous)
    return Attribution(Range(c.cue_start, c.cue_end), c.verb, c.entry.category, speaker, source, content, anonymous)


def _possessor(art: article_text.ArticleText, cue: article_text.Cue, before: str, s_start: int, skip: int = 0) -> tuple[int, int] | None:
    """The name owning a noun cue (`Trump's claim that`, `Mr. Obama's remarks`, with `skip`
    adjectives between: `Trump's false claims that`): its tokens, or None when the word before
    the cue (and its adjectives) is no capitalised possessive or the cue reads as a verb."""
    if not before.endswith("'s") or before in CONTRACTED_S:
        return None
    tokens, text = art.tokens, art.text
    p = cue.first - 1 - skip
    if tokens[cue.first].norm.endswith(("ed", "ing")) or p < 0 or tokens[p].start < s_start or not art.clean(p):
        return None
    if not text[tokens[p].start].isupper():
        return None
    a = p
    while a > 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and text[tokens[a - 1].start].isupper() and p - a < 4:
        a -= 1
    return a, p


_PASSIVE_HEADLINE_NEXT = frozenset("as of with by".split())  # `Identified As`, `Accused Of`, `Charged With`
_ACTIVE_HEADLINE_BEFORE = frozenset("just who which that have has had once".split())


def headline_participle(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Is the cue an -ed word in a Title Case headline before "As", "Of", "With" or "By"
    (`Cesar Sayoc Identified As Mail Bomb Suspect`, `FDIC Accused Of Covering Up China Hacking`)?
    A passive with its "is" left out: the name before it is who was identified or accused, not
    the source.  Not after "Just", "Who", "Have" (`Trump Just Announced Who ...`, `Actor Who
    Endorsed Ted Cruz`: the past tense of a clickbait headline), nor before an object (`Salma
    Hayek Described Her Experience`)."""
    tokens = art.tokens
    word, start = tokens[cue.first].norm, tokens[cue.first].start
    if cue.first != cue.last or not word.endswith("ed") or not art.text[start].isupper() or cue.first == 0:
        return False
    nxt = cue.last + 1
    return (
        nxt < len(tokens) and tokens[nxt].norm in _PASSIVE_HEADLINE_NEXT and art.clean(cue.last)
        and tokens[cue.first - 1].norm not in _ACTIVE_HEADLINE_BEFORE and in_title_case_line(art.text, start)
    )


def passive_after_and(art: article_text.ArticleText, cue: article_text.Cue, s_start: int) -> bool:
    """Is the cue a participle joined by "and" to a passive before it (`He was arrested and
    accused of threatening to use a bomb`, `being arrested and accused of`)?  It shares the "be":
    a passive too, whose subject is who was accused, not the source.  Only before "of", "with",
    "as", "by" (`accused of`, `charged with`)."""
    tokens = art.tokens
    k = cue.first - 1
    if cue.first != cue.last or k < 2 or tokens[k].norm != "and" or not tokens[cue.first].norm.endswith("ed"):
        return False
    if cue.last + 1 >= len(tokens) or tokens[cue.last + 1].norm not in _PASSIVE_HEADLINE_NEXT:
        return False  # (`was criticized and responded that ...`: an active verb of its own)
    p, b = tokens[k - 1], tokens[k - 2]
    return (
        b.start >= s_start and art.clean(k - 2) and art.clean(k - 1) and art.clean(k)
        and b.norm in subject_phrases.BE and p.norm.endswith("ed") and art.text[p.start].islower()
    )


def find_subject(c: CueContext) -> None:
    """Set the cue's subject (and whether it is passive): the phrase before it, a possessor
    (`Trump's claim that`), the clause's name for an infinitive, or one across an aside.  The
    patterns after this credit the subject unless they find a better source."""
    art, cue = c.art, c.cue
    s_start, before = c.s_start, c.before
    if (before in _OPENING_WORDS or not before) and opens_participle_clause(art, cue, s_start):
        c.opening = True  # `Having said ...,`: no subject before the cue (not "Having")
        c.subject, c.passive = None, False
        return
    subject, passive = subject_phrases.subject_before(art, cue.first, s_start)
    if subject is not None and not passive and (headline_participle(art, cue) or passive_after_and(art, cue, s_start)):
        passive = True  # `Cesar Sayoc Identified As Mail Bomb Suspect`: the headline's "is" left out
    owner = _possessor(art, cue, before, s_start) if before.endswith("'s") else None  # (its own first test)
    skip = claim_modifiers(art, cue) if owner is None and before not in NOUN_BEFORE else 0
    if skip:  # `Trump's false claims that ...`: the possessor before the adjectives
        owner = _possessor(art, cue, art.tokens[cue.first - 1 - skip].norm, s_start, skip)
    if owner is not None:
        subject, passive = owner, False  # `seized on Trump's claim that ...`: Trump claims it
    if (c.infinitive or before == "to") and subject is not None:
        subject = weak_cues.infinitive_subject(art, subject)  # (`It is important to note that`: no one)
    if c.infinitive and subject is None and not passive:
        # `Ben Carson went on ABC's This Week to defend ...`: the name opening the clause
        subject = clause_subjects.clause_subject(art, s_start, cue.first - 1)
    if subject is None and not passive:
        subject = aside_subjects.subject_across_aside(art, cue.first, s_start)
    if subject is not None and c.prev is not None and c.prev.source is not None:
        # (the callees' own first tests, made here without the calls: most subjects hold neither
        # the previous cue nor part of its source)
        prev, tokens = c.prev, art.tokens
        start, end = tokens[subject[0]].start, tokens[subject[1]].end
        found = None
        if prev.content is not None and start <= prev.cue.start < end:
            found = _before_reduced_relative(art, subject, prev, s_start)
        if found is None:
            source = prev.source
            inside = source.start <= start and end <= source.end and (start, end) != (source.start, source.end)
            found = _whole_source(art, subject, source) if inside else subject
        subject = found
    if (
        subject is not None and c.prev is not None and art.tokens[subject[1]].end == c.prev.cue.end
        and subject[1] > subject[0] and art.tokens[subject[1] - 1].norm in article_text.PRONOUNS
    ):
        subject = None  # `a message that he hopes will appeal to`: the cue is inside what he hopes
    c.subject, c.passive = subject, passive


def _before_reduced_relative(
    art: article_text.ArticleText, subject: tuple[int, int], prev: Attribution, s_start: int
) -> tuple[int, int] | None:
    """`A copy of the memo seen by Reuters said ...`: when the subject holds the previous cue, a
    participle modifying the noun right before it (its content that noun phrase, its source the
    agent after it), the subject is the noun phrase before the participle, not the clause."""
    tokens = art.tokens
    content = prev.content
    if content is None or prev.source is None or not tokens[subject[0]].start <= prev.cue.start < tokens[subject[1]].end:
        return None
    if art.text[content.end : prev.cue.start] != " " or not prev.cue.end < prev.source.start:
        return None
    found, _passive = subject_phrases.subject_before(art, art.token_at_or_after(prev.cue.start), s_start)
    return found


def _whole_source(art: article_text.ArticleText, subject: tuple[int, int], source: Range) -> tuple[int, int]:
    """A subject found as part of the previous attribution's source is all of that source: `Tea
    party organizers disputed ... and called on` credits "Tea party organizers", not "Tea"."""
    start, end = art.tokens[subject[0]].start, art.tokens[subject[1]].end
    if not (source.start <= start and end <= source.end and (start, end) != (source.start, source.end)):
        return subject
    first, last = art.token_at_or_after(source.start), art.token_at_or_after(source.end) - 1
    if last - first > 5 or any(t < last and not art.clean(t) for t in range(first, last + 1)):
        return subject  # (`Scotto, who`: no plain noun phrase)
    for t in [*range(first, subject[0]), *range(subject[1] + 1, last + 1)]:
        norm = art.tokens[t].norm
        if (
            norm in article_text.CLAUSE_WORDS or norm in article_text.PRONOUNS or norm in article_text.AUX
            or norm in clause_subjects.FINITE_WORDS or norm in clause_subjects.IRREGULAR_PAST
            or norm.endswith("ing") or (norm.endswith("ed") and len(norm) > 4)
            or (t > subject[1] and norm in ("the", "a", "an"))
        ):
            return subject  # (`Williams suggested he`, `He made reference`: a clause, not a noun phrase)
    return first, last


def _named_subject_before(art: article_text.ArticleText, first: int) -> bool:
    """Does a capitalised word stand right before the cue's auxiliaries (`..., and Hillary
    Clinton is promising`)?  Then the participle has its own subject."""
    tokens = art.tokens
    j = first - 1
    while j >= 0 and tokens[j].norm in article_text.AUX and art.clean(j):
        j -= 1
    return j >= 0 and j < first - 1 and art.clean(j) and art.text[tokens[j].start].isupper()


def shared_subject(c: CueContext) -> None:
    """A participle cue that shares the subject of the attribution before it in its sentence
    takes that source (`The GOP nominee complained ..., even suggesting ...`); and a passive
    state of mind (`Mr. Ackman is convinced that ...`) is the subject's own, not passive."""
    cue, prev = c.cue, c.prev
    if (
        c.participle
        and prev is not None
        and prev.source is not None
        and not c.art.text[prev.source.start : prev.source.end].endswith((" who", " which", " whom"))
        and not _named_subject_before(c.art, cue.first)
        and c.s_start <= prev.cue.start < c.cue_start
        and cue.first > 0
        and (c.art.comma(cue.first - 1) or c.art.tokens[cue.first - 1].norm in article_text.AUX | article_text.LEADING_PREPOSITIONS)
        and not any(
            t.norm in ("while", "whereas", "but")
            for t in c.art.tokens[c.art.token_at_or_after(prev.cue.end) : cue.first]
        )
        and clause_subjects.comma_clause_start(c.art, c.art.token_at_or_after(prev.cue.end), cue.first - 1) is None
    ):
        # (not the subject of a relative clause's: `Trump was defensive about an architect who
        # said ..., saying` is Trump's).
        c.subject = (c.art.token_at_or_after(prev.source.start), c.art.token_at_or_after(prev.source.end) - 1)
    if c.passive and c.verb in _STATE_PARTICIPLES and not any(
        t.norm == "by" for t in c.art.tokens[cue.last + 1 : min(len(c.art.tokens), cue.last + 6)] if t.start < c.s_end
    ):
        c.passive = False  # `Mr. Ackman is convinced that ...`: a state of mind, the subject's own
