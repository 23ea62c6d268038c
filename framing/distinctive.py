"""Words that distinguish each outlet: log-odds ratio with an informative Dirichlet prior.

Monroe, Colaresi & Quinn (2008), "Fightin' Words", section 3.5: each outlet's word counts are
compared with the rest of the corpus; the prior is the corpus-wide word distribution scaled to
`prior_strength` pseudo-words, which pulls rare words towards "no difference" so a word said once
cannot top the list.  Words are counted outside the boilerplate the cleaner set aside.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from framing.comparison_statistics import log_odds_dirichlet
from framing.outlet_groups import outlet_of

# Letters only (numbers say little about framing), joined by inner hyphens or apostrophes.
TERM_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
PRIOR_STRENGTH = 1000.0
MIN_COUNT = 2


@dataclass(slots=True)
class Term:
    outlet: str  # the outlet this row is about (vs the rest of the corpus)
    term: str
    count: int  # in this outlet
    total: int  # in the whole corpus
    per_1k: float  # in this outlet, per 1,000 counted words
    delta: float  # log-odds ratio, outlet vs rest
    z: float  # positive: typical of this outlet


def words_outside(text: str, ignored: Sequence[dict]) -> list[str]:
    """Lower-cased words of `text` outside the ignored ranges (dicts with start/end), single
    letters included (outlet_counts drops them: one pass over the distinct words, not all words)."""
    parts: list[str] = []
    pos = 0
    for r in sorted(ignored or (), key=lambda r: r["start"]):
        if r["start"] > pos:
            parts.append(text[pos : r["start"]])
        pos = max(pos, r["end"])
    parts.append(text[pos:])
    # One lower() and one findall over the whole kept text: C speed, not a Python call per word.
    # (Lower-casing first cannot change where words start or end: both patterns see letters alike.)
    return TERM_RE.findall("\n".join(parts).lower().replace("’", "'"))


def add_counts(counts: dict[str, Counter], record: dict) -> None:
    """Add one record's words (from its `text`, outside ignored ranges) to its outlet's counts."""
    c = counts.setdefault(outlet_of(record), Counter())
    if record.get("text"):
        c.update(words_outside(record["text"], record.get("ignored") or ()))


def drop_single_letters(counts: dict[str, Counter]) -> dict[str, Counter]:
    for c in counts.values():
        for w in [w for w in c if len(w) < 2]:
            del c[w]
    return counts


def outlet_counts(records: Sequence[dict]) -> dict[str, Counter]:
    """outlet -> word counts, from each record's `text` (records without text are skipped)."""
    counts: dict[str, Counter] = {}
    for r in records:
        add_counts(counts, r)
    return drop_single_letters(counts)


def distinctive_terms(
    counts: dict[str, Counter], *, prior_strength: float = PRIOR_STRENGTH, min_count: int = MIN_COUNT
) -> list[Term]:
    """Every word seen at least `min_count` times in the corpus, scored for each outlet against the
    rest.  With two outlets the second outlet's rows mirror the first's (z negated)."""
    outlets = [o for o, c in counts.items() if c]
    if len(outlets) < 2:
        return []
    corpus = Counter()
    for o in outlets:
        corpus.update(counts[o])
    # Every word counts towards the totals (n_i, a_0); only words seen min_count times are reported.
    vocab = list(corpus)
    total = np.array([corpus[w] for w in vocab], dtype=float)
    alpha = prior_strength * total / total.sum()
    keep = np.flatnonzero(total >= min_count)
    rows: list[Term] = []
    for o in outlets:
        y_i = np.array([counts[o][w] for w in vocab], dtype=float)
        delta, z = log_odds_dirichlet(y_i, total - y_i, alpha)
        n_i = y_i.sum()
        for k in keep:
            w = vocab[k]
            rows.append(Term(o, w, int(y_i[k]), int(total[k]), round(1000 * y_i[k] / n_i, 3), float(delta[k]), float(z[k])))
    return rows


def top_terms(terms: Sequence[Term], outlet: str, k: int = 15) -> list[Term]:
    """The k words most typical of `outlet` (highest z)."""
    return sorted((t for t in terms if t.outlet == outlet and t.z > 0), key=lambda t: -t.z)[:k]
