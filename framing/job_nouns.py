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
        words.add(_plural(term))
    return frozenset(words)


def _plural(noun: str) -> str:
    """The regular plural of a job noun ("witness" -> "witnesses", "reporter" -> "reporters")."""
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# Words that make a phrase opening with "a" stand for more than one person: `a number of officials`.
_MANY_WORDS = frozenset("few number group handful couple lot dozen pair majority series team crowd".split())


def one_described_person(norms: list[str], job_nouns: frozenset[str], anonymous: bool) -> bool:
    """Is a source phrase (its words' norms) one person described, not named: `A reporter for
    Agence France-Presse`, `the producer with NBC`, `a senior official`?  Such a person may be the
    "he" or "she" of a later sentence, as a named one is (`PersonMemory.note_person`); a plural
    (`reporters for the paper`, `a number of officials`) is a "they".  A job noun counts only in
    the singular, written before its preposition (`a veteran reporter for`); an unnamed source
    (`anonymous`) only after "a", "an" or "one" (the article's "the official" may be a role, and
    `a statement from the ministry`, no unnamed source, is no person)."""
    if len(norms) < 2 or any(n in _MANY_WORDS for n in norms[1:3]):
        return False
    for k, norm in enumerate(norms[1:-1], 1):
        if norm in job_nouns and norms[k + 1] in ("for", "with", "at", "of"):
            return norms[0] in ("a", "an", "the", "one") and _singular(norm, job_nouns)
    return anonymous and norms[0] in ("a", "an", "one")


def _singular(noun: str, job_nouns: frozenset[str]) -> bool:
    """A job noun whose plural is also a job noun is the singular (the rows name the singular)."""
    return _plural(noun) in job_nouns
