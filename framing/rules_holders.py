"""The context rule of a named holder: a hedge verb of a view ("believe", "suggest", "estimate")
after the one who holds it reports that person's view, an attribution, not the writer's hedge.

"Jones believed the issue was land", "Loomis further suggests that the story is older", "He
sarcastically suggests", "the home secretary believes" report a view; "The report suggests that
prices will rise", "Research suggests", "Investigators believe" weigh evidence or credit no one,
and stay the writer's hedge.  Apart from framing.rules_vagueness, whose rules decide when the
same verbs hedge after an unnamed group ("critics believe", "many suggest"), because this one
asks who a single subject is: a name, a pronoun, a role, or a thing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing import word_index
from framing.genders import is_given_name
from framing.lexicon import Match
from framing.models import Token
from framing.name_runs import run_name, runs_by_last_name
from framing.name_words import PERSON_TITLES, in_title_case_line
from framing.plural_nouns import IRREGULAR_PLURALS, is_plural
from framing.rules_data import EPISTEMIC_VERB, KEEP, Decision, RuleData
from framing.rules_senses import headline_subject
from framing.rules_vagueness import PAUSE, _named_elsewhere, _person_named

FILLER_REACH = 3  # words between a holder and its verb: "Loomis has also long suggested"
# Pronouns that stand for a person named before: "He further suggests" reports that person's view
# ("he/she suggest", "he/she believe" are plain-sense rows of hedge.tsv; "it" and "they" may be a
# report or the data, "we" and "I" the writer).
PERSON_PRONOUNS = frozenset({"he", "she"})
# A lower-case adverb of manner between a holder and the verb: "sarcastically suggests".
_ADVERB_RE = re.compile(r"[a-z]{3,}ly")
# Endings of common nouns, not of surnames: "Tradition", "Politics", "Analysis", "Scholarship".
_NOUN_ENDINGS = ("ion", "ity", "ism", "ment", "ness", "ogy", "ics", "ysis", "ship", "thing", "ure")


def named_holder(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """An opinion verb ("believe", "suggest", "speculate": the `vague_head` verbs) or another hedge
    verb of a holder's own view (`holder_verb`: "indicate", "estimate", "hint") right after a name
    reports that person's view, an attribution, not the writer's hedge: "Jones believed the issue
    was land", "in 1947, Menon suggested a vote", "Mrs. Clinton indicated", "the Conservatives
    still believe".  "Seem" and "appear" are not among them: "Jones seemed upset" is the writer's.  A name
    is a capitalised word that does not open its sentence (there it may be any word: "Investigators
    believe"); after an unnamed group or a quantifier ("critics believe", "many suggest") the
    other rules make the hedge; a name after a preposition is inside a phrase, not the subject
    (the prepositions are the `month_context` words: "in", "on", "by", "of", "from", ...).
    "He/she/they believe" are plain-sense rows of hedge.tsv, and "he"/"she" hold the view across an
    adverb too ("He further suggests"); so does any holder ("Schopenhauer sarcastically suggests").  A role is a holder too, named by
    what it is ("the home secretary believes", "Trump's lawyer suggested": `_role_holder`), and so
    is a group whose name is a name (a `named_group` row opening the sentence, "Republicans have
    estimated"; any group noun written with a capital inside it, "the Conservatives still
    believe"): the attribution reports their view (framing.attribution)."""
    if m.entry.category != EPISTEMIC_VERB or m.entry.term not in data.holder_verbs:
        return KEEP
    if _noun_before_a_verb(text, tokens, m, sentence_start, data):
        return KEEP  # "Pipe Bomb Suspect Arrested": the noun, which `naming_noun` reads
    i = m.first - 1
    while i > 0 and m.first - i <= FILLER_REACH and (tokens[i].norm in data.group_fillers or _ADVERB_RE.fullmatch(text, tokens[i].start, tokens[i].end)):
        i -= 1
    if i < 0 or tokens[i].start < sentence_start:
        return KEEP
    holder = tokens[i]
    named = Decision(False, rule=f"named-holder: '{text[holder.start : holder.end]} {tokens[m.first].norm}' reports a named view")
    if holder.norm in PERSON_PRONOUNS:
        return named  # "He further suggests", "she strongly believes"
    if i == 0 or tokens[i - 1].start < sentence_start:
        # Opening its sentence a capitalised word may be any word ("Investigators believe"); it is a
        # name when the article writes it as one elsewhere ("..., Hoover said. Hoover estimated";
        # "Jane Loomis ... Loomis further suggests"), or a group's name ("Republicans have
        # estimated"), or a given name or a lone surname (`_lone_surname`: "Loomis further suggests").
        if holder.norm in data.named_groups:
            return named
        if holder.norm in data.quantifiers or holder.norm in data.vague_heads:
            return KEEP
        if _named_elsewhere(text, holder) or _person_named(text, holder, data.given_names) \
                or _surname_of_a_named_person(text, holder, data) or _lone_surname(text, tokens, i, m, data) \
                or _headline_holder(text, tokens, i, m, data):
            return named
        return KEEP
    if not text[holder.start : holder.start + 1].isupper():
        return named if _role_holder(text, tokens, i, sentence_start, data) else KEEP
    if holder.norm in data.quantifiers:
        return KEEP
    before = tokens[i - 1].norm
    if holder.norm in data.vague_heads and (
        not holder.norm.endswith("s") or before in data.quantifiers or before in data.vague_quantifiers
        or in_title_case_line(text, holder.start)
    ):
        # A group noun is named by its capital inside a sentence ("the Conservatives still
        # believe", "Shi`a Muslims believe"), not after a quantifier ("some Muslims believe") nor
        # in a headline, where every word has one ("Critics Say").
        return KEEP
    # A name inside a phrase is not the verb's subject: "figures reported on Sunday now suggest",
    # "emails combed through by Vox suggest", "a gaffe by House leader Kevin McCarthy suggested".
    j = i
    while j > 0 and tokens[j - 1].start >= sentence_start and text[tokens[j - 1].start : tokens[j - 1].start + 1].isupper():
        j -= 1
    k = j - 1
    if k >= 0 and (tokens[k].norm == "the" or tokens[k].norm in data.articles):
        k -= 1
    if k >= 0 and tokens[k].start >= sentence_start and tokens[k].norm in data.month_context:
        return KEEP
    return named


def _noun_before_a_verb(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> bool:
    """Is a hedge verb spelt as a noun (a `naming_noun` row: "suspect", "estimate") a headline's
    subject before a verb of its own ("Pipe Bomb Suspect Arrested", "Bomb Suspect Held Without
    Bail")?  Then it is the noun, and the capitalised word before it part of its name ("Bomb"), no
    holder of a view (`rules_senses.headline_subject`)."""
    if m.entry.term + "s" not in data.naming_nouns or m.first != m.last:
        return False
    return headline_subject(text, tokens, m, sentence_start, data) is not None


_POSSESSIVES = frozenset("his her their its our my your".split())
ROLE_MODIFIERS = 3  # lower-case words a role may take between "the" and itself: "the former home secretary"


def _role_holder(text: str, tokens: Sequence[Token], i: int, sentence_start: int, data: RuleData) -> bool:
    """Is the lower-case word at `i` a role held by one person the sentence points at, the subject
    of the verb after it: "the home secretary believes", "the pawnshop owner believes", "Trump's
    lawyer suggested"?  Their view is reported, as a name's is.  Not "a senior official believes"
    (unnamed), nor a role inside a phrase ("a letter to the secretary suggests")."""
    if tokens[i].norm not in PERSON_TITLES and tokens[i].norm not in data.role_nouns:
        return False  # (a role besides the titles: a `role_noun` row of context_words.tsv)
    j = i - 1
    while j >= 0 and i - j <= ROLE_MODIFIERS and tokens[j].start >= sentence_start:
        if set(text[tokens[j].end : tokens[j + 1].start]) & PAUSE:
            return False
        norm = tokens[j].norm
        if norm == "the" or norm in _POSSESSIVES or norm.endswith(("'s", "’s")):
            k = j - 1  # the phrase opens the clause, not a phrase after a preposition
            return k < 0 or tokens[k].start < sentence_start or tokens[k].norm not in data.month_context and tokens[k].norm not in ("to", "for", "with", "about")
        if not text[tokens[j].start : tokens[j].start + 1].islower() and not norm.endswith(("'s", "’s")):
            return False
        j -= 1
    return False


def _lone_surname(text: str, tokens: Sequence[Token], i: int, m: Match, data: RuleData) -> bool:
    """Is the capitalised word at `i`, opening its sentence before the hedge verb `m`, a surname
    though the article names no one by it elsewhere ("Loomis further suggests that the story is
    older", "Bennett speculates that", "Crone believes": a lone sentence of an encyclopaedia)?  A
    given name is ("Grant believed").  Otherwise a word shaped as a name (a capital, then lower
    case) that is no thing (`thing_subject` rows of context_words.tsv: "Research", "History",
    "This"; common-noun endings: "Tradition", "Politics"), no word the article also writes in
    lower case, and no plural: the verb must agree with one holder ("suggests", not "suggest";
    "Polls suggested" has a plural before it).  A verb spelt as a noun too (a `naming_noun` row:
    "Prevalence estimates within clinics") is left to the rule that reads it.  Not in a headline, where every word has a capital."""
    word = text[tokens[i].start : tokens[i].end]
    norm = tokens[i].norm
    if is_given_name(word, data.given_names):
        return True
    if not (len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    verb = tokens[m.first].norm
    if verb == m.entry.term or m.entry.term + "s" in data.naming_nouns or norm in PERSON_TITLES or any(norm in words for words in (
        data.thing_subjects, data.determiners, data.month_context, data.specifiers, data.predicative_followers
    )):
        return False  # ("Data suggest": a plural; "Research suggests", "This suggests": no person)
    singular = verb.endswith("s") or any(t.norm in SINGULAR_VERBS for t in tokens[i + 1 : m.first]) or _singular_elsewhere(text, word)
    if norm.endswith(_NOUN_ENDINGS) or (not singular and _common_plural(text, norm, data)):
        return False
    if in_title_case_line(text, tokens[i].start) or set(text[tokens[i].end : tokens[m.first].start]) & PAUSE:
        return False
    return not _written_lower(text, norm)


def _headline_holder(text: str, tokens: Sequence[Token], i: int, m: Match, data: RuleData) -> bool:
    """Is the one capitalised word opening a Title Case headline, right before the hedge verb in
    -s and its object, the person who holds the view: "Trump Suspects Foul Play", "Obama
    Believes Deal Is Near", "Pelosi Estimates Vote Count"?  A headline has no other sentence to
    name its people, and every word in it has a capital (so `_lone_surname` leaves it), but a
    lone word before a verb that agrees with one holder and takes an object is its subject.  Not
    when the verb is a noun of its own before a verb ("Bomb Suspects Held": `_noun_before_a_verb`)
    or before a preposition or nothing ("Bomb Suspects in Court", "Poll Estimates"), nor a
    thing, a group or a role ("Research Suggests ...", "Police Suspect ...", "Officials Believe
    ...") or a plural ("Democrats Suspect ...": a named group is read above)."""
    if i != m.first - 1 or m.first != m.last or not in_title_case_line(text, tokens[i].start):
        return False
    word = text[tokens[i].start : tokens[i].end]
    verb = text[tokens[m.first].start : tokens[m.first].end]
    norm = tokens[i].norm
    if not (len(word) >= 3 and word.isalpha() and word[0].isupper() and word[1:].islower()) or norm.endswith("s"):
        return False
    if not (verb[:1].isupper() and verb.endswith("s")) or norm.endswith(_NOUN_ENDINGS) or norm in PERSON_TITLES or any(
        norm in words for words in (data.thing_subjects, data.role_nouns, data.vague_heads, data.quantifiers,
                                    data.determiners, data.month_context, data.specifiers, data.predicative_followers)
    ):
        return False
    if m.last + 1 >= len(tokens) or text.find("\n", tokens[m.last].end, tokens[m.last + 1].start) >= 0:
        return False  # nothing after the verb on its line: "Bomb Suspects"
    after = tokens[m.last + 1]
    return after.norm.isalpha() and after.norm not in data.month_context and text[after.start : after.start + 1].isupper()


def _surname_of_a_named_person(text: str, holder: Token, data: RuleData) -> bool:
    """Is the capitalised word opening its sentence the last word of a person the article names
    in full ("Bernard M. Sanders spoke in Iowa. ... Sanders suggested", "B. J. Walters ... Walters
    believes")?  The article says who its people are: a name run whose first word is a given name
    or an initial.  `_person_named` reads only the word right after a given name or a title, so
    a middle initial hid the surname, and a lone "Sanders" in -ers reads as a plural
    ("Researchers").  No thing, role or group noun ("Reports", "Lawyers", "Scientists"):
    "Christian Scientists" is no person called Scientists.  A word the article also writes in
    lower case may still be the surname ("Lawrence H. Summers ... the summers were hot")."""
    word = text[holder.start : holder.end]
    if not (len(word) >= 2 and word.isalpha() and word[0].isupper() and word[1:].islower()):
        return False
    norm = holder.norm
    if norm in PERSON_TITLES or any(norm in words for words in (data.thing_subjects, data.role_nouns, data.vague_heads)):
        return False
    return _named_in_full(text, word, data.given_names)


_INITIAL_RE = re.compile(r"[A-Z]\.")
_last_runs: tuple[str, dict[str, list[tuple[str, int]]]] | None = None


def _named_in_full(text: str, word: str, given_names: dict[str, str] | None) -> bool:
    """Does the article name a person in full with `word` as last word: a capitalised run,
    outside Title Case lines, giving a name of two words or more that opens with a given name or
    an initial ("Bernard M. Sanders", "Sen. Bernie Sanders", "B. J. Walters")?  The article's runs
    by last word are found in one pass and kept for its next question (as `_titled_words` keeps
    its words); a question reads only the runs ending in `word`, so a long text whose people are
    never asked about costs that one pass."""
    global _last_runs
    if _last_runs is None or _last_runs[0] is not text:
        _last_runs = (text, runs_by_last_name(text))
    for run, start in _last_runs[1].get(word, ()):
        name = run_name(run)[1]
        if name is None or name.rsplit(None, 1)[-1] != word:
            continue
        first = name.split(None, 1)[0]
        if (_INITIAL_RE.fullmatch(first) or is_given_name(first, given_names)) and not in_title_case_line(text, start):
            return True
    return False


# Verbs that agree with one subject only: "Sanders has suggested", "Sanders is a senator", "Sanders says".
SINGULAR_VERBS = frozenset({"has", "is", "was", "does", "says"})


def _singular_elsewhere(text: str, word: str) -> bool:
    """Does the article put the capitalised -s word before a verb that agrees with one subject
    only ("Sanders is", "Sanders has", "Sanders says")?  Then it names one person, not a plural
    ("Researchers" never takes "is"), however it reads."""
    size = len(word)
    for start in word_index.found_at(text, word):
        after = text[start + size : start + size + 6]
        if text[start : start + size] == word and (start == 0 or not text[start - 1].isalnum()) \
                and after[:1] == " " and after[1:].split(" ", 1)[0].rstrip(".,;:") in SINGULAR_VERBS:
            return True
    return False


# Endings of a person's noun in the singular: "Investigators", "Engineers", "Economists", "Residents".
_AGENT_ENDINGS = ("or", "er", "eer", "ist", "ian", "ant", "ent")


def _common_plural(text: str, norm: str, data: RuleData) -> bool:
    """Is the -s word opening a sentence before a past form the plural of a common noun ("Polls
    suggested", "Studies indicated", "Investigators believed"), not a surname that ends in -s
    ("Jones suggested", "Adams believed", "Williams believed")?  The past form agrees with both,
    so the word itself must tell: one of its singulars ("poll", "study"; "analysis" of "analyses")
    is a `thing_subject` row, a person's role, a verb that reports ("Estimates", "Claims"), or has
    a common noun's ending ("-ion", "-ment") or a person noun's ("-or", "-er", "-ist": so a lone "Sanders
    suggested" stays a hedge, unless a singular verb tells it is one person: `_lone_surname`), or the
    article writes it in lower case.  No dictionary: a plural none of these
    know is read as a surname."""
    if norm in IRREGULAR_PLURALS:
        return True
    if not is_plural(norm):
        return False
    singulars = {norm[:-1]}
    if norm.endswith("es"):
        singulars |= {norm[:-2], norm[:-2] + "is"}  # "churches", "analyses"
    if norm.endswith("ies"):
        singulars.add(norm[:-3] + "y")  # "studies"
    return any(
        w in data.thing_subjects or w in data.role_nouns or w in PERSON_TITLES or w in data.group_verbs
        or w.endswith(_NOUN_ENDINGS) or w.endswith(_AGENT_ENDINGS) or _written_lower(text, w)
        for w in singulars
    )


def _written_lower(text: str, word: str) -> bool:
    """Does the article write the lower-case `word` as a whole word ("research", "tradition")?"""
    size = len(word)
    return any(
        (start == 0 or not text[start - 1].isalnum()) and (start + size >= len(text) or not text[start + size].isalnum())
        for start in word_index.found_at(text, word)
    )
