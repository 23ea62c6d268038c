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
            return None  # the phrase does not start the clause: no subject we can trust
        return j, k
    return None


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
