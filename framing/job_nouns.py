"""Nouns of a person's work for a body (`job_noun` rows of lexicons/context_words.tsv): "reporter",
"producer", "professor".

Why: in `a reporter for USA Today said`, `A producer for Yahoo Studios told`, `a researcher at the
Brookings Institution said`, the person speaks, not the body named after the preposition; the
speaker is the description as written ("reporter for USA Today"), as for `a reporter for the
newspaper`, never the body ("USA Today").  (Those who speak *for* a person or body, "a spokesman
for", "aides to", are `name_words.OTHERS_OF_A_PERSON`; an unnamed-source noun, "an official with",
makes the source anonymous.)  A data file, not a Python list, so a user's `--lexicon` folder can
add the jobs of their own corpus; the rows name the singular, and the plural counts too.
"""

from __future__ import annotations

import functools

from framing.lexicon import LexiconSet, packaged_dir, read_tsv

CONTEXT_WORDS = "context_words"
JOB_NOUN = "job_noun"  # category of the context_words.tsv rows read here


@functools.cache
def packaged_job_nouns() -> frozenset[str]:
    """The packaged rows, for a `Speakers` built without a run's lexicons (tests, direct use)."""
    return _with_plurals(e.term for e in read_tsv(packaged_dir() / (CONTEXT_WORDS + ".tsv")) if e.category == JOB_NOUN)


def job_nouns(lexicons: LexiconSet) -> frozenset[str]:
    """The job nouns in force for a run (a user's `context_words.tsv` rows over ours, as the loader
    merges every lexicon), singular and plural; built once per LexiconSet."""
    cached = lexicons.derived.get(JOB_NOUN)
    if isinstance(cached, frozenset):
        return cached
    rows = lexicons.entries.get(CONTEXT_WORDS)
    found = packaged_job_nouns() if rows is None else _with_plurals(t for t, e in rows.items() if e.category == JOB_NOUN)
    lexicons.derived[JOB_NOUN] = found
    return found


def _with_plurals(terms) -> frozenset[str]:
    words = set()
    for term in terms:
        words.add(term)
        words.add(term + ("es" if term.endswith(("s", "sh", "ch", "x")) else "s"))
    return frozenset(words)
