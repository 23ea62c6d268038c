"""Context rules of vagueness: when an approximator, a vague quantifier, an unnamed group or
"certain" hedges, a judgement in the passive credited to no one, and when the same words just
count, name or credit someone (a hedge verb after one named holder: framing.rules_holders).

"about 40 people" but not "about the plan"; "many critics say" but not "many buildings
collapsed"; "critics say" but not "his critics said"; "certain officials" (a hedge) but "she is
certain" (a booster); "the plan was criticized" but not "was criticized by the UN".  Each rule
is registered, in its place in the running order, in framing.rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from framing import word_index
from framing.genders import is_given_name
from framing.lexicon import Match
from framing.name_words import PERSON_TITLES
from framing.plural_nouns import is_plural
from framing.models import Token
from framing.rules_data import (
    AGENTLESS_PASSIVE,
    EPISTEMIC_VERB,
    KEEP,
    QUANTITY_APPROXIMATOR,
    SENTENCE_END,
    VAGUE_GROUP,
    VAGUE_QUANTIFIER,
    Decision,
    RuleData,
    _next,
)


PAUSE = frozenset(",;:()–—") | SENTENCE_END  # marks that end a phrase (a dash too: "activists — showed")


def quantity_approximator(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"about", "around", "some", "up to", "close to" hedge only before a number or quantity:
    "about 40 people", "around a dozen", "some 300 troops" — not "about the plan"."""
    if m.entry.category != QUANTITY_APPROXIMATOR:
        return KEEP
    nxt = _next(tokens, m.last + 1)
    if nxt in data.articles:
        nxt = _next(tokens, m.last + 2)
    if nxt[:1].isdigit() or nxt in data.quantities:
        return KEEP
    if m.entry.term in data.vague_quantifiers and _vague_group(text, tokens, m, data):
        return Decision(True, rule=f"vague-quantifier: '{m.entry.term}' names an unspecified group")
    return Decision(False, rule=f"approximator: '{m.entry.term}' is not before a number")


def _vague_group(text: str, tokens: Sequence[Token], m: Match, data: RuleData) -> bool:
    """Whether a vague quantifier stands for an unspecified group of people or cases: before a
    group noun or an opinion verb, perhaps after one adjective ("many critics", "some believe",
    "in many cases", "several prominent economists"), or standing for people before a verb of
    saying or thinking ("some have long argued", "many also believe"), perhaps with the
    circle it comes from ("many in the administration felt", "some on each side wished").
    Phrases such as "by many", "some of" are hedge rows of their own."""
    if _next(tokens, m.last + 1) in data.vague_heads or _next(tokens, m.last + 2) in data.vague_heads:
        return True
    if m.entry.term in data.vague_quantifiers and _next(tokens, m.last + 1) in data.people_nouns:
        return not _people_counted(text, tokens, m.last + 2, data)
    if m.entry.term in data.vague_quantifiers and _generic_plural_subject(text, tokens, m, data):
        return True
    i = m.last + 1
    if _next(tokens, i) in data.month_context and _next(tokens, i) != "of":  # "many in the party felt"
        j = _after_topic(text, tokens, i, data)
        return j != i and not tokens[j].norm.endswith("ing")
    while _next(tokens, i) in data.group_fillers and i - m.last <= 3:
        i += 1
    return (i > m.last + 1 and _next(tokens, i) in data.group_verbs) or _unnamed_holders(text, tokens, m.last + 1, data)


# Words after "some" + a plural noun that are no verb of it: a preposition, a comparison, a
# relative clause or a time phrase ("some atoms like helium", "some calls into the hotline",
# "some reasons not to", "Some days later").
NOT_VERBS_AFTER_GROUP = frozenset({"like", "such", "as", "than", "and", "or", "but", "nor", "who", "which", "that", "to",
                                   "not", "later", "earlier", "ago", "before", "after", "into", "between", "with",
                                   "without", "within", "about", "during", "per"})
# Words after which "some" opens a clause (besides a mark or the sentence's start).
CLAUSE_OPENERS = frozenset({"and", "but", "while", "although", "though", "because", "since", "so", "that", "where",
                            "when", "if", "however", "whereas"})
GROUP_ADVERBS = frozenset({"also", "still", "even", "often", "now"})  # between the noun and its verb: "some smokers also avoid"


def _generic_plural_subject(text: str, tokens: Sequence[Token], m: Match, data: RuleData) -> bool:
    """Is "some" the start of a clause's subject, a plural common noun, said of its kind at large
    by a verb that is no past and no event: "Some smokers also avoid mixing", "some species have
    little or no circulatory system", "Some candidates have called for", "some witnesses ... say"?
    Then it is a vague group, as "some critics" is.  A past or an event tells an episode and
    counts ("Some farmers reported losses", "some houses collapsed"); "some" inside a phrase
    or as an object counts too ("built some houses", "as well as some atoms like helium")."""
    if m.first > 0:
        prev = tokens[m.first - 1]
        if not set(text[prev.end : tokens[m.first].start]) & PAUSE and prev.norm not in CLAUSE_OPENERS:
            return False
    n = m.last + 1
    if n >= len(tokens) or set(text[tokens[m.last].end : tokens[n].start]) & PAUSE:
        return False
    noun = text[tokens[n].start : tokens[n].end]
    if not (noun.isalpha() and noun.islower() and is_plural(noun)):
        return False
    k = n + 1
    while k < len(tokens) and k - n <= 3 and (tokens[k].norm.endswith("ly") or tokens[k].norm in GROUP_ADVERBS):
        k += 1
    if k >= len(tokens) or set(text[tokens[k - 1].end : tokens[k].start]) & PAUSE:
        return False
    word, w = text[tokens[k].start : tokens[k].end], tokens[k].norm
    if not (word.isalpha() and word.islower()) or w.endswith("ing") or w in NOT_VERBS_AFTER_GROUP \
            or w in data.month_context or w in data.determiners or w in data.articles:
        return False
    return not (w in data.event_verbs or w in PAST_AUXILIARIES or (len(w) >= 4 and w.endswith("ed"))
                or (w in data.irregular_past and not w.endswith("s")))


PEOPLE_VERB_REACH = 3  # words after "some people" to its verb, over adverbs: "some people incorrectly use"
PAST_AUXILIARIES = frozenset({"was", "were", "had", "did"})


def _people_counted(text: str, tokens: Sequence[Token], i: int, data: RuleData) -> bool:
    """Does the verb after "some people" (from `i`, over adverbs and `group_filler` words) tell an
    episode, so the phrase counts those it happened to: a past form ("some people left", "some
    people ran to safety", "some people were yawning") or an event verb ("some people injured in
    the blast")?  A present, a modal or no verb at all makes a statement about people at large,
    a vague group: "Some people avoid dairy products", "some people would experience", "can
    confuse some people on first viewing"."""
    for k in range(i, min(i + PEOPLE_VERB_REACH, len(tokens))):
        if set(text[tokens[k - 1].end : tokens[k].start]) & PAUSE:
            return False
        word = tokens[k].norm
        if word in data.event_verbs or word in PAST_AUXILIARIES or (len(word) >= 4 and word.endswith("ed")) \
                or (word in data.irregular_past and not word.endswith("s")):
            return True
        if not (word.endswith("ly") or word in data.group_fillers) or word in ("have", "would", "will", "may", "might"):
            return False
    return False


# Auxiliaries allowed before the view verb: "some scholars have argued", "many do not think".
AUXILIARIES = frozenset({"have", "has", "had", "do", "does", "did", "not", "don't", "doesn't", "didn't"})
AFTER_PARTICIPLE = frozenset({"by", "in", "on", "at", "from", "to", "as", "for", "with", "of"})  # "some patients suspected of"


def _unnamed_holders(text: str, tokens: Sequence[Token], i: int, data: RuleData) -> bool:
    """Whether the words after a vague quantifier name unnamed holders of a view: any plural noun,
    perhaps after one or two modifiers, or "who", then a verb crediting a view (`view_verbs`: the
    opinion verbs and the reporting verbs of stance "thought", "tentative", "lowering"), perhaps
    after "have", "do not" and `group_filler` words: "some people prefer", "most people would consider",
    "some ancient manuscripts argue", "some police officers believe", "some who had hoped".  Not a verb of acting or a reduced
    relative clause: "many buildings collapsed", "several enclaves known as", "some patients
    suspected of"."""
    for k in range(i, min(i + 3, len(tokens))):
        if set(text[tokens[k - 1].end : tokens[k].start]) & PAUSE:
            return False
        word = tokens[k].norm
        if not word.isalpha() or word in data.determiners or word in data.month_context:
            return False
        if is_plural(word) and is_plural(_next(tokens, k + 1)) and not set(text[tokens[k].end : tokens[k + 1].start]) & PAUSE:
            continue  # a plural noun that modifies the next: "some police officers", "some sports fans"
        if is_plural(word) or (k == i and word == "who"):
            j = k + 1
            while (_next(tokens, j) in data.group_fillers or _next(tokens, j) in AUXILIARIES) and j - k <= 3:
                j += 1
            verb = _next(tokens, j)
            if verb not in data.view_verbs or set(text[tokens[k].end : tokens[j].start]) & PAUSE:
                return False
            if j > k + 1:  # after "have" or an adverb the verb is finite: "some who had hoped for"
                return True
            return not verb.endswith(("en", "wn")) and not (verb.endswith("ed") and _next(tokens, j + 1) in AFTER_PARTICIPLE)
    return False


def vague_quantifier(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"many", "several", "numerous", "most" hedge only as weasel words, for an unspecified group
    ("many critics say", "many believe", "in many ways"); "many buildings collapsed" counts
    buildings.  After a determiner or a possessive the group is named, or "most" is a superlative:
    "his many critics", "the most conservative members", "Congress's most outspoken critics"; after
    "one of" it counts: "one of several lawmakers to announce"."""
    if m.entry.category != VAGUE_QUANTIFIER:
        return KEEP
    if m.first > 0 and tokens[m.first - 1].start >= sentence_start:
        prev = tokens[m.first - 1].norm
        if prev in data.determiners or prev in data.specifiers or prev.endswith(("'s", "’s")):
            return Decision(False, rule=f"vague-quantifier: '{prev} {m.entry.term}' names the group or is a superlative")
        if prev == "how":  # "how many voters believe": a question of number, nothing credited
            return Decision(False, rule=f"vague-quantifier: 'how {m.entry.term}' asks a number")
        if (prev[:1].isdigit() or prev in data.quantities) and m.first > 1 and tokens[m.first - 2].start >= sentence_start and (
                tokens[m.first - 2].norm in data.determiners or tokens[m.first - 2].norm.endswith(("'s", "’s"))):
            # "the 10 most populous cities", "the nation's five most popular": a superlative ("By 2004 most hotels" is not)
            return Decision(False, rule=f"vague-quantifier: '{tokens[m.first - 2].norm} {prev} {m.entry.term}' is a superlative")
        if prev == "of" and m.first > 1 and tokens[m.first - 2].start >= sentence_start:
            one = tokens[m.first - 2].norm  # "one of several lawmakers to announce": a count
            if one == "one" or one[:1].isdigit() or one in data.quantities:
                return Decision(False, rule=f"vague-quantifier: '{one} of {m.entry.term}' counts members of a group")
    nxt = _next(tokens, m.last + 1)
    if m.entry.term == "most" and len(nxt) > 4 and nxt.endswith("ly"):
        return Decision(False, rule=f"vague-quantifier: 'most {nxt}' is a superlative, not a quantity")
    if (m.first > 0 and tokens[m.first - 1].start >= sentence_start and tokens[m.first - 1].norm in data.count_verbs
            and (nxt in data.place_groups or _next(tokens, m.last + 2) in data.place_groups)):
        # "Trump has won several states", "she visited many countries": what the verb took, counted; nobody's view
        return Decision(False, rule=f"vague-quantifier: '{tokens[m.first - 1].norm} {m.entry.term}' counts what was {tokens[m.first - 1].norm}")
    if _vague_group(text, tokens, m, data):
        return KEEP
    return Decision(False, rule=f"vague-quantifier: '{m.entry.term}' is not before a vague group")


def vague_group(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """An unnamed group ("critics", "historians", "experts") hedges only when a view is credited
    to it: before a verb of saying or thinking, perhaps after a few auxiliaries or adverbs ("critics
    say", "historians have long argued", "experts generally agree").  Not when the group is named
    by what stands before it ("his critics said", "three experts", "Trump's critics", "Clinton
    supporters": a person's name, see `_person_named`), and not
    after a vague quantifier, which is the hedge ("many critics", "several prominent economists").
    Its topic may stand between ("critics of the plan say"), and a judgement in the passive may be
    credited to it ("praised by critics", "regarded by critics as").  Read in news: a determiner
    two words back names the group too ("those ignorant critics"); weight-1 cues, mostly acts
    ("activists have pushed through"), are left out of `group_verbs` (framing.rules_data)."""
    if m.entry.category != VAGUE_GROUP:
        return KEEP
    before = [t.norm for t in tokens[max(m.first - 2, 0) : m.first] if t.start >= sentence_start]
    if data.quantifiers.intersection(before):
        return Decision(False, rule=f"vague-group: the quantifier before '{m.entry.term}' is the hedge")
    if m.first > 0 and tokens[m.first - 1].start >= sentence_start:
        prev = tokens[m.first - 1].norm
        possessive = prev.endswith(("'s", "’s")) or text[tokens[m.first - 1].end : m.start].startswith(("'", "’"))  # "Sanders' supporters"
        # "that" before a plural group is a relative pronoun or "that" of a clause, never the
        # determiner ("a bill that critics called anti-gay", "noted that experts say").
        determiner = prev in data.determiners and prev != "that"
        if prev in data.specifiers or determiner or possessive or prev[:1].isdigit() or prev in data.quantities:
            return Decision(False, rule=f"vague-group: '{prev} {m.entry.term}' names the group")
        if not text[tokens[m.first - 1].end : m.start].strip() and _person_named(text, tokens[m.first - 1], data.given_names):
            return Decision(False, rule=f"vague-group: '{text[tokens[m.first - 1].start : tokens[m.first - 1].end]} {m.entry.term}' names the group by its leader")
        first_token = tokens[m.first - 2] if m.first > 1 else None
        prev_token = tokens[m.first - 1]
        adjacent = first_token is not None and not (text[first_token.end : prev_token.start] + text[prev_token.end : m.start]).strip()
        if adjacent and first_token.start >= sentence_start and prev.isalpha():
            first = first_token.norm  # "those ignorant critics", "the conservative activists", not "that US experts"
            if first != "that" and (first in data.specifiers or first in data.determiners or first.endswith(("'s", "’s"))):
                return Decision(False, rule=f"vague-group: '{first} {prev} {m.entry.term}' names the group")
        if prev == "by" and m.first > 1 and tokens[m.first - 2].norm in data.group_verbs:
            return Decision(True, rule=f"vague-group: a judgement credited to unnamed '{m.entry.term}' ('{tokens[m.first - 2].norm} by')")
    i = m.last + 1
    if _next(tokens, i) == "of":  # "critics of the plan say": the group's topic, then its verb
        i = _after_topic(text, tokens, i, data)
    while _next(tokens, i) in data.group_fillers and i - m.last <= 3:
        i += 1
    verb = _next(tokens, i)
    # The group is the verb's subject: no pause between them ("rallied supporters, saying"; commas
    # around an adverb are fine: "critics, however, argue"; a spaced hyphen is a dash: "activists
    # - showed"), and not a participle that modifies the group ("an email to supporters saying"),
    # except in an absolute phrase after "with" ("with critics warning that ...").  A capitalised
    # verb after a lower-case group is a name ("campaigners Hope Not Hate"; a headline's "Critics Say" hedges).
    between = text[tokens[m.last].end : tokens[i].start] if verb else ""
    pause = set(between) & (SENTENCE_END if i > m.last + 1 else PAUSE) or " -" in between or "- " in between
    with_phrase = m.first > 0 and tokens[m.first - 1].norm == "with"
    participle = verb.endswith("ing") and not with_phrase
    named = bool(verb) and text[tokens[i].start].isupper() and not text[tokens[m.last].start].isupper()
    if verb in data.group_verbs and not participle and not pause and not named:
        return Decision(True, rule=f"vague-group: a view credited to unnamed '{m.entry.term}'")
    return Decision(False, rule=f"vague-group: '{m.entry.term}' is not before a verb of saying or thinking")


def _named_elsewhere(text: str, token: Token) -> bool:
    """Whether the article writes the capitalised word at `token` as a name somewhere else: after
    a lower-case word, a number or a comma, or after a quotation closed by a comma (',” Hoover
    said'), where a capital does not open a sentence."""
    word = text[token.start : token.end]
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    size, end = len(word), len(text)
    for start in word_index.found_at(text, word):  # (a long text's places from its index, not a search a word)
        if start == token.start or (start and _joined(text[start - 1])) or (start + size < end and _joined(text[start + size])):
            continue
        j = start  # the character before, over spaces and tabs (no copy of the text before)
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        last = text[j - 1 : j]
        if last.islower() or last.isdigit() or last == "," or (last in "”\"’" and text[j - 2 : j - 1] == ","):
            return True
    return False


def _joined(c: str) -> bool:
    """A character that makes a word part of a longer one: a letter, a digit, '_' (what `\\w`
    matches), an apostrophe or a hyphen ("Brown's" is no "Brown", nor "Smith-Jones" "Smith")."""
    return c.isalnum() or c in "_'’-"


def _person_named(text: str, token: Token, given_names: dict[str, str] | None = None) -> bool:
    """Whether a capitalised word is a person's surname, so that a group noun after it is named by
    its leader ("Clinton supporters", "Sanders critics"): the article writes it after a given name
    or a person's title ("Hillary Clinton", "Mrs. Clinton", "President Trump").  A party, a country
    or an institution is no person: "Republican critics", "US experts", "Kremlin critics" stay
    unnamed groups; so does a given name alone, often an adjective ("Christian Scientists believe").
    `given_names`: the run's table (a user's given_names.tsv over ours, `RuleData.given_names`)."""
    word = text[token.start : token.end]
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    return word in _titled_words(text, given_names)


_WORD_PAIR = re.compile(r"(\w+)\.?[ \t]+(?=(\w+))")
_last_titled: tuple[str, object, frozenset[str]] | None = None


def _titled_words(text: str, given_names: dict[str, str] | None) -> frozenset[str]:
    """The words the article writes after a capitalised given name or a person's title, found in
    one pass and kept for the article's next question: asked word by word, a long text (a 2 MB
    transcript dump) was read once per group noun, which grew with the square of its length."""
    global _last_titled
    if _last_titled is not None and _last_titled[0] is text and _last_titled[1] is given_names:
        return _last_titled[2]
    words = frozenset(
        m.group(2)
        for m in _WORD_PAIR.finditer(text)
        if m.group(1)[:1].isupper() and (is_given_name(m.group(1), given_names) or m.group(1).lower() in PERSON_TITLES)
    )
    _last_titled = (text, given_names, words)
    return words


TOPIC_WORDS = 4  # words an "of" phrase after a group noun may run to: "critics of Social Security claim"


def _after_topic(text: str, tokens: Sequence[Token], of: int, data: RuleData) -> int:
    """The index of the first verb of saying or thinking within a few words after "of" (the group's
    topic: "critics of this interpretation argue"), or `of` itself when there is none or a
    punctuation mark comes first ("critics of the plan, who rallied").  A plural group noun among
    the verbs (`vague_head` "parts", "groups") is part of the topic, not its verb."""
    for j in range(of + 1, min(of + 1 + TOPIC_WORDS, len(tokens))):
        if set(text[tokens[j - 1].end : tokens[j].start]) & PAUSE:
            return of
        word = tokens[j].norm
        before = tokens[j - 1].norm  # "of some other candidates"; "that" may open a clause ("many in our party that feel")
        after_determiner = before != "that" and (before in data.determiners or before in data.quantifiers)
        if word in data.group_verbs and not (word.endswith("s") and word in data.vague_heads) and not after_determiner:  # not "parts"
            return j
    return of


def vague_determiner(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"certain" boosts as a predicate ("she is certain", "certain that", "certain to win"); before
    a plural noun or a vague group it picks out members it does not name ("certain officials",
    "in certain cases"), which is vague, so it hedges."""
    if m.entry.lexicon != "booster" or m.entry.term not in data.vague_determiners or m.last + 1 >= len(tokens):
        return KEEP
    nxt = tokens[m.last + 1]
    word = nxt.norm
    if SENTENCE_END & set(text[tokens[m.last].end : nxt.start]) or not word.isalpha():
        return KEEP
    plural = len(word) > 4 and word.endswith("s") and not word.endswith("ss")  # not "this", "his"
    if word in data.predicative_followers or word in data.determiners or not (plural or word in data.vague_heads):
        return KEEP
    return Decision(True, "hedge", f"vague-determiner: '{m.entry.term} {nxt.norm}' picks out unnamed members, not certainty")


def agentless_passive(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A judgement in the passive with no one named as its judge credits it to no one, a weasel
    construction ("the plan has been criticized", "was heavily criticized as naive", "drew sharp
    criticism"); with a named agent it is a plain report ("was criticized by the UN", "drew
    criticism from the opposition").  An unnamed agent keeps the hedge ("criticized by many",
    "by critics", "from others")."""
    if m.entry.category != AGENTLESS_PASSIVE or _next(tokens, m.last + 1) not in ("by", "from"):
        return KEEP
    by = tokens[m.last + 1]
    if SENTENCE_END & set(text[tokens[m.last].end : by.start]):
        return KEEP
    agent = _next(tokens, m.last + 2)
    if agent in data.quantifiers or agent in data.vague_heads or agent in data.vague_quantifiers:
        return KEEP
    return Decision(False, rule=f"agentless-passive: '{m.entry.term} {by.norm} {agent}' names who judged")
