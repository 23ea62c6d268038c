"""Lexicons of the user's own: a `--lexicon` file of a name framing does not package.

`my-lexicons/euphemism.tsv` (the columns of loaded.tsv) makes a lexicon `euphemism`: its matches
are findings of the type `euphemism`, with voice and speaker as loaded findings have, the context
rules that read any row (`plain_sense`) and its terms' inflections (unless its metadata says
`"inflect": false`); and every article gets three scores of it, named and defined as the loaded
densities are (`euphemism_author_per_1k`, `euphemism_quoted_per_1k`, `euphemism_per_1k`).

Why a module: the names a run scores (`score_names`) are then one list that the exports, the
report and the comparison read, instead of each holding the packaged list, and what a new name may
not be (a span type of ours, a score column of ours) is said in one place, at load time, naming the
file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from framing.lexicon_files import file_error

# The finding types framing's own stages make (and the report's layer of classified sentences),
# which a lexicon's findings must not be taken for.
SPAN_TYPES = ("quote", "attribution", "anonymous_source", "biased_sentence")
# A name that is also a column name and a class name in the report's page.
_NAME = re.compile(r"[A-Za-z0-9_-]+")
# The score names of one lexicon, in the order loaded's are: own voice, quoted, all.
SUFFIXES = ("_author_per_1k", "_quoted_per_1k", "_per_1k")
LEXICON_SCORE_SUFFIX = "_per_1k"  # every score of a user's lexicon ends so (saved_scores reads a CSV by it)


def score_names_of(name: str) -> list[str]:
    """The three scores of lexicon `name`: `euphemism_author_per_1k`, `..._quoted_per_1k`, `..._per_1k`."""
    return [name + suffix for suffix in SUFFIXES]


def check_name(name: str, path: str) -> None:
    """Refuse a new lexicon whose findings or scores would be taken for framing's own: a file
    `attribution.tsv` would make spans of the type `attribution`, and `loaded_author.tsv` a column
    `loaded_author_per_1k` beside ours.  Raises LexiconError naming the file."""
    from framing.export import ARTICLE_COLUMNS, OTHER_ARTICLE_COLUMNS
    from framing.score import SCORES

    if not _NAME.fullmatch(name):
        clash = f"a lexicon named {name!r} would score columns named {name + LEXICON_SCORE_SUFFIX!r}; a name is letters, digits, _ and -"
    elif name in SPAN_TYPES:
        clash = f"a lexicon named {name!r} would make findings of the type {name!r}, which framing's own {name} findings are"
    else:
        taken = set(SCORES) | set(ARTICLE_COLUMNS) | set(OTHER_ARTICLE_COLUMNS)
        column = next((c for c in score_names_of(name) if c in taken), None)
        if column is None:
            return
        clash = f"a lexicon named {name!r} would score a column {column!r}, which framing already writes"
    fixed = re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_") or "my_terms"
    raise file_error(path, 0, f"{clash}; a file's name is its lexicon's name",
                     f"rename the file (e.g. {fixed}_terms.tsv) and its entry in metadata.json")


def lexicon_score(name: str, suffix: str) -> Callable:
    """The score function of lexicon `name` for one of `SUFFIXES`, with the docstring
    `describe` shows, worded as the loaded scores' are."""
    from framing.score import ScoreInput, per_1k

    if suffix == "_author_per_1k":
        def fn(x: ScoreInput):
            return per_1k(x.count(name, "author"), x.author_words)
        fn.__doc__ = (f"Findings of your lexicon {name!r} in the outlet's own voice per 1,000 words in the outlet's own "
                      "voice (analysed words outside spoken quotations); a term the outlet only names, not uses, left out.")
    elif suffix == "_quoted_per_1k":
        def fn(x: ScoreInput):
            return per_1k(x.count(name, "quoted"), x.quoted_words)
        fn.__doc__ = (f"Findings of your lexicon {name!r} inside spoken quotations per 1,000 quoted words: the sources' "
                      "words, which the outlet chose to quote but did not say itself.")
    else:
        def fn(x: ScoreInput):
            return per_1k(x.count(name), x.words)
        fn.__doc__ = (f"All findings of your lexicon {name!r}, whatever the voice, per 1,000 analysed words (mentions "
                      "of a term, named and not used, left out).")
    fn.__name__ = name + suffix
    return fn


def lexicon_scores(names: Sequence[str]) -> dict[str, Callable]:
    """Score name -> function for every lexicon in `names`, in `score_names` order."""
    return {name + suffix: lexicon_score(name, suffix) for name in names for suffix in SUFFIXES}


def score_names(new_lexicons: Sequence[str] = ()) -> list[str]:
    """Every score a run writes: the packaged ones (`score.SCORES`), then three per lexicon of the
    user's own (`LexiconSet.new_lexicons`), in that order."""
    from framing.score import SCORES

    return [*SCORES, *(s for name in new_lexicons for s in score_names_of(name))]


def scores_in(records: Iterable[Mapping]) -> list[str]:
    """The score names of saved analyses (`Analysis.to_dict()` dicts, their `scores`): the
    packaged ones, then any other a record holds (a lexicon of the user's own), in the order first
    seen.  What the report and the comparison read when no run gave them the list."""
    from framing.score import SCORES

    names = dict.fromkeys(SCORES)
    for r in records:
        for name in r.get("scores") or ():
            if name not in names:
                names[name] = None
    return list(names)


def lexicons_in(scores: Iterable[str]) -> list[str]:
    """The lexicons of the user's own whose scores are among `scores` (a saved record's keys):
    `euphemism` for `euphemism_per_1k`, so a report read from saved scores shows their findings."""
    from framing.score import SCORES

    return [name[: -len(LEXICON_SCORE_SUFFIX)] for name in scores
            if name.endswith(LEXICON_SCORE_SUFFIX) and name not in SCORES
            and not name.endswith(SUFFIXES[:2]) and name[: -len(LEXICON_SCORE_SUFFIX)]]


def run_score_names(lexicon_paths: Sequence[str]) -> list[str]:
    """`score_names` of a run with these --lexicon paths (loaded once already: the loader's cache)."""
    from framing.lexicon import load

    return score_names(load(lexicon_paths).new_lexicons)
