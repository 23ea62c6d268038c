"""Context rules: where the same word is a finding in one use and plain in another.

The word lists the rules read are lexicon files (negators.tsv, quantities.tsv,
context_words.tsv, and the `plain_sense` rows of each lexicon); the decisions are code, each a small function with a name
that says what it decides, so a finding's `rule` field can cite it.  lexicons/README.md lists
every rule with examples; tests/test_rules.py holds one table row per case.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from framing.lexicon import Entry, LexiconSet, Match, regular_inflections
from framing.models import Token

NEGATION_WINDOW = 3  # tokens before a term that a negator may stand in and still govern it
SENTENCE_END = frozenset(".!?\n")
TITLE_CASE_SHARE = 0.5  # a line with at least this share of capitalised words is a title-case headline
PLAIN_SENSE = "plain_sense"  # category of rows that mark a plain use of a listed word
QUANTITY_APPROXIMATOR = "quantity_approximator"  # category of hedges that need a number after them
VAGUE_QUANTIFIER = "vague_quantifier"  # category of hedges that need a vague group after them ("many critics")
VAGUE_GROUP = "vague_group"  # category of hedges that need a verb of saying or thinking after them ("critics say")


@dataclass(slots=True, frozen=True)
class Decision:
    """What a rule made of a match: keep it (perhaps as another type), or drop it, and why."""

    keep: bool
    type: str | None = None  # None keeps the type of the match's lexicon
    rule: str | None = None


KEEP = Decision(True)
# Every rule takes (text, tokens, match, sentence_start, data) and returns KEEP when it does not apply.
Rule = Callable[[str, Sequence[Token], Match, int, "RuleData"], Decision]


@dataclass(slots=True, frozen=True)
class RuleData:
    """The word lists the rules read, taken from the lexicons in force (so `--lexicon` files
    extend them): negation cues, the quantity words an approximator may stand before, and the
    context words of context_words.tsv."""

    negators: frozenset[str]
    quantities: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset({"a", "an"})
    month_context: frozenset[str] = frozenset()  # "in May", "last May"
    name_followers: frozenset[str] = frozenset()  # "May said"
    ability_followers: frozenset[str] = frozenset()  # "could not"
    honorifics: frozenset[str] = frozenset()  # "Mr. Brat"
    vague_heads: frozenset[str] = frozenset()  # "many critics", "some believe"
    vague_quantifiers: frozenset[str] = frozenset()  # quantity approximators that are also vague quantifiers ("some")
    verb_only: frozenset[str] = frozenset()  # loaded only as verbs: "he claimed", not "his claims"
    determiners: frozenset[str] = frozenset()  # words before a noun: "the", "his", "false"
    group_verbs: frozenset[str] = frozenset()  # every form of a verb of saying or thinking: "say", "argued", "believes"
    group_fillers: frozenset[str] = frozenset()  # words between a vague group and its verb: "critics have long argued"
    specifiers: frozenset[str] = frozenset()  # words before a group noun that name the group: "his critics", "these experts"
    quantifiers: frozenset[str] = frozenset()  # vague quantifiers, which hedge a group themselves: "many critics"
    vague_determiners: frozenset[str] = frozenset()  # boosters that before a noun pick out unnamed members: "certain officials"
    predicative_followers: frozenset[str] = frozenset()  # words after "certain" that keep it certainty: "certain that"
    # id(entry) -> (entry, the rules that can change its matches): see `rules_for`.
    plans: dict[int, tuple[Entry, tuple[Rule, ...]]] = field(default_factory=dict, repr=False, compare=False, hash=False)
    # Finds every negation cue in raw text, and more: see `negation_cue_pattern`.
    negation_cue: re.Pattern[str] | None = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "negation_cue", negation_cue_pattern(self.negators))

    @classmethod
    def from_lexicons(cls, lexicons: LexiconSet) -> RuleData:
        """Built once per LexiconSet (detect asks for it once per article)."""
        cached = lexicons.derived.get("rule_data")
        if cached is None:
            cached = lexicons.derived["rule_data"] = cls._build(lexicons)
        return cached

    @classmethod
    def _build(cls, lexicons: LexiconSet) -> RuleData:
        q = lexicons.entries.get("quantities", {})
        ctx = lexicons.entries.get("context_words", {})

        def words(category: str) -> frozenset[str]:
            return frozenset(t for t, e in ctx.items() if e.category == category)

        def all_forms(terms: frozenset[str]) -> frozenset[str]:
            return frozenset(f for t in terms for f in regular_inflections(t) | lexicons.irregular.get(t, set()))

        reporting = frozenset(t for t, e in lexicons.entries.get("reporting_verbs", {}).items()
                              if e.category != PLAIN_SENSE and " " not in t)

        return cls(
            negators=frozenset(lexicons.entries.get("negators", {})),
            quantities=frozenset(t for t, e in q.items() if e.category != "article"),
            articles=frozenset(t for t, e in q.items() if e.category == "article") or frozenset({"a", "an"}),
            month_context=words("month_context"),
            name_followers=words("name_follower"),
            ability_followers=words("ability_follower"),
            honorifics=words("honorific"),
            vague_heads=all_forms(words("vague_head")),
            vague_quantifiers=words("vague_quantifier"),
            verb_only=words("verb_only"),
            determiners=words("determiner"),
            group_verbs=all_forms(reporting | words("group_verb") | words("vague_head")),
            group_fillers=all_forms(words("group_filler")),
            specifiers=words("specifier"),
            quantifiers=words("vague_quantifier") | frozenset(
                t for t, e in lexicons.entries.get("hedge", {}).items() if e.category == VAGUE_QUANTIFIER),
            vague_determiners=words("vague_determiner"),
            predicative_followers=words("predicative_follower"),
        )


def _data(context: RuleData | frozenset[str]) -> RuleData:
    """Accept the bare negator set older callers pass, with the packaged quantity words."""
    if isinstance(context, RuleData):
        return context
    packaged = _packaged_data()
    return RuleData(frozenset(context), packaged.quantities, packaged.articles, packaged.month_context,
                    packaged.name_followers, packaged.ability_followers, packaged.honorifics,
                    packaged.vague_heads, packaged.vague_quantifiers,
                    packaged.verb_only, packaged.determiners, packaged.group_verbs,
                    packaged.group_fillers, packaged.specifiers, packaged.quantifiers,
                    packaged.vague_determiners, packaged.predicative_followers)


@lru_cache(maxsize=1)
def _packaged_data() -> RuleData:
    from framing.lexicon import load

    return RuleData.from_lexicons(load())


def _next(tokens: Sequence[Token], i: int) -> str:
    return tokens[i].norm if 0 <= i < len(tokens) else ""


def negation_cue_pattern(negators: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern that finds, in the lower-cased text of the words before a match, every word
    `is_negated` would take for a negation cue (and more: "no" inside "know"), so that for most
    matches the words need no look one by one.

    A token's norm is its text lower-cased with typographic apostrophes made plain.  Lower-casing
    a stretch of text lower-cases each character on its own, except a capital sigma (which
    depends on the letters after it): so every ASCII norm of a word in the stretch is in the
    lower-cased stretch, with either apostrophe where it has one.  None when a negator is not
    ASCII: then every match is checked word by word.  (A case-insensitive pattern on the raw
    text would do too, at five times the cost.)"""
    cues = set(negators) | {"n't"}
    if not all(c.isascii() for c in cues):
        return None
    alternatives = ("".join("['’]" if ch == "'" else re.escape(ch) for ch in cue) for cue in sorted(cues))
    return re.compile("|".join(alternatives))


def is_negated(tokens: Sequence[Token], first: int, negators: frozenset[str], sentence_start: int) -> str | None:
    """The negator governing the token at `first`, if one of the few tokens before it is one."""
    for j in range(first - 1, max(first - 1 - NEGATION_WINDOW, -1), -1):
        tok = tokens[j]
        if tok.start < sentence_start:
            break
        if tok.norm in negators or tok.norm.endswith("n't"):
            return tok.norm
    return None


def plain_sense(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A `plain_sense` row ("brutal winter", "heart attack", "make sure") is matched only to
    swallow the shorter finding inside it: detect keeps the longest match, and this drops it."""
    if m.entry.category != PLAIN_SENSE:
        return KEEP
    why = f" ({m.entry.note})" if m.entry.note else ""
    return Decision(False, rule=f"plain-sense: '{m.entry.term}' is a plain use{why}")


MONTH_MAY_DATE = Decision(False, rule="month-may: 'May' here is the month or a name, not the modal")
MONTH_MAY_NAME = Decision(False, rule="month-may: 'May' followed by a finite verb is a name, not the modal")


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
    """A capitalised loaded word inside a run of names is a name: "Rep. Dave Brat", "Mr. Savage",
    "Tyson Fury".  Not at the start of a sentence, and not in a title-case headline, where every
    word is capitalised ("Putin's Brutal Pantomime"), nor right after an opening quotation mark,
    where a quoted sentence or a coined epithet starts ('“Strikingly, Trump leads”', '"Crooked"
    Hillary')."""
    if m.entry.lexicon != "loaded" or m.first != m.last:
        return KEEP
    tok = tokens[m.first]
    if (tok.start <= sentence_start or not text[tok.start : tok.start + 1].isupper()  # most are lower case
            or not _is_capitalised(text, tok) or _after_opening_quote(text, tokens, m.first, sentence_start)):
        return KEEP
    prev = tokens[m.first - 1] if m.first > 0 and tokens[m.first - 1].start >= sentence_start else None
    nxt = tokens[m.first + 1] if m.first + 1 < len(tokens) else None
    if nxt is not None and SENTENCE_END & set(text[tok.end : nxt.start]):
        nxt = None
    in_name = (prev is not None and (prev.norm in data.honorifics or (_is_capitalised(text, prev) and prev.start > sentence_start))) or (
        nxt is not None and _is_capitalised(text, nxt)
    )
    if not in_name or _title_case(text, tokens, m.first, sentence_start):
        return KEEP
    return PROPER_NAME


PROPER_NAME = Decision(False, rule="proper-name: a capitalised word inside a name, not the loaded word")


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


def _title_case(text: str, tokens: Sequence[Token], i: int, sentence_start: int, reach: int = 8) -> bool:
    """Whether the line around token i is set in title case: outside the run of capitalised words
    that holds token i (the name itself), most words of the same sentence (up to `reach` each side)
    are capitalised too, or there are no other words at all."""

    def joined(a: int, b: int) -> bool:  # tokens a and b (= a + 1) are in the same sentence
        return tokens[b].start >= sentence_start and not SENTENCE_END & set(text[tokens[a].end : tokens[b].start])

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
    others = [t for t in tokens[lo:run_lo] + tokens[run_hi + 1 : hi + 1] if text[t.start : t.start + 1].isalpha()]
    if not others:
        return True
    return sum(_is_capitalised(text, t) for t in others) / len(others) > TITLE_CASE_SHARE


def noun_use(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """A word that is loaded only as a verb ("he claimed", which casts doubt on the speaker) is
    plain as a noun after a determiner or a possessive ("his claims", "Trump's claim", "the
    claim"): the noun names a statement without judging it."""
    if m.entry.lexicon != "loaded" or m.first != m.last or m.entry.term not in data.verb_only or m.first == 0:
        return KEEP
    prev = tokens[m.first - 1]
    if prev.start < sentence_start:
        return KEEP
    if prev.norm in data.determiners or prev.norm.endswith(("'s", "’s")):
        return Decision(False, rule=f"noun-use: '{m.entry.term}' after '{prev.norm}' is a noun, loaded only as a verb")
    return KEEP


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
    if m.entry.term in data.vague_quantifiers and _vague_group(tokens, m, data):
        return Decision(True, rule=f"vague-quantifier: '{m.entry.term}' names an unspecified group")
    return Decision(False, rule=f"approximator: '{m.entry.term}' is not before a number")


def _vague_group(tokens: Sequence[Token], m: Match, data: RuleData) -> bool:
    """Whether a vague quantifier stands for an unspecified group of people or cases: before a
    group noun or an opinion verb, perhaps after one adjective ("many critics", "some believe",
    "in many cases", "several prominent economists"), or standing for people before a verb of
    saying or thinking ("some have long argued", "many also believe").  Phrases
    such as "by many", "some of" are hedge rows of their own."""
    if _next(tokens, m.last + 1) in data.vague_heads or _next(tokens, m.last + 2) in data.vague_heads:
        return True
    i = m.last + 1
    while _next(tokens, i) in data.group_fillers and i - m.last <= 3:
        i += 1
    return i > m.last + 1 and _next(tokens, i) in data.group_verbs


def vague_quantifier(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"many", "several", "numerous", "most" hedge only as weasel words, for an unspecified group
    ("many critics say", "many believe", "in many ways"); "many buildings collapsed" counts
    buildings.  After a determiner or a possessive the group is named, or "most" is a superlative:
    "his many critics", "the most conservative members", "Congress's most outspoken critics"."""
    if m.entry.category != VAGUE_QUANTIFIER:
        return KEEP
    if m.first > 0 and tokens[m.first - 1].start >= sentence_start:
        prev = tokens[m.first - 1].norm
        if prev in data.determiners or prev in data.specifiers or prev.endswith(("'s", "’s")):
            return Decision(False, rule=f"vague-quantifier: '{prev} {m.entry.term}' names the group or is a superlative")
    if _vague_group(tokens, m, data):
        return KEEP
    return Decision(False, rule=f"vague-quantifier: '{m.entry.term}' is not before a vague group")


def vague_group(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """An unnamed group ("critics", "historians", "experts") hedges only when a view is credited
    to it: before a verb of saying or thinking, perhaps after a few auxiliaries or adverbs ("critics
    say", "historians have long argued", "experts generally agree").  Not when the group is named
    by what stands before it ("his critics said", "three experts", "Trump's critics"), and not
    after a vague quantifier, which is the hedge ("many critics", "several prominent economists")."""
    if m.entry.category != VAGUE_GROUP:
        return KEEP
    before = [t.norm for t in tokens[max(m.first - 2, 0) : m.first] if t.start >= sentence_start]
    if data.quantifiers.intersection(before):
        return Decision(False, rule=f"vague-group: the quantifier before '{m.entry.term}' is the hedge")
    if m.first > 0 and tokens[m.first - 1].start >= sentence_start:
        prev = tokens[m.first - 1].norm
        if prev in data.specifiers or prev in data.determiners or prev.endswith(("'s", "’s")) or prev[:1].isdigit() or prev in data.quantities:
            return Decision(False, rule=f"vague-group: '{prev} {m.entry.term}' names the group")
    i = m.last + 1
    while _next(tokens, i) in data.group_fillers and i - m.last <= 3:
        i += 1
    if _next(tokens, i) in data.group_verbs:
        return Decision(True, rule=f"vague-group: a view credited to unnamed '{m.entry.term}'")
    return Decision(False, rule=f"vague-group: '{m.entry.term}' is not before a verb of saying or thinking")


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


def ability_could(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """"could not", "could never" state inability, not possibility: no hedge."""
    if m.entry.term != "could" or m.first != m.last:
        return KEEP
    if _next(tokens, m.last + 1) in data.ability_followers:
        return COULD_NOT
    return KEEP


COULD_NOT = Decision(False, rule="modal: 'could not' states inability, not possibility")


def negation(text: str, tokens: Sequence[Token], m: Match, sentence_start: int, data: RuleData) -> Decision:
    """Negation flips epistemic commitment: 'not certain' hedges; 'I don't doubt' boosts."""
    lex = m.entry.lexicon
    if lex not in ("hedge", "booster"):
        return KEEP
    first = m.first
    cue = data.negation_cue
    if cue is not None and first > 0 and cue.search(text[tokens[max(first - NEGATION_WINDOW, 0)].start : tokens[first - 1].end].lower()) is None:
        return KEEP  # no negation cue in the words before: most matches end here
    neg = is_negated(tokens, first, data.negators, sentence_start)
    if neg is None:
        return KEEP
    if lex == "booster":
        return Decision(True, "hedge", f"negation: '{neg}' before a booster makes it a hedge")
    if m.entry.category == "doubt":
        return Decision(True, "booster", f"negation: '{neg}' before a doubt word makes it a booster")
    return KEEP


# Every rule in the order `decide` runs them, with what an entry must be for the rule to apply at
# all (the rule itself checks this again, so running it elsewhere only costs time).
RULES: tuple[tuple[Rule, Callable[[Entry, RuleData], bool]], ...] = (
    (plain_sense, lambda e, data: e.category == PLAIN_SENSE),
    (month_may, lambda e, data: e.term == "may"),
    (proper_name, lambda e, data: e.lexicon == "loaded"),
    (noun_use, lambda e, data: e.lexicon == "loaded" and e.term in data.verb_only),
    (quantity_approximator, lambda e, data: e.category == QUANTITY_APPROXIMATOR),
    (vague_quantifier, lambda e, data: e.category == VAGUE_QUANTIFIER),
    (vague_group, lambda e, data: e.category == VAGUE_GROUP),
    (vague_determiner, lambda e, data: e.lexicon == "booster" and e.term in data.vague_determiners),
    (ability_could, lambda e, data: e.term == "could"),
    # A negated hedge stays a hedge unless it is a doubt word ("not doubt" boosts).
    (negation, lambda e, data: e.lexicon == "booster" or (e.lexicon == "hedge" and e.category == "doubt")),
)


def rules_for(entry: Entry, data: RuleData) -> tuple[Rule, ...]:
    """The rules that can change a match of `entry`, in `decide`'s order: each of the others
    returns KEEP for it whatever the context, so skipping them changes nothing.  Most entries
    need one rule or two of the ten; worked out once per entry and kept in `data.plans`."""
    cached = data.plans.get(id(entry))
    if cached is not None and cached[0] is entry:
        return cached[1]
    plan = tuple(rule for rule, applies in RULES if applies(entry, data))
    data.plans[id(entry)] = (entry, plan)
    return plan


def decide(text: str, tokens: Sequence[Token], m: Match, context: RuleData | frozenset[str], sentence_start: int) -> Decision:
    """Run every rule that applies to a match; the first that changes anything decides.

    `context` is a RuleData (`RuleData.from_lexicons(lexicons)`); a bare set of negators is
    accepted too and completed with the packaged word lists.
    """
    data = _data(context)
    for rule in rules_for(m.entry, data):
        decision = rule(text, tokens, m, sentence_start, data)
        if decision is not KEEP:
            return decision
    return KEEP
