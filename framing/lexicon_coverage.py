"""Counts over the lexicons themselves (`stats`) and over a corpus (`coverage`): which terms fire,
how often, for which outlet, and which never fire at all."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from framing.duplicate_texts import Duplicates
from framing.lexicon import Entry, LexiconSet, load, packaged_dir
from framing.models import IngestError

FINDING_LEXICONS = ("loaded", "hedge", "booster")
PLAIN_SENSE = "plain_sense"


def stats(lexicons: LexiconSet) -> dict[str, dict[str, int]]:
    """`{lexicon: {category: number of entries}}` for every lexicon in force, plain-sense rows
    included under their own category so the counts match the files."""
    out: dict[str, dict[str, int]] = {}
    for name in lexicons.names():
        counts = Counter(e.category for e in lexicons.entries[name].values())
        out[name] = dict(sorted(counts.items()))
    return out


def user_entries(lexicons: LexiconSet) -> list[Entry]:
    """The entries that come from the user's own `--lexicon` files, in file and line order: the
    rows a lexicon builder asks about, which the top-N lists of coverage and evaluate rarely reach."""
    base = packaged_dir().resolve()
    folders: dict[str, Path] = {}  # each file's folder resolved once, not once per row (~14,000 packaged rows)
    rows = [e for terms in lexicons.entries.values() for e in terms.values()
            if (folders.get(e.path) or folders.setdefault(e.path, Path(e.path).parent.resolve())) != base]
    return sorted(rows, key=lambda e: (e.path, e.line))


def not_counted(entry: Entry, lexicons: LexiconSet) -> str | None:
    """Why a user's row has no count of findings to show, when it is in no lexicon whose terms are
    found as spans: "never fired" would send its builder looking for a text it fits, when no text
    could make it fire.  None for a row of loaded, hedge or booster."""
    if entry.lexicon in FINDING_LEXICONS or entry.lexicon in lexicons.new_lexicons:  # (a lexicon of the user's own: its own findings)
        return None
    if entry.lexicon not in _packaged_names():
        return (f"not read: {entry.lexicon!r} is a lexicon of your own, which framing does not match in a text "
                "(`framing lexicon validate` says where to put its rows)")
    return f"not counted: {entry.lexicon} rows are read by the rules and the quotation finder, no findings of their own"


def _packaged_names() -> set[str]:
    from framing.lexicon import read_metadata

    return set(read_metadata(packaged_dir()))


@dataclass(slots=True, frozen=True)
class Occurrence:
    """One finding of a term asked about (`coverage(..., show=...)`), in its words: enough to judge
    by eye whether it is the sense the row means, without gold."""

    article: str  # the article's id
    before: str
    text: str
    after: str
    voice: str | None
    speaker: str | None


@dataclass
class Coverage:
    """How often each term fired in a corpus, per outlet, and the terms that never fired."""

    articles: int = 0
    errors: int = 0
    unreadable: list[IngestError] = field(default_factory=list)  # the inputs behind `errors`, to name them
    fired: Counter = field(default_factory=Counter)  # (lexicon, term) -> findings
    by_outlet: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    never: dict[str, list[str]] = field(default_factory=dict)  # lexicon -> terms that never fired
    examples: dict[tuple[str, str], list[Occurrence]] = field(default_factory=dict)  # (lexicon, term) asked about -> its findings
    # the user's plain_sense rows -> matches each turned down: such a row is never a finding, so
    # "never fired" would not tell a switched-off word from a row that meets nothing
    turned_down: Counter = field(default_factory=Counter)
    duplicates: Duplicates = field(default_factory=Duplicates)  # repeated texts, counted in the figures: `lines()` says so


def coverage(paths: Sequence[str | Path], lexicons: Sequence[str | Path] = (), outlet: str | None = None,
             show: Sequence[str] = ()) -> Coverage:
    """Analyse the corpus and count findings by the lexicon entry that produced them.  `show`:
    terms ("talks", or "loaded/talks") whose every finding is kept in `examples`, with its words."""
    from framing.pipeline import analyze_corpus

    cov = Coverage()
    lexset = load(lexicons)
    finding = FINDING_LEXICONS + lexset.new_lexicons  # a lexicon of the user's own finds spans too
    plain_rows = {(e.lexicon, e.term) for e in user_entries(lexset) if e.lexicon in finding and e.category == PLAIN_SENSE}
    cov.turned_down.update(dict.fromkeys(plain_rows, 0))
    for item in analyze_corpus(paths, outlet=outlet, lexicons=lexicons, duplicates=cov.duplicates):
        if isinstance(item, IngestError):
            cov.errors += 1
            cov.unreadable.append(item)
            continue
        cov.articles += 1
        name = item.article.outlet or "(no outlet)"
        for s in item.spans:
            if s.lexicon in finding and s.term:
                key = (s.lexicon, s.term)
                cov.fired[key] += 1
                cov.by_outlet[name][key] += 1
                if show and any(x.lower() in (s.term, f"{s.lexicon}/{s.term}") for x in show):
                    text = item.article.text
                    cov.examples.setdefault(key, []).append(Occurrence(
                        item.article.id, context(text[max(0, s.start - 60):s.start]), s.text,
                        context(text[s.end:s.end + 60]), s.voice, s.speaker))
        if plain_rows:
            _count_turned_down(lexset, item, plain_rows, cov.turned_down)
    for lex in finding:
        terms = lexset.entries.get(lex, {})
        cov.never[lex] = sorted(t for t, e in terms.items() if e.category != PLAIN_SENSE and (lex, e.term) not in cov.fired)
    cov.by_outlet = dict(cov.by_outlet)
    return cov


def _count_turned_down(lexset: LexiconSet, analysis, plain_rows: set[tuple[str, str]], counts: Counter) -> None:
    """Count the matches of the user's plain_sense rows in one analysed article (longest per group,
    outside boilerplate, as detection sees them): each swallowed a finding that would have been."""
    from framing.detect import finding_matches
    from framing.segment import tokens_outside

    tokens = tokens_outside(analysis.article.text, analysis.ignored)
    for m in finding_matches(lexset, tokens):
        if (m.entry.lexicon, m.entry.term) in plain_rows:
            counts[(m.entry.lexicon, m.entry.term)] += 1


def context(words: str) -> str:
    """Words beside a finding on one line: runs of white space (line breaks) made one space, and a
    space kept at either end only where the text has one ("a [farce]," not "a [farce] ,")."""
    inner = " ".join(words.split())
    if not inner:
        return " " if words else ""
    return (" " if words[0].isspace() else "") + inner + (" " if words[-1].isspace() else "")
