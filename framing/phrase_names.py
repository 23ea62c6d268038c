"""The name a source phrase gives, read from its words alone (`phrase_reading`): the capitalised
words ending it without their titles ("Foreign Minister Sergey Lavrov" -> "Sergey Lavrov"), a
full name before an appositive, a role written out ("King of Jordan"), the owner of a possessive
head, or the phrase itself, and whether its head is an unnamed-source noun.  `framing.speakers`
adds what needs the article (full names from elsewhere in it, the holder of a role); the word
lists are in `framing.name_words`.  Split out of `name_words` to keep each module small; the
shapes it asks about are in `framing.group_shares` (a share of a group), `framing.body_names` (one
body's name), `framing.affiliated_names` (a name before its body) and `framing.names_not_speaking`
(a name that is not who speaks).
"""

from __future__ import annotations

import functools
import re

from framing.affiliated_names import delegate_title, given_name, lone_name, name_before_affiliation
from framing.body_names import body_across_and, body_at_body
from framing.campus_names import campus_at
from framing.group_shares import share_of_a_group
from framing.name_words import (
    DETERMINERS,
    NAME_PARTICLES,
    NOT_NAMES,
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
from framing.outlet_referents import published_in
from framing.names_not_speaking import heads_a_body, people_of_a_name, place_after_thing, speaks_for, works_for

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


# The last word of a legislature's panel, whose name may be made of title words ("House",
# "Foreign", "Affairs", "Armed", "Services"): read whole, never as its last word.
_PANEL_HEADS = frozenset("committee subcommittee caucus".split())
# Title words that head a body, not a person's office: a place before one is part of the body's
# name (`the Florida Department of Law Enforcement`).
_BODY_TITLES = frozenset("department ministry office agency".split())
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
    if body_across_and([phrase[a:b] for a, b, _ in spans], [n for _, _, n in spans]):
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
            if found[0] is not None and (" " in found[0] or _titled_surname(head)):
                return found  # (`Mr. Rubio, a career politician`: a titled surname is a person too)
    norms = [n for _, _, n in spans]
    words = [phrase[a:b] for a, b, _ in spans]
    place = next((i for i in (len(spans) - 2, len(spans) - 3) if i >= 4 and norms[i] == "in"), None)
    if place is not None and all(is_name_part(w) for w in words[place + 1 :]) and "of" in norms[:place]:
        # `Darran Whiting of Liberty Baptist Church in Marion`: the person before the body and its
        # town (was "Marion"), when the phrase opens with that person's full name
        found = phrase_reading(phrase[: spans[place - 1][1]], spans[:place], anonymous_heads, job_nouns, lone_before_body)
        if found[0] is not None and " " in found[0] and phrase.startswith(found[0]):
            return found
    at_body = body_at_body(words, norms)
    if at_body is not None:
        # `The Tax Policy Center at the Urban Institute and Brookings Institution`: the center
        # speaks, as a person before "of the" does; the bodies after "at" say where it is.
        return None, None, False, phrase[spans[at_body[0]][0] : spans[at_body[1] - 1][1]], False
    named = name_before_affiliation(phrase, spans, words, norms)
    if named is not None and (lone_before_body or not lone_name(named, norms)):
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
    if first + 1 < len(words) and delegate_title(phrase, spans[first]):
        first += 1  # `Del. Jennifer L. McClellan`: a Delegate's title, no part of her name
    if 1 <= first < len(words) and _ORDINAL_RE.fullmatch(words[first - 1]):
        first -= 1  # `The 14th Amendment states`: the number is part of the name ("Amendment" alone is none)
    if first < len(words) and (
        speaks_for(norms, first) or works_for(words, norms, first, job_nouns) or heads_a_body(words, norms, first)
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
        if k >= 2 and norms[k - 1] in TITLES_AND_DETERMINERS and (given_name(words[k - 2]) or _INITIAL_RE.fullmatch(words[k - 2])):
            # `Sen. Angus King of Maine`, `Peter T. King of New York`: a surname that is also a
            # title word, after a given name or an initial ("RNC Chief of Staff" stays as it was)
            k -= 1
        while k > 0 and norms[k - 1] not in TITLES_AND_DETERMINERS and is_name_part(words[k - 1]):
            k -= 1
        if k == first - 1 and norms[k - 1] in TITLE_WORDS:
            # `The King of Jordan`, `the Prime Minister of Canada`: a title with its place is a
            # role, written out ("King of Jordan"), not the place ("Jordan"); a given name after
            # it opens the holder's name (`RNC Chief of Staff Katie Walsh`).
            given = next((j for j in range(first + 1, len(words)) if given_name(words[j])), None)
            if given is not None:
                return " ".join(strip_possessive(phrase[spans[given][0] :].split())), None, False, None, False
            t = k - 1
            while t > 0 and norms[t - 1] in TITLE_WORDS and is_name_part(words[t - 1]):
                t -= 1
            if norms[k - 1] in _BODY_TITLES:
                # `The Florida Department of Law Enforcement`: a place before a body's title word
                # is part of its name (a person's title keeps its own: "the Prime Minister of Canada")
                while t > 0 and norms[t - 1] not in DETERMINERS and norms[t - 1] not in _OPENERS and (
                    norms[t - 1] not in _ADVERB_OPENERS and is_name_part(words[t - 1]) and not norms[t - 1].endswith("'s")
                ):
                    t -= 1
            return None, None, False, phrase[spans[t][0] :], t > 0 and norms[t - 1] == "the"
        if speaks_for(norms, k):
            first = len(words)  # `A spokesman for Mayor Frank G. Jackson of Cleveland`: the spokesman, below
        elif first - 1 - k >= 2 and not (k > 0 and norms[k - 1] == "the"):  # not `the Federal Bureau of Prisons`
            written = phrase[spans[k][0] : spans[first - 2][1]].split()  # initials' periods kept
            return " ".join(strip_possessive(written)), None, False, None, False
        if (k == first - 2 or (k > 0 and norms[k - 1] == "the")) and norms[k] not in TITLES_AND_DETERMINERS:
            first = len(words)  # the body as written, below
    if first < len(words) and not any(n in anonymous_heads for n in norms[first:]) and (
        published_in(words, norms, first) or not place_after_thing(words, norms, first)  # (`a report in Fox News`: the outlet)
    ) and not people_of_a_name(words, norms, first):
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



def _titled_surname(head: tuple[tuple[int, int, str], ...]) -> bool:
    """Is the part of a source phrase before its comma a person's title and one name ("Mr. Rubio",
    "Sen. Cruz")?  Alone a word before a comma may be anything ("Meanwhile,", "Iowa,"); after
    a title it is a surname, which the article widens to the full name it gives."""
    return len(head) == 2 and head[0][2].strip(".") in PERSON_TITLES


def _described(phrase: str, head: tuple[tuple[int, int, str], ...]) -> bool:
    """Is the part of a source phrase before its comma a description: a determiner, then a
    common noun among its words ("The director of the European Centre", "A lawyer for the news
    outlets", "his best friend at Lehigh"), not a name ("Johnnie Wilson", "Holger Schmieding of
    Berenberg")?"""
    return head[0][2] in DETERMINERS and any(
        phrase[a].islower() and n not in NOT_NAMES for a, _, n in head[1:]
    )


def _in_acronym(phrase: str, span: tuple[int, int, str]) -> bool:
    """Is the token a letter of a dotted acronym ("N.A.A.C.P.": its "A" is no article)?"""
    end = span[1]
    return span[1] - span[0] == 1 and phrase[end : end + 1] == "." and phrase[end + 1 : end + 2].isupper()


# Prepositions after a speaker's name that bring in what they speak of: "Obama on Climate Change".
_TOPIC_PREPOSITIONS = frozenset("on about".split())
# Words that end a possessive's name run on the left: built once here, not per word looked at.
_RUN_STOPS = TITLE_WORDS | NOT_NAMES

def _possessive_run(words: list[str]) -> str | None:
    """The capitalised run ending in the first possessive near the end of a phrase, as a name
    ("Donald Trump’s recent claims" -> "Donald Trump"), if there is one."""
    for i, w in enumerate(words):
        if w.endswith(("’s", "'s")) and len(words) - i <= 3 and is_name_part(w):
            run = [w]
            j = i - 1
            while j >= 0 and is_name_part(words[j]) and words[j].lower().strip(".") not in _RUN_STOPS:
                run.insert(0, words[j])
                j -= 1
            return " ".join(strip_possessive(run))
    return None
