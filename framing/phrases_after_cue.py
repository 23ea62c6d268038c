"""What follows a cue: an inverted source (`said a senior source`), a short tag after a quotation
(`"...?" Clinton said.`), a short phrase between a quotation and its cue, where an indirect content
starts (after "that" and an addressee: `told reporters that ...`), and where a phrase ends.

It exists to keep the forward readings of a cue apart from the backward scan for its subject
(`framing.subject_phrases`); `framing.attribution` decides which one a cue gets. Everything here
works on token indices of one `ArticleText`.
"""

from __future__ import annotations

import re

from framing.article_text import AUX, PRONOUNS, ArticleText, Cue
from framing.lone_names import VERB_AFTER_SUBJECT_RE
from framing.name_words import CALENDAR_WORDS, NOT_NAMES, OTHERS_OF_A_PERSON, capitalised
from framing.clause_subjects import FINITE_WORDS
from framing.source_clauses import IRREGULAR_PAST

# After a tag's cue, the end of its sentence: at once, after one word (`said Tuesday.`), or after a
# time phrase (`Trump tweeted early Tuesday.`, `she said on Monday night.`).
TAG_END_RE = re.compile(
    r"[^\S\n]*(?:[.,;]|\w+[.,]|(?:(?:early|late|on|last|this)[^\S\n]+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
    r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?[.,])"
)
SUBJECT_END_RE = re.compile(r"\s*(?:[.,;!?\"”’)]|$|\(|(?:on|in|at|during|after|before|who)\b)")
PHRASE_AFTER_STOPS = frozenset("on in at during after before that who about for over".split())
# Between the words of a source phrase, a party-and-state tag may sit: "Gwen Moore (D-Wis.) said".
PHRASE_GAP_RE = re.compile(r"\.?\s*|\s*[-&/]\s*|-|\.?\)?\s*\(?")
OBJECT_WORDS = frozenset("reporters journalists him her them us me supporters lawmakers".split())
INVERTED_OPENERS = frozenset("the a an one another two three several some many senior".split())
# Words opening an occasion between a cue and its that-clause: "said in a statement that".
ADVERBIAL_OPENERS = frozenset("in on at during after before via through to from over".split())


def short_tag(art: ArticleText, quote_end: int, cue: Cue) -> bool:
    """`"...?" Clinton said.`: a quote ending in ? or ! puts the splitter's boundary before the
    tag; it is still the quote's tag when a short subject with no auxiliary sits between them and
    the sentence ends (or pauses) right after the cue."""
    a = art.token_at_or_after(quote_end)
    if cue.first - a > 5 or any(t.norm in AUX for t in art.tokens[a : cue.first]):
        return False
    return TAG_END_RE.match(art.text, art.tokens[cue.last].end) is not None


def tokens_between(art: ArticleText, start: int, end: int) -> tuple[int, int] | None:
    """Token indices [a, b] strictly inside text[start:end] forming one clean phrase (b < a when
    there are none); None when the stretch holds anything but a short phrase."""
    a = art.token_at_or_after(start)
    b = art.token_at_or_after(end) - 1
    if b - a > 7 and not (b - a <= LONG_TAG_TOKENS and names_and_joiners(art, a, b)):
        return None
    cut = b
    for k in range(a, b):
        gap = art.gap(k)
        if not PHRASE_GAP_RE.fullmatch(gap):
            return None
        if "(" in gap and cut == b:
            cut = k  # `Rep. Gwen Moore (D-Wis.) said`: the phrase ends before the party tag
    return a, cut


# A tag between a quotation and its cue, or a subject before a cue, may run to this many tokens
# (less one) when it is a name or a description of those who speak for one (`names_and_joiners`);
# eight otherwise.
LONG_TAG_TOKENS = 10
# The lower-case words such a tag may hold besides its head noun.
_TAG_JOINERS = frozenset("of for to the a an and at de".split())


def names_and_joiners(art: ArticleText, a: int, b: int) -> bool:
    """Is tokens[a..b] a name, or a description of those who speak for someone, with its names
    and places (`a spokesman for Mayor Frank G. Jackson of Cleveland`, `Jeffrey Lewis of the
    James Martin Center for Nonproliferation Studies`): every lower-case word a joiner or the
    head noun of those who speak for a person?  A longer tag is read only then: one with a
    verb of its own (`the nominee wrote in an early morning`) is a clause, not a tag; and one
    with no lower-case word at all is a headline's (`Megyn Kelly Was Just Spotted Walking Into
    The`, `AUSTRALIAN OLYMPIC TEAM REFUSES TO STAY`), whose verbs are capitalised too."""
    text = art.text
    lower = [t for t in art.tokens[a : b + 1] if text[t.start].islower()]
    return bool(lower) and all(t.norm in _TAG_JOINERS or t.norm in OTHERS_OF_A_PERSON for t in lower)


def inverted_source(art: ArticleText, cue: Cue, s_end: int, colon: bool = False) -> tuple[int, int] | None:
    """The subject after the cue (`said Lavrov`, `said a senior official`), when what follows
    the cue looks like one: a capitalised word or an article, and the phrase ends the sentence or
    clause (a comma, a full stop, or `on Tuesday`), or with `colon` a colon too (`Said Ellis:
    "..."`, asked only of a cue opening its sentence: in `Diaz, ..., said of Mr. Rubio: "..."`
    the phrase after the cue is no subject)."""
    k = cue.last + 1
    if k >= len(art.tokens) or art.tokens[k].start >= s_end:
        return None
    tok = art.tokens[k]
    word = art.text[tok.start : tok.end]
    if tok.norm in PRONOUNS or not (
        word[:1].isupper() or tok.norm in INVERTED_OPENERS or tok.norm in art.speakers.anonymous_heads or _title_before_name(art, k, s_end)
    ):
        return None
    src = phrase_after(art, cue.last, s_end)
    if src is None or any(t.norm in AUX for t in art.tokens[src[0] : src[1] + 1]):
        return None  # "..., said the talks were a show": a clause, not a subject
    rest = art.text[art.tokens[src[1]].end : s_end]
    if not (SUBJECT_END_RE.match(rest) or (colon and rest.lstrip(" ")[:1] == ":")) or ends_in_verb(art, src):
        return None
    return src


# Past participles that end a noun phrase as its modifier (`said a person involved`, `said the
# officials briefed`): no verb of the phrase's own.
_POSTNOMINAL_PARTICIPLES = frozenset("involved concerned interviewed surveyed polled briefed quoted asked named unnamed affected".split())


def ends_in_verb(art: ArticleText, src: tuple[int, int]) -> bool:
    """Does the phrase after the cue run on into a verb of its own (`..., said the plan failed`,
    a determiner, a noun, then a past tense in lower case)?  Then it is the cue's complement with
    its subject and verb, not an inverted subject (`said the minister`)."""
    tokens = art.tokens
    if src[1] - src[0] < 2 or tokens[src[0]].norm not in ("the", "a", "an"):
        return False
    last = tokens[src[1]]
    if not art.text[last.start].islower() or last.norm in _POSTNOMINAL_PARTICIPLES:
        return False
    return last.norm.endswith("ed") or last.norm in IRREGULAR_PAST


_NOT_TITLE_WORDS = PHRASE_AFTER_STOPS | ADVERBIAL_OPENERS | frozenset("when where while if as with by and or but".split())


def _title_before_name(art: ArticleText, k: int, s_end: int) -> bool:
    """`says political scientist Dossym Satpayev`, `said former governor Ed Rendell`: one or two
    lower-case words of a title, then a name, with nothing but the phrase in between."""
    tokens = art.tokens
    if tokens[k].norm in _NOT_TITLE_WORDS or not tokens[k].norm.isalpha() or tokens[k].norm.endswith("ing"):
        return False  # `said on Tuesday`, `said when Boyle asked`: an occasion, not a title
    for j in range(k + 1, min(k + 3, len(tokens))):
        if tokens[j].start >= s_end or not art.clean(j - 1) or tokens[j - 1].norm in AUX:
            return False
        if art.text[tokens[j].start].isupper():
            return True
    return False


def phrase_after(art: ArticleText, last: int, s_end: int) -> tuple[int, int] | None:
    """The inverted subject: `said a senior source`, up to punctuation or the sentence end."""
    k = last + 1
    n = len(art.tokens)
    if k >= n or art.tokens[k].start >= s_end:
        return None
    if not art.clean(last) or art.comma(last):
        return None
    a = k
    while k + 1 < n and k - a < 9 and art.tokens[k + 1].start < s_end and art.clean(k):
        if art.tokens[k + 1].norm in PHRASE_AFTER_STOPS and not _within_name(art, k + 1):
            break
        k += 1
    return a, k


# Words that tie a publication's name to the report it carries (`a report in Fox News`, `a count
# by The Associated Press`, `a press release from Judicial Watch`), and the small words inside a name.
_PUBLISHED_IN = frozenset("in by from".split())
_NAME_SMALL_WORDS = frozenset("the of and for & de".split())
_MAX_PUBLICATION = 8  # tokens


def according_source(art: ArticleText, src: tuple[int, int], s_end: int) -> tuple[int, int]:
    """The source of "according to" run on through where it was published, up to a comma or the
    sentence end: `According to a report in Fox News, the sailor ...` -> "a report in Fox News"
    (`phrase_after` stops at "in", and the name was read as the content).  PolNeAR train/dev mark
    15 of 16 such phrases whole ("a new report by Politico", "a press release from Judicial
    Watch"); not a time ("a congressional report on Wednesday"), not a lower-case phrase."""
    tokens, text = art.tokens, art.text
    a, b = src
    k = b + 1
    if k + 1 >= len(tokens) or tokens[k].norm not in _PUBLISHED_IN or tokens[k + 1].start >= s_end:
        return src
    if not art.clean(b) or art.comma(b) or not art.clean(k):
        return src
    j = k + 1
    while j < len(tokens) and j - k <= _MAX_PUBLICATION and tokens[j].start < s_end:
        word = text[tokens[j].start : tokens[j].end]
        if not (word[0].isupper() or tokens[j].norm in _NAME_SMALL_WORDS) or tokens[j].norm in CALENDAR_WORDS:
            return src
        if j + 1 >= len(tokens) or tokens[j + 1].start >= s_end or art.comma(j):
            return (a, j) if any(text[tokens[i].start].isupper() for i in range(k + 1, j + 1)) else src
        if not art.clean(j):
            return src
        j += 1
    return src


def _within_name(art: ArticleText, k: int) -> bool:
    """Is the "for" at token k inside a body's name (`Democracy for America`), between two
    capitalised words?"""
    text, tokens = art.text, art.tokens
    return (
        tokens[k].norm == "for" and k + 1 < len(tokens) and art.clean(k)
        and text[tokens[k - 1].start].isupper() and text[tokens[k + 1].start].isupper()
    )


# Verb forms right after "that" that make it a subject, not a complementiser: a pronoun after a
# verb (`said that was unlikely`), a relative after a noun (`a report that could raise`).
FINITE_AFTER_THAT = frozenset(
    """is was are were has have had will would could can may might must should shall did does do
    isn't wasn't aren't weren't hasn't haven't hadn't won't wouldn't couldn't can't didn't doesn't don't""".split()
)


def content_start(art: ArticleText, last: int, limit: int, addressee: bool = True) -> int:
    """Where an indirect complement starts: after the cue, a "that", an object of tell-verbs."""
    tokens = art.tokens
    k = last + 1
    n = len(tokens)
    if addressee or (k < n and tokens[k].norm in ADVERBIAL_OPENERS):
        # `told MSNBC's "Morning Joe" that ...`, `said in a statement that ...`: what stands
        # between the cue and "that" (the addressee, the occasion) is not what was said.
        j = k
        while j < n and j - k < 8 and tokens[j].start < limit and tokens[j].norm != "that":
            if j > k and art.text.find(",", tokens[j - 1].end, tokens[j].start) >= 0:
                break
            j += 1
        if j < n and tokens[j].norm == "that" and tokens[j].start < limit and j - k < 8:
            k = j
    skipped = 0
    while k < n and tokens[k].start < limit and skipped < 4:
        norm = tokens[k].norm
        if norm == "that":
            if k + 1 < n and tokens[k + 1].norm in FINITE_AFTER_THAT and art.clean(k):
                break  # `Officials said that was unlikely`: "that" is the subject of what is said
            k += 1
            break
        if addressee and (norm in OBJECT_WORDS or (norm in ("the", "a") and k + 1 < n and tokens[k + 1].norm in OBJECT_WORDS)):
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


def trim_end(text: str, start: int, end: int) -> int:
    """`end` moved back over spaces and closing punctuation, not before `start`."""
    while end > start and text[end - 1] in " \t\n.,;:!?":
        end -= 1
    return end


# Words after a comma that go on the clause before it rather than open the main clause's verb.
_CLAUSE_GOES_ON = frozenset(
    """that which who whom whose if when as and but or nor because although though while since after
    before unless until including especially even not so then than where whether according
    he she it they we i you there the a an this these those his her their its my our your
    to from in on at for with by of into about against over under between among""".split()
)


# After the first word past a comma: the rest of a list ("economic, political and military power").
_LIST_ITEM_RE = re.compile(r"(?:[^\S\n]+[a-z][\w-]*){0,2}[^\S\n]+(?:and|or)[^\S\n]")


def relative_clause_end(art: ArticleText, start: int, end: int) -> int:
    """The end of a relative clause's content set off by commas: `The senator, who says the bill
    is flawed, voted against it` -> "the bill is flawed".  It ends at the first comma after `start`
    (outside quotations) followed by a lower-case word that goes on no clause ("voted"); `end`
    when there is none."""
    text = art.text
    i = text.find(",", start, end)
    while i >= 0:
        if art.quote_in(i) is None:
            k = art.token_at_or_after(i + 1)
            if k < len(art.tokens) and art.tokens[k].start < end:
                word = art.tokens[k]
                if (
                    text[word.start].islower() and word.norm not in _CLAUSE_GOES_ON and not word.norm.endswith("ing")
                    and _LIST_ITEM_RE.match(text, word.end) is None
                ):
                    return trim_end(text, start, i)
        i = text.find(",", i + 1, end)
    return end


# A comma, then a capitalised subject (`, Biden responded: ...`): a clause of its own begins.
_NEW_SUBJECT_RE = capitalised(r",[^\S\n]+((?:[A-Z][\w’'.-]*[^\S\n]+){0,2}[A-Z][\w’'.-]*)")


def before_new_subject(art: ArticleText, start: int, end: int) -> int:
    """`end` moved back to before a comma that opens a clause with a named subject and a verb
    (`responding to a question about the attack, Biden responded: ...` ends at "attack")."""
    found = new_subject(art, start, end)
    return end if found is None else trim_end(art.text, start, found[0])


def new_subject(art: ArticleText, start: int, end: int) -> tuple[int, int, int] | None:
    """The first comma between `start` and `end` that opens a clause with a named subject and a
    verb, and the character range of that subject: (comma, subject start, subject end)."""
    text = art.text
    for m in _NEW_SUBJECT_RE.finditer(text, start, end):
        first = m.group(1).split(None, 1)[0].lower().strip(".")
        if first in NOT_NAMES or first in CALENDAR_WORDS or art.quote_in(m.start()) is not None:
            continue
        if VERB_AFTER_SUBJECT_RE.match(text, m.end(1)) is not None:
            return m.start(), m.start(1), m.end(1)
    return None


# The words a lower-case subject opening a main clause may start with (`, the minister left`).
_SUBJECT_DETERMINERS = frozenset("the a an his her their its this these those".split())
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
_WORD_AT_RE = re.compile(r"[^\S\n]+([\w’'-]+)")


def main_clause_subject(art: ArticleText, start: int, end: int) -> tuple[int, int, int] | None:
    """`new_subject`, but a pronoun or a noun phrase in lower case opens the clause too: for a
    participle clause fronted before its sentence's main clause, whose subject it shares (`Having
    said that he would resign, the minister left`: "the minister"; `After saying ..., she was`).
    The subject is a pronoun, or a determiner and up to four words, before a verb."""
    text = art.text
    i = text.find(",", start, end)
    while i >= 0:
        found = new_subject(art, i, end)
        if found is not None and found[0] == i:
            return found
        m = _WORD_AT_RE.match(text, i + 1, end)
        if m is not None and art.quote_in(m.start(1)) is None:
            first = m.group(1).lower()
            if first in _SUBJECT_PRONOUNS:
                if VERB_AFTER_SUBJECT_RE.match(text, m.end(1)) is not None:
                    return i, m.start(1), m.end(1)
            elif first in _SUBJECT_DETERMINERS:
                subject_end = _noun_phrase_end(text, m.end(1), end)
                if subject_end is not None:
                    return i, m.start(1), subject_end
        i = text.find(",", i + 1, end)
    return None


def _noun_phrase_end(text: str, pos: int, end: int) -> int | None:
    """Where a noun phrase after its determiner (ending at `pos`) ends before a verb, within four
    words; a plural noun before a verb (`the officials said`) is the phrase's last word, not its
    verb.  None when no verb follows or a clause word comes first."""
    for _ in range(4):
        m = _WORD_AT_RE.match(text, pos, end)
        if m is None or m.group(1).lower() in PHRASE_AFTER_STOPS or m.group(1).lower() in AUX:
            return None
        pos = m.end(1)
        if VERB_AFTER_SUBJECT_RE.match(text, pos) is not None:
            nxt = _WORD_AT_RE.match(text, pos, end)
            if nxt is not None and nxt.group(1).endswith("s") and VERB_AFTER_SUBJECT_RE.match(text, nxt.end(1)) is not None:
                continue  # `the Russian officials said`: "officials" is no verb
            return pos
    return None


# Words that open an aside after a cue's comma which is no part of what is said: a participle
# clause, a preposition's phrase or a new clause of the outlet's (`said, referring to ...`,
# `said, with a smile,`, `said, and the crowd cheered`, `said, before clarifying`).
_NOT_SAID_OPENERS = frozenset(
    "and but or nor so yet before after while as with without according including who which that per".split()
)
# Words that open a clause of what is said: a pronoun or a determiner (or a capitalised word).
_CLAUSE_SUBJECTS = frozenset("he she it they we i you there the a an this these those his her their its our my your".split())
_FINITE_AFTER_SUBJECT = FINITE_WORDS | frozenset("should may might must shall".split())
_CONTRACTED = ("'s", "’s", "'ve", "’ve", "'re", "’re", "'ll", "’ll", "'d", "’d")


def clause_after_comma(art: ArticleText, cue_end: int, s_end: int) -> int | None:
    """Where what is said starts after a cue and a comma, when a clause of its own follows, perhaps
    after one or two short asides: `Rubio says, win or lose on Tuesday, he's staying in the race`,
    `She said, if elected, she would lead`, `advisers say, the president has grown exasperated`
    (the content starts at the first aside).  A clause is a pronoun, a determiner or a capitalised
    word with a finite verb within five words; an aside opened by a participle, a preposition of
    manner or a conjunction (`said, with a smile,`, `said, and the crowd cheered`) is none."""
    text, tokens = art.text, art.tokens
    if text[cue_end : cue_end + 1] != ",":
        return None
    k = art.token_at_or_after(cue_end)
    start = None
    for _ in range(3):
        if k >= len(tokens) or tokens[k].start >= s_end or not text[tokens[k - 1].end : tokens[k].start].strip() == ",":
            return None
        start = tokens[k].start if start is None else start
        if _opens_clause(art, k, s_end):
            return start
        word = tokens[k].norm
        if word in _NOT_SAID_OPENERS or (word.endswith("ing") and len(word) > 4):
            return None
        j = k  # an aside (`win or lose on Tuesday`, `if elected`): to the next comma
        while j + 1 < len(tokens) and tokens[j + 1].start < s_end and art.clean(j) and tokens[j + 1].start - tokens[k].start < 60:
            j += 1
        if j + 1 >= len(tokens) or not art.comma(j):
            return None
        k = j + 1
    return None


def _opens_clause(art: ArticleText, k: int, s_end: int) -> bool:
    """Do a subject and a finite verb start at token k (`he's staying`, `the president has grown`,
    `Christie can challenge`), within five words and no punctuation?"""
    tokens, text = art.tokens, art.text
    word = tokens[k].norm
    if word.endswith(_CONTRACTED) and word.replace("’", "'").split("'")[0] in _CLAUSE_SUBJECTS | {"that"}:
        return True  # (`he's staying`, `you've got to`, `that's easy`)
    if word not in _CLAUSE_SUBJECTS and not text[tokens[k].start].isupper():
        return False
    for j in range(k + 1, min(k + 6, len(tokens))):
        if tokens[j].start >= s_end or not art.clean(j - 1):
            return False
        if tokens[j].norm in _FINITE_AFTER_SUBJECT:
            return True
    return False
