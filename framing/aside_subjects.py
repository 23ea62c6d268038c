"""The subject of a cue that follows an aside: `Many speakers at the service — including Muslims,
Christians — said`, `Democrats — and some Republicans — say`, `Kasich (who has 25 delegates)
said`.  The verb rules (`framing.cue_context`) look for a subject right before the cue; here the
aside between is stepped over and the phrase before its opening mark is the subject.

Apart from `framing.subject_phrases`, which reads a subject's extent from its words, because this
is a fallback asked only when that reading finds nothing before a closing dash or bracket.
"""

from __future__ import annotations

import re

from framing import article_text
from framing.name_words import CALENDAR_WORDS, NOT_NAMES, WEEKDAYS

# A name the subject goes by, in quotation marks right before a cue: `A Romanian hacker known as
# "Guccifer," stated`.
_KNOWN_AS_RE = re.compile(r"\s(?:known as|dubbed|nicknamed)\s+[“\"][^“”\"]{1,40}[,”\"]{2,3}$")
# "known as" and a name in quotation marks closed by a comma, then the next word: `the hacker known
# as “Guccifer,” stated`.
_KNOWN_AS_NAME_RE = re.compile(r"[ \t]+as[ \t]+[“\"][^“”\"]{1,40}(?:,[”\"]|[”\"],)[ \t]+([a-z]+)\b")
# Words after such a name that go on with it, not to the subject's verb.
_NOT_THE_VERB = frozenset("who whom whose which that and or but nor as when where while".split())
# A dash aside or a parenthesis that closes right before a cue, and the mark that opens it.
_ASIDE_CLOSERS = (("—", "—"), ("–", "–"), ("--", "--"), (")", "("))


def subject_across_aside(art: article_text.ArticleText, first: int, s_start: int) -> tuple[int, int] | None:
    """The subject of the cue at token `first` when an aside stands between (`Many speakers at the
    service — including Muslims, Christians — said`, `Kasich (who has 25 delegates) said`): the
    phrase before the aside's opening mark, back to the sentence start, a comma or a clause word."""
    text, tokens = art.text, art.tokens
    cue_start = tokens[first].start
    before = text[s_start:cue_start].rstrip()
    known = _KNOWN_AS_RE.search(before)
    if known is not None:
        return _subject_known_as(art, s_start, s_start + known.start(), first)
    for close, opening in _ASIDE_CLOSERS:
        if not before.endswith(close):
            continue
        open_pos = before.rfind(opening, 0, len(before) - len(close))
        if open_pos <= 0:
            return None
        k = art.token_at_or_after(s_start + open_pos) - 1
        if k < 0 or tokens[k].start < s_start or not text[tokens[k].end : s_start + open_pos].isspace() and tokens[k].end != s_start + open_pos:
            return None
        j = k
        while j - 1 >= 0 and tokens[j - 1].start >= s_start and art.clean(j - 1) and k - j < 6 and tokens[j - 1].norm not in article_text.CLAUSE_WORDS:
            j -= 1
        if tokens[j].norm in article_text.CLAUSE_WORDS or j > k:
            return None
        if j > art.token_at_or_after(s_start) and not art.comma(j - 1) and tokens[j - 1].norm not in article_text.CLAUSE_WORDS:
            # the phrase does not start the clause: no subject we can trust, unless the sentence
            # opens with a name described up to a "who" whose clause the aside ends
            return name_before_who(art, s_start, k)
        if j > 0 and tokens[j - 1].norm == "who" and tokens[j - 1].start >= s_start:
            # `Smith, a former aide who worked in Ohio — which he left — said`: the words after
            # "who" are its clause, no subject ("worked in Ohio" was the speaker)
            return name_before_who(art, s_start, k)
        return j, k
    return None


def name_before_who(art: article_text.ArticleText, s_start: int, end: int) -> tuple[int, int] | None:
    """The subject of a cue after a dash aside, when the sentence opens with a name, a comma and a
    description ending in "who", whose clause runs up to the aside (`James Fitzgerald, a retired
    FBI profiler and forensic linguist who, in 1996, helped catch "Unabomber" Ted Kaczynski --
    who killed 3 people ... -- told Fox News`): the name and its description, as PolNeAR marks a
    name with its appositive; the name alone before ", who" (`Eddie Griffin, who at the time was
    a Ft. Worth member of the AfroSpear, a group of black bloggers, said`, asked by
    `framing.subject_phrases` for a cue after a comma).  `end` is the last token before the aside
    or comma; None for any other shape."""
    tokens, text = art.tokens, art.text
    a = art.token_at_or_after(s_start)
    n = a  # the name's last word, the one the comma follows
    while n < end and n - a < 3 and text[tokens[n].start].isupper() and art.clean(n):
        n += 1
    if n == a or not text[tokens[n].start].isupper() or not art.comma(n) or any(
        t.norm in NOT_NAMES or t.norm.strip(".") in WEEKDAYS for t in tokens[a : n + 1]
    ):
        return None  # (a name of two to four capitalised words, then the comma; not `On Monday,`)
    w = n + 1
    while w <= end and w - n <= 12 and tokens[w].norm != "who":
        if not (art.clean(w) or art.comma(w)) or tokens[w].norm in _NOT_IN_DESCRIPTION:
            return None
        w += 1
    if w > end or tokens[w].norm != "who" or any(t.norm in _OTHER_CLAUSE for t in tokens[w + 1 : end + 1]):
        return None
    return (a, n) if w == n + 1 else (a, w - 1)


# Words after "who" that open another clause: the cue may be that clause's (`Smith, who lost, said
# that aides said`).
_OTHER_CLAUSE = frozenset("said says told but while because".split())
# Words that end a description before its "who": another clause, not the appositive.
_NOT_IN_DESCRIPTION = frozenset("that which whom whose said says told but while because if when".split())


def name_before_circumstance(art: article_text.ArticleText, k: int, s_start: int) -> bool:
    """Does the sentence open with a name and one aside of circumstance set off by commas that
    ends at token k, right before the cue (`Mrs. Clinton, in a book released last year, said Mr.
    Comey's disclosure hurt her`, `Trump, returning to Washington after the holidays, posted a
    tweet`)?  Then the name is the cue's subject and what follows the cue its complement.  Asked
    by `attribution_patterns.postposed`: read as an inverted tag (`..., said Lavrov.`), the words
    after the cue were the source ("Mr. Comey's disclosure hurt her campaign's momentum"), though
    a tag needs a clause before its comma and a name with a prepositional or participle phrase
    is none.

    The name is one to four capitalised words (one only when it may be a person: `Speakers`);
    the aside opens with a preposition or a lower-case -ing word and has no verb or clause word
    of its own ("The plan, in the end, failed" and "Clearly, ..." are not this shape)."""
    tokens, text = art.tokens, art.text
    first = art.token_at_or_after(s_start)
    commas = [i for i in range(first, k) if art.comma(i)]
    if len(commas) != 1 or not art.comma(k):
        return False
    h = commas[0]
    head, aside = tokens[first : h + 1], tokens[h + 1 : k + 1]
    if not 1 <= len(head) <= 4 or not 2 <= len(aside) <= 16 or not all(art.clean(j) for j in range(first, k) if j != h):
        return False
    if not all(text[t.start].isupper() and t.norm not in NOT_NAMES and t.norm not in CALENDAR_WORDS for t in head):
        return False
    if len(head) == 1:
        word = text[head[0].start : head[0].end]
        if word.lower().endswith("ly") or not (" " in art.speakers.full_name(word) or art.speakers.is_person(word)):
            return False  # (`Clearly, ...`: a lone opener, no name)
    opener = aside[0]
    if text[opener.start].isupper() or not (
        opener.norm in _CIRCUMSTANCE_OPENERS or (opener.norm.endswith("ing") and opener.norm not in _NOT_PARTICIPLES)
    ):
        return False
    return not any(t.norm in _VERBS_OF_A_CLAUSE for t in aside)


# Prepositions that open an aside of circumstance after a subject (`Mrs. Clinton, in a book,`).
_CIRCUMSTANCE_OPENERS = frozenset("in at on during after before amid from speaking writing asked".split())
# -ing words that open no participle phrase of the subject's (`including`: a list's tail).
_NOT_PARTICIPLES = frozenset("including according during nothing something anything everything thing".split())
# Words that make the aside a clause of its own, not a circumstance of the subject.
_VERBS_OF_A_CLAUSE = (article_text.CLAUSE_WORDS - frozenset("after before while since and as".split())) | (
    article_text.AUX - frozenset("to even also later previously repeatedly once then recently just again first earlier often already still further now".split())
) | frozenset("he she it they we i you".split())


def name_known_by(art: article_text.ArticleText, first: int) -> bool:
    """Is the cue at token `first` the "known" of `known as "Guccifer,"` set inside a subject whose
    verb follows (`Marcel Lehel, the hacker known as “Guccifer,” stated`)?  Then it gives the name
    the subject goes by, no one's words: PolNeAR marks no "known" cue there, only "stated" with
    the whole phrase as its source (`_subject_known_as` reads that source).  Only this shape: most
    "known as" (`the bill, known as the ...`, `a region known as Horgos`) PolNeAR does mark."""
    tokens = art.tokens
    if tokens[first].norm != "known":
        return False
    m = _KNOWN_AS_NAME_RE.match(art.text, tokens[first].end)
    return m is not None and m.group(1) not in _NOT_THE_VERB


def _subject_known_as(art: article_text.ArticleText, s_start: int, known: int, first: int) -> tuple[int, int] | None:
    """The subject of a cue after `known as "Guccifer,"` (offset `known`, where the words "known
    as" are preceded by their space): the phrase before those words back to the sentence start,
    through the quoted name, so its reading can take the name (`framing.speakers`)."""
    tokens = art.tokens
    k = art.token_at_or_after(known) - 1
    j = art.token_at_or_after(s_start)
    if k < j or first - 1 <= k:
        return None
    a = k
    while a > j and k - a < 8 and tokens[a - 1].norm not in article_text.CLAUSE_WORDS and (art.clean(a - 1) or art.comma(a - 1)):
        a -= 1
    if tokens[a].norm in article_text.CLAUSE_WORDS:
        return None
    return a, first - 1
