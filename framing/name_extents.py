"""Where a name inside a source phrase before a cue begins or ends: a body's name across "and"
(`the Securities and Exchange Commission`), a body before its place or "at", a name that goes on
past a time word (`USA Today`), a titled name widened to its whole (`Secretary of State Hillary
Clinton`), a town and state before an appositive.

Why its own module: `framing.subject_phrases` scans back from a cue and asks these where a name
ends; they read only the tokens of one `ArticleText`.
"""

from __future__ import annotations

from framing.article_text import CLAUSE_WORDS, LEADING_PREPOSITIONS, ArticleText
from framing.campus_names import CAMPUS_BODIES
from framing.body_names import BODY_NAME_JOINERS
from framing.phrases_after_cue import LONG_TAG_TOKENS, names_and_joiners
from framing.name_words import PERSON_TITLES, TITLE_WORDS, in_title_case_line
from framing.opening_subjects import ORGANISATION_HEADS


def whole_titled_name(art: ArticleText, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject found as a lone capitalised title word, widened to the name it opens (`former
    Secretary of State Hillary Clinton, drew a contrast, saying`: "Secretary" was the source):
    the capitalised words and "of" after it, to the comma or lower-case word that ends them."""
    if found is None or found[0] != found[1]:
        return found
    tokens, text = art.tokens, art.text
    a = found[0]
    if tokens[a].norm not in TITLE_WORDS or not text[tokens[a].start].isupper():
        return found
    b = a
    while b + 1 < len(tokens) and art.clean(b) and b - a < 7 and (
        text[tokens[b + 1].start].isupper() or (tokens[b + 1].norm == "of" and b + 2 < len(tokens) and text[tokens[b + 2].start].isupper())
    ):
        b += 1
    return (a, b) if b > a and text[tokens[b].start].isupper() else found


def before_town_and_state(art: ArticleText, j: int, s_start: int) -> int:
    """Where an aside opens when the comma before token `j` closes a town and its state inside it
    (`Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday to promote the new
    rules, said`): the token after the comma before the aside, found past "Town, State,"; `j`
    itself when no town and state close there (the state one or two capitalised words, the
    town's last word capitalised after a lower-case word)."""
    tokens, text = art.tokens, art.text
    state = j - 1
    first = state
    while first > 0 and state - first < 1 and not art.comma(first - 1) and text[tokens[first - 1].start].isupper():
        first -= 1
    if not (
        text[tokens[state].start].isupper() and first > 1 and art.gap(first - 1) == ", " and art.gap(state) in (", ", "., ")
        and text[tokens[first - 1].start].isupper()
    ):
        return j
    i = first - 1
    while i > 0 and tokens[i - 1].start >= s_start and not art.comma(i - 1) and first - i < 15:
        i -= 1
    if i == 0 or not art.comma(i - 1) or tokens[i - 1].start < s_start or not any(
        text[tokens[t].start].islower() for t in range(i, first - 1)
    ):
        return j
    return i


def body_name_across_and(art: ArticleText, k: int, end: int, floor: int) -> int | None:
    """Where a body's name begins when the "and" before token `k` is inside it: "the", then
    capitalised words, "and", capitalised words to the phrase's end (`the Securities and Exchange
    Commission`, `the Science and Technology Directorate of the Department of Homeland Security`,
    `The Department of Health and Human Services`).  People take no "the" before their names, so
    after "the" the words joined are one body ("Exchange Commission" alone is no speaker).  None
    otherwise (`Obama and Biden said`: names coordinated, read by `speaker_pairs`)."""
    tokens, text = art.tokens, art.text
    j = k - 2  # the word before "and"
    if j < 1 or not text[tokens[j].start].isupper() or not art.clean(j) or not art.clean(k - 1):
        return None
    if not all(text[t.start].isupper() or t.norm in BODY_NAME_JOINERS for t in tokens[k : end + 1]):
        return None
    while j > 0 and k - j < 8 and art.clean(j - 1) and tokens[j - 1].start >= floor and (
        (text[tokens[j - 1].start].isupper() and tokens[j - 1].norm != "the") or tokens[j - 1].norm in ("of", "for")
    ):
        j -= 1
    if j == 0 or not text[tokens[j].start].isupper() or tokens[j - 1].norm != "the" or tokens[j - 1].start < floor or not art.clean(j - 1):
        return None
    if any(t.norm.strip(".") in PERSON_TITLES for t in tokens[j : k - 1]):
        return None  # `the President and Obama said`: two people
    return j - 1


def body_before_at(art: ArticleText, k: int, floor: int) -> int:
    """Where a source phrase starts when the body's name at token `k` ("the Urban Institute and
    Brookings Institution") follows "at" and the name of another body, which speaks (`The Tax
    Policy Center at |the Urban Institute and Brookings Institution estimates`); `k` otherwise."""
    tokens, text = art.tokens, art.text
    j = k - 2  # the word before "at"
    if j < 1 or tokens[k - 1].norm != "at" or tokens[j].norm not in ORGANISATION_HEADS or not text[tokens[j].start].isupper():
        return k
    while j > 0 and k - j < 8 and tokens[j - 1].start >= floor and art.clean(j - 1) and (
        (text[tokens[j - 1].start].isupper() and tokens[j - 1].norm != "the") or tokens[j - 1].norm in ("of", "for", "on")
    ):
        j -= 1
    if j > 0 and tokens[j - 1].norm == "the" and tokens[j - 1].start >= floor:
        j -= 1
    return j


def body_before_its_place(art: ArticleText, k: int, floor: int) -> int | None:
    """Where a person's name begins when the capitalised word at `k`, after a comma, is the place
    closing the name of a body the person is "of" (`J. Bradford DeLong of the University of
    California, Berkeley suggest`, `Stacy Baker of Columbia, South Carolina says`): the scan
    stopped at the comma, and "Berkeley" alone would be the speaker.  The body's words (capitals, "of", "the") run back from the comma to an "of"
    after a capitalised word, the name's last; None where the words before the comma are no such
    body (`In California, Obama said`, `After the vote in the House, Ryan said`)."""
    tokens, text = art.tokens, art.text
    j, of = k - 1, None
    while j >= 0 and tokens[j].start >= floor and k - j < 10 and (j == k - 1 or art.clean(j)):
        norm = tokens[j].norm
        if norm == "of":
            of = j
        elif not (text[tokens[j].start].isupper() or norm == "the"):
            break
        j -= 1
    if of is None or of == 0 or not text[tokens[of - 1].start].isupper() or tokens[of - 1].norm in TITLE_WORDS:
        return None
    if not text[tokens[of + 1].start].isupper() and tokens[of + 1].norm != "the":
        return None
    a = of - 1
    while a > 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and of - a < 4 and (
        text[tokens[a - 1].start].isupper() and tokens[a - 1].norm not in CLAUSE_WORDS and tokens[a - 1].norm not in LEADING_PREPOSITIONS
    ):
        a -= 1
    if a > 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and text[tokens[a - 1].start].islower() and tokens[a - 1].norm != "and":
        return None  # `Speaking at the University of California, Obama said`: a body, no person "of" it
    return a


# Time words a name may end in: `USA Today`, NBC's `Today`, `Nightline Tonight`.
NAME_TIME_WORDS = frozenset("today tonight".split())


def campus_after(art: ArticleText, k: int, cut: int) -> bool:
    """Is the place phrase a time-and-place cut would drop after token `cut` the campus of a
    university named in tokens k..cut (`the University of California at Berkeley found`, where
    "at Berkeley" is part of the name, not where the university spoke)?"""
    tokens, text = art.tokens, art.text
    return (
        cut + 2 < len(tokens)
        and tokens[cut + 1].norm == "at"
        and text[tokens[cut + 2].start].isupper()
        and any(tokens[t].norm in CAMPUS_BODIES and text[tokens[t].start].isupper() for t in range(k, cut + 1))
    )


def name_goes_on(art: ArticleText, j: int) -> bool:
    """Is the time word at token `j`, where a time phrase would cut a subject after a name, part
    of the name instead: "Today" written with a capital inside a sentence, after a capitalised
    word, on a line not set in title case (`A reporter for USA Today said`, not `Trump Today
    Says` in a headline)?"""
    tokens, text = art.tokens, art.text
    return (
        tokens[j].norm in NAME_TIME_WORDS and text[tokens[j].start].isupper() and j > 0
        and text[tokens[j - 1].start].isupper() and art.gap(j - 1) == " " and not in_title_case_line(text, tokens[j].start)
    )


def longer_name_phrase(art: ArticleText, k: int, end: int, floor: int) -> int:
    """The start of a subject phrase longer than the scan's eight tokens, when it goes on as a
    name or a description of those who speak for one (`phrases_after_cue.names_and_joiners`) to
    where a phrase opens (the sentence's start, a quotation's end, a clause word, a comma): `A
    spokesman for Mayor Frank G. Jackson of Cleveland said` is the spokesman's, an unnamed source,
    not "spokesman for ... Cleveland".  `k` unchanged otherwise (where the eight tokens are part
    of a clause, the longer phrase is no subject either)."""
    tokens, text = art.tokens, art.text
    j = k
    while j >= 1 and end - j < LONG_TAG_TOKENS:
        before = tokens[j - 1]
        if before.norm == "and" and (body := body_name_across_and(art, j, end, floor)) is not None:
            return body  # `the Science and Technology Directorate of the Department of Homeland Security`
        if before.start < floor or not art.clean(j - 1) or before.norm in CLAUSE_WORDS:
            return j if names_and_joiners(art, j, end) else k
        j -= 1
    if j == 0 or tokens[j - 1].start < floor or not art.clean(j - 1) or tokens[j - 1].norm in CLAUSE_WORDS:
        return j if names_and_joiners(art, j, end) else k
    return k


# Possessive determiners opening a thing of someone's: `His criminal record from the Florida
# Department of Law Enforcement indicates`.
_POSSESSIVES = frozenset("his her their its".split())
_ARTICLES = frozenset("a an the".split())
# Prepositions after a thing that name who made it: `A report from`, `an analysis by`.
_WORK_PREPOSITIONS = frozenset("from by".split())


def owned_thing_start(art: ArticleText, k: int, floor: int) -> int:
    """The start of a subject the scan's eight tokens cut inside a thing someone owns: `His
    criminal record from the Florida Department of Law Enforcement indicates` is the record's
    (the body it came from was the speaker).  Only a possessive and at most two lowercase words
    before `k`, opening the phrase (at `floor`, after a clause word or a comma); `k` otherwise."""
    tokens, text = art.tokens, art.text
    for j in range(k - 1, max(k - 4, -1), -1):
        if tokens[j].start < floor or not art.clean(j) or not text[tokens[j].start].isalpha():
            return k
        if tokens[j].norm in _POSSESSIVES or (tokens[j].norm in _ARTICLES and _work_from(art, k)):
            opens = j == 0 or tokens[j - 1].start < floor or not art.clean(j - 1) or tokens[j - 1].norm in CLAUSE_WORDS
            return j if opens and all(text[tokens[t].start].islower() for t in range(j + 1, k)) else k
    return k


def _work_from(art: ArticleText, k: int) -> bool:
    """Does the cut phrase at `k` go on as a thing from or by someone (`report from the Florida
    Department of Law Enforcement`, `analysis by the Congressional Budget Office`)?  Then an
    article before it opens the subject (`A report from ...`), as a possessive does."""
    tokens, text = art.tokens, art.text
    return any(
        tokens[t].norm in _WORK_PREPOSITIONS and all(text[tokens[u].start].islower() for u in range(k, t))
        for t in range(k, min(k + 3, len(tokens)))
    )


# Lower-case words inside a person's name with the body and place after it: `Darran Whiting of
# Liberty Baptist Church in Marion`.
_PERSON_OF_BODY_JOINERS = frozenset("of at in for from the".split())


def person_of_body_appositive(art: ArticleText, s_start: int, j: int, k: int) -> bool:
    """Is the appositive at tokens j..k (between a comma and the comma before a cue) a person's
    full name with the body and place they come from (`One pastor supporting Mr. Cruz, Darran
    Whiting of Liberty Baptist Church in Marion, said`), after a description?  Then the person
    speaks (PolNeAR marks the appositive; the name before the first comma, "Cruz", was the
    speaker).  Two capitalised words open it, a joiner follows, the rest are capitalised words and
    joiners; the phrase before the comma holds a lower-case word (a description, not a name)."""
    tokens, text = art.tokens, art.text
    if k - j < 3 or k - j > 9 or not all(text[tokens[t].start].isupper() for t in (j, j + 1)):
        return False
    if tokens[j + 2].norm not in _PERSON_OF_BODY_JOINERS or tokens[j].norm in TITLE_WORDS:
        return False
    if not all(text[tokens[t].start].isupper() or tokens[t].norm in _PERSON_OF_BODY_JOINERS for t in range(j + 2, k + 1)):
        return False
    a = art.token_at_or_after(s_start)
    return a < j - 1 and any(text[tokens[t].start].islower() and tokens[t].norm.isalpha() for t in range(a, j - 1))
