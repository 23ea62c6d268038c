"""The subject of a cue that follows an aside: `Many speakers at the service — including Muslims,
Christians — said`, `Democrats — and some Republicans — say`, `Kasich (who has 25 delegates)
said`.  The verb rules (`framing.cue_context`) look for a subject right before the cue; here the
aside between is stepped over and the phrase before its opening mark is the subject.

Apart from `framing.subject_phrases`, which reads a subject's extent from its words, because this
is a fallback asked only when that reading finds nothing before a closing dash or bracket.
"""

from __future__ import annotations

from framing import article_text

# A dash aside or a parenthesis that closes right before a cue, and the mark that opens it.
_ASIDE_CLOSERS = (("—", "—"), ("–", "–"), ("--", "--"), (")", "("))


def subject_across_aside(art: article_text.ArticleText, first: int, s_start: int) -> tuple[int, int] | None:
    """The subject of the cue at token `first` when an aside stands between (`Many speakers at the
    service — including Muslims, Christians — said`, `Kasich (who has 25 delegates) said`): the
    phrase before the aside's opening mark, back to the sentence start, a comma or a clause word."""
    text, tokens = art.text, art.tokens
    cue_start = tokens[first].start
    before = text[s_start:cue_start].rstrip()
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
