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

A passive cue credits its agent (`a story was told by The Daily Caller`), a participle shares the
subject of the cue before it (`complained ..., even suggesting ...`), and a cue that reads as a
noun ("state law", "the claims", "King's show") or a bare infinitive ("needs to tell the truth")
needs a that-clause or a quotation; a particle verb ("show up", "call off") is never a cue.

How much evidence a cue needs is its row's weight in the lexicon: 3 = reports whenever it has a
source and any complement (say, tell, claim); 2 = needs a clause or phrase of a few words after it
(slam, dismiss, warn: "slammed the door" is no attribution; a shorter one only outside other
attributions' contents, see `framing.weak_cues`); 1 = only with a quotation, a that-clause, or the
postposed pattern (add, note: "he added salt" is no attribution), except a stance or perception
("thought": support, see, want), which also reports with an object ("Voters support the plan").

This module holds the loop over the cues and `_attribute`, which tries the patterns above in order.
The word-level tests of how a cue reads (a noun, an adjective, a naming participle, a headline
verb; its lemma) are in `framing.cue_reading`; patterns 3 and 4, and which quotations an
attribution credits, in `framing.attribution_patterns`.  Cues these verb rules turn down are
picked up after them by `framing.mark_cues` (punctuation) and `framing.cue_patterns` (fixed phrases).
Cues taken on weaker evidence (a terse complement, no subject found, after "to") stand only outside
other attributions' contents: `framing.weak_cues`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing import article_text, clause_subjects, cue_patterns, phrases_after_cue, subject_phrases, weak_cues
from framing.attribution_patterns import according_to, is_title, postposed, quotes_within
from framing.cue_reading import (
    ADDRESSEE_VERBS,
    NOUN_BEFORE,
    TAG_VERB_FORMS,
    VERB_ONLY_FORMS,
    ambiguous_noun,
    base_form_after_noun,
    headline_verb,
    in_headline,
    lemma,
    modified_noun,
    naming_participle,
    noun_before_preposition,
    object_follows,
    other_sense,
    plural_noun,
    state_noun,
    verb_after_noun,
)
from framing.lexicon import Match
from framing.models import Attribution, Range
from framing.speakers import in_title_case_line

# Stance classes whose verbs report an intention or attitude with a to-infinitive ("plans to").
_INTENTION_CLASSES = frozenset({"thought", "commitment", "urging", "concession", "denial", "tentative"})
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?]\s|[,;]\s+(?:and|but|while)\b")
_LIST_GAP_RE = re.compile(r"[\s,]*(?:and|or)?\s*(?:(?:a|an|the)\s+)?")
# Between a quotation and its cue: a name and an appositive, `"...," Mr. Mahaney, of RBC, said`.
_APPOSED_TAG_RE = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*),\s+[^,\n;“”\"]{2,130},\s*")
# Verbs that tag a quotation as a sentence of their own (`"... missing." Trump said.`).
_BARE_TAG_VERBS = frozenset("say add tell write tweet ask".split())
_BARE_TAG_END_RE = re.compile(r"[^\S\n]*(?:\w+[^\S\n]*)?[.)]")  # the tag sentence ends after the cue
# An aside between a cue and its that-clause: `said, twice, that`.
_ASIDE_THAT_RE = re.compile(r"(?:,[^,\n“”\"]{1,40},|\s*[—–][^—–\n“”\"]{1,40}[—–])\s+that\s+")
# Between an inverted source and the quotation it speaks: `Said Comey, "..."`.
_INVERTED_GAP_RE = re.compile(r"[^\S\n]*[,:][^\S\n]*")
# Between a cue and a quotation: an addressee or an occasion, then a colon (`told WEEI: "..."`).
_ADDRESSEE_COLON_RE = re.compile(r"[^\S\n]+[^,;:.!?\n“”\"]{1,50}:\s*")
_COLON_TAG_VERBS = frozenset("say write tweet add explain declare".split())
# A clause after a cue and a colon, not a quotation: `insiders said: Trump's lead ...`.
_COLON_CLAUSE_RE = re.compile(r":[^\S\n]+(?=[\w])")
# Between a labeling verb and the label it quotes: `calling him a “sniveling coward”`.
_LABEL_OBJECT_RE = re.compile(r"\s+(?:him|her|them|it|us|me|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)(?:\s+(?:a|an|the))?\s+")
# Raising verbs: their subject is part of what is said to seem so, not its source.
_SUBJECT_IN_CONTENT_VERBS = frozenset("appear seem".split())
# Participles that after "be" name the subject's own state of mind, not something done to it.
_STATE_PARTICIPLES = frozenset("convince persuade worry concern alarm disappoint frustrate satisfy surprise shock".split())
_QUESTION_OPENERS = frozenset("if whether about why how what to on for".split())
_PARTICLES = frozenset("up off out down away back".split())
_ANSWERING_VERBS = frozenset("write fire shoot snap".split())  # "wrote back:", "fired back that ..."
_GO_FORMS = frozenset("go goes going went gone".split())
_COLON_RE = re.compile(r":\s*")
_COMPLEMENT_START_RE = re.compile(r"[^\S\n]+[“\"‘'$]?\w")
# Between a cue and the quotation it introduces: punctuation, perhaps one adverb ("adding later, ").
_SPEECH_GAP_RE = re.compile(r"[\s,:–—-]*(?:(?:\w+ly|later|then|again|also|too|once|simply)[\s,:–—-]+)?")


def cues(matches: Sequence[Match]) -> list[article_text.Cue]:
    """Reporting-verb matches, the longest at each position, none inside another."""
    out: list[article_text.Cue] = []
    reach = -1
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start < reach:
            continue
        out.append(article_text.Cue(m.first, m.last, m))
        reach = m.end
    return out


def attributions(art: article_text.ArticleText, cue_list: Sequence[article_text.Cue]) -> tuple[list[Attribution], dict[int, Attribution]]:
    """Attributions of the article in text order, and which quote (by index) each one credits."""
    out: list[Attribution] = []
    quote_credit: dict[int, Attribution] = {}
    weak: set[int] = set()
    for cue in cue_list:
        start = art.tokens[cue.first].start
        if art.quote_in(start) is not None:
            continue  # a reporting verb inside a quotation is the speaker's words, not a cue
        if out and out[-1].content and out[-1].content.start <= start < out[-1].content.end and art.text[start].isupper():
            continue  # "Obama Says Museum Will Tell of ...": a headline's words after its cue
        found = _attribute(art, cue, out[-1] if out else None, weak)
        if found is None:
            continue
        att, credited = found
        if out and _participle(art, cue) and att.source is not None and att.source == out[-1].source:
            _end_before_participle(art, out[-1], att)
        out.append(att)
        for qi in credited:
            quote_credit.setdefault(qi, att)
    if weak:
        out = weak_cues.without_nested(out, weak, quote_credit)
    return out, quote_credit


def _participle(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Does the cue open with an -ing form ("telling", "saying")?"""
    return art.tokens[cue.first].norm.endswith("ing")


def _possessor(art: article_text.ArticleText, cue: article_text.Cue, before: str, s_start: int) -> tuple[int, int] | None:
    """The name owning a noun cue (`Trump's claim that`, `Mr. Obama's remarks`): its tokens, or
    None when the word before the cue is no capitalised possessive or the cue reads as a verb."""
    if not before.endswith("'s") or before in cue_patterns.CONTRACTED_S:
        return None
    tokens, text = art.tokens, art.text
    if tokens[cue.first].norm.endswith(("ed", "ing")) or not art.clean(cue.first - 1):
        return None
    p = cue.first - 1
    if not text[tokens[p].start].isupper():
        return None
    a = p
    while a > 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and text[tokens[a - 1].start].isupper() and p - a < 4:
        a -= 1
    return a, p


def _named_subject_before(art: article_text.ArticleText, first: int) -> bool:
    """Does a capitalised word stand right before the cue's auxiliaries (`..., and Hillary
    Clinton is promising`)?  Then the participle has its own subject."""
    tokens = art.tokens
    j = first - 1
    while j >= 0 and tokens[j].norm in article_text.AUX and art.clean(j):
        j -= 1
    return j >= 0 and j < first - 1 and art.clean(j) and art.text[tokens[j].start].isupper()


# Between a comma and a participle cue that shares the subject before it: a short adverb at most.
_PARTICIPLE_GAP_RE = re.compile(r",[^\S\n]+(?:(?:even|again|also|later|then|while|before|after|\w+ly)[^\S\n]+)?")


def _end_before_participle(art: article_text.ArticleText, prev: Attribution, att: Attribution) -> None:
    """`She doubled down on Sunday, telling CNN that the deal was dead`: the participle that shares
    the subject of the cue before it has its own content, so the earlier cue's content ends at the
    comma before it ("Sunday"), and a content left with only a time ("Sunday") is none at all."""
    text = art.text
    content = prev.content
    if content is None or not content.start < att.cue.start < content.end or text[content.start] in "“\"‘'«":
        return
    comma = text.rfind(",", content.start, att.cue.start)
    if comma < 0 or _PARTICIPLE_GAP_RE.fullmatch(text, comma, att.cue.start) is None:
        return
    end = phrases_after_cue.trim_end(text, content.start, comma)
    words = [t.norm for t in art.tokens[art.token_at_or_after(content.start) : art.token_at_or_after(end)]]
    if all(w in subject_phrases.TIME_WORDS or w in subject_phrases.TIME_OPENERS for w in words):
        prev.content = None
    else:
        prev.content = Range(content.start, end)


def _attribute(
    art: article_text.ArticleText, cue: article_text.Cue, prev: Attribution | None = None, weak: set[int] | None = None
) -> tuple[Attribution, list[int]] | None:
    """The attribution `cue` opens, and the quotations it credits.  The start of a cue taken on
    weaker evidence (a terse complement, `Republicans confirmed a judge`; no subject found) is
    added to `weak`: such a cue stands only outside other attributions' contents."""
    if weak is None:
        weak = set()
    text, tokens = art.text, art.tokens
    entry = cue.match.entry
    strength = entry.weight or 2
    if tokens[cue.first].norm in VERB_ONLY_FORMS:
        strength = max(strength, 2)  # "stated", "supported": only "state", "support" need the noun rules' caution
    cue_start, cue_end = tokens[cue.first].start, tokens[cue.last].end
    participle = _participle(art, cue)
    infinitive = False  # a strong cue after "to" ("continued to question")
    s_start, s_end = art.sentence_of(cue_start)
    verb = art.lemmas.get(entry.term)
    if verb is None:
        verb = art.lemmas[entry.term] = lemma(entry.term, art.single_word_verbs)
    word = text[cue_start:cue_end]
    if word[:1].isupper() and art.token_at_or_after(s_start) != cue.first:
        # "Secretary of State" is no verb; in a Title Case headline only "Says", "Tells", "Claims"
        # (the strongest cues) are taken as verbs.
        if strength < 2 or not in_title_case_line(text, cue_start):
            return None
        if strength == 2 and not headline_verb(art, cue):
            return None
    k0 = cue.last + 1
    has_that = k0 < len(tokens) and tokens[k0].norm == "that" and tokens[k0].start < s_end
    before = tokens[cue.first - 1].norm if cue.first > 0 and tokens[cue.first - 1].start >= s_start else ""
    after = tokens[k0].norm if k0 < len(tokens) and tokens[k0].start < s_end else ""
    def noun_like() -> bool:  # worked out only where it decides (after pattern 1, without "that")
        return (bool(before) and (
            before in NOUN_BEFORE or (before.endswith("'s") and before not in cue_patterns.CONTRACTED_S) or base_form_after_noun(art, cue)
            or modified_noun(art, cue, before)
        )) or noun_before_preposition(art, cue, after) or ambiguous_noun(art, cue, before, after)
    if before == "to" and cue.first >= 3 and tokens[cue.first - 2].norm == "on" and tokens[cue.first - 3].norm in _GO_FORMS:
        return None  # `She went on to say`: the fixed phrase is read by framing.cue_patterns
    if before == "to" and not has_that and not _SPEECH_GAP_RE.fullmatch(text, cue_end, min(cue_end + 3, s_end)):
        # "needs to tell the truth", "failed to show up": an infinitive reports nothing by itself,
        # unless its cue is strong (weight 2 or more) and no other attribution holds it: "Trump
        # continued to question Cruz's temperament" (PolNeAR train: 50% of these marked)
        if weak_cues.infinitive_turned_down(art, cue, strength):
            return None
        weak.add(cue_start)
        infinitive = True
    if k0 < len(tokens) and tokens[k0].norm in _PARTICLES and tokens[k0].start < s_end and not (
        tokens[k0].norm == "back" and verb in _ANSWERING_VERBS
    ):
        return None  # "show up", "call off", "back down": another verb than the cue (not "wrote back:")
    if before in ("for", "without") and participle:
        return None  # "criticized Fiorina for telling the truth": the reason for another act, not a report;
        # "without offering specifics": an act not done
    if verb == "agree" and after == "to" and object_follows(art, k0 + 1, s_end):
        return None  # "agreed to the talks": consent to an act, not a report (cf. "agreed to meet", "agreed that")
    if verb == "expect" and before in subject_phrases.BE and after not in ("to", "that"):
        return None  # "He is expected in Istanbul on Friday": a schedule, not a belief credited to anyone
    if other_sense(art, cue, verb, before, after, s_end):
        return None  # "FEC reports show", "the most telling promise", "found herself", "reported from Oakland"

    def make(src: tuple[int, int] | None, content: Range | None) -> Attribution:
        speaker, anonymous = (None, False)
        source = None
        if src is not None:
            src_tokens = list(tokens[src[0] : src[1] + 1])
            if len(src_tokens) > 1 and src_tokens[-1].norm in ("who", "which"):
                src_tokens.pop()  # the relative pronoun is in the source range, not the name
            elif len(src_tokens) > 3 and src_tokens[-1].norm == "whom" and src_tokens[-2].norm == "of":
                del src_tokens[-3:]  # `Democrats, both of whom`: nor is "both of whom"
            src_start = tokens[src[0]].start
            art.speakers.muted = (
                prev is not None and prev.content is not None and prev.content.start <= src_start < prev.content.end
            )
            try:
                speaker, anonymous = art.speakers.name_of(src_tokens, src_start)
            finally:
                art.speakers.muted = False
            src_end = tokens[src[1]].end
            if text[src_end : src_end + 1] == "%":
                src_end += 1  # `47% say`: the sign is no token, but part of the source
            source = Range(tokens[src[0]].start, src_end)
        return Attribution(Range(cue_start, cue_end), verb, entry.category, speaker, source, content, anonymous)

    # 1. After a quotation: `"...," he said` / `"...," said a senior source`.
    quote_before = None  # a quotation right before a participle cue (`rated it "false," noting`)
    qi = bisect.bisect_right(art.quote_ends, cue_start) - 1
    if qi >= 0 and verb != "according_to" and cue_start - art.quote_ends[qi] < 160 and (
        art.quotes[qi].start <= s_start or not is_title(art, qi)  # “Like Oakland,” Trump said.
    ) and not ((entry.weight or 2) < 3 and (before in NOUN_BEFORE or after in TAG_VERB_FORMS)):
        # (`"...," the report concluded`, `"...," the congressional report said`: "report" is the source)
        q = art.quotes[qi]
        between = text[q.end : cue_start]
        e = q.end
        while e > q.start + 1 and text[e - 1] in "”\"’'»“":
            e -= 1
        closes_clause = text[e - 1] in ",?!—–-…" or between.lstrip()[:1] in (",", "—", "–")
        if not closes_clause and text[e - 1] in ".;" or text[e - 1].isalnum():
            # `"... missing." Trump said.`, `"... niches" Grubbs said.`: a bare tag sentence
            closes_clause = (
                verb in _BARE_TAG_VERBS
                and _BARE_TAG_END_RE.match(text, cue_end) is not None
                and phrases_after_cue.short_tag(art, q.end, cue)
                and not any(c in between for c in ",;:!?")
                and art.token_at_or_after(q.end) < cue.first
                and all(text[t.start].isupper() or t.norm in article_text.PRONOUNS for t in tokens[art.token_at_or_after(q.end) : cue.first])
            )
        apposed = _APPOSED_TAG_RE.fullmatch(between) if closes_clause else None
        if apposed is not None:  # `"...," Mr. Mahaney, of RBC Capital Markets, said.`
            tag = (art.token_at_or_after(q.end + apposed.start(1)), art.token_at_or_after(q.end + apposed.end(1)) - 1)
            if tag[0] <= tag[1]:
                return make(tag, Range(q.start, q.end)), [qi]
        if (
            closes_clause
            and len(between) < 80  # farther than a short tag: only a name with an appositive reaches
            and (s_start < q.end or phrases_after_cue.short_tag(art, q.end, cue))
            and "\n" not in between
            and ";" not in between
            and not between.rstrip().endswith(",")
        ):
            subj = phrases_after_cue.tokens_between(art, q.end, cue_start)
            if subj is not None and subj[0] > subj[1] and participle:
                # `admires Putin as a "strong leader," comparing him to Obama`: no inverted tag;
                # the quoted words go with the participle's subject, found below.
                quote_before = qi
            elif subj is not None and not any(t.norm in article_text.CLAUSE_WORDS for t in tokens[subj[0] : subj[1] + 1]):
                src = subj if subj[0] <= subj[1] else phrases_after_cue.phrase_after(art, cue.last, s_end)
                return make(src, Range(q.start, q.end)), [qi]
    if verb == "according_to":
        return according_to(art, cue, make, s_start, s_end)
    if not has_that and noun_like():
        if not verb_after_noun(art, cue, before, after):
            return None
        weak.add(cue_start)  # "Supporters of the law hope this is ...": taken outside other content
    if has_that and state_noun(art, cue, before):
        return None  # "in the state that she won": the noun and a relative clause
    subject, passive = subject_phrases.subject_before(art, cue.first, s_start)
    owner = _possessor(art, cue, before, s_start)
    if owner is not None:
        subject, passive = owner, False  # `seized on Trump's claim that ...`: Trump claims it
    if (infinitive or before == "to") and subject is not None:
        subject = weak_cues.infinitive_subject(art, subject)  # (`It is important to note that`: no one)
    if infinitive and subject is None and not passive:
        # `Ben Carson went on ABC's This Week to defend ...`: the name opening the clause
        subject = clause_subjects.clause_subject(art, s_start, cue.first - 1)
    if subject is None and not passive:
        subject = cue_patterns.subject_across_aside(art, cue.first, s_start)
    if naming_participle(art, cue, before):
        return None  # "a program called Sandy Hook Promise": a name given, not words reported
    if (
        participle
        and prev is not None
        and prev.source is not None
        and not text[prev.source.start : prev.source.end].endswith((" who", " which", " whom"))
        and not _named_subject_before(art, cue.first)
        and s_start <= prev.cue.start < cue_start
        and cue.first > 0
        and (art.comma(cue.first - 1) or tokens[cue.first - 1].norm in article_text.AUX | article_text.LEADING_PREPOSITIONS)
        and not any(
            t.norm in ("while", "whereas", "but")
            for t in tokens[art.token_at_or_after(prev.cue.end) : cue.first]
        )
        and clause_subjects.comma_clause_start(art, art.token_at_or_after(prev.cue.end), cue.first - 1) is None
    ):
        # `The GOP nominee complained ..., even suggesting ...`: the participle shares the
        # subject of the attribution before it in the sentence (not of a relative clause's: `Trump
        # was defensive about an architect who said ..., saying` is Trump's).
        subject = (art.token_at_or_after(prev.source.start), art.token_at_or_after(prev.source.end) - 1)
    if passive and verb in _STATE_PARTICIPLES and not any(
        t.norm == "by" for t in tokens[cue.last + 1 : min(len(tokens), cue.last + 6)] if t.start < s_end
    ):
        passive = False  # `Mr. Ackman is convinced that ...`: a state of mind, the subject's own
    if passive:
        # `A story was being told by The Daily Caller`: the agent is the source and the subject
        # what is attributed; without an agent there is no source.
        by = cue.last + 1
        patient, subject = subject, None
        # The agent may come after a complement: `has been called a charlatan by fellow physicians`.
        while by < min(len(tokens), cue.last + 6) and tokens[by].norm != "by" and art.clean(by - 1):
            by += 1
        if by < len(tokens) and tokens[by].norm == "by" and tokens[by].start < s_end:
            agent = phrases_after_cue.phrase_after(art, by, s_end)
            if agent is not None and patient is not None:
                content = Range(tokens[patient[0]].start, tokens[patient[1]].end)
                return make(agent, content), []
        elif strength >= 2 and patient is not None and tokens[cue.first].norm.endswith("ed"):
            # `it was revealed in March that ...`, `Sanders was announced the winner`: an
            # attribution whose source the sentence does not name.
            rest = phrases_after_cue.trim_end(text, cue_end, s_end)
            if art.token_at_or_after(rest) - cue.last > 2:
                start = tokens[patient[0]].start
                if patient[0] == patient[1] and tokens[patient[0]].norm == "it":
                    start = phrases_after_cue.content_start(art, cue.last, s_end, False)  # it was revealed that ...
                return make(None, Range(start, rest)), []
    by = cue.last + 1
    if (
        not passive and by < len(tokens) and tokens[by].norm == "by" and tokens[by].start < s_end
        and tokens[cue.first].norm.endswith("ed")
        and (cue.first == art.token_at_or_after(s_start) or before in ("when", "if", "as", "after", "once", "until"))
    ):
        # `When asked by a reporter whether ...`, `Asked by Starnes if ...`: the agent is the source
        agent = phrases_after_cue.phrase_after(art, by, s_end)
        if agent is not None:
            for t in range(agent[0] + 1, agent[1] + 1):
                if tokens[t].norm in _QUESTION_OPENERS or tokens[t].norm in article_text.CLAUSE_WORDS:
                    agent = (agent[0], t - 1)  # `by Starnes if he ...`: the agent ends before the question
                    break
            rest = phrases_after_cue.trim_end(text, tokens[agent[1]].end, s_end)
            if art.token_at_or_after(rest) > agent[1] + 1:
                return make(agent, Range(tokens[agent[1] + 1].start, rest)), []
    # 2. Quotations after the cue in its sentence (or in the next paragraph after a colon).
    qn = bisect.bisect_left(art.quote_starts, cue_end)
    colon = _COLON_RE.match(text, cue_end)
    if qn < len(art.quotes) and colon and art.quotes[qn].start == colon.end():
        return make(subject, Range(art.quotes[qn].start, art.quotes[qn].end)), [qn]
    if qn < len(art.quotes) and art.quotes[qn].start < s_end + 1 and not is_title(art, qn):
        q = art.quotes[qn]
        between = text[cue_end : q.start]
        direct = _SPEECH_GAP_RE.fullmatch(between) is not None
        if subject is None and not direct:
            # `Said Comey, "..."`, `But, said Solovey, "..."`: the source after the cue, then the quotation.
            inverted = phrases_after_cue.inverted_source(art, cue, s_end)
            if inverted is not None and _INVERTED_GAP_RE.fullmatch(text, tokens[inverted[1]].end, q.start):
                subject, direct = inverted, True
        # `Schilling told WEEI: "..."`, `said in a statement: "..."`: the addressee or occasion, a
        # colon, and that one quotation (the next paragraph's quotation has its own tag).
        addressed = (
            not direct and subject is not None and verb in ADDRESSEE_VERBS | _COLON_TAG_VERBS
            and _ADDRESSEE_COLON_RE.fullmatch(between) is not None
        )
        direct = direct or addressed
        if direct or (strength >= 2 and len(between) < 60 and not _CLAUSE_BREAK_RE.search(between)):
            credited = [qn]
            end = q.end
            while not addressed and qn + 1 < len(art.quotes) and _LIST_GAP_RE.fullmatch(text, end, art.quotes[qn + 1].start):
                qn += 1
                credited.append(qn)
                end = art.quotes[qn].end
            labeled = entry.category == "labeling" and _LABEL_OBJECT_RE.fullmatch(between) is not None
            if subject is not None or direct or labeled:
                content = Range(q.start, end) if direct else Range(
                    min(q.start, phrases_after_cue.content_start(art, cue.last, s_end, verb in ADDRESSEE_VERBS)), end
                )
                return make(subject, content), credited
    # 4. Postposed: `The talks were a show, Lavrov said.`
    if not participle and not infinitive and not passive:  # (`..., people could still be charged`: no tag)
        post = postposed(art, cue, s_start, s_end)
        if post is not None:
            return make(*post), quotes_within(art, post[1])
    # 5. Subject + complement.
    if subject is None and not (passive and has_that):
        if weak_cues.subjectless_turned_down(art, cue, strength, passive, before):
            return None
        # `The senator paused and recalled the figure of ...`, `while acknowledging that ...`: a
        # subject the rules do not reach; credited to no one, unless inside another's content
        # (PolNeAR train: 53% of these marked).
        weak.add(cue_start)
    aside = _ASIDE_THAT_RE.match(text, cue_end, s_end) or (
        _COLON_CLAUSE_RE.match(text, cue_end, s_end) if strength >= 2 else None
    )
    if aside is not None:  # `said, among other things, that ...`, `friends say: free-market ...`
        has_that = True
    elif not _COMPLEMENT_START_RE.match(text, cue_end):
        return None  # "talks he himself called – it still ...": punctuation after the cue, no complement
    if plural_noun(art, cue, subject) and not has_that:
        return None  # "the verbal attacks reflected ...", "drone attacks"
    content_start = aside.end() if aside else phrases_after_cue.content_start(art, cue.last, s_end, verb in ADDRESSEE_VERBS)
    if text[content_start - 1] == "$":
        content_start -= 1  # `calls for $1 trillion`: the sign is no token, but part of the content
    content_end = phrases_after_cue.trim_end(text, content_start, s_end)
    if content_end <= content_start:
        return None
    n_content = art.token_at_or_after(content_end) - art.token_at_or_after(content_start)
    if participle:
        main = phrases_after_cue.new_subject(art, content_start, content_end)
        if main is not None:
            content_end = phrases_after_cue.trim_end(text, content_start, main[0])
            if subject is None or weak_cues.in_fronted_clause(art, s_start, cue.first):
                # `After Ryan spoke, responding to ..., Biden responded`: a participle clause
                # before the main clause belongs to the main clause's subject, not to Ryan.
                subject = (art.token_at_or_after(main[1]), art.token_at_or_after(main[2]) - 1)
    if subject is not None and tokens[subject[1]].norm in ("who", "which") and subject[1] > 0 and art.comma(subject[1] - 1):
        # `The senator, who says the bill is flawed, voted against it`: what is said ends with
        # the relative clause, at the comma before the main clause's verb (whether the cue
        # reports at all is still judged on the whole complement, above).
        content_end = phrases_after_cue.relative_clause_end(art, content_start, content_end)
    if (
        k0 < len(tokens)
        and tokens[k0].norm == "to"
        and entry.category in _INTENTION_CLASSES
        and k0 + 1 < len(tokens)
        and tokens[k0 + 1].norm not in NOUN_BEFORE
        and art.clean(cue.last)
    ):
        has_that = True  # "wants to preserve", "agreed to lend", "vowed to fight": an intention
    if strength <= 1 and not has_that and entry.category != "thought":
        return None
    if strength == 2 and not has_that and n_content < 3 and (participle or not in_headline(text, cue_start)):
        # (a headline is terse: `Rose Bowl skywriters blast Trump.`)
        first = tokens[art.token_at_or_after(content_start)].norm
        if weak_cues.terse_turned_down(entry.category, participle, first, subject_phrases.TIME_WORDS):
            return None  # "slammed the door", "testified in June", "concluded Monday"
        weak.add(cue_start)  # `Republicans confirmed a judge`: taken unless inside another's content
    if n_content < 1:
        return None
    content = Range(content_start, content_end)
    if verb in _SUBJECT_IN_CONTENT_VERBS and subject is not None and not participle:
        # `The email appears to contradict ...`: the email is what appears so, not who says so;
        # the view is credited to no one (PolNeAR: no source, the subject in the content).
        content = Range(tokens[subject[0]].start, content_end)
        return make(None, content), quotes_within(art, content)
    credited = quotes_within(art, content)
    if quote_before is not None and subject is not None and art.quotes[quote_before].start > s_start:
        credited.insert(0, quote_before)  # (mid-sentence: a quotation opening it has its own tag)
    return make(subject, content), credited
