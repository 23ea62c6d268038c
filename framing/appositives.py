"""Appositives around the subject before a cue: a description with a name in commas (`The
minister, Anna Berg, said`), a title with its place before a name (`The King of Jordan, Abdullah
II, said`), a name with a description after it (`Mike Huckabee, a former governor of Arkansas
and preacher who`), and party-and-state tags set off by commas (`Sen. Mitt Romney, R-Utah,`).

Why its own module: these readings step across commas in both directions, apart from the word by
word backward scan of `framing.subject_phrases`, which asks them where the source phrase begins.
Everything here works on token indices of one `ArticleText`.
"""

from __future__ import annotations

import re

from framing import genders
from framing.article_text import AUX, CLAUSE_WORDS, ArticleText
from framing.clause_subjects import FINITE_WORDS, IRREGULAR_PAST
from framing.pronoun_clauses import BE
from framing.name_words import CALENDAR_WORDS, HONORIFICS, NOT_NAMES, OFFICE_MODIFIERS, OFFICES, TITLE_WORDS

# A party-and-state tag set off by commas: "D-Calif.", "R-N.Y.", "I-Vt".
PARTY_TAG_RE = re.compile(r"[RDI]-[A-Z][\w.]*")
# The same tag written out, as The New York Times writes it: "Republican of Ohio", "Democrat of
# New York", "independent of Vermont".
PARTY_OF_STATE_RE = re.compile(r"(?:Republican|Democrat|[Ii]ndependent) of (?:[A-Z][\w.]*)(?: [A-Z][\w.]*){0,2}")


def before_party_tag(art: ArticleText, s_start: int, k: int) -> int:
    """The last token of the name before a party-and-state tag set off by commas that ends at `k`
    ("Sen. Mitt Romney, R-Utah,"), or `k` when no such tag ends there: the tag names no speaker."""
    tokens = art.tokens
    i = k
    while i > 0 and tokens[i - 1].start >= s_start and not art.comma(i - 1) and k - i < 4:
        i -= 1
    if i > 0 and art.comma(i - 1) and (
        (k - i < 3 and PARTY_TAG_RE.fullmatch(art.text, tokens[i].start, tokens[k].end))
        or PARTY_OF_STATE_RE.fullmatch(art.text, tokens[i].start, tokens[k].end)
    ):
        return i - 1
    return k


def before_descriptions(art: ArticleText, s_start: int, k: int) -> int:
    """The last token of the name before descriptions set off by commas, each opening with "a",
    "an" or "the", that end at `k` (`Representative Jim Jordan, Republican of Ohio, a founder of
    the conservative House Freedom Caucus,`: "Jordan"), or `k` when the text before them is no
    capitalised name.  Used once an aside before the cue has been stepped over, so the body a
    description names ("House Freedom Caucus") is never taken for the speaker."""
    tokens, text = art.tokens, art.text
    for _ in range(2):
        i = k
        while i > 0 and tokens[i - 1].start >= s_start and not art.comma(i - 1) and k - i < 10:
            i -= 1
        if i < 2 or not art.comma(i - 1) or tokens[i - 1].start < s_start or tokens[i].norm not in ("a", "an", "the") or i == k:
            return k
        name_end = before_party_tag(art, s_start, i - 1)
        if not text[tokens[name_end].start].isupper() or tokens[name_end].norm in CALENDAR_WORDS or tokens[name_end].norm in NOT_NAMES:
            return k
        a = name_end
        while a > 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and text[tokens[a - 1].start].isupper() and name_end - a < 3:
            a -= 1
        first = text[tokens[a].start : tokens[a].end]
        if a == name_end or not (
            tokens[a].norm.strip(".") in TITLE_WORDS or genders.is_given_name(first.split("-", 1)[0], art.speakers.given_names)
        ):
            return k  # (a person's name: `Allentown Works, a retired plant in Allentown` is a place and no one)
        k = name_end
    return k


def before_hometown(art: ArticleText, s_start: int, k: int) -> int:
    """The last token of the name before a hometown and an age set off by commas that end at `k`
    (`Harry Bond, 30, of Raleigh, N.C.,`, `Donna Sampson Rawlings, 59, of Ashton, Md.,`,
    `Johnnie Wilson, of Springfield, Va.,`), or `k` when none ends there: the town and its state
    name no speaker."""
    tokens, text = art.tokens, art.text
    i = k
    while i > 0 and tokens[i - 1].start >= s_start and not art.comma(i - 1) and k - i < 3:
        i -= 1  # the state ("N.C.", "Md.", "New York")
    if not (i > 0 and art.comma(i - 1) and all(text[t.start].isupper() for t in tokens[i : k + 1])):
        return k
    j = i - 1
    while j > 0 and tokens[j - 1].start >= s_start and not art.comma(j - 1) and i - j < 4:
        j -= 1  # "of Raleigh"
    if not (tokens[j].norm in ("of", "from") and j > 0 and art.comma(j - 1) and tokens[j - 1].start >= s_start):
        return _before_described_hometown(art, s_start, i, k)
    end = j - 1
    if tokens[end].norm.isdigit() and end > 0 and art.comma(end - 1):
        end -= 1  # ", 30,": the age
    return end if text[tokens[end].start].isupper() else k


def _before_described_hometown(art: ArticleText, s_start: int, i: int, k: int) -> int:
    """The last token of the name before a description that ends in a hometown and its state
    (`Paul Porter, a truck driver from Ava, Mo.,`: "Porter"; `Cecelia Purner, 67, a retired
    customer service representative in Allentown, Pa.,`), the state opening at token `i`;
    `k` when there is none: a description opened by "a", "an" or "the" after a comma, a town of
    capitalised words after "from", "of" or "in", and a capitalised name before the comma."""
    tokens, text = art.tokens, art.text
    t = i - 1  # the town's last word, before the state's comma
    while t > 0 and text[tokens[t].start].isupper() and i - t < 4 and tokens[t - 1].start >= s_start and not art.comma(t - 1):
        t -= 1
    if t == i - 1 or tokens[t].norm not in ("from", "of", "in"):
        return k
    c = t
    while c > 0 and tokens[c - 1].start >= s_start and not art.comma(c - 1) and t - c < 8:
        c -= 1
    if c == 0 or not art.comma(c - 1) or tokens[c].norm not in ("a", "an", "the") or tokens[c - 1].start < s_start:
        return k
    end = c - 1
    if tokens[end].norm.isdigit() and end > 1 and art.comma(end - 1) and tokens[end - 1].start >= s_start:
        end -= 1  # `Cecelia Purner, 67, a retired ... in Allentown, Pa.,`: the age
    return end if text[tokens[end].start].isupper() else k


HEAD_OPENERS = frozenset("the a an his her their its our my".split())


def appositive_head(art: ArticleText, c: int, s_start: int) -> int:
    """The first token of a description that a name in commas follows (`The minister, Anna
    Berg,` -> "The"), ending at token `c` before the comma: a determiner opening the sentence's
    words before it, no verb or clause word among them; else the name's first token, `c + 2`."""
    tokens = art.tokens
    a = c
    while a > 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and c - a < 6:
        a -= 1
    for d in range(a, c + 1):
        if tokens[d].norm in HEAD_OPENERS:
            if not any(
                tokens[t].norm in AUX or tokens[t].norm in CLAUSE_WORDS or tokens[t].norm in BE or tokens[t].norm in IRREGULAR_PAST
                for t in range(d, c + 1)
            ):
                return d
            break
    return c + 1


def titled_head(art: ArticleText, c: int, s_start: int) -> bool:
    """Is the phrase ending at token `c` before a comma a title with its place (`The King of
    Jordan`, `the Prime Minister of Canada`), which a name in commas then names, rather than a
    name and its place (`Johnnie Wilson, of Springfield`)?"""
    tokens, text = art.tokens, art.text
    d = appositive_head(art, c, s_start)
    if not (d + 3 <= c and tokens[d].norm in HEAD_OPENERS):
        return False
    t = d + 1
    while t < c and tokens[t].norm in TITLE_WORDS and text[tokens[t].start].isupper():
        t += 1  # `King`, `Prime Minister`: a title in capitals
    return t > d + 1 and tokens[t].norm == "of" and text[tokens[t + 1].start].isupper()


# Prepositions joining a description's noun to the body or place it names: "The director of
# the European Centre", "a spokesman for Ukraine's Foreign Ministry", "his best friend at Lehigh".
_DESCRIPTION_PREPOSITIONS = frozenset("of for at from with in".split())


def described_head(art: ArticleText, c: int, s_start: int, j: int, k: int) -> int | None:
    """The first token of a description ending at token `c` before a comma whose noun names a
    body or place after a preposition (`The director of the Federal Bureau of Investigation`,
    `his best friend at Lehigh`), when the name in commas after it (tokens `j`..`k`) is a
    person's, opening with a given name or an honorific (`Ina Kirsch`); else None.  Then the
    description and the name are the source (as for `The minister, Anna Berg,`) and the name is
    the speaker, not the body."""
    tokens, text = art.tokens, art.text
    if k == j or not (genders.is_given_name(text[tokens[j].start : tokens[j].end], art.speakers.given_names)
                      or tokens[j].norm.strip(".") in HONORIFICS):
        return None
    d = c
    while d > 0 and tokens[d - 1].start >= s_start and art.clean(d - 1) and c - d < 10:
        d -= 1
        if tokens[d].norm in HEAD_OPENERS and _noun_before_preposition(art, d, c):
            if any(
                tokens[t].norm in AUX or tokens[t].norm in CLAUSE_WORDS or tokens[t].norm in BE or tokens[t].norm in IRREGULAR_PAST
                for t in range(d, c + 1)
            ):
                return None
            return d
    return None


def with_name_after(art: ArticleText, s_start: int, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject `found` (first and last token) of a clause, widened to the person's name in
    commas after it when it ends a description (`The director of the European Centre, Ina Kirsch,
    told the AP ... and said`: the description and "Ina Kirsch", not "European Centre")."""
    if found is None:
        return None
    tokens, text = art.tokens, art.text
    a, b = found
    if b + 2 >= len(tokens) or not art.comma(b):
        return found
    j = k = b + 1
    while k + 2 < len(tokens) and art.clean(k) and text[tokens[k + 1].start].isupper() and k - j < 5:
        k += 1
    if not art.comma(k) or not text[tokens[j].start].isupper():
        return found
    d = described_head(art, b, s_start, j, k)
    return (d, k) if d is not None and d <= a else found


def _noun_before_preposition(art: ArticleText, d: int, c: int) -> bool:
    """Is the first preposition after the opener at `d` (and before `c`) right after a common noun
    ("director of", "friend at"), not after a name ("the Federal Bureau of")?"""
    tokens, text = art.tokens, art.text
    for t in range(d + 2, c):
        if tokens[t].norm in _DESCRIPTION_PREPOSITIONS:
            noun = tokens[t - 1]
            return text[noun.start].islower() and noun.norm not in NOT_NAMES
    return False


def name_before_appositive(art: ArticleText, k: int, relative: int, floor: int) -> int | None:
    """`Mike Huckabee, a former governor of Arkansas and preacher who has announced`: the
    relative clause ends an appositive that opens with "a"/"the" after a name and a comma; the
    source opens at that name (its first token returned), not at "preacher"."""
    tokens, text = art.tokens, art.text
    j = k
    while j > 0 and tokens[j - 1].start >= floor and not art.comma(j - 1) and k - j < 10:
        j -= 1
    if j == 0 or tokens[j - 1].start < floor or not art.comma(j - 1) or tokens[j].norm not in ("a", "an", "the"):
        return None
    if any(
        text[tokens[t].start].islower() and (tokens[t].norm in AUX or tokens[t].norm in FINITE_WORDS or tokens[t].norm in IRREGULAR_PAST
                                             or (tokens[t].norm.endswith("ed") and len(tokens[t].norm) > 4))
        for t in range(j, relative)
    ):
        return None  # (`New Hampshire, a young woman asked Mrs. Clinton about several women who`: a clause)
    a = j - 1
    if not text[tokens[a].start].isupper() or tokens[a].norm in CALENDAR_WORDS:
        return None
    while a > 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and text[tokens[a - 1].start].isupper() and j - a < 4 and (
        tokens[a - 1].norm not in NOT_NAMES
    ):
        a -= 1
    return a if j - 1 > a else None  # a name of two words or more


def name_before_role(art: ArticleText, d: int, floor: int) -> int | None:
    """`by Rod J. Rosenstein, the deputy attorney general, who made clear`: a relative clause
    after a role appositive (opening with "the"/"a" at token `d`) goes back to the person named
    before the comma; that name's first token, or None.  Only a name of two or more capitalised
    words that opens with a given name or a title, so a place or a body before the comma (`in
    Ohio, the state that`) stays out."""
    tokens, text = art.tokens, art.text
    if d < 3 or tokens[d].norm not in ("the", "a", "an") or not art.comma(d - 1) or tokens[d - 1].start < floor:
        return None
    last = a = d - 1
    while a - 1 >= 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and text[tokens[a - 1].start].isupper() and last - a < 3:
        a -= 1
    if a == last or tokens[a].norm in NOT_NAMES:
        return None
    first = text[tokens[a].start : tokens[a].end]
    if tokens[a].norm.strip(".") in TITLE_WORDS or genders.is_given_name(first.split("-", 1)[0], art.speakers.given_names):
        return a
    return None


def name_before_description(art: ArticleText, k: int, floor: int) -> int | None:
    """`Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing the
    EPA, said`: a source phrase that opens with a description after a comma (at token `k`: "the",
    "a", "an" or a lower-case role noun, `president of ...`), right after a person's name of two
    or more capitalised words opening its clause, opens at that name (its first token returned),
    not at the description ("Oklahoma" was the speaker).  None otherwise."""
    tokens, text = art.tokens, art.text
    c = k
    while c > 2 and k - c < 3 and not art.comma(c - 1) and text[tokens[c - 1].start].islower() and art.clean(c - 1):
        c -= 1  # `Hogan Gidley, a former |executive director of ...`: the description's first words were cut
    if c < k and art.comma(c - 1) and tokens[c].norm in ("the", "a", "an") and _office_opens(art, k):
        k = c
    if k < 2 or not art.comma(k - 1) or tokens[k - 1].start < floor:
        return None
    if not (tokens[k].norm in ("the", "a", "an") or (text[tokens[k].start].islower() and _office_opens(art, k))):
        return None
    last = k - 1  # the name's last token
    aged = k >= 3 and tokens[k - 1].norm.isdigit() and len(tokens[k - 1].norm) <= 3 and art.comma(k - 2)
    if aged:
        last = k - 2  # `Cecelia Purner, 67, a retired customer service representative in Allentown, Pa.,`: an age
    a = last
    while (
        a - 1 >= 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and text[tokens[a - 1].start].isupper() and last - a < 3
        and tokens[a - 1].norm not in _CLAUSE_OPENERS
    ):
        a -= 1
    if a == last or not text[tokens[a].start].isupper() or tokens[a].norm in NOT_NAMES or tokens[a].norm in CALENDAR_WORDS:
        return None
    g = a
    while g < last - 1 and tokens[g].norm.strip(".") in TITLE_WORDS:
        g += 1  # `Senator Sheldon Whitehouse, a Democrat from Rhode Island,`: the given name after the title
    first = text[tokens[g].start : tokens[g].end]
    if not aged and not genders.is_given_name(first.split("-", 1)[0], art.speakers.given_names) and not _office_opens(
        art, k + (tokens[k].norm in ("the", "a", "an"))
    ):
        # (a given name, "Jean-Marc" by its first part: no place or body; or, for a name the
        # table lacks, an office only a person holds: `Hogan Gidley, a former executive director of`;
        # or an age after the name, which only a person has: `Cecelia Purner, 67,`)
        return None
    b = a - 1 if a > 0 and tokens[a - 1].norm in _CLAUSE_OPENERS and tokens[a - 1].start >= floor else a  # `But Murshed Zaheed, ...`
    before = text[max(0, tokens[b].start - 3) : tokens[b].start].rstrip()
    return a if b == 0 or tokens[b - 1].start < floor or before.endswith((".", "\n", ",”", ',"', "”", '"', ":")) or not before else None


# Conjunctions that may open a clause before its subject's name: `But Murshed Zaheed, ... said`.
_CLAUSE_OPENERS = frozenset("but and yet so".split())
# Words written in lower case that open a description after a name, besides the title words:
# an office or a word before one (`name_words.OFFICES`, `OFFICE_MODIFIERS`: `RoseAnn DeMoro,
# executive director of National Nurses United,`, `founder of the Leadership Institute`).
_OFFICE_OPENERS = OFFICES | OFFICE_MODIFIERS


def _office_opens(art: ArticleText, k: int) -> bool:
    """Does the lower-case description at token `k` open with an office (`acting political
    director of`, `executive director of`, `founder of`): a title word or an office word first,
    or one of them within its first three words before "of", "at" or "for"?"""
    tokens = art.tokens
    if tokens[k].norm in TITLE_WORDS or tokens[k].norm in _OFFICE_OPENERS:
        return True
    for j in range(k + 1, min(k + 4, len(tokens) - 1)):
        if tokens[j].norm in TITLE_WORDS and tokens[j + 1].norm in ("of", "at", "for"):
            return True
    return False
