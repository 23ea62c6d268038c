"""A work credited to two authors joined by "and": `a 2014 study by Harvard and the University of
California at Berkeley found`, `A report by the IMF and the World Bank says`.

Why: the backward scan for a cue's subject (`framing.subject_phrases`) stops at "and", a clause
word, so such a source was only the second author ("the University of California at Berkeley").
A work by a body is the body's speech, as with one author ("a study by Harvard University" ->
"Harvard University"), so both authors speak: the source runs back to the work's noun phrase and
the speaker names both, as the text joins them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (article_text reads `framing.speakers`, which reads this module)
    from framing.article_text import ArticleText

# Lower-case words inside an author's name (`the University of California at Berkeley`).
_NAME_JOINERS = frozenset("of for the at".split())
_DETERMINERS = frozenset("a an the this that one".split())
_MAX_AUTHOR_WORDS = 7  # words of the first author between "by" and "and"
_MAX_WORK_WORDS = 5  # words of the work's noun phrase before "by" ("a 46-page suicide analysis")


def agents_start(art: "ArticleText", k: int, end: int, floor: int) -> int | None:
    """Where the source begins when the "and" before token `k` joins two authors of a work
    (`a 2014 study by Harvard and |the University of California at Berkeley`): the work's
    determiner (or its noun opening the sentence, `Research by ...`).  None otherwise
    (`Obama and Biden said`: names coordinated, read by `speaker_pairs`)."""
    tokens, text = art.tokens, art.text
    if not all(text[t.start].isupper() or t.norm in _NAME_JOINERS for t in tokens[k : end + 1]):
        return None
    if not text[tokens[end].start].isupper():
        return None
    j = k - 2  # the first author's last word
    if j < 2 or not text[tokens[j].start].isupper() or not art.clean(j) or not art.clean(k - 1):
        return None
    while j > 0 and k - j < _MAX_AUTHOR_WORDS and tokens[j - 1].norm != "by" and (
        text[tokens[j - 1].start].isupper() or tokens[j - 1].norm in _NAME_JOINERS
    ):
        j -= 1
    by = j - 1
    while by > 1 and k - by < _MAX_AUTHOR_WORDS + 2 and text[tokens[by].start].islower() and tokens[by].norm.isalpha() and tokens[by].norm != "by" and (
        tokens[by - 1].norm in ("the", "a") or text[tokens[by - 1].start].islower()
    ) and tokens[by].norm not in _NAME_JOINERS:
        by -= 1  # `by the progressive Center for Economic and Policy Research`: an adjective before the name
    if tokens[by].norm in ("the", "a"):
        by -= 1
    if by < 1 or tokens[by].norm != "by" or tokens[by].start < floor or not art.clean(by - 1):
        return None
    noun = by - 1
    if not tokens[noun].norm.isalpha() or not (text[tokens[noun].start].islower() or tokens[noun].start == floor):
        return None
    if tokens[noun].start == floor:
        return noun  # `Research by Harvard and Yale found`: the noun opens the sentence
    a = noun
    while a > 0 and noun - a < _MAX_WORK_WORDS and tokens[a - 1].start >= floor and art.clean(a - 1):
        before = tokens[a - 1]
        if before.norm in _DETERMINERS:
            return a - 1
        if text[before.start].isupper() or not before.norm.replace("-", "").isalnum() or before.norm.endswith("ed"):
            return None  # (not across a participle: `released this week by Fox News and CNN`)
        a -= 1
    if tokens[a].start == floor or (a > 0 and tokens[a - 1].start < floor):
        return a  # `Research by Harvard and Yale found`: the noun opens the sentence
    return None


def agents_named(words: list[str], norms: list[str]) -> str | None:
    """The authors a source phrase credits a work to, as written ("Harvard and the University of
    California at Berkeley" for `a 2014 study by Harvard and the University of California at
    Berkeley`), when it is a work's noun phrase in lower case, "by", and two authors joined by
    "and"; None otherwise."""
    if "by" not in norms or "and" not in norms:
        return None
    by = norms.index("by")
    if by == 0 or by > _MAX_WORK_WORDS or any(w[:1].isupper() for w in words[1:by]) or not words[by - 1].isalpha():
        return None
    authors = words[by + 1 :]
    if authors and authors[0].lower() in ("the", "a"):
        authors = authors[1:]
    while len(authors) > 1 and authors[0].isalpha() and authors[0].islower() and authors[0] != "and":
        authors = authors[1:]  # `the progressive Center for ...`: the adjective is no part of the name
    if authors.count("and") != 1 or not authors[0][:1].isupper():
        return None
    i = authors.index("and")
    first, second = authors[:i], authors[i + 1 :]
    if not first or not second or len(first) > _MAX_AUTHOR_WORDS:
        return None
    for part in (first, second):
        if not part[-1][:1].isupper() or not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in part):
            return None
    return " ".join(authors)
