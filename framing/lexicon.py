"""Load the lexicons (plain TSV files) and match their terms against tokenised text.

A lexicon is one TSV file, `lexicons/NAME.tsv`, with the header `term, category, weight, note,
source`; `lexicons/metadata.json` describes each file.  Users layer their own files over ours with
`--lexicon PATH`: a file `NAME.tsv` extends the packaged lexicon NAME, and a row whose term is
already there replaces the packaged row.

Matching works on word tokens (`segment.word_tokens`), so a term matches whole words only, in any
case, and multi-word terms match token by token.  Terms are stored in their base form; where a
lexicon's metadata says `"inflect": true`, regular inflections ("slam" -> "slams", "slammed",
"slamming") and the irregular forms in `inflections.tsv` ("say" -> "said") match too.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count
from importlib import resources
from pathlib import Path
from typing import IO

from framing.models import Token
from framing.segment import word_tokens

COLUMNS = ("term", "category", "weight", "note", "source")
METADATA_FILE = "metadata.json"
INFLECTIONS_FILE = "inflections.tsv"
# Files in lexicons/ that are not lexicons of findings but tables the rules read.
SUPPORT_FILES = {INFLECTIONS_FILE}


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names the file and line.

    Made by `file_error` it keeps its parts too (`path`, `line`, `problem`, `fix`), so that
    `framing lexicon validate` reports it as one of its problems instead of stopping."""

    def __init__(self, message: str, path: str = "", line: int = 0, problem: str = "", fix: str = "") -> None:
        super().__init__(message)
        self.path, self.line, self.problem, self.fix = path, line, problem, fix


def file_error(path: Path | str, line: int, problem: str, fix: str) -> LexiconError:
    """The one-line error for a lexicon data file: `FILE:LINE: what is wrong; what to do`
    (line 0: the whole file)."""
    where = f"{path}:{line}" if line else str(path)
    return LexiconError(f"{where}: {problem}; {fix}", str(path), line, problem, fix)


def undecodable(path: Path, reason: str) -> LexiconError:
    """A data file that is not UTF-8, with the line of its first bad byte (a decoder's offset is
    in its read buffer, not in the file).  UTF-16 is named: it is what a spreadsheet's 'Unicode
    Text' saves, and 'not UTF-8' alone would send its user back to the same menu item."""
    fix = {".json": "save the file as UTF-8 (in a text editor: Save As, encoding UTF-8)",
           ".csv": "save the file as UTF-8 (from a spreadsheet: 'CSV UTF-8')"}.get(
        path.suffix, "save the file as UTF-8 (from a spreadsheet: tab-separated text with the character set UTF-8)")
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return file_error(path, 1, "UTF-16 text (a spreadsheet's 'Unicode Text'), not UTF-8", fix)
    try:
        data.decode("utf-8-sig")
        line = 0
    except UnicodeDecodeError as whole:
        line, reason = data.count(b"\n", 0, whole.start) + 1, whole.reason
    return file_error(path, line, f"not UTF-8 text ({reason})", fix)


def unreadable(path: Path, error: OSError) -> LexiconError:
    """A data file the system will not open (a folder named like one, no permission)."""
    return file_error(path, 0, f"cannot read the file ({error.strerror or error})", "check that it is a file you can read")


def _read_text(path: Path) -> str:
    """A whole data file (metadata.json, inflections.tsv) as text; one line naming it, not a
    traceback, when it is not UTF-8 or cannot be opened."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise undecodable(path, e.reason) from None
    except OSError as e:
        raise unreadable(path, e) from None


@dataclass(slots=True, frozen=True)
class Entry:
    """One row of a lexicon file, with where it came from so every finding can cite it."""

    term: str
    category: str
    weight: int | None
    note: str
    source: str
    lexicon: str
    path: str
    line: int


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


def packaged_dir() -> Path:
    """The folder of the packaged lexicons (inside the installed package)."""
    return Path(str(resources.files("framing.lexicons")))


def term_tokens(term: str) -> tuple[str, ...]:
    """A term as the matcher sees it: the same tokens an article containing it would give."""
    return tuple(t.norm for t in word_tokens(term))


def read_tsv(path: Path, lexicon: str | None = None) -> list[Entry]:
    """Read one lexicon file.  Raises LexiconError naming file and line for rows it cannot use."""
    try:
        return _read_tsv(path, lexicon)
    except UnicodeDecodeError as e:  # a spreadsheet's "Text (Tab delimited)" in a Windows code page: no traceback
        raise undecodable(path, e.reason) from None
    except OSError as e:
        raise unreadable(path, e) from None


FIELD_LIMIT = 131_072  # characters in one field of a lexicon row: csv's own default


class TsvReader:
    """The rows of a lexicon TSV, as `csv.reader` gives them, with its `line_num`; a field over
    FIELD_LIMIT characters is a `csv.Error` however large csv's process-wide limit is (reading a
    corpus CSV raises it), so a broken lexicon line is an error whatever was read before."""

    def __init__(self, f: IO[str]) -> None:
        self._reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)

    @property
    def line_num(self) -> int:
        return self._reader.line_num

    def __iter__(self) -> TsvReader:
        return self

    def __next__(self) -> list[str]:
        row = next(self._reader)
        if any(len(c) > FIELD_LIMIT for c in row):
            raise csv.Error(f"field larger than field limit ({FIELD_LIMIT})")
        return row


def _read_tsv(path: Path, lexicon: str | None) -> list[Entry]:
    name = lexicon or path.stem
    entries: list[Entry] = []
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = TsvReader(f)
        try:
            header = next(reader, None)
            if header is None or tuple(h.strip().lower() for h in header[:5]) != COLUMNS:
                raise LexiconError(
                    f"{path}:1: the header must be the tab-separated columns {', '.join(COLUMNS)}"
                )
            for line_no, row in enumerate(reader, start=2):
                if not row or all(not c.strip() for c in row) or row[0].startswith("#"):
                    continue
                row = row + [""] * (5 - len(row))
                term, category, weight, note, source = (c.strip() for c in row[:5])
                entries.append(
                    Entry(term, category, _weight(weight, path, line_no), note, source, name, str(path), line_no)
                )
        except csv.Error as e:  # a line of over 128 K characters: not a lexicon row
            raise broken_line(path, reader.line_num, e) from None
    return entries


def broken_line(path: Path, line: int, error: csv.Error) -> LexiconError:
    return file_error(path, line, f"cannot read this line as tab-separated text ({error})",
                      "check that the file is a lexicon: one row a line, five fields separated by tabs")


def _weight(value: str, path: Path, line: int) -> int | None:
    if not value:
        return None
    try:
        weight = int(value)
    except ValueError:
        weight = None
    if weight not in (1, 2, 3):  # a weight of 7 would silently inflate the weighted scores
        raise LexiconError(f"{path}:{line}: weight {value!r} is not 1, 2 or 3; `framing lexicon validate {path}` lists every problem")
    return weight


def read_metadata(folder: Path) -> dict[str, dict]:
    """A folder's metadata.json: lexicon name -> its description ({} when there is none).
    Raises LexiconError naming the file and line when it is not UTF-8, not JSON, or not shaped
    as one object per lexicon (merging a list would otherwise end in a traceback)."""
    path = folder / METADATA_FILE
    if not path.exists():
        return {}
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:  # a user folder's broken metadata.json: its file and line, not a traceback
        raise file_error(path, e.lineno, f"not valid JSON ({e.msg})", "fix the JSON syntax at that line") from e
    _check_metadata_shape(path, text, data)
    return data


_METADATA_EXAMPLE = '{"loaded": {"description": "...", "inflect": true, "categories": {"contempt": "..."}}}'


def _check_metadata_shape(path: Path, text: str, data: object) -> None:
    if not isinstance(data, dict):
        raise file_error(path, 1, f"the file is a JSON {type(data).__name__}, not an object of lexicons",
                         f"write one object with an entry per lexicon, e.g. {_METADATA_EXAMPLE}")
    for name, meta in data.items():
        problem = (f"the entry for {name!r} is not an object" if not isinstance(meta, dict) else
                   f"the \"categories\" of {name!r} are not an object of category -> description"
                   if not isinstance(meta.get("categories", {}), dict) else
                   f"the \"inflect\" of {name!r} is not true or false" if not isinstance(meta.get("inflect", False), bool) else "")
        if problem:
            at = text.find(json.dumps(name))
            raise file_error(path, text.count("\n", 0, at) + 1 if at >= 0 else 0, problem,
                             f"shape it like {_METADATA_EXAMPLE}")


def merge_metadata(base: dict[str, dict], extra: dict[str, dict]) -> dict[str, dict]:
    """A user folder's metadata.json over ours: per lexicon, its fields win, and its categories
    are added to ours (a user may add a category without restating the packaged ones)."""
    merged = dict(base)
    for name, meta in extra.items():
        old = base.get(name, {})
        merged[name] = {**old, **meta, "categories": {**old.get("categories", {}), **meta.get("categories", {})}}
    return merged


def read_inflections(folder: Path) -> dict[str, set[str]]:
    """Irregular forms: lemma -> its forms, from `inflections.tsv` (lemma, then forms)."""
    path = folder / INFLECTIONS_FILE
    table: dict[str, set[str]] = {}
    if not path.exists():
        return table
    for line in _read_text(path).splitlines():
        if not line.strip() or line.startswith(("#", "lemma\t")):
            continue
        lemma, *forms = (c.strip().lower() for c in line.split("\t"))
        table.setdefault(lemma, set()).update(x for x in forms if x)
    return table


_VOWELS = set("aeiou")


def regular_inflections(word: str) -> set[str]:
    """-s, -ed, -ing forms by the usual English spelling rules (slam -> slammed, cry -> cried).
    A hyphenated word inflects its last part ("anti-vaxxer" -> "anti-vaxxers")."""
    head, sep, tail = word.rpartition("-")
    if sep and head and tail.isalpha():
        return {head + sep + form for form in regular_inflections(tail)}
    if not word.isalpha() or len(word) < 2:
        return {word}
    forms = {word}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    elif word.endswith("y") and word[-2] not in _VOWELS:
        forms.update({word[:-1] + "ied", word + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
        # Doubling the final consonant of short CVC words: slam -> slammed, slamming.
        if len(word) <= 4 and word[-1] not in _VOWELS | set("wxy") and word[-2] in _VOWELS and word[-3:-2] and word[-3] not in _VOWELS:
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return forms


def inflect(tokens: tuple[str, ...], irregular: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """All token sequences a base-form term stands for: the first word (verb phrases such as
    "pull the strings") and the last word (noun phrases such as "puppet regime") inflect."""

    def forms(word: str) -> set[str]:
        return regular_inflections(word) | irregular.get(word, set())

    out = {tokens}
    for form in forms(tokens[0]):
        out.add((form,) + tokens[1:])
    if len(tokens) > 1:
        for form in forms(tokens[-1]):
            out.add(tokens[:-1] + (form,))
    return out


@dataclass
class LexiconSet:
    """All lexicons in force for a run, merged (user files over packaged ones), plus a matcher."""

    entries: dict[str, dict[str, Entry]]  # lexicon name -> term -> entry
    metadata: dict[str, dict]
    irregular: dict[str, set[str]] = field(default_factory=dict)
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
            inflecting = self.metadata.get(name, {}).get("inflect", False)
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
        # Most words start no term: finding the few that do without a Python step per word
        # (compress/map run in C) is cheaper than a loop iteration per word.
        for i in compress(count(), map(index.__contains__, norms)):
            singles, multis = index[norms[i]]
            if multis is not None and i < last:
                groups = multis.get(norms[i + 1])
                if groups is not None:
                    start = tokens[i].start
                    for k, by_tail in groups:
                        if i + k <= n:
                            for entry in by_tail.get(tuple(norms[i + 2 : i + k]) if k > 2 else (), ()):
                                append(Match(start, tokens[i + k - 1].end, entry, i, i + k - 1))
            if singles:
                tok = tokens[i]
                for entry in singles:
                    append(Match(tok.start, tok.end, entry, i, i))
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


def lexicon_files(path: Path) -> list[Path]:
    """The lexicon files a --lexicon PATH names: the file itself, or every *.tsv in a folder."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*.tsv") if p.name not in SUPPORT_FILES)
    if not path.exists():
        raise LexiconError(f"{path}: no such lexicon file or folder; pass a .tsv file or a folder of them")
    return [path]


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
    for folder in extra:
        if folder.is_dir():
            metadata = merge_metadata(metadata, read_metadata(folder))
            for lemma, forms in read_inflections(folder).items():
                irregular.setdefault(lemma, set()).update(forms)
        layer = [e for path in lexicon_files(folder) for e in read_tsv(path)]
        _move_between_exclusive(entries, layer, metadata, irregular)
        _merge(entries, layer)
    return LexiconSet(entries, metadata, irregular)


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
