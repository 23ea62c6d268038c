"""The kind and speaker of every quotation: credited by a cue, continuing an earlier part,
following a tagged quotation, or (short, mid-sentence, uncredited) a scare quote; a quotation after
a term noun is read by `framing.quoted_terms`.  Part of the voice stage
(`framing.quotes.analyse_voice`), after the attributions are read."""

from __future__ import annotations

import bisect
import re

from framing import article_text, quote_marks, quoted_terms, reported_fragments
from framing.models import Attribution, Quote, Range

# Cues that mark a quotation as a scare quote whatever else is around it.
# (A term noun before a quotation, "the term", "the word", is read by `framing.quoted_terms`.)
_SCARE_BEFORE_RE = re.compile(r"(?:so-called|so called|quote-unquote|dubbed|known as)\s*[\"“‘']?$", re.IGNORECASE)
DIRECT_MIN_WORDS = 6  # an uncredited quotation this long, mid-sentence, is still taken as spoken


def quotes_with_speakers(
    article: article_text.ArticleText,
    credit: dict[int, Attribution],
    attributions: list[Attribution],
) -> list[Quote]:
    """Each quotation with its kind and speaker: credited by a cue, continuing an earlier part,
    following a tagged quotation, or (short, mid-sentence, uncredited) a scare quote.  A
    quotation after a term noun ("the term", "the word") is the word of whoever is said to use or
    coin it, or else a mention (`framing.quoted_terms`)."""
    text, marked, sentences = article.text, article.quotes, article.sentences
    sentence_starts = [s.start for s in sentences]
    cue_starts = [a.cue.start for a in attributions]
    out: list[Quote] = []
    owner: list[Attribution | None] = []  # the attribution each quotation's words belong to
    index_of: dict[int, int] = {}  # id(quote) -> its index in `out`
    # The attribution whose content is a quotation whole (`"It's heartbreaking," Ryan said`), by
    # the quotation's start: its speaker speaks the quotation, not one whose content ran on over it
    # (the content read stays as the attribution rules made it).
    whole_at = {a.content.start: a for a in attributions if a.content is not None and a.speaker is not None}
    for i, mq in enumerate(marked):
        quote = Quote(mq.start, mq.end, unclosed=mq.unclosed)
        att = owned = credit.get(i)
        if att is not None and att.content is not None and att.content.start != mq.start:
            own = whole_at.get(mq.start)
            if (
                own is not None and own.content.end == mq.end and own.cue.start >= mq.end and att.cue.end <= mq.start
                and bisect.bisect_right(sentence_starts, att.cue.start) < bisect.bisect_right(sentence_starts, mq.start)
            ):
                att = own  # (`... protests demands that all Americans engage in "more learning."  "It's heartbreaking," Ryan said`)
        opens_sentence = _opens_sentence(text, mq.start, sentence_starts)
        if att is not None:
            _credit(quote, _innermost(att, attributions, cue_starts, mq))
            whole = att.content is not None and att.content.start == mq.start
            quote.kind = "direct" if whole or opens_sentence else "fragment"
        elif mq.continues is not None:
            _inherit(quote, out[mq.continues])
            owned = _extend_content(owner[mq.continues], mq, text)
            quote.kind = "direct"
        elif opens_sentence or _long(text, mq):
            quote.kind = "direct"
            prev = _previous_speaker_source(text, mq, out, attributions, cue_starts)
            if isinstance(prev, Quote):
                _inherit(quote, prev)
                owned = _extend_content(owner[index_of[id(prev)]], mq, text)
            elif prev is not None:
                _credit(quote, prev)
        elif out and _resumes_after_tag(text, out[-1], mq.start, sentence_starts):
            # `"We will win," Trump said Tuesday in Ohio, "and we will win big."`
            _inherit(quote, out[-1])
            owned = _extend_content(owner[-1], mq, text)
            quote.kind = "direct"
        elif (said := reported_fragments.crediting_attribution(article, mq, attributions, cue_starts, out)) is not None:
            # `Pelosi said "the stakes" for the summit "could not be higher."`: Pelosi's words too
            _credit(quote, said)
            quote.kind = "fragment"
        else:
            quote.kind = "scare"
        term = quoted_terms.read(article, mq.start, mq.end) if mq.continues is None else None
        if term is not None and term.used:
            quote.kind = "fragment"  # `Trump used the term "fake news"`: Trump's word
            quote.speaker, quote.speaker_range, quote.cue_range = term.speaker, term.source, term.cue
            owned = None
        elif term is not None:
            quote.kind = "mention"  # `The term "deep state" refers to`: named, used by no one
            quote.speaker = quote.speaker_range = quote.cue_range = None
        elif quote.kind == "scare" and quoted_terms.names_a_label(text, mq.start, mq.end):
            quote.kind = "mention"  # `documents marked “classified.”`: a label named, used by no one
        elif _scare_cue_before(text, mq.start):
            quote.kind = "scare"
            quote.speaker = quote.speaker_range = quote.cue_range = None
        index_of[id(quote)] = len(out)
        out.append(quote)
        owner.append(owned)
    return out


def _innermost(
    att: Attribution | None, attributions: list[Attribution], cue_starts: list[int], mq: quote_marks.MarkedQuote
) -> Attribution | None:
    """The attribution whose words a credited quotation is: `att`, or one nested in its content
    whose own content holds the quotation too (`California and New York announced that they
    will sue over what Gov. Gavin Newsom called the president's "vanity project"` is Newsom's
    phrase, not the states'), the narrowest one with a speaker.  Only the cues inside `att`'s
    content are read (`cue_starts` is sorted), not every attribution of the article."""
    if att is None or att.content is None:
        return att
    outer = att.content
    best, best_len = att, outer.end - outer.start
    for j in range(bisect.bisect_left(cue_starts, outer.start), bisect.bisect_left(cue_starts, outer.end)):
        b = attributions[j]
        c = b.content
        if (
            b is not att
            and c is not None
            and b.speaker is not None
            and c.start <= mq.start
            and mq.end <= c.end
            and c.end - c.start < best_len
        ):
            best, best_len = b, c.end - c.start
    return best


def _scare_cue_before(text: str, start: int) -> bool:
    """Does a scare-quote cue ("so-called", "dubbed", "known as") end right before `start`?
    A substring test first: most quotations have none of these words before them."""
    window = text[max(0, start - 20) : start].lower()
    if not ("call" in window or "quote" in window or "dub" in window or "known" in window):
        return False
    return _SCARE_BEFORE_RE.search(text, max(0, start - 20), start + 1) is not None


def _extend_content(att: Attribution | None, mq: quote_marks.MarkedQuote, text: str) -> Attribution | None:
    """A quotation that goes on after its tag (`"A," he said. "B."`) or into the next paragraph
    is one content: widen the attribution's direct-quotation content to its last part."""
    if att is None or att.content is None or text[att.content.start] not in "“\"‘'`«":
        return att
    if mq.end > att.content.end:
        att.content = Range(att.content.start, mq.end)
    return att


def _credit(quote: Quote, att: Attribution) -> None:
    quote.speaker = att.speaker
    quote.speaker_range = att.source
    quote.cue_range = att.cue


def _inherit(quote: Quote, other: Quote) -> None:
    quote.speaker = other.speaker
    quote.speaker_range = other.speaker_range
    quote.cue_range = other.cue_range


def _resumes_after_tag(text: str, prev: Quote, start: int, sentence_starts: list[int]) -> bool:
    """Does a quotation at `start` resume the spoken quotation `prev` after its tag, in the same
    sentence (`"A," Trump said at a rally, "and B."`): the tag's cue lies between them, nothing
    but the tag's words and a comma separate them, and no sentence or paragraph ends there?"""
    cue = prev.cue_range
    if not prev.spoken or cue is None or not (prev.end <= cue.start and cue.end <= start) or start - prev.end > 160:
        return False
    between = text[prev.end : start]
    if not between.rstrip().endswith(",") or "\n" in between or any(c in between for c in ";:!?"):
        return False
    i = bisect.bisect_right(sentence_starts, prev.start)
    return i >= len(sentence_starts) or sentence_starts[i] > start  # (no sentence starts between)


def _opens_sentence(text: str, pos: int, sentence_starts: list[int]) -> bool:
    """Does a quotation at `pos` open a sentence, or follow a colon (`said: "..."`)?"""
    i = bisect.bisect_right(sentence_starts, pos) - 1
    if i >= 0 and not text[sentence_starts[i] : pos].strip(" \t“\"‘'([—–-"):
        return True
    before = text[max(0, pos - 3) : pos].rstrip()
    return before.endswith(":")


def _long(text: str, mq: quote_marks.MarkedQuote) -> bool:
    return len(text[mq.start : mq.end].split()) >= DIRECT_MIN_WORDS


def _previous_speaker_source(
    text: str,
    mq: quote_marks.MarkedQuote,
    done: list[Quote],
    attributions: list[Attribution],
    cue_starts: list[int],
) -> Quote | Attribution | None:
    """For a spoken quotation no cue credits: the speaker of the quotation just before it in the
    same paragraph (`"...," he said. "More."`), else the last attribution of the paragraph before
    (`..., the source says.` then a paragraph of quotation)."""
    para_start = text.rfind("\n", 0, mq.start) + 1
    for q in reversed(done):
        if q.start < para_start:
            break
        if q.spoken and (q.speaker is not None or q.cue_range is not None):
            return q
        if q.spoken:
            return None
    if para_start == 0:
        return None
    prev_para_start = text.rfind("\n", 0, max(0, para_start - 1))
    while prev_para_start > 0 and not text[prev_para_start + 1 : para_start].strip():
        prev_para_start = text.rfind("\n", 0, prev_para_start)
    j = bisect.bisect_left(cue_starts, para_start) - 1
    while j >= 0 and attributions[j].cue.start > prev_para_start and _nested(attributions, j, prev_para_start):
        j -= 1  # `The senator said Trump had promised to help.`: the senator speaks on, not Trump
    if j >= 0 and attributions[j].cue.start > prev_para_start and attributions[j].speaker:
        return attributions[j]
    for q in reversed(done):
        if q.end <= prev_para_start:
            break
        if q.spoken and q.speaker is not None and q.end >= para_start - 3:
            return q
    return None


def _nested(attributions: list[Attribution], j: int, floor: int) -> bool:
    """Does attribution j's cue lie inside the content of an earlier attribution whose cue comes
    after `floor` (one of the same paragraph)?"""
    cue = attributions[j].cue.start
    for k in range(j - 1, -1, -1):
        a = attributions[k]
        if a.cue.start <= floor:
            return False
        if a.content is not None and a.content.start <= cue < a.content.end:
            return True
    return False
