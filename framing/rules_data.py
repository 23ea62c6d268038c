"""What every context rule reads and returns, apart from the rules themselves.

`RuleData` holds the word lists the rules read, built once per lexicon set (so `--lexicon` files
extend them); `Decision` is what a rule makes of a match (`KEEP` when it does not apply); the
category names are the lexicon rows the rules key on.  This is a module of its own so that the
rule families (framing.rules_senses, framing.rules_vagueness, framing.rules_negation) and the
registry that runs them (framing.rules) can all import it without importing each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from framing import genders
from framing.lexicon import Entry, LexiconSet, Match, regular_inflections
from framing.models import Token
from framing.object_nouns import noun_markers

SENTENCE_END = frozenset(".!?\n")
PLAIN_SENSE = "plain_sense"  # category of rows that mark a plain use of a listed word
QUANTITY_APPROXIMATOR = "quantity_approximator"  # category of hedges that need a number after them
VAGUE_QUANTIFIER = "vague_quantifier"  # category of hedges that need a vague group after them ("many critics")
VAGUE_GROUP = "vague_group"  # category of hedges that need a verb of saying or thinking after them ("critics say")
AGENTLESS_PASSIVE = "agentless_passive"  # category of hedges that need no named agent after them ("was criticized")
CLAUSE_BOUNDARY = "clause_boundary"  # negators.tsv rows that open another clause, which a negator does not reach into
FACT_ADVERB = "fact_adverb"  # negators.tsv rows: boosters a negator before them does not flip ("not in fact")
EPISTEMIC_VERB = "epistemic_verb"  # category of hedge verbs; opinion verbs among them need no named holder before them
# Stance classes of reporting_verbs.tsv whose verbs credit a view, not an act ("many parents fear",
# "some scholars contend"): after a vague quantifier and any plural noun they make a weasel word.
VIEW_STANCES = frozenset({"thought", "tentative", "lowering"})


@dataclass(slots=True)
class Decision:
    """What a rule made of a match: keep it (perhaps as another type), or drop it, and why.

    Never changed once made, but not frozen: a frozen dataclass costs about three times as much to
    build (~2.4 against ~0.7 us here), and the rules make about twenty an article.  Nothing hashes one.
    """

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
    view_verbs: frozenset[str] = frozenset()  # every form of a verb crediting a view: "fear", "contended", "believes"
    holder_verbs: frozenset[str] = frozenset()  # hedge verbs that after a name report its view: "Jones believed", "Clinton indicated"
    noun_markers: frozenset[str] = frozenset()  # words whose object an -s word is: "despite claims", "said claims" (framing.object_nouns)
    degree_adverbs: frozenset[str] = frozenset()  # hedge adverbs that grade the word after them: "fairly sure", not "treated fairly"
    connectives: frozenset[str] = frozenset()  # hedge words that open a sentence before a comma as links: "Rather, ..."
    partitives: frozenset[str] = frozenset()  # weasel rows that count in some contexts: "some of", "many of"
    naming_nouns: frozenset[str] = frozenset()  # -s nouns of hedge verbs spelt alike: "suspects" for "the suspect", "estimates of"
    event_verbs: frozenset[str] = frozenset()  # verbs after which a partitive counts those an event befell: "killed", "collapsed"
    clause_boundaries: frozenset[str] = frozenset()  # words a negator does not reach past: "not ..., but clearly" (negators.tsv)
    fact_adverbs: frozenset[str] = frozenset()  # boosters a negator does not flip: "would not in fact be able" (negators.tsv)
    named_groups: frozenset[str] = frozenset()  # group nouns that are names: "Republicans have estimated" (vague after "many")
    role_nouns: frozenset[str] = frozenset()  # a person's role or trade besides the titles: "lawyer", "planner"
    thing_subjects: frozenset[str] = frozenset()  # words opening a sentence before a hedge verb that are no person: "Research suggests"
    record_nouns: frozenset[str] = frozenset()  # records, which "indicate" what they hold: "court records indicated" (also thing_subjects)
    count_verbs: frozenset[str] = frozenset()  # every form of a verb whose object a vague quantifier counts: "won several states"
    place_groups: frozenset[str] = frozenset()  # vague heads that are places or bodies, counted after a count verb: "states"
    people_nouns: frozenset[str] = frozenset()  # nouns of people at large, vague after "some": "some people avoid dairy"
    irregular_past: frozenset[str] = frozenset()  # irregular verb forms other than -ing (inflections.tsv): "held", "shot", "found"
    # Lexicons of the user's own whose metadata.json turns a rule on for their terms ("rules": ["noun_use"]).
    noun_use_lexicons: frozenset[str] = frozenset()  # every term loaded only as a verb: "his purges" is a noun
    negation_lexicons: frozenset[str] = frozenset()  # a negator before a term makes it no finding: "not a purge"
    # The run's given-name table (`genders.given_names`: a user's given_names.tsv over ours); None: ours.
    given_names: dict[str, str] | None = field(default=None, repr=False, compare=False, hash=False)
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
        if not isinstance(cached, RuleData):
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

        # Weight-1 cues are mostly not a view after a group ("activists pushed through", "supporters
        # reluctant to", "others spoke on condition"); those that are get a `group_verb` row.  An
        # unweighted row counts as 2, as wherever a cue is read (a user row may leave the weight out).
        reporting = frozenset(t for t, e in lexicons.entries.get("reporting_verbs", {}).items()
                              if e.category != PLAIN_SENSE and " " not in t and (e.weight or 2) >= 2)

        # A place_group row ("states") is a vague_head that a count_verb's quantifier counts: a vague head wherever one is read.
        vague_head = words("vague_head") | words("place_group")
        group_verbs = all_forms(reporting | words("group_verb") | vague_head)
        return cls(
            negators=frozenset(t for t, e in lexicons.entries.get("negators", {}).items() if e.category not in (CLAUSE_BOUNDARY, FACT_ADVERB)),
            fact_adverbs=frozenset(t for t, e in lexicons.entries.get("negators", {}).items() if e.category == FACT_ADVERB),
            degree_adverbs=words("degree_adverb"),
            connectives=words("connective"),
            partitives=words("partitive"),
            naming_nouns=words("naming_noun"),
            event_verbs=words("event_verb"),
            clause_boundaries=frozenset(t for t, e in lexicons.entries.get("negators", {}).items() if e.category == CLAUSE_BOUNDARY),
            quantities=frozenset(t for t, e in q.items() if e.category != "article"),
            articles=frozenset(t for t, e in q.items() if e.category == "article") or frozenset({"a", "an"}),
            month_context=words("month_context"),
            name_followers=words("name_follower"),
            ability_followers=words("ability_follower"),
            honorifics=words("honorific"),
            # A named group ("Republicans") is a vague head after a quantifier too ("many Republicans").
            vague_heads=all_forms(vague_head | words("named_group")),
            named_groups=words("named_group"),
            role_nouns=words("role_noun"),
            # A record_noun row ("record") is a thing too, as a thing_subject row is, wherever one is read.
            thing_subjects=words("thing_subject") | words("record_noun"),
            record_nouns=words("record_noun"),
            vague_quantifiers=words("vague_quantifier"),
            verb_only=words("verb_only"),
            determiners=words("determiner"),
            group_verbs=group_verbs,
            group_fillers=all_forms(words("group_filler")),
            specifiers=words("specifier"),
            quantifiers=words("vague_quantifier") | frozenset(
                t for t, e in lexicons.entries.get("hedge", {}).items() if e.category == VAGUE_QUANTIFIER),
            vague_determiners=words("vague_determiner"),
            predicative_followers=words("predicative_follower"),
            # The opinion verbs among the vague_head rows ("believe", "argue"; its nouns are plurals).
            view_verbs=all_forms(frozenset(w for w in vague_head if not w.endswith("s")) | frozenset(
                t for t, e in lexicons.entries.get("reporting_verbs", {}).items()
                if " " not in t and (e.weight or 2) >= 2 and e.category in VIEW_STANCES)),
            # Applied to epistemic hedge verbs only, so the nouns among the vague_head rows do no harm.
            holder_verbs=vague_head | words("group_verb") | words("holder_verb"),
            # The words whose object an -s word is (framing.object_nouns, the list the cue reading shares).
            noun_markers=noun_markers(lexicons),
            given_names=genders.given_names(lexicons),
            count_verbs=all_forms(words("count_verb")),
            place_groups=words("place_group"),
            people_nouns=words("people_noun"),
            # The irregular forms of inflections.tsv a headline's noun subject may stand before ("Suspect held").
            irregular_past=frozenset(f for forms in lexicons.irregular.values() for f in forms if not f.endswith("ing")),
            noun_use_lexicons=opted_in(lexicons, "noun_use"),
            negation_lexicons=opted_in(lexicons, "negation"),
        )


def opted_in(lexicons: LexiconSet, rule: str) -> frozenset[str]:
    """The lexicons of the user's own whose metadata names `rule` among its "rules" (checked
    against `lexicon_files.USER_RULES` when the metadata was read)."""
    return frozenset(name for name in lexicons.new_lexicons if rule in (lexicons.metadata.get(name, {}).get("rules") or ()))


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
                    packaged.vague_determiners, packaged.predicative_followers, packaged.view_verbs,
                    packaged.holder_verbs, packaged.noun_markers, packaged.degree_adverbs, packaged.connectives, packaged.partitives,
                    packaged.naming_nouns, packaged.event_verbs, packaged.clause_boundaries, packaged.fact_adverbs,
                    named_groups=packaged.named_groups, role_nouns=packaged.role_nouns, thing_subjects=packaged.thing_subjects,
                    record_nouns=packaged.record_nouns, irregular_past=packaged.irregular_past,
                    people_nouns=packaged.people_nouns)


@lru_cache(maxsize=1)
def _packaged_data() -> RuleData:
    from framing.lexicon import load

    return RuleData.from_lexicons(load())


def _next(tokens: Sequence[Token], i: int) -> str:
    return tokens[i].norm if 0 <= i < len(tokens) else ""


def negation_cue_pattern(negators: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern that finds, in the lower-cased text of the words before a match, every word
    `is_negated` (framing.rules_negation) would take for a negation cue (and more: "no" inside
    "know"), so that for most matches the words need no look one by one.

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
