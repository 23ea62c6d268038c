"""Where contents end, read once the patterns of `framing.attribution` have given them: a
cue's content ends before a participle that shares its subject (`She doubled down on Sunday,
telling CNN that ...`), and an indirect content that ends with a quoted fragment goes on with the
clause the fragment is in (`said he was "outraged" to even hear about it`).

Why apart: both read an attribution against its neighbours (the participle after it, the cues
after it), not one cue's own surroundings as the patterns do.
"""

from __future__ import annotations

import bisect
import re

from framing import article_text, phrases_after_cue, subject_phrases
from framing.models import Attribution, Range

# Between a comma and a participle cue that shares the subject before it: a short adverb at most.
_PARTICIPLE_GAP_RE = re.compile(r",[^\S\n]+(?:(?:even|again|also|later|then|while|before|after|\w+ly)[^\S\n]+)?")


def end_before_participle(art: article_text.ArticleText, prev: Attribution, att: Attribution) -> None:
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


# Where a clause goes on after a quoted fragment: to the next punctuation or quotation mark (the
# sentence end bounds it: `of U.N. resolutions`).
_FRAGMENT_CLAUSE_RE = re.compile(r"[^\S\n]+[a-z][^,;:!?“”\"\n]*")


def clauses_after_fragments(art: article_text.ArticleText, atts: list[Attribution]) -> None:
    """An indirect content that ends with a quoted fragment goes on with the clause after it, to
    the next punctuation: `said he was "outraged" to even hear about it`, `wants to be a
    "neutral" broker between Israelis and Palestinians` (it had ended at the closing mark).  Not
    over another cue (whose own reading stands), nor after a quotation that ends a clause of its
    own (`"a disaster," adding`), nor for a direct quotation."""
    text = art.text
    cue_starts = [a.cue.start for a in atts]
    for a in atts:
        content = a.content
        if content is None or text[content.start] in "“\"‘'" or text[content.end - 1] not in "”\"" or not text[content.end - 2].isalnum():
            continue
        m = _FRAGMENT_CLAUSE_RE.match(text, content.end, art.sentence_of(content.start)[1])
        if m is None:
            continue
        i = bisect.bisect_left(cue_starts, content.end)
        if i < len(cue_starts) and cue_starts[i] < m.end():
            continue
        a.content = Range(content.start, phrases_after_cue.trim_end(text, content.end, m.end()))
