"""Which outlet "the network" or "the newspaper" goes back to: the last one of that kind the
article names before it ("CNN reported ... according to the network" -> CNN).

Why: a reader of "the network said" knows which network is meant, as "the president" is known
(`framing.role_holders`); left as written, "network" is a speaker nobody can look up, and an
outlet's own reporting is counted apart from it.  No list of outlets is kept: the article's own
words tell a network or a newspaper, by the shape of its name ("Fox News", "NBC News", "The New
York Times", "The Washington Post") or by how it writes an acronym ("on CNN", "MSNBC's "Morning
Joe"", "CNN anchor").  The words below are a rule table of name shapes, as
`name_words.COMPANY_LAST_WORDS` is, not a lexicon of findings.  "the agency" is not read: in
PolNeAR train and dev it goes back to a government body (the FBI, the State Department) as often
as the text names several, and an acronym alone says nothing of which kind it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.models import Token

# The nouns a source phrase may use for an outlet, after "the" (and perhaps a kind: "the cable
# network"), and the kind of outlet each goes back to.
_OUTLET_NOUNS = {"network": "network", "newspaper": "newspaper", "paper": "newspaper"}
# Words that may stand between "the" and the noun: `the cable network`, `the conservative newspaper`.
_KIND_WORDS = frozenset("cable news television tv broadcast conservative liberal local national daily".split())

# A network's name: capitalised words before "News" (`Fox News`, `NBC News`, `CBS News`), or an
# acronym the article writes as a broadcaster: after "on", before a possessive and a quotation (a
# show), or, perhaps with one more word of its name, before a word of broadcasting ("RT America host").
_NETWORK_RE = re.compile(
    r"\b((?:[A-Z][\w&-]*[ \t]+){0,2}[A-Z][\w&-]*[ \t]+News)\b(?![ \t]+(?:Service|Agency|Corp|Group|Network))"
    r"|(?<=\bon[ \t])([A-Z]{2,6})\b(?![\w.-])"
    r"|\b([A-Z]{2,6})(?=['’]s[ \t]+[“\"])"
    r"|\b([A-Z]{2,6}(?:[ \t]+[A-Z][a-z]+)?)(?=[ \t]+(?:anchor|host|correspondent|contributor|analyst|personality|audience|viewers|"
    r"broadcast|interview|segment|program|show|aired|reported)\b)"
)
# A newspaper's name: capitalised words ending in a word papers are named with.
_NEWSPAPER_RE = re.compile(
    r"\b((?:[A-Z][\w.&'’-]*[ \t]+){0,3}(?:Times|Post|Journal|Tribune|Herald|Globe|Gazette|Chronicle|Inquirer|"
    r"Enquirer|Examiner|Register|Courier|Guardian|Telegraph|Bee|Sentinel|Dispatch|Advocate|Oregonian|Picayune|"
    r"Star-Ledger|Plain[ \t]+Dealer|Free[ \t]+Press|Daily[ \t]+News))\b"
)
# A name the article itself calls one of the kind: `the RT America television network`, `Russia
# Today, the global satellite network`, `the nationalist Global Times tabloid`.
_CALLED = {
    "network": "network|channel|broadcaster",
    "newspaper": "newspaper|paper|daily|tabloid",
}
_CALLED_RE = {
    kind: re.compile(
        r"\bthe[ \t]+((?:[A-Z][\w&.’'-]*[ \t]+){1,4})(?:[a-z-]+[ \t]+){0,2}(?:" + nouns + r")\b"
        r"|\b((?:[A-Z][\w&.’'-]*[ \t]+){0,3}[A-Z][\w&.’'-]*),[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}(?:" + nouns + r")\b"
    )
    for kind, nouns in _CALLED.items()
}
# Words opening a name that are no part of it: `In The New York Times`, `told The Washington Post`.
_NOT_NAME_OPENERS = frozenset(
    "in on at by to for from with and but as told said the a an according later earlier meanwhile now then also even "
    "when while after before since yesterday today".split()
)


def outlet_noun(tokens: Sequence[Token]) -> str | None:
    """The kind of outlet a source phrase such as "the network", "the cable network" or "the
    newspaper" stands for ("network", "newspaper"); None for any other phrase.  (Asked of every
    source phrase read: the last word is looked at first.)"""
    if len(tokens) < 2 or tokens[-1].norm not in _OUTLET_NOUNS or tokens[0].norm != "the":
        return None
    if not all(t.norm in _KIND_WORDS for t in tokens[1:-1]):
        return None
    return _OUTLET_NOUNS[tokens[-1].norm]


def outlet_named_before(text: str, offset: int, kind: str) -> str | None:
    """The last outlet of `kind` ("network", "newspaper") the text names before `offset`, as
    written without "The" ("Fox News", "New York Times"), or None when it names none."""
    pattern = _NETWORK_RE if kind == "network" else _NEWSPAPER_RE
    found = [(m.start(), next(g for g in m.groups() if g)) for p in (pattern, _CALLED_RE[kind]) for m in p.finditer(text, 0, offset)]
    names = [n for n in (_as_written(g) for _, g in sorted(found)) if n]
    if not names:
        return None
    last = names[-1]
    if " " not in last:
        # `The New York Times ... The Times reported ... the paper`: the fullest form named
        last = next((n for n in names if n.endswith(" " + last)), last)
    return last


def _as_written(name: str) -> str | None:
    """A matched name without the words that opened it (`The New York Times` -> "New York
    Times", as a speaker is written; `In The Washington Post` -> "Washington Post")."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in _NOT_NAME_OPENERS:
        words = words[1:]
    return " ".join(words) if words and words[0][:1].isupper() and words[0].lower() not in _NOT_NAME_OPENERS else None


# Nouns of what an outlet publishes: `a report in Fox News`, `an editorial in The Washington Post`.
_PUBLISHED_WORKS = frozenset("report reports article articles story stories editorial column op-ed piece analysis investigation".split())


def published_in(words: Sequence[str], norms: Sequence[str], first: int) -> bool:
    """Is the name from word `first` to the end an outlet a work was published in (`a report in
    Fox News`, `an article in The New York Times`)?  Then the outlet speaks, as `a report by The
    Associated Press` credits the agency; "in" before any other name is where (`a report in
    Iowa`), read by `names_not_speaking.place_after_thing`.  The outlet is told by the shape of
    its name alone (`_NETWORK_RE`, `_NEWSPAPER_RE`), as for "the network"."""
    k = first - 1
    if k >= 1 and norms[k] == "the":
        k -= 1
    if k < 1 or norms[k] != "in" or norms[k - 1] not in _PUBLISHED_WORKS:
        return False
    name = " ".join(words[first:])
    return any(p.fullmatch(name) is not None for p in (_NETWORK_RE, _NEWSPAPER_RE))
