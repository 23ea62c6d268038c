"""Measure a lexicon against word-level gold: sentences whose biased words experts marked.

The default gold set is BABE (Spinde et al. 2021): a CSV with a `text` column, a `biased_words`
column holding a Python-list string (`['bizarre', 'characteristically']`) and a sentence label
`label_bias` (`Biased` / `Non-biased`).  Any CSV with a text column and a words column works.

How the figures are counted (lexicons/README.md repeats this):

- Each sentence is analysed by the full pipeline (`framing.Analyzer`), so context rules, voice and
  the user's `--lexicon` files apply exactly as in `framing score`.
- A **hit** is one span of the chosen types (default `loaded`), in any voice.  It is **correct**
  when one of its words is among the sentence's gold words (case-insensitive, whole tokens).
- The **gold words** of a sentence are its marked words that occur in it as tokens, counted once
  per sentence.  A gold word is **found** when a hit covers it.
- Word-level precision = correct hits / hits; recall = found gold words / gold words.
- Sentences whose label says biased but whose gold list is empty are left out of the word-level
  figures (their biased words are unknown, not absent); sentences labelled neither way
  ("No agreement") are left out of everything.
- Sentence level: a sentence is predicted biased when it has a hit in the **author** voice;
  compared with the label column.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from framing.lexicon import LexiconSet
from framing.lexicon_coverage import PLAIN_SENSE, user_entries
# Reading the gold file is framing/lexicon_gold.py's work; its names are importable from here too,
# where `framing lexicon evaluate` and the tests have always found them.
from framing.lexicon_gold import (
    DEFAULT_LABEL_COL,
    NEGATIVE_LABELS,
    POSITIVE_LABELS,
    SPLIT_NAMES,
    GoldSentence,
    gold_labels,
    parse_label,
    parse_words,
    read_gold,
    split_name,
)
from framing.models import Article
from framing.segment import normalise, word_tokens

__all__ = [
    "DEFAULT_LABEL_COL", "FOUND_LEXICONS", "NEGATIVE_LABELS", "NO_HIT_NOTE", "POSITIVE_LABELS", "SPLIT_NAMES",
    "TYPE_OF_LEXICON", "Evaluation", "GoldSentence", "Hit", "Tally", "evaluate", "gold_labels", "parse_label",
    "parse_words", "read_gold", "split_name", "unknown_type",
]

NO_HIT_NOTE = "no hit in these sentences: a category of your --lexicon rows that never fired"


@dataclass(slots=True)
class Tally:
    """Counts for one term or one category: hits, correct hits, and gold words found."""

    hits: int = 0
    correct: int = 0
    found: int = 0

    @property
    def precision(self) -> float | None:
        return self.correct / self.hits if self.hits else None


def _add_tallies(a: Tally, b: Tally) -> Tally:
    return Tally(a.hits + b.hits, a.correct + b.correct, a.found + b.found)


@dataclass(slots=True, frozen=True)
class Hit:
    """One finding of a term asked about (`evaluate(..., show=...)`): where it fired and whether
    the gold marks it, so a lexicon builder sees why a term misfires before pruning it."""

    row: int  # the gold file's line
    text: str  # the sentence
    start: int
    end: int
    correct: bool
    marked: frozenset[str]  # the words the gold marks in this sentence


@dataclass
class Evaluation:
    """Word-level and sentence-level figures, plus tallies per term and per category."""

    sentences: int = 0
    left_out: int = 0  # rows labelled neither way ("No agreement", empty) with no words marked: not measured
    word_sentences: int = 0
    hits: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    gold_not_in_text: int = 0
    sentence_tp: int = 0
    sentence_fp: int = 0
    sentence_fn: int = 0
    sentence_tn: int = 0
    terms: dict[tuple[str, str], Tally] = field(default_factory=dict)  # (lexicon, term) -> tally
    categories: dict[tuple[str, str], Tally] = field(default_factory=dict)
    missed: dict[str, int] = field(default_factory=dict)  # gold word -> times no hit covered it
    examples: dict[tuple[str, str], list[Hit]] = field(default_factory=dict)  # (lexicon, term) asked about -> its hits
    # categories of the user's own rows that never hit: listed in `categories` with zero counts, and
    # named here, so a builder's new category is reported as silent rather than left out
    no_hit_categories: list[tuple[str, str]] = field(default_factory=list)
    # the user's plain_sense rows: (lexicon, term) -> matches each turned down (`hits`) and how many
    # of those covered a word the gold marks (`correct`: a right finding the row switched off)
    turned_down: dict[tuple[str, str], Tally] = field(default_factory=dict)
    has_labels: bool = True  # False: the file has no label column, so no sentence-level figures
    # With sentence labels but no marked words (CoNLL's uncertain/certain sentences): per term, its
    # author-voice hits (`hits`) and those in sentences labelled positive (`correct`), so a misfiring
    # term can be found without word-level gold; `found` stays 0.
    sentence_terms: dict[tuple[str, str], Tally] = field(default_factory=dict)

    @property
    def precision(self) -> float | None:
        return self.correct / self.hits if self.hits else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def sentence_precision(self) -> float | None:
        d = self.sentence_tp + self.sentence_fp
        return self.sentence_tp / d if d else None

    @property
    def sentence_recall(self) -> float | None:
        d = self.sentence_tp + self.sentence_fn
        return self.sentence_tp / d if d else None

    def category_recall(self, key: tuple[str, str]) -> float | None:
        return self.categories[key].found / self.gold if self.gold else None

    def slot_rows(self, lexicons: LexiconSet, sentence: bool = False) -> list:
        """The rows with slots among the terms that hit (framing.lexicon_rows): each row as written,
        with the tallies of its phrases added up and each phrase's own beneath, most hits first;
        `sentence`: the author-voice tallies against sentence labels (`sentence_terms`)."""
        from framing.lexicon_rows import by_row

        tallies = self.sentence_terms if sentence else self.terms
        rows = [r for r in by_row(sorted(tallies.items(), key=lambda kv: (-kv[1].hits, kv[0])), lexicons, _add_tallies)
                if r.row.has_slots]
        rows.sort(key=lambda r: (-r.total.hits, r.row.written))
        return rows

    def misfiring_terms(self, min_hits: int = 1) -> list[tuple[tuple[str, str], Tally]]:
        """Terms by how often they fired on words the gold does not mark: worst first."""
        rows = [(k, t) for k, t in self.terms.items() if t.hits >= min_hits]
        rows.sort(key=lambda kt: (-(kt[1].hits - kt[1].correct), kt[1].precision or 0.0, kt[0]))
        return rows

    def sentence_misfiring_terms(self) -> list[tuple[tuple[str, str], Tally]]:
        """With sentence labels only: terms by their author-voice hits in sentences labelled
        negative (a hedge in a certain sentence), worst first."""
        rows = list(self.sentence_terms.items())
        rows.sort(key=lambda kt: (-(kt[1].hits - kt[1].correct), kt[1].precision or 0.0, kt[0]))
        return rows

    def helpful_terms(self, min_hits: int = 1) -> list[tuple[tuple[str, str], Tally]]:
        """Terms by how many gold words they found, most first (then the more precise): the
        rows that earn their place, which a lexicon builder keeps."""
        rows = [(k, t) for k, t in self.terms.items() if t.hits >= min_hits and t.found]
        rows.sort(key=lambda kt: (-kt[1].found, -(kt[1].precision or 0.0), kt[0]))
        return rows

    def summary(self) -> dict:
        """The headline figures as plain data (what `--json` prints)."""
        return {
            "sentences": self.sentences,
            "left_out": self.left_out,
            "word_level": {"sentences": self.word_sentences, "hits": self.hits, "correct": self.correct,
                           "precision": _round(self.precision), "gold_words": self.gold, "found": self.found,
                           "recall": _round(self.recall), "gold_words_not_in_text": self.gold_not_in_text},
            "sentence_level": {"tp": self.sentence_tp, "fp": self.sentence_fp, "fn": self.sentence_fn,
                               "tn": self.sentence_tn, "precision": _round(self.sentence_precision),
                               "recall": _round(self.sentence_recall)},
            "categories": {f"{lex}/{cat}": {"hits": t.hits, "correct": t.correct, "precision": _round(t.precision),
                                            "recall": _round(self.category_recall((lex, cat))),
                                            **({"note": NO_HIT_NOTE} if (lex, cat) in self.no_hit_categories else {})}
                           for (lex, cat), t in sorted(self.categories.items())},
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


# The finding type a lexicon's rows become, for those whose type is not their lexicon's name.
TYPE_OF_LEXICON = {"reporting_verbs": "attribution", "anonymous_sources": "anonymous_source"}
FOUND_LEXICONS = ("loaded", "hedge", "booster", *TYPE_OF_LEXICON)


def unknown_type(name: str, types: Sequence[str], lexicons: LexiconSet, packaged: LexiconSet) -> str:
    """What `--types NAME` should have been, when NAME is no finding type: a builder types the
    name of a lexicon (their own new one, `reporting_verbs`) or of a category (`contempt`), and a
    bare "unknown type" would not tell them why their figures cannot be had that way."""
    listed = ", ".join(types)
    if name in TYPE_OF_LEXICON:
        return f"--types: {name!r} is a lexicon, whose rows are found as {TYPE_OF_LEXICON[name]!r} findings: use --types {TYPE_OF_LEXICON[name]}"
    owners = [lex for lex in FOUND_LEXICONS if name in (lexicons.metadata.get(lex) or {}).get("categories", {})]
    if owners:
        return (f"--types: {name!r} is a category of {owners[0]!r}: use --types {TYPE_OF_LEXICON.get(owners[0], owners[0])} "
                "(the figures are printed per category too, and --term lists an entry's hits)")
    if name in lexicons.entries or name in lexicons.metadata:
        if name in packaged.metadata:  # a word list the rules read (negators, context_words): nothing of its own is found
            return f"--types: {name!r} is a word list the context rules read, not found as findings of its own; use one or more of {listed}"
        return (f"--types: {name!r} is a lexicon of your own: its findings are of the type {name!r} when the file is passed; "
                f"add --lexicon with the folder or file that holds it")
    return f"--types: unknown finding type {name!r}; use one or more of {listed}, comma-separated"


def evaluate(gold: Sequence[GoldSentence], lexicons: LexiconSet, types: Sequence[str] = ("loaded",), min_weight: int = 1,
             show: Sequence[str] = ()) -> Evaluation:
    """Run the pipeline over every gold sentence and count hits against the marked words.
    `min_weight` counts only findings whose entry weighs at least that much (unweighted ones count).
    `show`: terms ("claim", or "loaded/claim") whose every word-level hit is kept in `examples`."""
    from framing.pipeline import Analyzer

    analyzer = Analyzer(lexicons)
    wanted = set(types)
    ev = Evaluation()
    terms: dict[tuple[str, str], Tally] = defaultdict(Tally)
    categories: dict[tuple[str, str], Tally] = defaultdict(Tally)
    missed: dict[str, int] = defaultdict(int)
    examples: dict[tuple[str, str], list[Hit]] = {}
    plain_rows = {(e.lexicon, e.term) for e in user_entries(lexicons) if e.lexicon in wanted and e.category == PLAIN_SENSE}
    turned_down: dict[tuple[str, str], Tally] = {k: Tally() for k in plain_rows}
    sentence_terms: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for g in gold:
        if g.label is None and not g.words and (g.labelled or g.words is None):
            # "No agreement" with nothing marked: nothing to learn from this row.  In a file with
            # no label column an unmarked sentence is plain: a hit there is a misfire.
            ev.left_out += 1
            continue
        ev.sentences += 1
        analysis = analyzer.analyze(Article(id=f"row{g.row}", text=g.text))
        hits = [s for s in analysis.spans if s.type in wanted and (s.weight or min_weight) >= min_weight]
        if g.label is not None:
            predicted = any(s.voice == "author" for s in hits)
            if predicted and g.label:
                ev.sentence_tp += 1
            elif predicted:
                ev.sentence_fp += 1
            elif g.label:
                ev.sentence_fn += 1
            else:
                ev.sentence_tn += 1
        if g.words is None and g.label is not None:  # sentence labels only: each term's hits against them
            for s in hits:
                if s.voice == "author":
                    key = (s.lexicon or s.type, s.term or s.text.lower())
                    sentence_terms[key].hits += 1
                    sentence_terms[key].correct += g.label
                    if show and _asked(key, show):
                        examples.setdefault(key, []).append(Hit(g.row, g.text, s.start, s.end, g.label, frozenset()))
        if g.words is None or (g.label is True and not g.words):
            continue  # no word-level gold, or biased with no words marked: unknown, not absent
        ev.word_sentences += 1
        tokens = word_tokens(g.text)
        in_text = {t.norm for t in tokens} & g.words
        ev.gold += len(in_text)
        ev.gold_not_in_text += len(g.words - in_text)
        covered: set[str] = set()
        for s in hits:
            span_words = {normalise(t.norm) for t in word_tokens(g.text, s.start, s.end)}
            good = span_words & in_text
            key = (s.lexicon or s.type, s.term or s.text.lower())
            cat = (s.lexicon or s.type, s.category or "")
            ev.hits += 1
            terms[key].hits += 1
            categories[cat].hits += 1
            if good:
                ev.correct += 1
                terms[key].correct += 1
                categories[cat].correct += 1
            if show and _asked(key, show):
                examples.setdefault(key, []).append(Hit(g.row, g.text, s.start, s.end, bool(good), frozenset(in_text)))
            new = good - covered
            terms[key].found += len(new)
            categories[cat].found += len(new)
            covered |= good
        ev.found += len(covered)
        if plain_rows:
            _count_turned_down(lexicons, tokens, wanted, plain_rows, in_text, turned_down)
        for w in in_text - covered:
            missed[w] += 1
    ev.terms = dict(terms)
    ev.no_hit_categories = sorted({(e.lexicon, e.category) for e in user_entries(lexicons)
                                   if e.lexicon in wanted and e.category != PLAIN_SENSE} - set(categories))
    for key in ev.no_hit_categories:
        categories[key] = Tally()
    ev.categories = dict(categories)
    ev.missed = dict(missed)
    ev.examples = examples
    ev.turned_down = turned_down
    ev.sentence_terms = dict(sentence_terms)
    ev.has_labels = any(g.label is not None for g in gold)
    return ev


def _count_turned_down(lexicons: LexiconSet, tokens, wanted: set[str], plain_rows: set[tuple[str, str]],
                       in_text: set[str], tally: dict[tuple[str, str], Tally]) -> None:
    """Count the matches a user's plain_sense row swallowed in one sentence, and those that covered
    a marked word: a plain_sense row is never a hit itself, so without this `evaluate` could only
    say it had "no hit", not whether switching the word off cost right findings."""
    from framing.detect import _longest_per_group

    for m in _longest_per_group(lexicons.match(tokens, wanted)):
        key = (m.entry.lexicon, m.entry.term)
        if key in plain_rows:
            tally[key].hits += 1
            tally[key].correct += bool({t.norm for t in tokens[m.first:m.last + 1]} & in_text)


def _asked(key: tuple[str, str], show: Sequence[str]) -> bool:
    """Is the finding's (lexicon, term) one of `show` ("claim" in any lexicon, "loaded/claim")?"""
    lexicon, term = key
    return any(x.lower() in (term, f"{lexicon}/{term}") for x in show)
