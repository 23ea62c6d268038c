"""Cue words that modify a noun or name a thing rather than report what anyone said or thought.

- An attitude adjective right after a common noun: `mailed to people critical of
  President Donald Trump`, `lawmakers and other public figures critical of Trump`, `a lively new
  book critical of our flawed system`.  The phrase picks out whom the outlet means; no one's
  stance is reported (PolNeAR train/dev mark none of these; after "be" they are marked: "Graham
  has been critical of Trump").  After a word of speech (`comments supportive of Clinton's bid`)
  the phrase says what was said, and stays a cue; so after a name (`with Sanders fully
  supportive of Clinton`) and after a comma (`Cruz's top brass scrapped some events, wary of
  overextending their candidate`: the subject's stance, which PolNeAR marks).
- "threatening" before a noun with no determiner: `threatening interstate communications` (the
  name of a crime), `threatening emails`, `threatening further losses` (PolNeAR train: none of
  these marked; "threatening their funding sources", "threatening an attack" are, and stay).
- "label" right after a singular noun: `a computer-printed address label and six stamps` (the
  noun; "Critics label him a liar", "they would label" stay verbs).
- A noun heading the subject of a "said" a few words on: `“Lives w/mom,” a handwritten note on
  the petition said`, `An earlier report in a New Hampshire paper said that ...`: the "said" is
  the report, the noun no second one (PolNeAR train: neither marked).
- The noun "remarks" after "in": `In remarks at the White House, Trump congratulated ...`, `in
  his opening remarks, Trump said` (PolNeAR train/dev mark 1 of 9 such uses).  The occasion of
  another verb's words, not a report of its own.

Why apart from `framing.cue_senses`: those are the other senses of single verbs; these are word
classes (an adjective, a noun) read from the words around the cue.  Asked by
`framing.cue_senses.other_sense`, once per cue before any pattern runs.
"""

from __future__ import annotations

from framing import article_text
from framing.plural_nouns import is_plural
from framing.pronoun_clauses import BE
from framing.source_clauses import IRREGULAR_PAST

# Attitude adjectives of reporting_verbs.tsv (rows "critical of", "skeptical of", ...).
_ATTITUDE_ADJECTIVES = frozenset("critical skeptical sceptical dismissive wary supportive".split())
# Verbs that link a subject to an adjective as "be" does ("remained critical of", "grew wary of").
_LINKING = BE | frozenset(
    """become becomes became becoming remain remains remained remaining seem seems seemed seeming appear
    appears appeared appearing grow grows grew grown growing stay stays stayed staying sound sounds sounded
    look looks looked prove proves proved proven get gets got gotten 's ’s 're ’re am""".split()
)
# Degree and other adverbs read over between the noun and the adjective ("deeply skeptical", "long
# dismissive"), besides -ly words.
_ADVERBS = frozenset("long so too very more most less least also still even often always never not increasingly both all each".split())
# Nouns of speech or text after which the adjective says what was said (`comments supportive of`).
_SPEECH_NOUNS = frozenset(
    """comment comments remark remarks statement statements word words tweet tweets post posts speech speeches
    ad ads op-ed op-eds editorial editorials interview interviews testimony message messages""".split()
)
# What keeps "threatening" a verb before its object: a determiner, a pronoun, "to", "that", "with".
_OBJECT_OPENERS = frozenset(
    """a an the his her its their our my your this that these those them him me us you it to with some any
    every each all no""".split()
)
# Words before "label" that may be its subject: an auxiliary ("would label"), a pronoun, a clause word.
_SUBJECT_LIKE = article_text.AUX | article_text.PRONOUNS | article_text.CLAUSE_WORDS
# What may stand between "in" and "remarks": a possessor and a modifier or two.
_REMARKS_MODIFIERS = frozenset(
    "his her their its our my your the brief opening closing prepared short lengthy public private final recent".split()
)


def modifies_noun(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Does the cue modify a noun or name an occasion rather than report (see the module's
    docstring): an attitude adjective after a common noun, "threatening" before a bare noun,
    "label" after a singular noun, a noun heading the subject of a "said", "remarks" after "in"?"""
    tokens = art.tokens
    word = tokens[cue.first].norm
    if word in _ATTITUDE_ADJECTIVES:
        return _adjective_after_noun(art, cue)
    if word == "threatening" and cue.first == cue.last:
        k = cue.last + 1
        return (
            k < len(tokens) and art.clean(cue.last) and tokens[k].norm.isalpha()
            and art.text[tokens[k].start].islower() and tokens[k].norm not in _OBJECT_OPENERS
        )
    if word == "label" and cue.first == cue.last:
        # `a computer-printed address label and six stamps`: the noun after a singular noun
        j = cue.first - 1
        return j >= 0 and art.clean(j) and tokens[j].norm.isalpha() and art.text[tokens[j].start].islower() and not (
            is_plural(tokens[j].norm) or tokens[j].norm in _SUBJECT_LIKE
        )  # (a plural subject, "critics label him", but "address", "bus", "analysis" are singular)
    if cue.first == cue.last and (cue.match.entry.weight or 2) < 3 and _subject_of_said(art, cue):
        return True
    if word in ("remarks", "remark") and cue.first == cue.last:
        j = cue.first - 1
        while j >= 0 and cue.first - j <= 3 and art.clean(j) and tokens[j].norm in _REMARKS_MODIFIERS:
            j -= 1
        return j >= 0 and tokens[j].norm == "in" and art.clean(j)
    return False


def _adjective_after_noun(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Is the attitude adjective at the cue set right after a common noun, with no linking verb
    ("people critical of Trump", "others critical of Trump"), not after a name, a comma or a
    word of speech?"""
    tokens, text = art.tokens, art.text
    j = cue.first - 1
    while j >= 0 and art.clean(j) and (tokens[j].norm in _ADVERBS or (tokens[j].norm.endswith("ly") and tokens[j].norm.isalpha())):
        j -= 1
    if j < 0:
        return False
    if not art.clean(j):
        return False  # (after a comma it may tell of the subject: `scrapped some events, wary of overextending him`)
    word = tokens[j].norm
    if word in _LINKING or word in article_text.AUX or word in _SPEECH_NOUNS or not word.isalpha():
        return False
    return text[tokens[j].start].islower() and word not in article_text.PRONOUNS



_DETERMINERS = frozenset("a an the".split())
_SAID = frozenset("said says".split())
_SAID_REACH = 6  # words from the noun to the "said" whose subject it heads: `note on the petition said`


def _subject_of_said(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Is the cue a noun heading the subject of a "said" a few words on, with no punctuation
    between (`“Lives w/mom,” a handwritten note on the petition said.`)?  A determiner right
    before it or before one modifier: the note is what says it, through "said", not a second
    report of its own."""
    tokens, text = art.tokens, art.text
    word = tokens[cue.first].norm
    if word.endswith(("ed", "s", "en", "wn")) or word in IRREGULAR_PAST or word == "read":
        return False  # (a verb: `the poll found`, `the editorial read`, `the email appears to`, `the memo seen by`)
    if cue.last + 1 < len(tokens) and tokens[cue.last + 1].norm == "by":
        return False  # (a participle with its agent: `the memo seen by Reuters said`: Reuters saw it)
    j = cue.first - 1
    if j >= 0 and art.clean(j) and tokens[j].norm not in _DETERMINERS and text[tokens[j].start].islower():
        if is_plural(tokens[j].norm):
            return False  # (`the officials say ...`: a verb agreeing with its plural subject)
        j -= 1
    if j < 0 or not art.clean(j) or tokens[j].norm not in _DETERMINERS:
        return False
    for k in range(cue.last + 1, min(cue.last + 1 + _SAID_REACH, len(tokens))):
        if art.gap(k - 1) != " ":
            return False
        if tokens[k].norm in _SAID:
            return True
    return False
