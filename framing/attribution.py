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
noun ("state law", "the claims", "King's show"), a particle verb ("show up") or a bare infinitive
("needs to tell the truth") needs a that-clause or a quotation.

How much evidence a cue needs is its row's weight in the lexicon: 3 = reports whenever it has a
source and any complement (say, tell, claim); 2 = needs a clause or phrase of a few words after it
(slam, dismiss, warn: "slammed the door" is no attribution); 1 = only with a quotation, a
that-clause, or the postposed pattern (add, note: "he added salt" is no attribution).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing import cue_patterns
from framing import source_phrases as phr
from framing.lexicon import Match
from framing.models import Attribution, Range
from framing.speakers import in_title_case_line

# Stance classes whose verbs report an intention or attitude with a to-infinitive ("plans to").
_INTENTION_CLASSES = frozenset({"thought", "commitment", "urging", "concession", "denial", "tentative"})
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?]\s|[,;]\s+(?:and|but|while)\b")
_LIST_GAP_RE = re.compile(r"[\s,]*(?:and|or)?\s*(?:(?:a|an|the)\s+)?")
# Between a quotation and its cue: a name and an appositive, `"...," Mr. Mahaney, of RBC, said`.
_APPOSED_TAG_RE = re.compile(r"\s*((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+[^,\n;“”\"]{2,130},\s*")
# Verbs that tag a quotation as a sentence of their own (`"... missing." Trump said.`).
_BARE_TAG_VERBS = frozenset("say add tell write tweet ask".split())
_BARE_TAG_END_RE = re.compile(r"[^\S\n]*(?:\w+[^\S\n]*)?[.)]")  # the tag sentence ends after the cue
# An aside between a cue and its that-clause: `said, twice, that`.
_ASIDE_THAT_RE = re.compile(r"(?:,[^,\n“”\"]{1,40},|\s*[—–][^—–\n“”\"]{1,40}[—–])\s+that\s+")
# A clause after a cue and a colon, not a quotation: `insiders said: Trump's lead ...`.
_COLON_CLAUSE_RE = re.compile(r":[^\S\n]+(?=[\w])")
# Between a labeling verb and the label it quotes: `calling him a “sniveling coward”`.
_LABEL_OBJECT_RE = re.compile(r"\s+(?:him|her|them|it|us|me|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)(?:\s+(?:a|an|the))?\s+")
_PARTICLE_TAIL_RE = re.compile(r"\s+(?:on|off|out|up|down|away)\b[\s.]*$")
_PARTICLES = frozenset("up off out down away back".split())
_COLON_RE = re.compile(r":\s*")
_COMPLEMENT_START_RE = re.compile(r"[^\S\n]+[“\"‘']?\w")
# Verbs whose first object is the addressee, not part of what was said: "told reporters (that) ...".
_ADDRESSEE_VERBS = frozenset("tell ask assure inform warn remind urge advise caution".split())
# Between a cue and the quotation it introduces: punctuation, perhaps one adverb ("adding later, ").
_SPEECH_GAP_RE = re.compile(r"[\s,:–—-]*(?:(?:\w+ly|later|then|again|also|too|once|simply)[\s,:–—-]+)?")
# What may follow a postposed cue: nothing, a few words ("on Tuesday"), or a prepositional phrase.
_POSTPOSED_TAIL_RE = re.compile(
    r"[\s.!?\"”’)]*|\s*;.*|(?:\s+[\w’'-]+){1,3}[\s.!?\"”’]*|\s+(?:on|in|at|during|after)(?:\s+[\w’'-]+){1,6}[\s.!?\"”’]*"
)
_BE_FORMS = frozenset("is are was were be been being 's".split())
# Words that open a noun phrase: after "agree to" they make it consent to a thing, not a commitment to do.
_NOUN_PHRASE_OPENERS = frozenset("the a an this that these those his her their its our my your any all some terms".split())
# Words before a cue that make it a noun ("the claims", "secretary of state"): such a cue needs
# a that-clause or a quotation to count.
_NOUN_BEFORE = frozenset("of the a an his her their its our my your this these those".split())


def cues(matches: Sequence[Match]) -> list[phr.Cue]:
    """Reporting-verb matches, the longest at each position, none inside another."""
    out: list[phr.Cue] = []
    reach = -1
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start < reach:
            continue
        out.append(phr.Cue(m.first, m.last, m))
        reach = m.end
    return out


def lemma(term: str, single_word_verbs: frozenset[str]) -> str:
    """`verb` of an attribution: "according to" -> "according_to", "tell reporters" -> "tell"."""
    words = term.split()
    if len(words) > 1 and words[0] in single_word_verbs:
        return words[0]
    return "_".join(words)


def attributions(art: phr.ArticleText, cue_list: Sequence[phr.Cue]) -> tuple[list[Attribution], dict[int, Attribution]]:
    """Attributions of the article in text order, and which quote (by index) each one credits."""
    out: list[Attribution] = []
    quote_credit: dict[int, Attribution] = {}
    for cue in cue_list:
        start = art.tokens[cue.first].start
        if art.quote_in(start) is not None:
            continue  # a reporting verb inside a quotation is the speaker's words, not a cue
        if out and out[-1].content and out[-1].content.start <= start < out[-1].content.end and art.text[start].isupper():
            continue  # "Obama Says Museum Will Tell of ...": a headline's words after its cue
        found = _attribute(art, cue, out[-1] if out else None)
        if found is None:
            continue
        att, credited = found
        out.append(att)
        for qi in credited:
            quote_credit.setdefault(qi, att)
    return out, quote_credit


def _attribute(art: phr.ArticleText, cue: phr.Cue, prev: Attribution | None = None) -> tuple[Attribution, list[int]] | None:
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
        if strength < 2 or not in_title_case_line(text, cue_start):
            return None
        if strength == 2 and not _headline_verb(art, cue):
            return None
    k0 = cue.last + 1
    has_that = k0 < len(tokens) and tokens[k0].norm == "that" and tokens[k0].start < s_end
    before = tokens[cue.first - 1].norm if cue.first > 0 and tokens[cue.first - 1].start >= s_start else ""
    after = tokens[k0].norm if k0 < len(tokens) and tokens[k0].start < s_end else ""
    def noun_like() -> bool:  # worked out only where it decides (after pattern 1, without "that")
        return (bool(before) and (
            before in _NOUN_BEFORE or (before.endswith("'s") and before not in cue_patterns.CONTRACTED_S) or _base_form_after_noun(art, cue)
            or _modified_noun(art, cue, before)
        )) or _noun_before_preposition(art, cue, after) or _ambiguous_noun(art, cue, before, after)
    if before == "to" and not has_that and not _SPEECH_GAP_RE.fullmatch(text, cue_end, min(cue_end + 3, s_end)):
        # "needs to tell the truth", "failed to show up": an infinitive reports nothing by itself
        return None
    if k0 < len(tokens) and tokens[k0].norm in _PARTICLES and tokens[k0].start < s_end:
        return None  # "show up", "call off", "back down": another verb than the cue
    if before == "for" and tokens[cue.first].norm.endswith("ing"):
        return None  # "criticized Fiorina for telling the truth": the reason for another act, not a report
    if verb == "agree" and after == "to" and _object_follows(art, k0 + 1, s_end):
        return None  # "agreed to the talks": consent to an act, not a report (cf. "agreed to meet", "agreed that")
    if verb == "expect" and before in _BE_FORMS and after not in ("to", "that"):
        return None  # "He is expected in Istanbul on Friday": a schedule, not a belief credited to anyone

    def make(src: tuple[int, int] | None, content: Range | None) -> Attribution:
        speaker, anonymous = (None, False)
        source = None
        if src is not None:
            src_tokens = list(tokens[src[0] : src[1] + 1])
            if len(src_tokens) > 1 and src_tokens[-1].norm in ("who", "which"):
                src_tokens.pop()  # the relative pronoun is in the source range, not the name
            speaker, anonymous = art.speakers.name_of(src_tokens, tokens[src[0]].start)
            source = Range(tokens[src[0]].start, tokens[src[1]].end)
        return Attribution(Range(cue_start, cue_end), verb, entry.category, speaker, source, content, anonymous)

    # 1. After a quotation: `"...," he said` / `"...," said a senior source`.
    qi = bisect.bisect_right(art.quote_ends, cue_start) - 1
    if qi >= 0 and verb != "according_to" and cue_start - art.quote_ends[qi] < 160 and (
        art.quotes[qi].start <= s_start or not _is_title(art, qi)  # “Like Oakland,” Trump said.
    ):
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
                and phr.short_tag(art, q.end, cue)
                and not any(c in between for c in ",;:!?")
                and art.token_at_or_after(q.end) < cue.first
                and all(text[t.start].isupper() or t.norm in phr.PRONOUNS for t in tokens[art.token_at_or_after(q.end) : cue.first])
            )
        apposed = _APPOSED_TAG_RE.fullmatch(between) if closes_clause else None
        if apposed is not None:  # `"...," Mr. Mahaney, of RBC Capital Markets, said.`
            src = (art.token_at_or_after(q.end + apposed.start(1)), art.token_at_or_after(q.end + apposed.end(1)) - 1)
            if src[0] <= src[1]:
                return make(src, Range(q.start, q.end)), [qi]
        if (
            closes_clause
            and len(between) < 80  # farther than a short tag: only a name with an appositive reaches
            and (s_start < q.end or phr.short_tag(art, q.end, cue))
            and "\n" not in between
            and ";" not in between
            and not between.rstrip().endswith(",")
        ):
            subj = phr.tokens_between(art, q.end, cue_start)
            if subj is not None and not any(t.norm in phr.CLAUSE_WORDS for t in tokens[subj[0] : subj[1] + 1]):
                src = subj if subj[0] <= subj[1] else phr.phrase_after(art, cue.last, s_end)
                return make(src, Range(q.start, q.end)), [qi]
    if verb == "according_to":
        return _according_to(art, cue, make, s_start, s_end)
    if not has_that and noun_like():
        return None
    subject, passive = phr.subject_before(art, cue.first, s_start)
    if subject is None and not passive:
        subject = cue_patterns.subject_across_aside(art, cue.first, s_start)
    if _naming_participle(art, cue, before):
        return None  # "a program called Sandy Hook Promise": a name given, not words reported
    if (
        tokens[cue.first].norm.endswith("ing")
        and prev is not None
        and prev.source is not None
        and s_start <= prev.cue.start < cue_start
        and cue.first > 0
        and (art.comma(cue.first - 1) or tokens[cue.first - 1].norm in phr.AUX | phr.LEADING_PREPOSITIONS)
        and not any(
            t.norm in ("while", "whereas", "but")
            for t in tokens[art.token_at_or_after(prev.cue.end) : cue.first]
        )
        and phr.comma_clause_start(art, art.token_at_or_after(prev.cue.end), cue.first - 1) is None
    ):
        # `The GOP nominee complained ..., even suggesting ...`: the participle shares the
        # subject of the attribution before it in the sentence.
        subject = (art.token_at_or_after(prev.source.start), art.token_at_or_after(prev.source.end) - 1)
    if passive:
        # `A story was being told by The Daily Caller`: the agent is the source and the subject
        # what is attributed; without an agent there is no source.
        by = cue.last + 1
        patient, subject = subject, None
        # The agent may come after a complement: `has been called a charlatan by fellow physicians`.
        while by < min(len(tokens), cue.last + 6) and tokens[by].norm != "by" and art.clean(by - 1):
            by += 1
        if by < len(tokens) and tokens[by].norm == "by" and tokens[by].start < s_end:
            agent = phr.phrase_after(art, by, s_end)
            if agent is not None and patient is not None:
                content = Range(tokens[patient[0]].start, tokens[patient[1]].end)
                return make(agent, content), []
        elif strength >= 2 and patient is not None and tokens[cue.first].norm.endswith("ed"):
            # `it was revealed in March that ...`, `Sanders was announced the winner`: an
            # attribution whose source the sentence does not name.
            rest = phr.trim_end(text, cue_end, s_end)
            if art.token_at_or_after(rest) - cue.last > 2:
                start = tokens[patient[0]].start
                if patient[0] == patient[1] and tokens[patient[0]].norm == "it":
                    start = phr.content_start(art, cue.last, s_end, False)  # it was revealed that ...
                return make(None, Range(start, rest)), []
    # 2. Quotations after the cue in its sentence (or in the next paragraph after a colon).
    qn = bisect.bisect_left(art.quote_starts, cue_end)
    colon = _COLON_RE.match(text, cue_end)
    if qn < len(art.quotes) and colon and art.quotes[qn].start == colon.end():
        return make(subject, Range(art.quotes[qn].start, art.quotes[qn].end)), [qn]
    if qn < len(art.quotes) and art.quotes[qn].start < s_end + 1 and not _is_title(art, qn):
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
            labeled = entry.category == "labeling" and _LABEL_OBJECT_RE.fullmatch(between) is not None
            if subject is not None or direct or labeled:
                content = Range(q.start, end) if direct else Range(
                    min(q.start, phr.content_start(art, cue.last, s_end, verb in _ADDRESSEE_VERBS)), end
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
    aside = _ASIDE_THAT_RE.match(text, cue_end, s_end) or (
        _COLON_CLAUSE_RE.match(text, cue_end, s_end) if strength >= 2 else None
    )
    if aside is not None:  # `said, among other things, that ...`, `friends say: free-market ...`
        has_that = True
    elif not _COMPLEMENT_START_RE.match(text, cue_end):
        return None  # "talks he himself called – it still ...": punctuation after the cue, no complement
    if _plural_noun(art, cue, subject) and not has_that:
        return None  # "the verbal attacks reflected ...", "drone attacks"
    content_start = aside.end() if aside else phr.content_start(art, cue.last, s_end, verb in _ADDRESSEE_VERBS)
    content_end = phr.trim_end(text, content_start, s_end)
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


# Verbs whose subject is often a thing (a poll, a record, a video) rather than a person.
_OBJECT_OPENERS = frozenset("the a an his her its their our my your this that these those".split())
_EVIDENCE_VERBS = frozenset("shows reveals suggests indicates finds confirms".split())
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from is".split())


def _is_title(art: phr.ArticleText, qi: int) -> bool:
    """Is quotation qi the title of a show, book or song (`MSNBC’s “Morning Joe”`, “Fox News
    Sunday,”) rather than words spoken: a few words, every one capitalised but the small ones,
    in running text (not in a Title Case headline)?"""
    q = art.quotes[qi]
    words = art.text[q.start : q.end].strip("“”\"‘’'`,.!? ").split()
    if not 2 <= len(words) <= 6:
        return False  # one capitalised word ("No," he said) is speech as often as a title
    if not all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words) or not words[0][:1].isupper():
        return False
    return not in_title_case_line(art.text, q.start)


def _name_follows(art: phr.ArticleText, cue: phr.Cue) -> bool:
    """Does a capitalised word other than an article follow the cue (`..., noted NBC's Dante Chinni`)?"""
    k = cue.last + 1
    if k >= len(art.tokens):
        return False
    tok = art.tokens[k]
    return art.text[tok.start].isupper() and tok.norm not in ("the", "a", "an")


def _base_form_after_noun(art: phr.ArticleText, cue: phr.Cue) -> bool:
    """A cue in its base form right after a singular word cannot be a verb with that word as its
    subject ("a big question remains", "state law", "the McKinley plan"); after a plural ("officials
    say"), a pronoun ("they claim"), a modal or "to" it can."""
    tok = art.tokens[cue.first]
    if tok.norm != cue.match.entry.term.split()[0] or (cue.match.entry.weight or 2) >= 3:
        return False  # "Police say", "Mr. Grassley and Mr. Leahy say": the strongest cues are verbs
    before = art.tokens[cue.first - 1].norm
    if before in phr.PRONOUNS or before in phr.AUX or before in art.speakers.anonymous_heads:
        return False
    if before.endswith("s") or before.endswith("ly") or before.isdigit():
        return False
    return True


_NAMED_THINGS = frozenset("program group website site book film movie show event class initiative organization bill song".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen hundred thousand million".split())


def _modified_noun(art: phr.ArticleText, cue: phr.Cue, before: str) -> bool:
    """A cue right after a number or a hyphenated modifier is a noun or an adjective ("758
    pledged delegates", "35 states", "work-related emails", "State-linked attacks"); not after
    an age or a party tag ("Sarandon, 69, told", "Sanders (I-Vt.) defended"), nor the strongest
    cues ("4 in 10 say")."""
    if not (before[:1].isdigit() or before in _NUMBER_WORDS or "-" in before):
        return False  # the common case, decided without looking further
    if (cue.match.entry.weight or 2) >= 3 or not art.clean(cue.first - 1):
        return False
    if cue.first >= 2 and art.tokens[cue.first - 2].norm in ("the", "in", "of"):
        return False  # "the two suggested", "6 in 10 backed"
    hyphenated = "-" in before and before.rsplit("-", 1)[1].endswith(("ed", "ing", "place"))
    return before.isdigit() or before in _NUMBER_WORDS or hyphenated


def _noun_before_preposition(art: phr.ArticleText, cue: phr.Cue, after: str) -> bool:
    """"an attack on the outpost", "attacks on his personal life": the noun, not the verb (which
    takes its object directly: "attacked the outpost"; "warned of", "accused of" stay verbs)."""
    return after == "on" and cue.first == cue.last and art.tokens[cue.first].norm in ("attack", "attacks")


def _headline_verb(art: phr.ArticleText, cue: phr.Cue) -> bool:
    """In a Title Case headline, a weight-2 cue is a verb between a name and its object
    (`Mike Pence Calls for Special Prosecutor`, `Donald Trump Praises Breitbart’s ...`)."""
    if cue.first == 0 or not art.clean(cue.first - 1):
        return False
    prev = art.tokens[cue.first - 1]
    return art.text[prev.start].isupper() and prev.norm not in _NOUN_BEFORE and prev.norm not in _TITLE_SMALL_WORDS


# -s forms that are nouns as often as verbs: as verbs they take an object, a clause or "to"
# right away ("attacks Clinton", "claims he won", "plans to run"); "Paris attacks in",
# "terrorist attacks,", "the states that voted" are nouns.
_NOUN_OR_VERB = frozenset("attacks calls reports promises plans threats charges states pledges".split())
_VERB_OBJECT_OPENERS = frozenset(
    """the a an his her its their our my your this these those that him them it us me he she they we
    i you to how what why whether who where when""".split()
)
# Nouns after which a participle-looking cue is an adjective ("pledged delegates").
_MODIFIED_HEADS = frozenset("delegates delegate".split())
_SUBJECT_LIKE = frozenset("who which that what also".split())
_DETERMINERS = frozenset("a an the his her its their our my your this that".split())


def _ambiguous_noun(art: phr.ArticleText, cue: phr.Cue, before: str, after: str) -> bool:
    """Noun readings the other tests miss: an ambiguous -s word not followed by an object
    ("terrorist attacks in Paris", "the 35 states that"), a participle before "delegates"
    ("fewer pledged delegates"), an -ing word after a determiner and an adjective ("a strong
    showing")."""
    tok = art.tokens[cue.first]
    if after in _MODIFIED_HEADS and tok.norm == "pledged":
        return True
    if cue.first == cue.last and tok.norm in _NOUN_OR_VERB and before:
        prev = art.tokens[cue.first - 1]
        if not art.text[prev.start].islower() or before in phr.PRONOUNS or before.endswith("ly") or before in _SUBJECT_LIKE:
            return False  # "the Associated Press reports", "what he calls", "who states"
        k = cue.last + 1
        if not after or not art.clean(cue.last):
            return art.text[tok.end : tok.end + 2].strip()[:1] not in ("“", '"', ":")
        if after in _VERB_OBJECT_OPENERS or art.text[art.tokens[k].start].isupper():
            return tok.norm == "states"  # "the 35 states that ..."
        return True
    if tok.norm == "showing" and cue.first >= 2 and before and art.tokens[cue.first - 2].norm in _DETERMINERS:
        prev = art.tokens[cue.first - 1]
        return art.text[prev.start].islower() and art.clean(cue.first - 1) and before not in phr.AUX
    return False


def _naming_participle(art: phr.ArticleText, cue: phr.Cue, before: str) -> bool:
    """"a program called Sandy Hook Promise", "a group named ...": a lower-case noun, then the
    participle, then a capitalised name."""
    if art.tokens[cue.first].norm not in ("called", "named", "dubbed", "titled", "entitled") or cue.first != cue.last:
        return False
    if cue.first < 2 or (art.tokens[cue.first - 2].norm not in ("a", "an") and before not in _NAMED_THINGS):
        return False
    k = cue.last + 1
    if k >= len(art.tokens) or not art.text[art.tokens[k].start].isupper():
        return False
    prev = art.tokens[cue.first - 1]
    word = art.text[prev.start : prev.end]
    return (
        word.islower()
        and before not in phr.PRONOUNS
        and before not in phr.AUX
        and before not in ("whom", "which", "they", "we", "him", "them")
        and not before.endswith("ly")
        and before not in art.speakers.anonymous_heads
        and art.clean(cue.first - 1)
    )


def _plural_noun(art: phr.ArticleText, cue: phr.Cue, subject: tuple[int, int] | None) -> bool:
    """Is an -s cue a plural noun ("verbal attacks", "public calls for") rather than a verb?"""
    tok = art.tokens[cue.first]
    if not tok.norm.endswith("s") or (cue.match.entry.weight or 2) >= 3 or subject is None:
        return False  # the strongest cues ("says", "claims", "endorses") are verbs after a noun
    if tok.norm in _EVIDENCE_VERBS:
        return False  # "a poll shows", "video of the incident shows": evidence as the source
    before = art.tokens[subject[1]]
    word = art.text[before.start : before.end]
    if not word.islower() or before.norm in art.speakers.anonymous_heads or before.norm in phr.PRONOUNS:
        return False
    # A verb after a singular noun takes an object: a determiner or a name ("the candidate
    # mentions her granddaughter", "the ad slams Kasich"); anything else after the -s word reads
    # as a plural noun ("verbal attacks reflected", "comments he made", "reports through Jan.").
    k = cue.last + 1
    if k >= len(art.tokens) or not art.clean(cue.last) or before.norm.endswith("s"):
        return True
    nxt = art.tokens[k]
    return not (nxt.norm in _OBJECT_OPENERS or art.text[nxt.start].isupper())


def _quotes_within(art: phr.ArticleText, r: Range) -> list[int]:
    """Quotations inside an indirect content: fragments of the source's words."""
    i = bisect.bisect_left(art.quote_starts, r.start)
    out = []
    while i < len(art.quotes) and art.quotes[i].end <= r.end + 1:
        out.append(i)
        i += 1
    return out


def _according_to(art: phr.ArticleText, cue: phr.Cue, make, s_start: int, s_end: int):
    """`according to X, ...` or `..., according to X`: X is the source, the rest the content."""
    src = phr.phrase_after(art, cue.last, s_end)
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
        end = phr.trim_end(text, after, s_end)
        if end <= after:
            return make(src, None), []
        content = Range(after, end)
    return make(src, content), []


def _joins_names(art: phr.ArticleText, k: int) -> bool:
    """Is token k an "and" between two people (`..., he and Mr. Allen said.`)?"""
    if art.tokens[k].norm != "and" or k == 0 or k + 1 >= len(art.tokens):
        return False
    nxt, prev = art.tokens[k + 1], art.tokens[k - 1]
    def person(t) -> bool:
        return t.norm in phr.PRONOUNS or art.text[t.start].isupper()
    return person(nxt) and person(prev)


def _object_follows(art: phr.ArticleText, k: int, s_end: int) -> bool:
    """Does a noun phrase (a determiner, a number or a name) start at token k of the sentence?"""
    tokens = art.tokens
    if k >= len(tokens) or tokens[k].start >= s_end:
        return False
    first = art.text[tokens[k].start]
    return tokens[k].norm in _NOUN_PHRASE_OPENERS or first.isupper() or first.isdigit()


def _postposed(art: phr.ArticleText, cue: phr.Cue, s_start: int, s_end: int):
    """`The talks were a show, Lavrov said.` / `..., said Lavrov.`: content before the comma."""
    text, tokens = art.text, art.tokens
    after = text[tokens[cue.last].end : s_end]
    k = cue.first - 1
    while k >= 0 and tokens[k].start >= s_start and tokens[k].norm in phr.AUX and art.clean(k):
        k -= 1
    if k < 0 or tokens[k].start < s_start:
        return None
    inverted = (
        art.comma(k)
        and ((cue.match.entry.weight or 2) != 2 or _name_follows(art, cue))
        and lemma(cue.match.entry.term, art.single_word_verbs) not in _ADDRESSEE_VERBS
        and phr.inverted_source(art, cue, s_end) is not None
    )
    parenthetical = after.lstrip().startswith(",")  # `The museum, Mr. Obama said, would make ...`
    if not (inverted or parenthetical) and (
        not _POSTPOSED_TAIL_RE.fullmatch(after) or _PARTICLE_TAIL_RE.match(after)
    ):
        return None
    if inverted:  # `..., said Lavrov.` / `..., said Jeffrey N. Trimble, a senior official with ...`
        src = phr.inverted_source(art, cue, s_end)
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
            if not art.clean(j - 1) or (tokens[j - 1].norm in phr.CLAUSE_WORDS and not _joins_names(art, j - 1)):
                return None
            j -= 1
        src = (j, k)
        if any((t.norm in phr.CLAUSE_WORDS and t.norm != "and") or t.norm in phr.AUX for t in tokens[j : k + 1]):
            return None  # `..., but pledged to remain civil`: no subject between comma and cue
        before = j - 1
    if before < art.token_at_or_after(s_start) + (0 if parenthetical else 2):
        return None  # a content of at least three words (`The museum, Mr. Obama said, ...`: any)
    content_end = tokens[before].end
    while content_end < s_end and text[content_end] in "”\"’'":
        content_end += 1
    return src, Range(s_start, content_end)


