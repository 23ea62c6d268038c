"""Load the lexicons (plain TSV files) and match their terms against tokenised text.

A lexicon is one TSV file, `lexicons/NAME.tsv`, with the header `term, category, weight, note,
source`; `lexicons/metadata.json` describes each file.  Users layer their own files over ours with
`--lexicon PATH`: a file `NAME.tsv` extends the packaged lexicon NAME, and a row whose term is
already there replaces the packaged row.

Matching works on word tokens (`segment.word_tokens`), so a term matches whole words only, in any
case, and multi-word terms match token by token.  Terms are stored in their base form; where a
lexicon's metadata says `"inflect": true`, regular inflections ("slam" -> "slams", "slammed",
"slamming") and the irregular forms in `inflections.tsv` ("say" -> "said") match too.

Reading the files is framing/lexicon_files.py's work, and a term's tokens and forms
framing/lexicon_terms.py's; their public names are importable from here too, where the rest of
the package has always found them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from pathlib import Path

from framing.lexicon_files import (
    COLUMNS,
    FIELD_LIMIT,
    INFLECTIONS_FILE,
    METADATA_FILE,
    SUPPORT_FILES,
    Entry,
    LexiconError,
    TsvReader,
    broken_line,
    file_error,
    lexicon_files,
    merge_metadata,
    packaged_dir,
    read_inflections,
    read_metadata,
    read_tsv,
    undecodable,
    unreadable,
)
from framing.lexicon_terms import inflect, regular_inflections, term_tokens
from framing.models import Token

# The names the package imports from here, this module's and those of the two it was split into.
__all__ = [
    "COLUMNS", "EXCLUSIVE", "FIELD_LIMIT", "INFLECTIONS_FILE", "METADATA_FILE", "SUPPORT_FILES",
    "Entry", "LexiconError", "LexiconSet", "Match", "TsvReader", "broken_line", "file_error",
    "inflect", "lexicon_files", "load", "merge_metadata", "packaged_dir", "read_inflections",
    "read_metadata", "read_tsv", "regular_inflections", "term_tokens", "undecodable", "unreadable",
]


@dataclass(slots=True)
class Match:
    """A lexicon entry found in the text, covering tokens [first, last].

    Not frozen, though never changed: the matcher makes one per hit, and a frozen dataclass's
    `__init__` costs about five times as much."""

    start: int
    end: int
    entry: Entry
    first: int  # index of the first token
    last: int  # index of the last token



@dataclass
class LexiconSet:
    """All lexicons in force for a run, merged (user files over packaged ones), plus a matcher."""

    entries: dict[str, dict[str, Entry]]  # lexicon name -> term -> entry
    metadata: dict[str, dict]
    irregular: dict[str, set[str]] = field(default_factory=dict)
    # Lexicons of a name framing does not package, which a user's file added (`euphemism.tsv`):
    # each finds spans of its own type and has scores of its own (framing.user_lexicons).
    new_lexicons: tuple[str, ...] = ()
    _index: dict[str, Starts] = field(default_factory=dict, repr=False)
    _selections: dict[frozenset[str], dict] = field(default_factory=dict, repr=False, compare=False)
    # Tables other modules derive from the entries, built once per set (e.g. rules.RuleData).
    derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index = self._build_index()

    def _build_index(self) -> dict[str, Starts]:
        """first token -> (single-word entries, {second token -> multi-word candidates} or None).

        Keying multi-word terms by their first two tokens keeps the work per token small even
        when many phrases start with "a", "in" or "the".  The multi-word candidates are grouped
        by length, then by the tokens after the second (`Tails`): "it is" starts 120 inflected
        phrases, and one dict look-up per length replaces comparing each of them."""
        index: dict[str, tuple[list, dict[str, list]]] = {}
        for name, terms in self.entries.items():
            inflecting = self.inflects(name)
            for entry in terms.values():
                toks = term_tokens(entry.term)
                if not toks:
                    continue
                variants = inflect(toks, self.irregular) if inflecting else {toks}
                for v in variants:
                    singles, multis = index.setdefault(v[0], ([], {}))
                    if len(v) == 1:
                        singles.append((v, entry))
                    else:
                        multis.setdefault(v[1], []).append((v, entry))
        return {
            first: (tuple(e for _, e in singles), {second: _by_length(cands) for second, cands in multis.items()} or None)
            for first, (singles, multis) in index.items()
        }

    def names(self) -> list[str]:
        return sorted(self.entries)

    def inflects(self, name: str) -> bool:
        """Whether lexicon `name` matches its terms' inflected forms too: as its metadata says; a
        lexicon of the user's own without `"inflect"` in its metadata inflects, as loaded does."""
        return self.metadata.get(name, {}).get("inflect", name in self.new_lexicons)

    def match(self, tokens: Sequence[Token], lexicons: Iterable[str] | None = None) -> list[Match]:
        """Every entry of the chosen lexicons found in the tokens, longest first at each position.

        Overlaps are kept: deciding between "no doubt" (booster) and "doubt" (hedge) is a
        context rule's job in `detect`, and it needs to see both.
        """
        index = self._index_for(lexicons)
        norms = [t.norm for t in tokens]
        n = len(norms)
        last = n - 1
        out: list[Match] = []
        append = out.append
        new = object.__new__  # each match made bare and its five slots set: no `__init__` call (see segment._tokens)
        # Most words start no term: finding the few that do without a Python step per word
        # (compress/map run in C) is cheaper than a loop iteration per word.  What starts at each
        # word is looked up once, there (None where nothing does), not again in the loop.
        starting = list(map(index.get, norms))
        for i in compress(count(), starting):
            singles, multis = starting[i]
            if multis is not None and i < last:
                groups = multis.get(norms[i + 1])
                if groups is not None:
                    start = tokens[i].start
                    for k, by_tail in groups:
                        if i + k <= n:
                            for entry in by_tail.get(tuple(norms[i + 2 : i + k]) if k > 2 else (), ()):
                                match = new(Match)
                                match.start, match.end, match.entry, match.first, match.last = (
                                    start, tokens[i + k - 1].end, entry, i, i + k - 1)
                                append(match)
            if singles:
                tok = tokens[i]
                for entry in singles:
                    match = new(Match)
                    match.start, match.end, match.entry, match.first, match.last = tok.start, tok.end, entry, i, i
                    append(match)
        return out

    def _index_for(self, lexicons: Iterable[str] | None) -> dict[str, Starts]:
        """The index restricted to some lexicons, built once per selection: the hot loop then
        never looks at a reporting verb when it is asked for loaded words."""
        if lexicons is None:
            return self._index
        key = frozenset(lexicons)
        cached = self._selections.get(key)
        if cached is None:
            cached = {}
            for first, (singles, multis) in self._index.items():
                s = tuple(e for e in singles if e.lexicon in key)
                m = {second: kept for second, groups in (multis or {}).items() if (kept := _keep_lexicons(groups, key))}
                if s or m:
                    cached[first] = (s, m or None)
            self._selections[key] = cached
        return cached

    def lookup(self, lexicon: str, term: str) -> Entry | None:
        return self.entries.get(lexicon, {}).get(term.lower())


# Multi-word candidates of one (first, second) token pair with the same length k: the tokens
# after the second -> the entries they spell, in lexicon order.
Tails = tuple[int, dict[tuple[str, ...], list[Entry]]]
# What starts at a first token: its single-word entries, and {second token -> multi-word
# candidates, longest first} or None when no longer term starts there.
Starts = tuple[tuple[Entry, ...], "dict[str, list[Tails]] | None"]


def _by_length(candidates: list[tuple[tuple[str, ...], Entry]]) -> list[Tails]:
    """Candidates grouped by length, longest first; within a group, in the order given."""
    groups: dict[int, dict[tuple[str, ...], list[Entry]]] = {}
    for toks, entry in candidates:
        groups.setdefault(len(toks), {}).setdefault(toks[2:], []).append(entry)
    return sorted(groups.items(), key=lambda g: -g[0])


def _keep_lexicons(groups: list[Tails], keep: frozenset[str]) -> list[Tails]:
    """The groups with only the entries of the lexicons in `keep`; empty ones dropped."""
    out: list[Tails] = []
    for k, by_tail in groups:
        kept = {tail: es for tail, entries in by_tail.items() if (es := [e for e in entries if e.lexicon in keep])}
        if kept:
            out.append((k, kept))
    return out


def load(extra: Sequence[str | Path] = ()) -> LexiconSet:
    """The packaged lexicons, extended and overridden by the user's files in `extra`.

    The same LexiconSet object while no file changed; a lexicon builder who edits a file in a
    notebook and analyses again gets the edited rows.  The check is a stat of each file (size,
    modification time, inode), ~60 us, done once per call: `framing.analyze(text)` pays it per
    text, an `Analyzer` or `analyze_corpus` once."""
    if isinstance(extra, (str, os.PathLike)):  # lexicons="my.tsv" in a notebook: one file, not its letters
        extra = [extra]
    base = _packaged_dir()
    sources = (str(base), *(str(Path(p).resolve()) for p in extra))
    return _load_cached(sources, tuple(map(_stamp, sources)))


@lru_cache(maxsize=1)
def _packaged_dir() -> Path:
    """`packaged_dir()` once (resolving a package's resources costs ~35 us a call)."""
    return packaged_dir()


def _stamp(source: str) -> tuple:
    """What tells an edited lexicon file or folder from the one read before: (path, size,
    modification time, inode) of each file a load reads from it, found the way the loader finds
    them (every *.tsv below a folder, and its metadata.json).  A missing path stamps as itself;
    loading it then raises the usual LexiconError."""
    stamps: list[tuple] = []
    try:
        if os.path.isdir(source):
            _stamp_folder(source, stamps)
        else:
            st = os.stat(source)
            stamps.append((source, st.st_size, st.st_mtime_ns, st.st_ino))
    except OSError:
        stamps.append((source,))
    return tuple(stamps)


def _stamp_folder(folder: str, stamps: list[tuple]) -> None:
    with os.scandir(folder) as it:
        for e in sorted(it, key=lambda e: e.name):
            if e.is_dir(follow_symlinks=False):  # as rglob: not into linked folders
                _stamp_folder(e.path, stamps)
            elif e.name.endswith(".tsv") or e.name == METADATA_FILE:
                st = e.stat()
                stamps.append((e.path, st.st_size, st.st_mtime_ns, st.st_ino))


@lru_cache(maxsize=8)
def _load_cached(sources: tuple[str, ...], stamps: tuple) -> LexiconSet:
    """`stamps` only keys the cache: a changed file makes a new key, so the files are read again."""
    base, *extra = map(Path, sources)
    metadata = read_metadata(base)
    irregular = read_inflections(base)
    entries: dict[str, dict[str, Entry]] = {}
    for path in lexicon_files(base):
        _merge(entries, read_tsv(path))
    packaged = set(entries) | set(metadata)
    new: dict[str, str] = {}  # a lexicon of the user's own -> the first file that adds it
    for folder in extra:
        if folder.is_dir():
            metadata = merge_metadata(metadata, read_metadata(folder))
            for lemma, forms in read_inflections(folder).items():
                irregular.setdefault(lemma, set()).update(forms)
        layer = [e for path in lexicon_files(folder) for e in read_tsv(path)]
        for e in layer:
            if e.lexicon not in packaged and e.lexicon not in new:
                new[e.lexicon] = e.path
        _move_between_exclusive(entries, layer, metadata, irregular)
        _merge(entries, layer)
    from framing.user_lexicons import check_name  # (it reads the score and span names: imported here, not at load time)

    for name, path in new.items():
        check_name(name, path)
    return LexiconSet(entries, metadata, irregular, tuple(sorted(new)))


def _merge(entries: dict[str, dict[str, Entry]], new: list[Entry]) -> None:
    for e in new:
        entries.setdefault(e.lexicon, {})[e.term.lower()] = e


# A term is a hedge or a booster, never both.  A user's row in one takes the same term out of the
# other (as loaded so far: ours, or an earlier --lexicon path), so their file says what the word is:
# "clearly" in their hedge.tsv is a hedge, not our booster, which would otherwise win the tie.
EXCLUSIVE = {"hedge": "booster", "booster": "hedge"}


def _move_between_exclusive(entries: dict[str, dict[str, Entry]], layer: list[Entry], metadata: dict, irregular: dict) -> None:
    """Take the terms of `layer`'s hedge and booster rows out of the other lexicon.  A hedge row
    inflects, so its forms go too: "prove that" in a hedge.tsv also takes our booster rows "proves
    that" and "proved that", which list booster's forms one by one."""
    moving = [e for e in layer if e.lexicon in EXCLUSIVE and e.category != "plain_sense"]
    if not moving:
        return
    own = {(e.lexicon, term_tokens(e.term)) for e in layer}
    # each lexicon's terms by their tokens, read once (not once a moving row)
    by_tokens = {name: {term_tokens(t): t for t in entries.get(name, {})} for name in EXCLUSIVE}
    for e in moving:
        other = EXCLUSIVE[e.lexicon]
        theirs = by_tokens[other]
        toks = term_tokens(e.term)
        forms = inflect(toks, irregular) if toks and metadata.get(e.lexicon, {}).get("inflect", False) else {toks}
        for form in forms:
            if form in theirs and (other, form) not in own:
                entries[other].pop(theirs[form], None)
