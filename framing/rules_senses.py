"""Context rules of sense: where a listed word is used in a plain sense or is part of a name.

A `plain_sense` row that swallows a finding ("brutal winter"), "May" the month or the surname,
a capitalised loaded word inside a name ("Rep. Dave Brat"), a verb-only loaded word used as a
noun ("his claims"), and a hedge verb used as the noun that names a thing ("the suspect",
"Estimates of the damage").  Each rule is registered, in its place in the running order, in
framing.rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing.lexicon import Match
from framing import word_index
from framing.genders import is_given_name
from framing.models import Token
from framing.name_words import CALENDAR_WORDS, in_title_case_line
from framing.object_nouns import is_object_noun
from framing.rules_data import KEEP, PLAIN_SENSE, SENTENCE_END, Decision, RuleData, _next

TITLE_CASE_SHARE = 0.5  # a line with at least this share of capitalised words is a title-case headline
MINOR_WORD_LENGTH = 3  # lower-case words this short ("in", "as", "of", "the") are left out of that share


def plain_sense(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A `plain_sense` row ("brutal winter", "heart attack", "make sure") is matched only to
    swallow the shorter finding inside it: detect keeps the longest match, and this drops it."""
    if m.entry.category != PLAIN_SENSE:
        return KEEP
    why = f" ({m.entry.note})" if m.entry.note else ""
    return Decision(False, rule=f"plain-sense: '{m.entry.term}' is a plain use{why}")


MONTH_MAY_DATE = Decision(False, rule="month-may: 'May' here is the month or a name, not the modal")
MONTH_MAY_NAME = Decision(False, rule="month-may: 'May' followed by a finite verb is a name, not the modal")


def connective(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A `connective` word (context_words.tsv: "rather") opening its sentence before a comma links
    the sentence to the last one ("Rather, I was destined to ...": instead), so it softens nothing;
    as a degree adverb it still hedges ("rather harsh", "Rather harsh words followed")."""
    if m.entry.term not in data.connectives:
        return KEEP
    opens = m.first == 0 or tokens[m.first - 1].start < sentence_start
    if opens and text[m.end : m.end + 2].lstrip(" ").startswith(","):
        word = text[m.start : m.end]
        return Decision(False, rule=f"connective: '{word},' opening a sentence links it to the last one, no hedge")
    return KEEP


AFTER_MANNER = frozenset({"or", "to", "if", "when", "as", "so", "than", "with", "at", "for"})  # "treated fairly as", "fairly or not"


def degree_adverb(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A `degree_adverb` (context_words.tsv: "fairly") hedges only grading the word after it
    ("fairly sure", "fairly weak"); after its verb, before a pause, a preposition, a determiner or
    a clause word, it says how a thing was done ("treat him fairly because", "treated fairly."):
    no hedge."""
    if m.entry.term not in data.degree_adverbs:
        return KEEP
    nxt = _next(tokens, m.last + 1)
    pause = not nxt or bool(set(text[m.end : tokens[m.last + 1].start]) - {" "}) or tokens[m.last + 1].start < m.end
    if pause or nxt in data.month_context or nxt in data.determiners or nxt in data.clause_boundaries or nxt in AFTER_MANNER:
        return Decision(False, rule=f"degree-adverb: '{text[m.start : m.end]}' says how a thing was done, grading nothing")
    return KEEP


def month_may(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"May" the month (or the surname) is not the modal: capitalised mid-sentence, next to a
    date, or at the start of a sentence followed by what follows a name ("May said")."""
    tok = tokens[m.first]
    if m.entry.term != "may" or text[tok.start : tok.end] != "May":
        return KEEP
    nxt = _next(tokens, m.first + 1)
    prev = tokens[m.first - 1].norm if m.first > 0 and tokens[m.first - 1].start >= sentence_start else ""
    if nxt[:1].isdigit() or prev[:1].isdigit() or prev in data.month_context or tok.start > sentence_start:
        return MONTH_MAY_DATE
    if nxt in data.name_followers or nxt.endswith("ed"):
        return MONTH_MAY_NAME
    return KEEP


def _is_capitalised(text: str, tok: Token) -> bool:
    word = text[tok.start : tok.end]
    return word[:1].isupper() and not word.isupper()


def proper_name(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A capitalised loaded word the article writes after a given name or a title abbreviation is a
    surname wherever it has its capital, even opening a sentence or in a headline ("Dave Brat ...
    Brat said", "Cantor Loses to Dave Brat").  A capitalised loaded word inside a run of names is
    a name: "Rep. Dave Brat", "Mr. Savage", "Tyson Fury", or the last of a list of them
    ("Smoothie, D-Money and Shifty").  Not at the start of a sentence, and not in a title-case headline, where every
    word is capitalised ("Putin's Brutal Pantomime"), nor right after an opening quotation mark,
    where a quoted sentence or a coined epithet starts ('“Strikingly, Trump leads”', '"Crooked"
    Hillary')."""
    if m.entry.lexicon in ("hedge", "booster") or m.first != m.last:  # (loaded, or a lexicon of the user's own)
        return KEEP
    tok = tokens[m.first]
    if _is_capitalised(text, tok) and not _after_opening_quote(text, tokens, m.first, sentence_start) \
            and _surname_in_article(text, text[tok.start : tok.end], data):
        return PROPER_NAME  # "Brat said", "defeat Brat": the article writes "Dave Brat" or "Mr. Brat" too
    if (tok.start <= sentence_start or not text[tok.start : tok.start + 1].isupper()  # most are lower case
            or not _is_capitalised(text, tok) or _after_opening_quote(text, tokens, m.first, sentence_start)):
        return KEEP
    prev = tokens[m.first - 1] if m.first > 0 and tokens[m.first - 1].start >= sentence_start else None
    nxt = tokens[m.first + 1] if m.first + 1 < len(tokens) else None
    if nxt is not None and SENTENCE_END & set(text[tok.end : nxt.start]):
        nxt = None
    # The last of a list of names: "Smoothie, D-Money and Shifty" (a capitalised word before "and").
    listed = prev is not None and prev.norm in ("and", "or") and m.first > 1 and tokens[m.first - 2].start > sentence_start \
        and _is_capitalised(text, tokens[m.first - 2])
    in_name = (prev is not None and (prev.norm in data.honorifics or (_is_capitalised(text, prev) and prev.start > sentence_start))) or (
        nxt is not None and _is_capitalised(text, nxt)
    ) or listed or _named_subject(text, tokens, m.first, prev, data)
    if not in_name or _title_case(text, tokens, m.first, sentence_start, data.honorifics):
        return KEEP
    return PROPER_NAME


PROPER_NAME = Decision(False, rule="proper-name: a capitalised word inside a name, not the loaded word")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)(\.?)[ \t]+$")


def _surname_in_article(text: str, word: str, data: RuleData) -> bool:
    """Does the article write `word` right after a given name or a title abbreviation ("Dave
    Brat", "Mr. Brat", "Rep. Brat")?  Then it is a surname wherever it is capitalised.  A title
    written out is no evidence: in a headline it stands before a verb ("The Senator Mocks Rivals")."""
    size = len(word)
    for start in word_index.found_at(text, word):
        if start + size < len(text) and (text[start + size].isalnum() or text[start + size] in "-'’"):
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
        if before is None:
            continue
        prev, stop = before.group(1), before.group(2)
        if is_given_name(prev, data.given_names) or (stop and prev[:1].isupper() and prev.lower() in data.honorifics):
            return True
    return False


SENTENCE_OPENERS = frozenset({"and", "but", "or", "so", "yet", "nor"})


def _named_subject(text: str, tokens: Sequence[Token], i: int, prev: Token | None, data: RuleData) -> bool:
    """A first name opening the sentence and the capitalised word after it, followed by a comma or
    by what follows a name ("Dan Gross, president of the Brady Campaign", "Ben Jealous said"):
    the words of a name.  Not after a determiner or a conjunction ("The Dems are", "But Leftists,
    of course")."""
    if prev is None or not _is_capitalised(text, prev) or prev.norm in data.determiners or prev.norm in SENTENCE_OPENERS:
        return False
    if i + 1 >= len(tokens):
        return False
    between = text[tokens[i].end : tokens[i + 1].start]
    return between.strip() == "," or (between.isspace() and tokens[i + 1].norm in data.name_followers)


OPENING_QUOTES = frozenset("“‘«")
STRAIGHT_QUOTES = frozenset("\"'")


def _after_opening_quote(text: str, tokens: Sequence[Token], i: int, sentence_start: int) -> bool:
    """Whether token i starts right after an opening quotation mark: a curly opening mark, or a
    straight one that follows a space, a bracket or a dash (so '," Brat said' is not one)."""
    start = tokens[i].start
    if start == 0:
        return False
    mark = text[start - 1]
    if mark in OPENING_QUOTES:
        return True
    if mark not in STRAIGHT_QUOTES:
        return False
    before = text[start - 2] if start >= 2 else " "
    return before.isspace() or before in "([{—–-:" or start - 1 <= sentence_start


def _title_case(text: str, tokens: Sequence[Token], i: int, sentence_start: int, honorifics: frozenset[str],
                reach: int = 8) -> bool:
    """Whether the line around token i is set in title case: outside the run of capitalised words
    that holds token i (the name itself), most words of the same sentence (up to `reach` each side)
    are capitalised too, or there are no other words at all.  The full stop of an abbreviation
    ("Mr. Brat", "R-Va., acknowledged") ends no sentence, and words capitalised in any prose (a weekday
    or a month: "The vote went to Mr. Brat on Tuesday") are no evidence of title case."""

    def joined(a: int, b: int) -> bool:  # tokens a and b (= a + 1) are in the same sentence
        if tokens[b].start < sentence_start:
            return False
        gap = text[tokens[a].end : tokens[b].start]
        return not SENTENCE_END & set(gap) or _abbreviation_stop(text, tokens, a, gap, honorifics)

    lo = i
    while lo > 0 and i - lo < reach and joined(lo - 1, lo):
        lo -= 1
    hi = i
    while hi + 1 < len(tokens) and hi - i < reach and joined(hi, hi + 1):
        hi += 1
    run_lo, run_hi = i, i
    while run_lo > lo and _is_capitalised(text, tokens[run_lo - 1]):
        run_lo -= 1
    while run_hi < hi and _is_capitalised(text, tokens[run_hi + 1]):
        run_hi += 1
    others = [t for t in (*tokens[lo:run_lo], *tokens[run_hi + 1 : hi + 1]) if text[t.start : t.start + 1].isalpha()]
    if not others:
        return True
    # Title case leaves short articles, prepositions and conjunctions in lower case ("Putin Skips
    # Talks in Turkey as Russia ... Mocks Zelenskyy"; AP: three letters or fewer), so they are
    # no evidence of prose; a line of nothing else ("Dave Brat is in") is prose.
    counted = [t for t in others if not (t.end - t.start <= MINOR_WORD_LENGTH and text[t.start : t.end].islower())
               and not (t.norm in CALENDAR_WORDS and _is_capitalised(text, t))]
    if not counted:
        return False
    return sum(_is_capitalised(text, t) for t in counted) / len(counted) > TITLE_CASE_SHARE


def _abbreviation_stop(text: str, tokens: Sequence[Token], a: int, gap: str, honorifics: frozenset[str]) -> bool:
    """Whether the only sentence-end mark between token a and the next is an abbreviation's full
    stop: after a title ("Mr.", "Rep.", "Sen."), a lone capital ("John F. Kennedy"), or before a
    comma or a lower-case word ("R-Va., acknowledged", "the U.S. and"), where no sentence ends."""
    if gap.count(".") != 1 or SENTENCE_END & set(gap.replace(".", "")) or not gap.startswith("."):
        return False
    word = text[tokens[a].start : tokens[a].end]
    after = text[tokens[a + 1].start : tokens[a + 1].start + 1]
    return tokens[a].norm in honorifics or (len(word) == 1 and word.isupper()) or gap.startswith(".,") or after.islower()


def noun_use(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A word that is loaded only as a verb ("he claimed", which casts doubt on the speaker) is
    plain as a noun: the noun names a statement without judging it.  It is a noun after a
    determiner or a possessive ("his claims", "Trump's claim", "the claim"), and in its -s form
    after a word that takes it as its object ("despite claims", "denied claims", "said claims of
    fraud were false"), the reading the attribution cues share (`framing.object_nouns`).  A
    phrase's first word is read so too: "a cave in Kentucky" is no "cave in" (yielding).

    The determiners are this rule's own: for a loaded word the question is only noun or verb, but
    a cue noun after a determiner still credits words ("his claims that the vote was rigged"), so
    `framing.cue_reading` lets it stand before a that-clause."""
    verb_only = (m.entry.lexicon == "loaded" and m.entry.term in data.verb_only) or m.entry.lexicon in data.noun_use_lexicons
    if not verb_only or m.first == 0:
        return KEEP
    prev = tokens[m.first - 1]
    if prev.start < sentence_start:
        return KEEP
    if prev.norm in data.determiners or prev.norm.endswith(("'s", "’s")) or _plural_possessive(text, prev):
        return Decision(False, rule=f"noun-use: '{m.entry.term}' after '{prev.norm}' is a noun, loaded only as a verb")
    if is_object_noun(text, tokens, m.first, data.noun_markers):
        return Decision(False, rule=f"noun-use: '{m.entry.term}' after '{prev.norm}' is a noun, loaded only as a verb")
    return KEEP


def _plural_possessive(text: str, tok: Token) -> bool:
    """Whether a token is a plural possessive, an "s" with the apostrophe after it ("the victims'
    claims", "the neocons’ claims"): the tokeniser keeps only inner apostrophes, so it is read from the
    text."""
    return tok.norm.endswith("s") and text[tok.end : tok.end + 1] in ("'", "’") and text[tok.end + 1 : tok.end + 2] == " "


# What follows a noun and not the verb of the same spelling: a preposition, a form of "be" or
# "have", a conjunction, or a verb that says what figures do ("estimates show", "estimates put
# the total at"); the verb takes a clause or an object ("estimate that", "suspect it").
NOUN_FOLLOWERS = frozenset({
    "of", "for", "on", "in", "by", "from", "within", "about", "and", "or",
    "is", "was", "are", "were", "be", "been", "has", "have", "had",
    "show", "showed", "shows", "put", "puts", "suggest", "suggested", "suggests",
    "who", "whose",  # "a homicide suspect who police say shot himself": a person, the noun
})
# Verbs that say figures disagree: "Estimates vary", "estimates of the toll ranged from 3 to 30":
# the writer tells the reader the figure is uncertain, a hedge (CoNLL-2010's annotators agree).
DISAGREE_VERBS = frozenset({"vary", "varies", "varied", "differ", "differs", "differed", "range", "ranges", "ranged", "conflict"})
DISAGREE_REACH = 6  # words from the noun to its verb: "Prevalence estimates within clinical settings have varied"
# Words before the word that make it the adjective "suspect" (doubtful), a hedge: "is suspect", "quite suspect".
ADJECTIVE_BEFORE = frozenset({"is", "was", "are", "were", "be", "been", "being", "seems", "seemed", "looks", "remains",
                              "quite", "very", "highly", "deeply", "somewhat", "rather", "too", "so", "more", "most"})
# Words after which the word is the verb: "can estimate", "we estimate", "still suspect".
VERB_BEFORE = frozenset({"can", "could", "may", "might", "will", "would", "should", "must", "we", "i", "you", "they",
                         "not", "also", "still", "now"})
NAMING_NOUN_PAUSE = frozenset(",;:.!?)—–\"”")  # marks after the word that end its phrase: "official estimates —"


def naming_noun(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A hedge verb with a noun of the same spelling (`naming_noun` rows of context_words.tsv, in
    the noun's -s form: "estimates", "suspects", "hints") hedges only as a verb ("analysts estimate that", "officials
    suspect it").  The noun names a figure, a person or a clue, and the writer weighs nothing:
    "Estimates of the damage ran high", "a new estimate on costs", "police identified the suspect",
    "a valuable hint".  It is a noun after a determiner, a possessive, a number or a noun marker
    ("the estimate", "a 2014 estimate", "despite estimates"); before a preposition, "be", "have",
    a conjunction or a pause ("estimates of", "the suspect is", "official estimates —"); or in its
    -s form opening its sentence ("Estimates put the toll at").  It stays a hedge where the writer
    says the figures disagree ("Estimates vary", "estimates ... ranged from 3 to 30"), as the
    adjective ("the timing is quite suspect"), and as a participle ("an estimated 40 people",
    "suspected cases"); after "to" or a modal it is the verb ("hard to estimate").  Runs after
    `named_holder`, so "the Tax Policy Center estimates." is a named view, not a noun."""
    if m.entry.lexicon != "hedge" or m.entry.term + "s" not in data.naming_nouns or m.first != m.last:
        return KEEP
    tok = tokens[m.first]
    word = tok.norm
    if word not in (m.entry.term, m.entry.term + "s"):
        return KEEP  # "estimated", "suspecting": the verb
    prev = tokens[m.first - 1] if m.first > 0 and tokens[m.first - 1].start >= sentence_start else None
    if prev is not None and not text[prev.end : tok.start].isspace():
        prev = None  # "officials — estimate": nothing said about the word before
    if prev is not None and (prev.norm == "to" or prev.norm in VERB_BEFORE or prev.norm.endswith("n't")
                             or prev.norm in ADJECTIVE_BEFORE):
        return KEEP  # "hard to estimate", "can estimate": the verb; "is suspect": the adjective
    if _figures_disagree(text, tokens, m.last):
        return KEEP
    if prev is not None and (prev.norm in data.determiners or prev.norm in data.articles or prev.norm.endswith(("'s", "’s"))
                             or prev.norm[:1].isdigit() or prev.norm in data.quantities
                             or is_object_noun(text, tokens, m.first, data.noun_markers)):
        return _naming_noun_decision(word, f"after '{prev.norm}'")
    nxt = tokens[m.first + 1] if m.first + 1 < len(tokens) else None
    after = text[tok.end : nxt.start] if nxt is not None else ""
    if nxt is None or set(after) & NAMING_NOUN_PAUSE:
        return _naming_noun_decision(word, "before a pause")
    if after.isspace() and nxt.norm in NOUN_FOLLOWERS:
        return _naming_noun_decision(word, f"before '{nxt.norm}'")
    if prev is None and word.endswith("s") and tok.start <= sentence_start + 1:
        return _naming_noun_decision(word, "opening its sentence")
    where = headline_subject(text, tokens, m, sentence_start, data)
    return KEEP if where is None else _naming_noun_decision(word, where)


def headline_subject(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> str | None:
    """Where a one-word match stands as a headline's noun subject, before a verb form of its own
    (`headline_verb`): opening its sentence ("Suspect held") or ending the capitalised words that
    open a Title Case headline ("Pipe Bomb Suspect Arrested"); None elsewhere."""
    tok = tokens[m.first]
    nxt = tokens[m.first + 1] if m.first + 1 < len(tokens) else None
    if nxt is None or not text[tok.end : nxt.start].isspace() or not headline_verb(nxt.norm, tok.norm == m.entry.term, data):
        return None
    if tok.start <= sentence_start + 1 and (m.first == 0 or tokens[m.first - 1].start < sentence_start):
        return f"opening its sentence before '{nxt.norm}'"
    if m.first > 0 and tokens[m.first - 1].start >= sentence_start and _title_case_subject(text, tokens, m.first, sentence_start):
        prev = tokens[m.first - 1]
        return f"ending a headline's subject ('{text[prev.start : prev.end]} {text[tok.start : tok.end]}') before '{nxt.norm}'"
    return None


# Words ending in -s after the bare verb that are its object, not a verb of the noun before them:
# "Suspect his motives", "Suspect this", "Suspect us".
_S_OBJECTS = frozenset({"his", "its", "this", "us", "yours", "hers", "ours", "theirs", "others", "as", "is", "was"})


def headline_verb(word: str, bare: bool, data: RuleData) -> bool:
    """A verb form that makes the word before it a headline's noun subject: a regular past or
    participle ("Suspect arrested", "Suspect died"), an irregular one of inflections.tsv ("Suspect
    held", "Suspect shot"), or after the bare form a verb in -s ("Suspect dies", "Suspect pleads
    guilty").  The verb itself opening a sentence is an imperative, which takes an object or a
    clause ("Suspect that something is wrong", "Suspect his motives"), never one of these."""
    if not word.isalpha():
        return False
    if len(word) >= 4 and word.endswith("ed") or word in data.irregular_past:
        return True
    return bare and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) \
        and word not in _S_OBJECTS and word not in data.determiners


def _title_case_subject(text: str, tokens: Sequence[Token], i: int, sentence_start: int) -> bool:
    """Is the word at `i` the last of the capitalised words opening a Title Case headline ("Pipe
    Bomb Suspect Arrested")?  There every word before it is capitalised and part of its noun."""
    if not in_title_case_line(text, tokens[i].start):
        return False
    j = i
    while j > 0 and tokens[j - 1].start >= sentence_start:
        j -= 1
        if not text[tokens[j].start : tokens[j].start + 1].isupper() or not text[tokens[j].end : tokens[j + 1].start].isspace():
            return False
    return True


def _figures_disagree(text: str, tokens: Sequence[Token], last: int) -> bool:
    """Whether a verb saying the figures disagree ("vary", "differ", "ranged") follows the noun
    within a few words of its clause: "Estimates vary", "estimates for other billionaires vary
    widely", "Prevalence estimates within clinical settings have varied"."""
    for j in range(last + 1, min(last + 1 + DISAGREE_REACH, len(tokens))):
        if set(text[tokens[j - 1].end : tokens[j].start]) & (SENTENCE_END | {";", ":"}):
            return False
        if tokens[j].norm in DISAGREE_VERBS:
            return True
    return False


def _naming_noun_decision(word: str, where: str) -> Decision:
    return Decision(False, rule=f"naming-noun: '{word}' {where} is a noun naming a thing, not the writer's hedge")
