"""One reading of an -s word that is a noun as often as a verb ("claims", "calls"): right after a
word that takes it as its object, a preposition ("despite claims", "amid calls for") or a verb
("denied claims", "rejects calls for", "said claims of fraud were false"), it is that object, a
noun, not the verb.

Two callers ask it, each about its own words: `framing.cue_reading.object_noun` (is "claims" a
reporting cue, or the noun in "despite claims from Tea Partiers that"?) and
`framing.rules_senses.noun_use` (is "claims" the loaded verb of "he claims", or the plain noun of
"despite claims"?).  The words that mark the object are data, read once per lexicon set: every form
of the `noun_marker` rows of lexicons/context_words.tsv and of the one-word verbs of saying of
weight 2 or more in reporting_verbs.tsv.  So a `--lexicon` folder with a context_words.tsv of its
own changes both readings alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from framing.lexicon import LexiconSet, regular_inflections
from framing.models import Token

NOUN_MARKER = "noun_marker"  # category of the context_words.tsv rows read here
MONTH_CONTEXT = "month_context"  # and these: see `noun_markers`


def noun_markers(lexicons: LexiconSet) -> frozenset[str]:
    """Every form of the `noun_marker` rows and of the verbs of saying ("deny" -> denied, denies;
    "say" -> said); built once per LexiconSet and kept in its `derived` tables."""
    cached = lexicons.derived.get(NOUN_MARKER)
    if isinstance(cached, frozenset):
        return cached
    # A term has one category in context_words.tsv: the prepositions before a month ("in", "of",
    # "since", "from") are written once, as `month_context`, and mark the noun too ("in claims").
    rows = {t for t, e in lexicons.entries.get("context_words", {}).items() if e.category in (NOUN_MARKER, MONTH_CONTEXT)}
    # A verb of saying takes the noun as its object too ("said claims of fraud were false",
    # "reiterating calls that"); weight-1 cues ("back", "state") are mostly other words.
    rows |= {t for t, e in lexicons.entries.get("reporting_verbs", {}).items()
             if " " not in t and e.category != "plain_sense" and (e.weight or 2) >= 2}  # (unweighted: 2)
    markers = frozenset(f for t in rows for f in regular_inflections(t) | lexicons.irregular.get(t, set()))
    lexicons.derived[NOUN_MARKER] = markers
    return markers


def is_object_noun(text: str, tokens: Sequence[Token], i: int, markers: frozenset[str]) -> bool:
    """Is token i an -s word ("claims", "calls") right after a noun marker, or after a marker and
    one modifier ("make humanitarian claims", "amid renewed calls"), with nothing but spaces
    between (so in the same sentence and line), and so that marker's object, a noun?

    Only the -s form is read: a bare form after "to" or a verb is mostly a verb ("wants to claim",
    "helped claim").  A participle before the word is no marker by its ending alone: "prompted
    calls for probes" is a cue in PolNeAR, and the object verbs worth listing are rows."""
    if i == 0:
        return False
    word = tokens[i].norm
    if not word.endswith("s") or word.endswith("ss"):
        return False
    prev = tokens[i - 1]
    if not _spaced(text, prev, tokens[i]):
        return False
    if prev.norm in markers and i >= 2 and tokens[i - 2].norm in _DETERMINERS and not prev.norm.endswith(("ed", "ing")):
        return False  # "The report claims that", "the statement claims": a noun after "the" is the subject
    if prev.norm not in markers and i >= 2 and tokens[i - 2].norm in markers and _modifier(text, prev) \
            and _spaced(text, tokens[i - 2], prev) and not (i >= 3 and tokens[i - 3].norm in _DETERMINERS):
        return True  # "make humanitarian claims", "amid renewed calls for": one modifier between
    return prev.norm in markers


def _spaced(text: str, a: Token, b: Token) -> bool:
    """Are tokens a and b next to each other with only spaces between, on one line?"""
    gap = text[a.end : b.start]
    return gap == " " or (gap.isspace() and "\n" not in gap)


# Words that are no modifier of a noun after a marker: the subject of a verb "claims" ("despite
# what he claims", "deny it claims"), or a clause's opening ("over that claims").
_NO_MODIFIERS = frozenset("he she it they we i you one who which that what this these those there "
                          "here not never also still now then just only even all".split())


def _modifier(text: str, tok: Token) -> bool:
    """Is the token a word that may stand between a marker and its object noun, an adjective or a
    participle ("humanitarian", "false", "renewed")?  Lower case, no -s plural (a plural would be
    the subject: "amid officials claims" is no English), no -ly adverb, no pronoun or clause word."""
    word = text[tok.start : tok.end]
    return word.isalpha() and word.islower() and len(word) > 2 and not word.endswith(("s", "ly")) and tok.norm not in _NO_MODIFIERS


# Words before a marker that make it a noun ("the report"), the subject of the -s word after it.
_DETERMINERS = frozenset("the a an this these those his her its their our my your".split())
