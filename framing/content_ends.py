"""Where contents end, read once the patterns of `framing.attribution` have given them: a
cue's content ends before a participle that shares its subject (`She doubled down on Sunday,
telling CNN that ...`), a participle's after the noun opening its sentence ends before the main
verb (`Lawsuits claiming fraud were dismissed`), and an indirect content that ends with a quoted fragment goes on with the
clause the fragment is in (`said he was "outraged" to even hear about it`).

Why apart: both read an attribution against its neighbours (the participle after it, the cues
after it), not one cue's own surroundings as the patterns do.
"""

from __future__ import annotations

import bisect
import re

from framing import article_text, phrases_after_cue, subject_phrases
from framing.claim_nouns import end_before_main_verb
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


def participle_subject_end(
    art: article_text.ArticleText, cue: article_text.Cue, subject: tuple[int, int] | None, content_start: int, content_end: int, has_that: bool
) -> int:
    """`Lawsuits claiming fraud were dismissed in March`, `A lawsuit alleging that the vote was
    rigged was dismissed`, `Supporters saying the vote was stolen gathered outside`: an -ing cue
    right after the noun phrase opening its sentence modifies that noun, the sentence's subject,
    so what is claimed ends before the sentence's main verb ("fraud", "the vote was rigged", "the
    vote was stolen").  A that-clause holds one verb group before the main verb; a content
    without "that" is first read as a clause and a main verb ("the vote was stolen gathered"),
    else as a noun phrase before one ("fraud were dismissed").  `content_end` where the cue is no
    such participle, no main verb follows (`Trump held rallies claiming fraud`), or a comma comes
    first (the main verb is then another clause's).  A participle set off by commas ends at its
    closing comma (`_set_off_end`)."""
    tokens = art.tokens
    if subject is None or subject[1] != cue.first - 1 or not tokens[cue.first].norm.endswith("ing"):
        return content_end
    if not art.clean(subject[1]):
        return _set_off_end(art, subject, content_start, content_end)
    if not _opening_noun_phrase(art, subject):
        return content_end
    text = art.text
    end = _before_verb(text, end_before_main_verb(art, content_start, content_end, 1, subject[0]), content_end)
    first = tokens[art.token_at_or_after(content_start)].norm
    if end == content_end and not has_that and first not in article_text.PRONOUNS:  # ("saying they support ...": a clause)
        end = _before_verb(text, end_before_main_verb(art, content_start, content_end, 0, subject[0]), content_end)
    if any(mark in text[content_start:end] for mark in ",;:"):
        return content_end  # (a main verb past a comma is another clause's: `Keeps saying she opposed it, when there are`)
    return end


def _opening_noun_phrase(art: article_text.ArticleText, subject: tuple[int, int]) -> bool:
    """Is the subject a noun phrase opening its sentence, the sentence's own subject?  Not where it
    stands later (`Trump held rallies claiming fraud`), nor where a word of it is no noun's (a verb:
    `He's pointing out`, `It is worth noting`; `Holding signs calling`)."""
    tokens = art.tokens
    return tokens[subject[0]].start == art.sentence_of(tokens[subject[0]].start)[0] and not any(
        _no_noun(t.norm) for t in tokens[subject[0] : subject[1] + 1])


def _no_noun(word: str) -> bool:
    """A word no noun phrase before a participle holds: an auxiliary, a pronoun (perhaps with its
    "'s": `He's pointing out`, `It's worth noting`), an -ly adverb or an -ing form (`Simply
    assuming`, `Holding signs calling`: a clause or its verb, not a noun the participle modifies)."""
    return (
        word in article_text.AUX or word in article_text.PRONOUNS or word.split("'")[0].split("’")[0] in article_text.PRONOUNS
        or word.endswith(("ly", "ing"))
    )


def _before_verb(text: str, end: int, content_end: int) -> int:
    """`end` where a verb follows it, `content_end` where it ends at a comma: a list (`Christie,
    Ohio Gov. John Kasich and ...`) or an aside goes on, and is not the end of the phrase."""
    return content_end if text[end : end + 2].lstrip(" ")[:1] in (",", ";") else end


# Verb forms that, right after a comma, open the main predicate of a sentence whose subject a
# set-off participle follows ("Republicans, claiming fraud, refused"; "..., said the plan failed").
_PREDICATE_OPENERS = phrases_after_cue.FINITE_AFTER_THAT | frozenset("said says told".split())


def _set_off_end(
    art: article_text.ArticleText, subject: tuple[int, int], content_start: int, content_end: int
) -> int:
    """`Republicans, claiming fraud, refused to certify the vote`, `The senator, saying the bill
    was flawed, voted against it`: a participle set off by commas after the subject opening its
    sentence says its piece up to the closing comma, where the sentence's own verb ("refused",
    "voted") comes; `content_end` where no such comma and verb follow."""
    tokens, text = art.tokens, art.text
    if not text[tokens[subject[1]].end : tokens[subject[1] + 1].start].strip() == ",":
        return content_end
    if not _opening_noun_phrase(art, subject):
        return content_end
    for k in range(art.token_at_or_after(content_start), art.token_at_or_after(content_end) - 1):
        if not art.clean(k):
            nxt = tokens[k + 1]
            gap = text[tokens[k].end : nxt.start].strip()
            if gap == "," and text[nxt.start].islower() and (nxt.norm in _PREDICATE_OPENERS or (nxt.norm.endswith("ed") and len(nxt.norm) > 4)):
                return phrases_after_cue.trim_end(text, content_start, tokens[k].end)
            return content_end  # (another mark first, or a comma before something else: left as it was)
    return content_end
