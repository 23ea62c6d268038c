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

A passive cue credits its agent (`a story was told by The Daily Caller`, `a practice criticized by
Miller`: `framing.agent_participles`), a participle shares the subject of the cue before it
(`complained ..., even suggesting ...`), and a cue that reads as a noun ("state law", "the claims",
"King's show") or a bare infinitive ("needs to tell the truth") needs a that-clause or a quotation;
a particle verb ("show up", "call off") is never a cue.

How much evidence a cue needs is its row's weight in the lexicon: 3 = reports whenever it has a
source and any complement (say, tell, claim); 2 = needs a clause or phrase of a few words after it
(slam, dismiss, warn: "slammed the door" is no attribution; a shorter one only outside other
attributions' contents, see `framing.weak_cues`); 1 = only with a quotation, a that-clause, or the
postposed pattern (add, note: "he added salt" is no attribution), except a stance or perception
("thought": support, see, want), which also reports with an object ("Voters support the plan").

This module holds the loop over the cues and `_attribute`, which tries the patterns above in order,
each a function of its own over one `framing.cue_context.CueContext` (what the cue's surroundings
say, read once per cue, and the subject found before it); pattern 5 is `framing.complement_cues`.
The word-level tests of how a cue reads (a noun, an adjective, a naming participle, a headline
verb; its lemma) are in `framing.cue_reading`; patterns 3 and 4, and which quotations an
attribution credits, in `framing.attribution_patterns`.  Cues these verb rules turn down are
picked up after them by `framing.mark_cues` (punctuation) and `framing.cue_patterns` (fixed phrases);
where contents end against their neighbours is `framing.content_ends`.
Cues taken on weaker evidence (a terse complement, no subject found, after "to") stand only outside
other attributions' contents: `framing.weak_cues`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from framing import agent_participles, article_text, aside_subjects, content_ends, phrases_after_cue, relative_clauses, weak_cues
from framing.agent_participles import by_agent
from framing.attribution_patterns import according_to, act_participle, said_before_participle, is_title, joins_names, postposed, prepositional_participle, quotes_within
from framing.claim_nouns import unowned_claim
from framing.complement_cues import relative_that, subject_complement
from framing.cue_context import (
    SPEECH_GAP_RE,
    CueContext,
    find_subject,
    make_attribution,
    participle,
    read_context,
    reads_as_noun,
    shared_subject,
)
from framing.cue_reading import (
    ADDRESSEE_VERBS,
    NOUN_BEFORE,
    TAG_VERB_FORMS,
    evidence_shows,
    modified_noun,
    naming_participle,
    object_noun,
    state_noun,
    verb_after_noun,
)
from framing.cue_stances import NO_COMMENT, stances_in_context  # (stances_in_context: for quotes.analyse_voice)
from framing.lexicon import Match
from framing.models import Attribution, Range
from framing.name_words import capitalised

_CLAUSE_BREAK_RE = re.compile(r"[.;:!?]\s|[,;]\s+(?:and|but|while)\b")
_LIST_GAP_RE = re.compile(r"[\s,]*(?:and|or)?\s*(?:(?:a|an|the)\s+)?")
# Between a quotation and its cue: a name and an appositive, `"...," Mr. Mahaney, of RBC, said`,
# or a description and an appositive, `"...," the economist Jared Bernstein, a former adviser in
# the Obama White House, wrote`, `"...," the lawyer for the family, Ben Crump, said`, `"...,"
# Obama's campaign press secretary, Ben LaBolt, said` (a name's possessive opens a description too).
_POSSESSIVE_OPENING = r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+"
_APPOSED_TAG_RE = capitalised(
    r"\s*((?:the|a|an)\s+[^,\n;:“”\"]{2,60}|" + _POSSESSIVE_OPENING + r"[a-z][^,\n;:“”\"]{1,60}"
    r"|(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*(?:\s+of\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)?),\s+([^,\n;“”\"]{2,130}),\s*"
)  # (`Senator Chuck Schumer of New York, the Democratic leader, said`: a name with its state)
_DESCRIPTION_OPENING_RE = capitalised(r"(?:the|a|an)\s|" + _POSSESSIVE_OPENING + "[a-z]")
_NAME_APPOSITIVE_RE = capitalised(r"(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*")  # "Ben Crump", not "a Republican from Ohio"
# Verbs that tag a quotation as a sentence of their own (`"... missing." Trump said.`).
_BARE_TAG_VERBS = frozenset("say add tell write tweet ask".split())
# Cues that are an act, not words, in the passive: what "was offered" is a thing on offer (`the
# data was offered for sale by a hacking collective`, `he was offered a scholarship`, `radical
# change offered by Trump`: PolNeAR train/dev mark 1 of the 7 passive "offered" framing read).
_ACTS_WHEN_PASSIVE = frozenset(("offer",))
# Cues that are an act as a participle modifying a noun without an agent: `The emails found on
# Mr. Weiner's computer` were discovered, not judged (`a law found discriminatory by a vote` is).
_ACTS_WITHOUT_AGENT = frozenset(("find",))
_BARE_TAG_END_RE = re.compile(r"[^\S\n]*(?:\w+[^\S\n]*)?[.)]")  # the tag sentence ends after the cue
# Between an inverted source and the quotation it speaks: `Said Comey, "..."`, `Said Ellis: "..."`,
# perhaps a relative clause set off by commas (`Said Dorothy Poynter, who grew up with Ali, "..."`).
_INVERTED_GAP_RE = re.compile(r"[^\S\n]*(?:,[^\S\n]+(?:who|whose)\b[^“”\"\n,]{1,100})?[,:][^\S\n]*")
# Between a cue and a quotation: an addressee or an occasion, then a colon (`told WEEI: "..."`).
_ADDRESSEE_COLON_RE = re.compile(r"[^\S\n]+[^,;:.!?\n“”\"]{1,50}:\s*")
_COLON_TAG_VERBS = frozenset("say write tweet add explain declare".split())
_ADDRESSEE_OR_COLON_TAG_VERBS = ADDRESSEE_VERBS | _COLON_TAG_VERBS  # built once, not per cue
# Between a labeling verb and the label it quotes: `calling him a “sniveling coward”`.
_LABEL_OBJECT_RE = capitalised(r"\s+(?:him|her|them|it|us|me|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)(?:\s+(?:a|an|the))?\s+")
_COLON_RE = re.compile(r":\s*")

Found = tuple[Attribution, list[int]]  # an attribution and the quotations (by index) it credits


def cues(matches: Sequence[Match]) -> list[article_text.Cue]:
    """Reporting-verb matches, the longest at each position, none inside another.  A `no_comment`
    phrase ("declined to comment") is no cue: its verb is (see `framing.cue_stances`)."""
    out: list[article_text.Cue] = []
    reach = -1
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start < reach or m.entry.category == NO_COMMENT:
            continue
        out.append(article_text.Cue(m.first, m.last, m))
        reach = m.end
    return out


def attributions(art: article_text.ArticleText, cue_list: Sequence[article_text.Cue]) -> tuple[list[Attribution], dict[int, Attribution]]:
    """Attributions of the article in text order, and which quote (by index) each one credits."""
    out: list[Attribution] = []
    quote_credit: dict[int, Attribution] = {}
    weak: set[int] = set()
    unread: article_text.Cue | None = None  # the cue just before, when it gave no attribution
    for cue in cue_list:
        start = art.tokens[cue.first].start
        if art.quote_in(start) is not None:
            continue  # a reporting verb inside a quotation is the speaker's words, not a cue
        if out and out[-1].content and out[-1].content.start <= start < out[-1].content.end and art.text[start].isupper():
            continue  # "Obama Says Museum Will Tell of ...": a headline's words after its cue
        found = _attribute(art, cue, out[-1] if out else None, weak)
        if found is None:
            unread = cue
            continue
        att, credited = found
        said = said_before_participle(art, unread, cue, att)
        unread = None
        if said is not None:
            out.append(said)  # `Trump said, repeating a false claim that ...`
        if out and participle(art, cue) and att.source is not None and att.source == out[-1].source:
            content_ends.end_before_participle(art, out[-1], att)
        out.append(att)
        for qi in credited:
            quote_credit.setdefault(qi, att)
    content_ends.clauses_after_fragments(art, out)
    if weak:
        out = weak_cues.without_nested(out, weak, quote_credit)
    return out, quote_credit


def _attribute(
    art: article_text.ArticleText, cue: article_text.Cue, prev: Attribution | None = None, weak: set[int] | None = None
) -> Found | None:
    """The attribution `cue` opens, and the quotations it credits.  The start of a cue taken on
    weaker evidence (a terse complement, `Republicans confirmed a judge`; no subject found) is
    added to `weak`: such a cue stands only outside other attributions' contents."""
    c = read_context(art, cue, prev, set() if weak is None else weak)
    if c is None or unowned_claim(art, cue):
        return None  # (`making a false claim`: the noun, credited to no one)
    found = _after_quotation(c)  # 1. `"...," he said`
    if found is not None:
        return found
    if c.verb == "according_to":  # 3. `according to X`
        return according_to(art, cue, functools.partial(make_attribution, c), c.s_start, c.s_end)
    if object_noun(art, cue, c.before):
        return None  # "disputed claims that", "rejects calls for": the object of the word before
    # A noun or a state's name ("the claims", "in the state that she won") needs a verb's reading.
    if (not c.has_that or relative_that(art, cue)) and reads_as_noun(c):  # (`a report that could raise ...`)
        if not verb_after_noun(art, cue, c.before, c.after) and not evidence_shows(art, cue, c.s_start):
            return None
        c.weak.add(c.cue_start)  # "Supporters of the law hope this is ...": taken outside other content
    if c.has_that and state_noun(art, cue, c.before):
        return None  # "in the state that she won": the noun and a relative clause
    if c.participle and act_participle(art, cue, c.s_start):
        return None  # "an executive order challenging birthright citizenship": an act, not speech
    find_subject(c)  # who the cue credits, unless a pattern below finds better
    if c.verb in _ACTS_WHEN_PASSIVE and (c.passive or _agent_after(art, cue, 1)):
        return None  # `the data was offered for sale`, `delegates offered by the contest`: something on offer
    if naming_participle(art, cue, c.before) or aside_subjects.name_known_by(art, cue.first):
        return None  # "a program called Sandy Hook Promise", `the hacker known as “Guccifer,” stated`: a name given, not words reported
    if c.subject is not None and c.subject[1] - c.subject[0] >= 2 and not c.passive:  # (most subjects are shorter)
        contact = relative_clauses.contact_relative(art, c.subject, cue, c.s_end)
        if contact is not None:
            # `a move critics slammed as reckless`: the subject after the noun is the source, the
            # noun phrase the object the cue lacks
            (c.subject, obj), tokens = contact, art.tokens
            return make_attribution(c, c.subject, Range(tokens[obj[0]].start, tokens[obj[1]].end)), []
    modified = None
    if cue.first == cue.last and c.before and art.text[art.tokens[cue.first - 1].start].islower():  # (a noun before it)
        modified = relative_clauses.reduced_relative(art, cue, c.s_start, c.s_end)
    elif cue.last == cue.first + 1 and c.before:  # (`a convention called for by X`)
        modified = prepositional_participle(art, cue, c.s_start, c.s_end)
    if modified is not None:
        # `Engineers found cracks reported last year`, `the figures cited by the ministry`: a
        # passive modifying the noun before it; its agent, if any, is the source.
        c.subject, c.passive, c.reduced_relative = modified, True, True
        if c.verb in _ACTS_WHEN_PASSIVE or (c.verb in _ACTS_WITHOUT_AGENT and not _agent_after(art, cue)):
            return None  # `the emails found on his computer`, `delegates offered by the contest`: an act
        return by_agent(c)
    # `, a practice criticized by Miller`, `The bill, opposed by X,`: whether the cue reports is
    # judged below as before; whom and what it credits, from its agent and the phrase set off
    return agent_participles.set_off_reading(c, _later_patterns(c))


def _agent_after(art: article_text.ArticleText, cue: article_text.Cue, within: int = 3) -> bool:
    """Does "by" follow the cue within `within` words, naming who did it (`found discriminatory
    by a vote`, `offered by the contest`)?"""
    tokens = art.tokens
    return any(
        tokens[k].norm == "by" and (k + 1 == len(tokens) or tokens[k + 1].norm != "far")  # (not `offered by far the best`)
        for k in range(cue.last + 1, min(cue.last + 1 + within, len(tokens)))
    )


def _later_patterns(c: CueContext) -> Found | None:
    """Patterns 2, 4 and 5 for a cue no earlier reading took, after it shares the subject of a
    cue before it (`complained ..., even suggesting ...`)."""
    art, cue = c.art, c.cue
    shared_subject(c)
    found = by_agent(c) or _before_quotations(c)  # "told by X"; 2. `X said: "..."`
    if found is not None:
        return found
    if not c.participle and not c.infinitive and not c.passive:  # (`..., people could still be charged`: no tag)
        post = postposed(art, cue, c.s_start, c.s_end)  # 4. `..., Lavrov said.`
        if post is not None:
            return make_attribution(c, *post), quotes_within(art, post[1])
    return subject_complement(c)  # 5. `Lavrov said (that) ...`


# What goes before a name in quotation marks that a subject is known by.
_NAME_GIVEN_RE = re.compile(r"\b(?:known as|dubbed|nicknamed)\s+$")


def _after_quotation(c: CueContext) -> Found | None:
    """Pattern 1, a cue after a quotation: `"...," he said`, `"...," said a senior source`,
    `"...," Mr. Mahaney, of RBC, said`, `"... missing." Trump said.`  A participle cue right
    after a quotation without a tag (`rated it "false," noting`) keeps it as `c.quote_before`,
    for pattern 5 to credit."""
    art, cue_start = c.art, c.cue_start
    qi = bisect.bisect_right(art.quote_ends, cue_start) - 1
    if not (qi >= 0 and c.verb != "according_to" and cue_start - art.quote_ends[qi] < 160 and (
        art.quotes[qi].start <= c.s_start or not is_title(art, qi)  # “Like Oakland,” Trump said.
    ) and not ((c.entry.weight or 2) < 3 and (c.before in NOUN_BEFORE or c.after in TAG_VERB_FORMS))
    ) or modified_noun(art, c.cue, c.before):  # (`he continued in a follow-up tweet`: the noun)
        # (`"...," the report concluded`, `"...," the congressional report said`: "report" is the source)
        return None
    cue, text, tokens = c.cue, art.text, art.tokens
    q = art.quotes[qi]
    if _NAME_GIVEN_RE.search(text, max(0, q.start - 14), q.start):
        return None  # `the hacker known as “Guccifer,” stated`: a name the subject goes by, not its words
    between = text[q.end : cue_start]
    e = q.end
    while e > q.start + 1 and text[e - 1] in "”\"’'»“":
        e -= 1
    closes_clause = text[e - 1] in ",?!—–-…" or between.lstrip()[:1] in (",", "—", "–")
    if not closes_clause and text[e - 1] in ".;" or text[e - 1].isalnum():
        # `"... missing." Trump said.`, `"... niches" Grubbs said.`: a bare tag sentence
        closes_clause = (
            c.verb in _BARE_TAG_VERBS
            and _BARE_TAG_END_RE.match(text, c.cue_end) is not None
            and phrases_after_cue.short_tag(art, q.end, cue)
            and not any(ch in between for ch in ",;:!?")
            and art.token_at_or_after(q.end) < cue.first
            and all(text[t.start].isupper() or t.norm in article_text.PRONOUNS for t in tokens[art.token_at_or_after(q.end) : cue.first])
        )
    apposed = _APPOSED_TAG_RE.fullmatch(between) if closes_clause else None
    if apposed is not None:  # `"...," Mr. Mahaney, of RBC Capital Markets, said.`
        tag_end = apposed.end(1)
        if _DESCRIPTION_OPENING_RE.match(apposed.group(1)) and _NAME_APPOSITIVE_RE.fullmatch(apposed.group(2)):
            # `the lawyer for the family, Ben Crump,`, `the White House press secretary, Sarah Huckabee
            # Sanders,`, `Obama's current campaign press secretary, Ben LaBolt,`: a description, then
            # the name in the appositive
            tag_end = apposed.end(2)
        tag = (art.token_at_or_after(q.end + apposed.start(1)), art.token_at_or_after(q.end + tag_end) - 1)
        if tag[0] <= tag[1]:
            return make_attribution(c, tag, Range(q.start, q.end)), [qi]
    if (
        closes_clause
        and len(between) < 80  # farther than a short tag: only a name with an appositive reaches
        and (c.s_start < q.end or phrases_after_cue.short_tag(art, q.end, cue))
        and "\n" not in between
        and ";" not in between
        and not between.rstrip().endswith(",")
    ):
        subj = phrases_after_cue.tokens_between(art, q.end, cue_start)
        if subj is not None and subj[0] > subj[1] and c.participle:
            # `admires Putin as a "strong leader," comparing him to Obama`: no inverted tag;
            # the quoted words go with the participle's subject, found below.
            c.quote_before = qi
        elif subj is not None and not any(
            t.norm in article_text.CLAUSE_WORDS and not (i > subj[0] and joins_names(art, i)) for i, t in enumerate(tokens[subj[0] : subj[1] + 1], subj[0])
        ):  # (`"...," Mr. Grassley and Mr. Leahy said`: one tag for both)
            src = subj if subj[0] <= subj[1] else phrases_after_cue.phrase_after(art, cue.last, c.s_end)
            return make_attribution(c, src, Range(q.start, q.end)), [qi]
    return None


def _before_quotations(c: CueContext) -> Found | None:
    """Pattern 2, quotations after the cue in its sentence (or in the next paragraph after a
    colon): `Zelensky said: "..."`, `Said Comey, "..."`, `told WEEI: "..."`, and fragments
    credited on the way, `labeling him a "dummy," "clown," and "loser"`."""
    art, cue_end = c.art, c.cue_end
    text, quotes = art.text, art.quotes
    qn = bisect.bisect_left(art.quote_starts, cue_end)
    if qn < len(quotes) and text[cue_end : cue_end + 1] == ":":  # (most cues: no colon, no match call)
        if quotes[qn].start == _COLON_RE.match(text, cue_end).end():
            return make_attribution(c, c.subject, Range(quotes[qn].start, quotes[qn].end)), [qn]
    if not (qn < len(quotes) and quotes[qn].start < c.s_end + 1 and not is_title(art, qn)):
        return None
    q = quotes[qn]
    between = text[cue_end : q.start]
    direct = SPEECH_GAP_RE.fullmatch(between) is not None
    if c.subject is None and not direct:
        # `Said Comey, "..."`, `But, said Solovey, "..."`: the source after the cue, then the quotation.
        opening = art.token_at_or_after(c.s_start) == c.cue.first  # (`Said Ellis: "..."`)
        inverted = phrases_after_cue.inverted_source(art, c.cue, c.s_end, colon=opening)
        if inverted is not None and _INVERTED_GAP_RE.fullmatch(text, art.tokens[inverted[1]].end, q.start):
            c.subject, direct = inverted, True
    # `Schilling told WEEI: "..."`, `said in a statement: "..."`: the addressee or occasion, a
    # colon, and that one quotation (the next paragraph's quotation has its own tag).
    addressed = (
        not direct and c.subject is not None and c.verb in _ADDRESSEE_OR_COLON_TAG_VERBS
        and _ADDRESSEE_COLON_RE.fullmatch(between) is not None
    )
    direct = direct or addressed
    if direct or (c.strength >= 2 and len(between) < 60 and not _CLAUSE_BREAK_RE.search(between)):
        credited = [qn]
        end = q.end
        while not addressed and qn + 1 < len(quotes) and _LIST_GAP_RE.fullmatch(text, end, quotes[qn + 1].start):
            qn += 1
            credited.append(qn)
            end = quotes[qn].end
        labeled = c.entry.category == "labeling" and _LABEL_OBJECT_RE.fullmatch(between) is not None
        if c.subject is not None or direct or labeled:
            content = Range(q.start, end) if direct else Range(
                min(q.start, phrases_after_cue.content_start(art, c.cue.last, c.s_end, c.verb in ADDRESSEE_VERBS)), end
            )
            return make_attribution(c, c.subject, content), credited
    return None
