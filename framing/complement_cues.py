"""Pattern 5 of `framing.attribution`, the last one tried: a subject before the cue and a
complement after it, `Lavrov said (that) the talks were a show`.

Why apart: it is the pattern where a cue's weight decides most (see `framing.attribution`): a
weight-1 cue ("added", "noted") reports only with a that-clause, an intention ("vowed to fight")
or a stance ("Voters support the plan"); a weight-2 cue ("slammed", "warned") with a complement
of a few words, a shorter one only outside other attributions' contents ("slammed the door" is
none).  It also ends the content where the sentence's own clause begins again (`..., responding
to ..., Biden responded`; `The senator, who says the bill is flawed, voted`).
"""

from __future__ import annotations

import re

from framing import clause_subjects, content_ends, phrases_after_cue, subject_phrases, weak_cues
from framing.attribution_patterns import quotes_within
from framing.claim_nouns import possessed_claim_end
from framing.cue_context import CueContext, make_attribution
from framing.cue_reading import ADDRESSEE_VERBS, NOUN_BEFORE, in_headline, plural_noun
from framing.phrases_after_cue import clause_after_comma
from framing.time_phrases import that_after_time
from framing.article_text import ArticleText, Cue
from framing.models import Attribution, Range
from framing.source_clauses import IRREGULAR_PAST

# Stance classes whose verbs report an intention or attitude with a to-infinitive ("plans to").
_INTENTION_CLASSES = frozenset({"thought", "commitment", "urging", "concession", "denial", "tentative"})
# An aside between a cue and its that-clause: `said, twice, that`; or a comma alone, `He added,
# that there's ...` (not before a finite verb: `No matter what anyone says, that is not ...`).
_ASIDE_THAT_RE = re.compile(
    r"(?:,[^,\n“”\"]{1,40},|\s*[—–][^—–\n“”\"]{1,40}[—–]|,)\s+that\s+(?!(?:"
    + "|".join(sorted(phrases_after_cue.FINITE_AFTER_THAT, key=len, reverse=True)) + r")\b)"
)
# A clause after a cue and a colon, not a quotation: `insiders said: Trump's lead ...`.
_COLON_CLAUSE_RE = re.compile(r":[^\S\n]+(?=[\w])")
# Participles after a speech tag that say how it was said, not what (`he said, speaking to reporters`).
_CIRCUMSTANCE_PARTICIPLES = frozenset({"speak"})
# A colon ending the cue's line, and the paragraph after it opening with a word or a quotation mark.
_COLON_BLOCK_RE = re.compile(r":[^\S\n]*\n\s*(?=[\w“\"‘])")
# Raising verbs: their subject is part of what is said to seem so, not its source.
_SUBJECT_IN_CONTENT_VERBS = frozenset("appear seem".split())
# A question put before the main clause (`Asked why Sayoc appeared to be targeting Democrats,
# Sessions said`): its words that open the clause of such a verb inside the phrase read as its subject.
_ASKED_FORMS = frozenset("asked pressed questioned".split())
_QUESTION_WORDS = frozenset("why whether how if what when where".split())
# ... and those that open such a clause after any words (`It is unclear why the suspect appeared`);
# not "what"/"when"/"if", which may themselves be its subject or open a clause of time.
_CLAUSE_QUESTION_WORDS = frozenset("why whether how".split())
_CLAUSE_COMMA_RE = re.compile(r",\s")
_COMPLEMENT_START_RE = re.compile(r"[^\S\n]+[“\"‘'$]?\w")
# "find" and "finding" without a that-clause report a view only as `find X ADJECTIVE`, the
# adjective ending the complement or before its "to" (`I find his message chilling`, `find the
# gesture wholly appropriate`, `finding them reluctant to open their wallets`); `find jobs`, `find solace in ...` are finding a thing (PolNeAR train/dev: 7 of the
# 29 such cues marked, 5 of them ending so).  "found"/"finds" report as they are (78 of 99, 13 of 16).
_FIND_FORMS = frozenset(("find", "finding"))
_JUDGEMENT_END_RE = re.compile(r"\w(?:ing|ble|ous|ful|ive|ate|ic|al|ent|ant)(?:$| to )")  # (`them reluctant to open ...`)


def subject_complement(c: CueContext) -> tuple[Attribution, list[int]] | None:
    """The attribution of a cue with a complement after it (and the quotations it credits), or
    None when the complement is missing or too slight for the cue's weight.  A cue taken with no
    subject found, or with a terse complement, is added to `c.weak`."""
    art, cue = c.art, c.cue
    subject, has_that = c.subject, c.has_that
    if subject is None and not (c.passive and has_that):
        if weak_cues.subjectless_turned_down(art, cue, c.strength, c.passive, c.before) and not c.opening:
            return None  # (an opening participle, `Saying that ...,`, is judged once its main clause is read)
        # `The senator paused and recalled the figure of ...`, `while acknowledging that ...`: a
        # subject the rules do not reach; credited to no one, unless inside another's content
        # (PolNeAR train: 53% of these marked).
        c.weak.add(c.cue_start)
    text, cue_end = art.text, c.cue_end
    s_end, strength = c.s_end, c.strength
    if subject is not None and not c.participle and not c.infinitive and (block := _COLON_BLOCK_RE.match(text, cue_end)):
        # `The governor added:` and a paragraph of its own: the paragraph is what was said (a
        # block quotation, set off without quotation marks)
        end = text.find("\n", block.end())
        content = Range(block.end(), phrases_after_cue.trim_end(text, block.end(), len(text) if end < 0 else end))
        if content.end - content.start >= 10:
            return make_attribution(c, subject, content), quotes_within(art, content)
    clause_start = None
    aside = _ASIDE_THAT_RE.match(text, cue_end, s_end) or (
        _COLON_CLAUSE_RE.match(text, cue_end, s_end) if strength >= 2 else None
    )
    if aside is not None:  # `said, among other things, that ...`, `friends say: free-market ...`
        has_that = True
    elif subject is not None and not c.participle and not c.infinitive and (clause_start := clause_after_comma(art, cue_end, s_end)):
        has_that = True  # `Rubio says, win or lose on Tuesday, he's staying in the race`: from the comma on
    elif not _COMPLEMENT_START_RE.match(text, cue_end):
        return None  # "talks he himself called – it still ...": punctuation after the cue, no complement
    if plural_noun(art, cue, subject) and not has_that:
        return None  # "the verbal attacks reflected ...", "drone attacks"
    time_that = None if has_that or clause_start or aside else _that_after_time(art, cue, s_end)
    if time_that is not None:
        has_that = True  # `The court ruled Monday that ...`, `he added on Tuesday that ...`: the time is only when
    content_start = clause_start or (
        aside.end() if aside else phrases_after_cue.content_start(
            art, cue.last if time_that is None else time_that - 1, s_end, c.verb in ADDRESSEE_VERBS and time_that is None
        )
    )
    if text[content_start - 1] == "$":
        content_start -= 1  # `calls for $1 trillion`: the sign is no token, but part of the content
    content_end = phrases_after_cue.trim_end(text, content_start, s_end)
    if content_end <= content_start:
        return None
    n_content = art.token_at_or_after(content_end) - art.token_at_or_after(content_start)
    tokens, participle = art.tokens, c.participle
    if participle or c.opening:
        if c.opening:  # `Having said that he would resign, the minister left`: "the minister"
            main = phrases_after_cue.main_clause_subject(art, content_start, content_end)
            if main is None and weak_cues.subjectless_turned_down(art, cue, c.strength, c.passive, c.before):
                return None
            if main is not None:
                c.weak.discard(c.cue_start)  # a subject found after all: full evidence
        else:
            main = phrases_after_cue.new_subject(art, content_start, content_end)
        if main is not None:
            content_end = phrases_after_cue.trim_end(text, content_start, main[0])
            if subject is None or weak_cues.in_fronted_clause(art, c.s_start, cue.first):
                # `After Ryan spoke, responding to ..., Biden responded`: a participle clause
                # before the main clause belongs to the main clause's subject, not to Ryan.
                subject = (art.token_at_or_after(main[1]), art.token_at_or_after(main[2]) - 1)
    if subject is not None and tokens[subject[1]].norm in ("who", "which") and subject[1] > 0 and art.comma(subject[1] - 1):
        # `The senator, who says the bill is flawed, voted against it`: what is said ends with
        # the relative clause, at the comma before the main clause's verb (whether the cue
        # reports at all is still judged on the whole complement, above).
        content_end = phrases_after_cue.relative_clause_end(art, content_start, content_end)
    # `Trump's false claims that he is an advocate for workers angered unions`: the claim is the
    # sentence's subject; what is claimed ends before its main verb.
    content_end = possessed_claim_end(art, cue, content_start, content_end)
    if participle:  # `Lawsuits claiming fraud were dismissed`: what is claimed ends before "were"
        content_end = content_ends.participle_subject_end(art, cue, subject, content_start, content_end, has_that)
    k0, entry = cue.last + 1, c.entry
    if (
        k0 < len(tokens)
        and tokens[k0].norm == "to"
        and entry.category in _INTENTION_CLASSES
        and k0 + 1 < len(tokens)
        and tokens[k0 + 1].norm not in NOUN_BEFORE
        and art.clean(cue.last)
    ):
        if weak_cues.refused_act(c.verb, tokens[k0 + 1].norm):
            return None  # `declined to run for reelection`: an act, no stance reported
        has_that = True  # "wants to preserve", "agreed to lend", "vowed to fight": an intention
    if strength <= 1 and not has_that and participle and _after_a_tag(c):
        has_that = True  # `..., he said, adding he would never vote for Clinton`: what he added
    if strength <= 1 and not has_that and entry.category != "thought":
        return None
    if (
        strength == 2 and not has_that and not participle and not c.infinitive and in_headline(text, c.cue_start)
        and weak_cues.headline_act(art, entry.category, c.verb, content_start, content_end, subject)
    ):
        return None  # `Senate rejects the plan`: an act on a thing, no words reported ("pushes Dems to reject": as before)
    if strength == 2 and not has_that and n_content < 3 and (participle or not in_headline(text, c.cue_start)):
        # (a headline is terse: `Rose Bowl skywriters blast Trump.`)
        first = tokens[art.token_at_or_after(content_start)].norm
        if weak_cues.terse_turned_down(entry.category, participle, first, subject_phrases.TIME_WORDS):
            return None  # "slammed the door", "testified in June", "concluded Monday"
        c.weak.add(c.cue_start)  # `Republicans confirmed a judge`: taken unless inside another's content
    if n_content < 1:
        return None
    if (
        not has_that and tokens[cue.first].norm in _FIND_FORMS and not _JUDGEMENT_END_RE.search(text, content_start, content_end)
        and _next_norm(art, art.token_at_or_after(content_start) + 1) != "that"  # (`finding agreement that ...`)
    ):
        return None  # "can't find jobs", "find solace in": finding a thing, no view (but `I find his message chilling`)
    content = Range(content_start, content_end)
    if c.verb in _SUBJECT_IN_CONTENT_VERBS and subject is not None and not participle and not clause_subjects.speech_after_raising(art, cue.last, subject):
        # `The email appears to contradict ...`: the email is what appears so, not who says so;
        # the view is credited to no one (PolNeAR: no source, the subject in the content).
        first = subject[0]
        asked = subject[0] == art.token_at_or_after(c.s_start) and tokens[subject[0]].norm in _ASKED_FORMS
        for k in range(subject[0], subject[1]):
            if tokens[k].norm in _QUESTION_WORDS and (asked or tokens[k].norm in _CLAUSE_QUESTION_WORDS):
                first = k + 1  # (`It is unclear why the suspect appeared ...`: from the suspect on)
        if not asked and c.prev is not None and tokens[subject[0]].start <= c.prev.cue.start < tokens[first].start:
            # `you can see why RT can seem ...`: the question is what the cue before it reports;
            # the whole clause stays this content, so that cue's weak reading stays inside it
            # (PolNeAR marks neither "see" nor "remind them of why")
            first = subject[0]
        if asked and first > subject[0]:
            # `Asked why Sayoc appeared to be targeting Democrats, Sessions said ...`: the question
            # asked is what appears so; it ends at the comma before the main clause
            comma = _CLAUSE_COMMA_RE.search(text, content_start, content_end)  # (not "$200,000")
            if comma is not None:
                content_end = phrases_after_cue.trim_end(text, content_start, comma.start())
        content = Range(tokens[first].start, content_end)
        return make_attribution(c, None, content), quotes_within(art, content)
    credited = quotes_within(art, content)
    if c.quote_before is not None and subject is not None and art.quotes[c.quote_before].start > c.s_start:
        credited.insert(0, c.quote_before)  # (mid-sentence: a quotation opening it has its own tag)
    return make_attribution(c, subject, content), credited


def _next_norm(art: ArticleText, k: int) -> str:
    return art.tokens[k].norm if k < len(art.tokens) else ""


def _that_after_time(art: ArticleText, cue: Cue, s_end: int) -> int | None:
    """The "that" after a time phrase right after the cue (`ruled Monday that`, `added on Tuesday
    that`, `noted earlier this week that`), or None; not a relative clause (`the vote on Tuesday
    that will culminate in`, `a post this week that appeared to`), which says what a thing does."""
    k, verb = cue.last + 1, art.tokens[cue.last].norm
    if k >= len(art.tokens) or not art.clean(cue.last) or not (verb.endswith("ed") or verb in IRREGULAR_PAST):
        return None  # (a past form, a verb: not `moves to Western states this week that ...`)
    j = that_after_time(art, k, s_end)
    if j is None or j + 1 >= len(art.tokens) or not art.clean(j):
        return j
    word = art.tokens[j + 1].norm
    if word in phrases_after_cue.FINITE_AFTER_THAT or (word.endswith("ed") and len(word) > 4):
        return None
    return j


def _after_a_tag(c: CueContext) -> bool:
    """Is the cue a participle right after the comma of a speech tag (`"...," he said, adding
    he would never vote`, `said Mr. Burr, adding hopefully that`, `he vowed, adding`)?  There
    it goes on reporting the same speaker: its complement is what was said, "that" or not
    (`won the primary, adding to her lead`, after no tag, is an act; `she said, speaking by phone`
    says how, not what: PolNeAR train marks none of 5)."""
    prev = c.prev
    if prev is None or prev.cue.start < c.s_start or c.verb in _CIRCUMSTANCE_PARTICIPLES:
        return False
    end = prev.cue.end if prev.source is None or prev.source.end < prev.cue.end else prev.source.end
    return c.art.text[end : c.cue_start] == ", "


def relative_that(art: ArticleText, cue: Cue) -> bool:
    """Does "that" after the cue open a relative clause, a finite verb right after it (`a report
    that could raise new questions`, `attacks that helped Republicans`, `a list that included`)?
    After a noun, that clause says what the thing does, not what anyone said: no content.  (After
    a verb, "that" so placed is a pronoun, `Christie said that was natural`, and this is not asked.)"""
    tokens, k = art.tokens, cue.last + 2
    if k >= len(tokens) or not art.clean(cue.last + 1) or not art.text[tokens[k].start].islower():
        return False
    word = tokens[k].norm
    return word in phrases_after_cue.FINITE_AFTER_THAT or (word.endswith("ed") and len(word) > 4) or word in IRREGULAR_PAST
