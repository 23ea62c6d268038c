"""The name a source phrase gives, read from its words alone (`phrase_reading`): the capitalised
words ending it without their titles ("Foreign Minister Sergey Lavrov" -> "Sergey Lavrov"), a
full name before an appositive, a role written out ("King of Jordan"), the owner of a possessive
head, or the phrase itself, and whether its head is an unnamed-source noun.  `framing.speakers`
adds what needs the article (full names from elsewhere in it, the holder of a role); the word
lists are in `framing.name_words`.  Split out of `name_words` to keep each module small.
"""

from __future__ import annotations

import functools
import re

from framing.campus_names import campus_at
from framing.name_words import (
    DETERMINERS,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAMES,
    OFFICES,
    OTHERS_OF_A_PERSON,
    COMPANY_LAST_WORDS,
    PERSON_TITLES,
    TITLE_WORDS,
    TIME_WORDS,
    TITLES_AND_DETERMINERS,
    is_name_part,
    place_new,
    strip_possessive,
    surname_like_title,
)
from framing.opening_subjects import people_plural
from framing.plural_nouns import is_plural

# Sentence openers before a name in a source phrase: "Even China", "Unlike Patriot", "But Reid".
_OPENERS = frozenset("even unlike but and yet also so then still only".split())
# Adverbs of time and manner that news writes before a name without a comma ("Later Grayson said",
# "Now Bloomberg says"): openers only as the phrase's first word before a name, since they end
# names too ("USA TODAY", "Democracy Now"); months stay out ("April Ryan", "June Smith" are names).
_ADVERB_OPENERS = frozenset(
    "later earlier meanwhile again instead now afterward afterwards eventually ultimately initially finally privately "
    "publicly separately similarly likewise nevertheless nonetheless however today yesterday tonight monday tuesday "
    "wednesday thursday friday saturday sunday".split()
)


_INITIAL_RE = re.compile(r"[A-Z]\.?")  # a middle initial, "T." (a token "T")
# A numbered name's number: `the 14th Amendment`, `the 2nd Circuit`.
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")


# A share of a group, opening a source phrase: "72 percent of Democrats", "Six in 10 voters",
# "Only a quarter of Americans", "A 69% majority of Republicans", "More than half of respondents".
_SHARE_RE = re.compile(
    r"(?:(?:a|an|the|only|just|nearly|almost|about|roughly|some|over|under|fully|full|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|large|small|narrow|slim|clear|strong|overwhelming)\s+)*"
    r"(?:(?:\d[\d.,]*\s*(?:%|percent|per\s+cent)|[A-Za-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent))(?:\s+(?:majority|minority))?"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:\d+|ten)\b"
    r"|(?:majority|majorities|minority|minorities|plurality|half|third|thirds|quarter|quarters|fifth|fifths|"
    r"two-thirds|three-quarters|three-fourths)(?=\s+of\b))",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")


def share_of_a_group(phrase: str) -> bool:
    """Does a source phrase open with a share of a group ("72 percent of Democrats", "Six in 10
    voters", "A majority of Americans")?  Its speaker is the phrase as written: the share speaks,
    not the whole group ("Democrats") nor a number read as a name ("Six").

    Every reading of `_SHARE_RE` holds "%", "per" (percent, per cent), "of" (a majority of), or
    "in" and a number (six in 10, one in ten): an ASCII phrase with none of them is no share,
    found by a few substring tests.  The pattern, case-blind over Unicode, cost some 18,000
    instructions a phrase ("the spokeswoman"), most of it backtracking over the phrase's words."""
    if phrase.isascii():  # (no "K" Kelvin sign or long s that matches a letter of it case-blind)
        low = phrase.lower()
        if not ("of" in low or "per" in low or "%" in low or ("in" in low and ("ten" in low or _DIGIT_RE.search(low)))):
            return False
    return _SHARE_RE.match(phrase) is not None


# The last word of a legislature's panel, whose name may be made of title words ("House",
# "Foreign", "Affairs", "Armed", "Services"): read whole, never as its last word.
_PANEL_HEADS = frozenset("committee subcommittee caucus".split())
# A quantifier standing for people, then where they are: `Some on the committee`, `Many in Kyiv`.
_SOME_OF_A_GROUP = frozenset("some many most several few others".split())
_AMONG_A_GROUP = frozenset("on in at within inside among".split())


@functools.lru_cache(maxsize=8192)
def phrase_reading(
    phrase: str, spans: tuple[tuple[int, int, str], ...], anonymous_heads: frozenset[str], job_nouns: frozenset[str] = frozenset(),
    lone_before_body: bool = True,
) -> tuple[str | None, str | None, bool, str | None, bool]:
    """What a source phrase says of its speaker before the article is consulted: (the name it
    ends with, or None; else the name of a possessive before its head, "anonymous"?, the phrase
    without a leading article, and whether that may be a role the article fills with a name).
    `spans` are its tokens (offsets into `phrase`, norms); `job_nouns` the nouns of a person's
    work for a body (`framing.job_nouns`: "a reporter for USA Today" is the reporter).  It depends
    on these alone and the same phrases recur, so it is kept; `Speakers._name_of` does the rest.
    `lone_before_body`: False reads a lone untitled word before "of the" as no person
    (`lone_name_before_body`: "Empire of the Fund", a book, where the article gives no full name)."""
    campus = campus_at([phrase[a:b] for a, b, _ in spans], [n for _, _, n in spans])
    if campus is not None:
        # `the University of California at Berkeley`: read without the campus, which then
        # goes back on the name or the phrase that ends with the university.
        head_end = spans[campus - 1][1]
        found = phrase_reading(phrase[:head_end], spans[:campus], anonymous_heads, job_nouns, lone_before_body)
        tail = phrase[head_end:]
        body = phrase[:head_end]
        name, possessive, anonymous, rest, role = found
        if name is not None and body.endswith(name):
            return name + tail, possessive, anonymous, rest, role
        if name is None and rest is not None and body.endswith(rest):
            return name, possessive, anonymous, rest + tail, role
    if share_of_a_group(phrase) or (len(spans) > 2 and spans[0][2] in _SOME_OF_A_GROUP and spans[1][2] in _AMONG_A_GROUP):
        # `72 percent of Democrats`, `Some on the House Foreign Affairs Committee`: as written (some
        # members speak, not the committee)
        first = 1 if spans[0][2] in ("a", "an", "the") and len(spans) > 1 else 0
        return None, None, False, phrase[spans[first][0] :], False
    if _body_across_and([phrase[a:b] for a, b, _ in spans], [n for _, _, n in spans]):
        return None, None, False, phrase[spans[1][0] :], False  # `the Securities and Exchange Commission`: one body
    epithet = _before_epithet(phrase, spans)
    if epithet is not None:
        # `Obama the realist`, `Trump the dealmaker`: the name, not the epithet after it
        return phrase_reading(phrase[: spans[epithet - 1][1]], spans[:epithet], anonymous_heads, job_nouns, lone_before_body)
    comma = phrase.find(",")
    if comma > 0:
        # `Johnnie Wilson, of Springfield, Va.`: a full name before an appositive is the speaker.
        head = tuple(sp for sp in spans if sp[1] <= comma)
        if 1 < len(head) < len(spans):
            if _described(phrase, head):
                # `The director of the European Centre, Ina Kirsch`: a description, then the
                # person's full name in apposition, who speaks (not the body the description names).
                cut = spans[len(head)][0]
                tail = tuple((a - cut, b - cut, n) for a, b, n in spans[len(head) :])
                found = phrase_reading(phrase[cut:], tail, anonymous_heads, job_nouns, lone_before_body)
            else:
                found = phrase_reading(phrase[:comma], head, anonymous_heads, job_nouns, lone_before_body)
            if found[0] is not None and " " in found[0]:
                return found
    norms = [n for _, _, n in spans]
    words = [phrase[a:b] for a, b, _ in spans]
    at_body = _body_at_body(words, norms)
    if at_body is not None:
        # `The Tax Policy Center at the Urban Institute and Brookings Institution`: the center
        # speaks, as a person before "of the" does; the bodies after "at" say where it is.
        return None, None, False, phrase[spans[at_body[0]][0] : spans[at_body[1] - 1][1]], False
    named = _name_before_affiliation(phrase, spans, words, norms)
    if named is not None and (lone_before_body or not _lone(named, norms)):
        start, end = named
        return " ".join(strip_possessive(phrase[spans[start][0] : spans[end - 1][1]].split())), None, False, None, False
    first = len(words)
    if surname_like_title(words, norms):
        first -= 1  # "Mr. King", "Larry King", "John Major": the title word is the surname
    while first > 0 and (norms[first - 1] not in TITLES_AND_DETERMINERS or place_new(words, first - 1) or _in_acronym(phrase, spans[first - 1])) and (
        norms[first - 1] not in _OPENERS
    ) and not (first == 1 < len(words) and norms[0] in _ADVERB_OPENERS) and is_name_part(words[first - 1]):
        if first < len(words) and norms[first - 1].endswith("'s"):
            break  # "NBC’s Dante Chinni": the outlet's name is not part of the person's
        first -= 1
        if (
            first >= 2 and norms[first - 1] in NAME_PARTICLES and is_name_part(words[first - 2])
            and norms[first - 2] not in TITLES_AND_DETERMINERS
        ):
            first -= 1  # `Bill de Blasio`: the particle and the name before it
    if first < len(words) and norms[-1] in _PANEL_HEADS:
        # `the House Foreign Affairs Committee`, `the House Freedom Caucus`: a panel's name runs
        # back over the title words that name it ("Committee" alone would borrow another
        # committee's full name from the article).
        while first > 0 and norms[first - 1] in TITLE_WORDS and norms[first - 1] not in PERSON_TITLES and words[first - 1][:1].isupper():
            first -= 1
    if first == len(words) - 1 >= 1 and norms[-1].strip(".") in COMPANY_LAST_WORDS and norms[first - 1] in TITLE_WORDS:
        first -= 1  # `General Motors`, `Cardinal Health`: a company, its first word no title
    if first + 1 < len(words) and _delegate(phrase, spans[first]):
        first += 1  # `Del. Jennifer L. McClellan`: a Delegate's title, no part of her name
    if 1 <= first < len(words) and _ORDINAL_RE.fullmatch(words[first - 1]):
        first -= 1  # `The 14th Amendment states`: the number is part of the name ("Amendment" alone is none)
    if first < len(words) and (
        _speaks_for(norms, first) or _works_for(words, norms, first, job_nouns) or _heads_a_body(words, norms, first)
    ):
        first = len(words)  # `Aides to Clinton`, `lawyers for Trump`, `a reporter for USA Today`: they speak, not the one named
    if (
        2 <= first < len(words) and norms[first - 1] in _TOPIC_PREPOSITIONS and is_name_part(words[first - 2])
        and norms[first - 2] not in TITLES_AND_DETERMINERS
    ):
        # `Obama on Climate Change`, `Lavrov about Ukraine`: the speaker, then the topic.
        cut = spans[first - 2][1]
        return phrase_reading(phrase[:cut], spans[: first - 1], anonymous_heads, job_nouns, lone_before_body)
    if 2 <= first < len(words) and norms[first - 1] in ("of", "for") and is_name_part(words[first - 2]):
        # `Sen. Susan Collins of Maine`: the person is the name before "of", not the place;
        # `Democracy for America`, `Bank of America`: one word before it, a body's name.
        k = first - 1
        if k >= 2 and norms[k - 1] in TITLES_AND_DETERMINERS and (_given_name(words[k - 2]) or _INITIAL_RE.fullmatch(words[k - 2])):
            # `Sen. Angus King of Maine`, `Peter T. King of New York`: a surname that is also a
            # title word, after a given name or an initial ("RNC Chief of Staff" stays as it was)
            k -= 1
        while k > 0 and norms[k - 1] not in TITLES_AND_DETERMINERS and is_name_part(words[k - 1]):
            k -= 1
        if k == first - 1 and norms[k - 1] in TITLE_WORDS:
            # `The King of Jordan`, `the Prime Minister of Canada`: a title with its place is a
            # role, written out ("King of Jordan"), not the place ("Jordan"); a given name after
            # it opens the holder's name (`RNC Chief of Staff Katie Walsh`).
            given = next((j for j in range(first + 1, len(words)) if _given_name(words[j])), None)
            if given is not None:
                return " ".join(strip_possessive(phrase[spans[given][0] :].split())), None, False, None, False
            t = k - 1
            while t > 0 and norms[t - 1] in TITLE_WORDS and is_name_part(words[t - 1]):
                t -= 1
            return None, None, False, phrase[spans[t][0] :], t > 0 and norms[t - 1] == "the"
        if _speaks_for(norms, k):
            first = len(words)  # `A spokesman for Mayor Frank G. Jackson of Cleveland`: the spokesman, below
        elif first - 1 - k >= 2 and not (k > 0 and norms[k - 1] == "the"):  # not `the Federal Bureau of Prisons`
            written = phrase[spans[k][0] : spans[first - 2][1]].split()  # initials' periods kept
            return " ".join(strip_possessive(written)), None, False, None, False
        if (k == first - 2 or (k > 0 and norms[k - 1] == "the")) and norms[k] not in TITLES_AND_DETERMINERS:
            first = len(words)  # the body as written, below
    if first < len(words) and not any(n in anonymous_heads for n in norms[first:]) and not _place_after_thing(words, norms, first) and not (
        _people_of_a_name(words, norms, first)
    ):
        # The name as written, initials' periods included: "Jeffrey N. Trimble".
        written = phrase[spans[first][0] :].split()
        return " ".join(strip_possessive(written)), None, False, None, False
    possessive = _possessive_run(words)
    anonymous = any(n in anonymous_heads for n in norms) and not any(
        is_name_part(w) and n not in TITLE_WORDS and n not in DETERMINERS and i > 0
        for i, (w, n) in enumerate(zip(words, norms))
    )
    first = 1 if norms[0] in ("the", "a", "an") else 0
    rest = phrase[spans[first][0] :] if first < len(spans) else None
    return None, possessive, anonymous, rest, bool(norms[0] == "the" and rest and len(spans) <= 6)


def _body_at_body(words: list[str], norms: list[str]) -> tuple[int, int] | None:
    """Where the name of a body opening a source phrase starts and ends when "at the" and another
    body's name follow it (`The Tax Policy Center at the Urban Institute`, `the Center for
    Strategic Studies at the University of Maryland`): capitalised words (with "for", "of",
    "on") after an optional "the", ending in an organisation's noun (center, institute, ...).
    None otherwise (`Stephen Vladeck of the University of Texas`: a person, `_name_before_affiliation`)."""
    from framing.opening_subjects import ORGANISATION_HEADS

    if "at" not in norms:
        return None
    first = 1 if norms[0] == "the" else 0
    k = norms.index("at")
    if k - first < 2 or k - first > 6 or k + 2 >= len(words) or norms[k + 1] != "the" or not is_name_part(words[k + 2]):
        return None
    if norms[k - 1] not in ORGANISATION_HEADS or not all(is_name_part(w) or n in _BODY_WORDS_INSIDE for w, n in zip(words[first:k], norms[first:k])):
        return None
    return first, k


# Lower-case words inside a body's name before "at the": `Center for Strategic Studies`.
_BODY_WORDS_INSIDE = frozenset("for of on and".split())


def _before_epithet(phrase: str, spans: tuple[tuple[int, int, str], ...]) -> int | None:
    """Where "the" opens an epithet after a name (`Obama the realist`, `Trump the dealmaker`,
    `Mr. Sanders the candidate`): capitalised words, "the", then one or two lower-case words
    that are no time (`Trump the day before`) and no clause; None otherwise."""
    n = len(spans)
    if n < 3 or n > 7:
        return None
    k = next((i for i, sp in enumerate(spans) if sp[2] == "the"), None)
    if k is None or k == 0 or not 1 <= n - k - 1 <= 2:
        return None
    if not all(is_name_part(phrase[a:b]) and norm not in NOT_NAMES for a, b, norm in spans[:k]):
        return None
    tail = spans[k + 1 :]
    if not all(phrase[a:b].isalpha() and phrase[a:b].islower() for a, b, _ in tail):
        return None
    if any(norm in TIME_WORDS or norm in NOT_NAMES or norm in _EPITHET_STOPS for _, _, norm in tail):
        return None
    return k


# Lower-case words after "the" that make it no epithet: what a name heads or is part of.
_EPITHET_STOPS = frozenset("same first last other only most best one next former latter".split())


def _body_across_and(words: list[str], norms: list[str]) -> bool:
    """Is a source phrase one body's name with an "and" inside: "the", then capitalised words
    (with "of", "for", "the"), two of them joined by "and" (`The Securities and Exchange
    Commission`, `The Department of Health and Human Services`, `the Science and Technology
    Directorate of the Department of Homeland Security`)?  People take no "the" before their
    names, so the words after it are one body's ("Exchange Commission" alone is no speaker, nor
    the department the directorate is part of).  Not with a person's title (`the President and
    Obama`: two people)."""
    if len(words) < 4 or norms[0] != "the" or "and" not in norms or not words[1][:1].isupper() or norms[1] in NOT_NAMES:
        return False
    if norms[-1] in BODY_NAME_JOINERS:
        return False
    for i in range(1, len(words)):
        if norms[i] == "and":
            if not (words[i - 1][:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper()):
                return False
        elif not (words[i][:1].isupper() or norms[i] in BODY_NAME_JOINERS) or norms[i].strip(".") in PERSON_TITLES:
            return False
    return True


# Lower-case words inside a body's name that has "and" in it; `subject_phrases` scans tokens with them too.
BODY_NAME_JOINERS = frozenset("of for the".split())


def _speaks_for(norms: list[str], k: int) -> bool:
    """Does the name at `k` follow, past its titles, a noun of those who speak for a person and
    "to", "for" or "of" (`Aides to Clinton`, `A lawyer for Sen. Bob Menendez`, `spokesman for
    Mayor Frank G. Jackson`)?  Then they speak, not the person named."""
    while k > 0 and norms[k - 1] in TITLE_WORDS | _DOTTED_TITLES:
        k -= 1
    return k >= 2 and norms[k - 1] in ("to", "for", "of") and norms[k - 2] in OTHERS_OF_A_PERSON


_DOTTED_TITLES = frozenset(t + "." for t in TITLE_WORDS)
# Prepositions after a job noun that bring in whom the person works for: `a reporter for USA
# Today`, `a producer with NBC`, `a researcher at the Brookings Institution`, `the editor of The Forward`.
_EMPLOYER_PREPOSITIONS = frozenset("for with at of".split())


def _works_for(words: list[str], norms: list[str], k: int, job_nouns: frozenset[str]) -> bool:
    """Does the name at `k` follow, past its titles and "the", a job noun written in lower case
    and a preposition (`a reporter for USA Today`, `A producer for Yahoo Studios`, `a researcher
    at the Brookings Institution`)?  Then the person speaks: the description is the speaker."""
    if not job_nouns:
        return False
    while k > 0 and norms[k - 1] in TITLE_WORDS | _DOTTED_TITLES:
        k -= 1
    if k > 0 and norms[k - 1] == "the":
        k -= 1
    return k >= 2 and norms[k - 1] in _EMPLOYER_PREPOSITIONS and norms[k - 2] in job_nouns and words[k - 2][:1].islower()


def _heads_a_body(words: list[str], norms: list[str], k: int) -> bool:
    """Does the name at `k` follow, past "the", "of" or "at" and an office written in lower case
    (`The director of the FBI`, `the chief executive of Ora Media`, `the head of the IMF`)?  Then
    the office's holder speaks, a person, never the body: the description is the speaker (or the
    one the article names holding it, `RoleHolders`)."""
    if k > 0 and norms[k - 1] == "the":
        k -= 1
    return k >= 2 and norms[k - 1] in ("of", "at") and norms[k - 2] in OFFICES and words[k - 2][:1].islower()




def _described(phrase: str, head: tuple[tuple[int, int, str], ...]) -> bool:
    """Is the part of a source phrase before its comma a description: a determiner, then a
    common noun among its words ("The director of the European Centre", "A lawyer for the news
    outlets", "his best friend at Lehigh"), not a name ("Johnnie Wilson", "Holger Schmieding of
    Berenberg")?"""
    return head[0][2] in DETERMINERS and any(
        phrase[a].islower() and n not in NOT_NAMES for a, _, n in head[1:]
    )


def lone_name_before_body(phrase: str, spans: tuple[tuple[int, int, str], ...]) -> bool:
    """Does a source phrase open with one untitled capitalised word before "of the" and a name
    ("Heiserman of the CORE Teachers", "Empire of the Fund")?  `phrase_reading` reads it as a
    person's surname; `Speakers._name_of` keeps that only where the article gives the full name."""
    norms = [n for _, _, n in spans]
    named = _name_before_affiliation(phrase, spans, [phrase[a:b] for a, b, _ in spans], norms)
    return named is not None and _lone(named, norms)


def _lone(named: tuple[int, int], norms: list[str]) -> bool:
    """Is the name `_name_before_affiliation` found one word with no honorific before it?"""
    start, end = named
    return end - start == 1 and not (start > 0 and norms[start - 1] in HONORIFICS | {"del"})


def _delegate(phrase: str, span: tuple[int, int, str]) -> bool:
    """Is the token "Del." with its period: a Delegate's title ("Del. Stacey Plaskett")?"""
    return span[2] == "del" and phrase[span[1] : span[1] + 1] == "."


def _name_before_affiliation(
    phrase: str, spans: tuple[tuple[int, int, str], ...], words: list[str], norms: list[str]
) -> tuple[int, int] | None:
    """Where a person's name opening a source phrase starts and ends, before the body or place it
    is "of" or "at" ("Stephen Vladeck of the University of Texas School of Law" -> (0, 2): the
    name, not "Texas School", what the last "of" leaves).  A given name and one or two more
    capitalised words (initials too) before the preposition; or, before "of the" or "at the" and
    a capitalised word, a name after an honorific ("Mr. Burman of the Tax Policy Center",
    "Del. Stacey Plaskett of the Virgin Islands") or one to four name words that open no body
    ("Mujtaba Rahman of the Eurasia Group", "Heiserman of the CORE Teachers"), also after a
    noun and "by" ("calculations by Amy Glasmeier of the Massachusetts Institute of Technology").
    None otherwise, and for a body named after a given name ("Virginia Department of Health")
    or whose words are a title's ("Secretary of the Treasury")."""
    from framing.opening_subjects import ORGANISATION_HEADS

    start = 0
    by = norms.index("by") if "by" in norms[:4] else -1
    if by > 0 and all(w[:1].islower() for w in words[:by]):
        start = by + 1  # `calculations by Amy Glasmeier`: the work's author
    titled = start < len(words) and (norms[start] in HONORIFICS or _delegate(phrase, spans[start]))
    first = start + titled
    while first + 1 < len(words) and norms[first].strip(".") in TITLE_WORDS and is_name_part(words[first]) and is_name_part(words[first + 1]):
        first += 1  # `Archbishop Aris Shirvanian of the Armenian Patriarchate`: titles before the name, as an honorific is
        titled = True
    if len(words) - first < 3:
        return None
    k = first
    while k < len(words) and k < first + 4 and is_name_part(words[k]) and norms[k] not in TITLES_AND_DETERMINERS:
        k += 1
    if k == first or k >= len(words) or any(n.strip(".") in ORGANISATION_HEADS for n in norms[first:k]):
        return None
    if not titled and k - first >= 2 and _given_name(words[first]) and norms[k] in _AFFILIATION_PREPOSITIONS:
        return first, k
    if (
        k + 2 < len(words) and norms[k] in ("of", "at") and norms[k + 1] == "the" and is_name_part(words[k + 2])
        and (titled or not any(is_plural(n) for n in norms[first:k]))
    ):
        return first, k
    return None


# Prepositions between a person's name and the body or place they belong to.
_AFFILIATION_PREPOSITIONS = frozenset("of at from with".split())


def _given_name(word: str) -> bool:
    """Is `word` a given name in the packaged table ("Angus", "Peter"; not "RNC" before "Chief of
    Staff")?  (framing.genders reads this module, so it is imported here, when first asked.)"""
    from framing import genders

    return genders.is_given_name(word)


def _in_acronym(phrase: str, span: tuple[int, int, str]) -> bool:
    """Is the token a letter of a dotted acronym ("N.A.A.C.P.": its "A" is no article)?"""
    end = span[1]
    return span[1] - span[0] == 1 and phrase[end : end + 1] == "." and phrase[end + 1 : end + 2].isupper()


# Prepositions after a speaker's name that bring in what they speak of: "Obama on Climate Change".
_TOPIC_PREPOSITIONS = frozenset("on about".split())
# Prepositions of place: "the mood in Kyiv", "voters across Iowa" (not "of"/"for": "the head of
# the IMF", "a spokesman for the Kremlin" name whom the speaker stands for).
_PLACE_PREPOSITIONS = frozenset("in at from across inside outside near around throughout".split())


def _place_after_thing(words: list[str], norms: list[str], first: int) -> bool:
    """Is the name at `first` a place after a common noun ("The setting in Turkey offered ...",
    "the president in Washington")?  Then the speaker is that noun's phrase (or the person the
    article names with that role), never the place."""
    if first >= 3 and norms[first - 1] == "and":
        # `Monitors in Kharkiv and Zaporizhzhia`: two places after the noun, never the speaker
        k = first - 2
        # (or after "of" and a plural noun: `The mayors of New York and Chicago`)
        while k > 0 and words[k][:1].isupper() and words[k - 1][:1].isupper() and norms[k - 1] not in _PLACE_PREPOSITIONS:
            k -= 1
        return k >= 2 and words[k][:1].isupper() and (
            norms[k - 1] in _PLACE_PREPOSITIONS or (norms[k - 1] == "of" and norms[k - 2].endswith("s"))
        )
    if _plural_opening_in(norms, first):
        return True  # `Democrats in Congress`, `Republicans in the Senate`: a plural noun opening the phrase (its capital the sentence's)
    if first < 2 or norms[first - 1] not in _PLACE_PREPOSITIONS:
        return False
    if norms[first - 2].strip(".") in TITLE_WORDS or norms[first - 2] in _PARTY_MEMBERS:
        return True  # `Senator from Texas`, `the Republican from Alabama`: a role, not the place
    return words[first - 2][:1].islower()  # "Lavrov in Moscow" is another matter: a name, then a place


def _plural_opening_in(norms: list[str], first: int) -> bool:
    """Is the name at `first` a place after the phrase's first word, a plural noun, and a place
    preposition, perhaps with "the" (`Democrats in Congress`, `Republicans in the Senate`,
    `Polls in New Hampshire`)?  `framing.subject_cuts.opening_plural` let such a phrase run
    past its preposition only where the word is no person the article names."""
    p = first - 1
    if p == 2 and norms[p] == "the":
        p = 1
    return p == 1 and norms[1] in _PLACE_PREPOSITIONS and is_plural(norms[0])


def _people_of_a_name(words: list[str], norms: list[str], first: int) -> bool:
    """Is the name at `first` what a plural noun of people before "of" belongs to ("a dozen
    members of Congress", "residents of Flint", "fans of Bradley Cooper")?  Then those people
    speak, as the phrase says, not the body or person named ("the city of Cleveland" and "the
    state of Texas", singular, are the place; "the minds of Americans", no people)."""
    return first >= 2 and norms[first - 1] == "of" and words[first - 2].islower() and people_plural(norms[first - 2])


# Party members a place may follow as a role: "the Republican from Alabama".
_PARTY_MEMBERS = frozenset("republican republicans democrat democrats independent".split())


def _possessive_run(words: list[str]) -> str | None:
    """The capitalised run ending in the first possessive near the end of a phrase, as a name
    ("Donald Trump’s recent claims" -> "Donald Trump"), if there is one."""
    for i, w in enumerate(words):
        if w.endswith(("’s", "'s")) and len(words) - i <= 3 and is_name_part(w):
            run = [w]
            j = i - 1
            while j >= 0 and is_name_part(words[j]) and words[j].lower().strip(".") not in TITLE_WORDS | NOT_NAMES:
                run.insert(0, words[j])
                j -= 1
            return " ".join(strip_possessive(run))
    return None
