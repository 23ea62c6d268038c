"""Check lexicon files row by row and say exactly which line is wrong and how to fix it.

`framing lexicon validate [PATH...]` calls `validate()`.  Every problem names the file, the line,
what is wrong and what to do.  Errors make the command fail; warnings (a term that duplicates
another through its inflections, a plain-sense row that swallows nothing) do not.  The checks
against other files are in framing/lexicon_cross_checks.py, those of a folder's inflections.tsv
in framing/lexicon_validate_inflections.py.

User files are checked together with the packaged lexicons, because that is how they are used:
a user's `hedge.tsv` row that is a packaged booster is a conflict just the same.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from difflib import get_close_matches
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from framing.lexicon_files import decimal_weight
from framing.lexicon_terms import expand_term, has_slot, slot_lists, slot_problem
from framing.user_lexicons import check_name
from framing.lexicon import (
    COLUMNS,
    LexiconError,
    INFLECTIONS_FILE,
    TsvReader,
    METADATA_FILE,
    inflect,
    lexicon_files,
    merge_metadata,
    broken_line,
    packaged_dir,
    read_inflections,
    read_metadata,
    term_tokens,
    undecodable,
    unreadable,
)

WEIGHTS = (1, 2, 3)
PLAIN_SENSE = "plain_sense"


@dataclass(slots=True, frozen=True)
class Problem:
    """One thing wrong with one line of one file."""

    path: str
    line: int
    message: str
    fix: str
    severity: str = "error"  # "error" fails validation; "warning" does not; "intended": a warning the row's note silences (INTENDED)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path  # line 0: the whole file
        return f"{where}: {self.severity}: {self.message}; {self.fix}"


@dataclass(slots=True, frozen=True)
class Row:
    term: str
    category: str
    lexicon: str
    path: str
    line: int
    weight: str = ""
    note: str = ""
    # The term as the matcher sees it (`term_tokens(term)`), made once with the row: the checks
    # against the packaged lexicons read it for every packaged row, and tokenised each again.
    tokens: tuple[str, ...] = ()

    @property
    def intended(self) -> bool:
        """The row says it overrides or moves a packaged row on purpose (its note starts with
        `override:`), so the warning that it does is not repeated on every run."""
        return self.note[: len(INTENDED)].lower() == INTENDED


# A note opening with this marks a row that overrides (or moves) a packaged row on purpose:
# `clown  contempt  2  override: weaker than ours  me`.  The reason travels with the row.
INTENDED = "override:"


def validate(paths: Sequence[str | Path] = ()) -> list[Problem]:
    """Problems in the packaged lexicons (no paths) or in the given files/folders (checked
    alongside the packaged ones for conflicts).  Sorted by file and line.

    The same files give the same problems, so they are kept for the next call: a command run
    with `--lexicon` checks the files twice (the option reports their errors, the command their
    warnings), and validated them twice, the costlier half of its start.  A file that changed
    (its bytes), appeared or went makes a new key."""
    base = packaged_dir()
    targets = [Path(p) for p in paths] or [base]
    ours = _fingerprint([base])
    key = (os.getcwd(), str(base), tuple(map(str, targets)), ours, _fingerprint(targets))
    found = _VALIDATED.pop(key, None)
    if found is None:
        found = tuple(_validate(base, targets, ours))
    _VALIDATED[key] = found  # the latest last: the oldest goes first
    while len(_VALIDATED) > _KEPT:
        del _VALIDATED[next(iter(_VALIDATED))]
    return list(found)


_KEPT = 8  # validations kept: a command needs one; a notebook or a test session a few at once
_VALIDATED: dict[tuple, tuple[Problem, ...]] = {}


def _fingerprint(paths: Sequence[Path]) -> tuple:
    """What tells one state of the files `validate` reads from another: the bytes of each file
    given, of every .tsv and metadata.json in the folders given (the packaged one, a user's)
    and of the metadata.json beside a file (an unknown category's fix reads it); the name of
    every other file there (a `loaded.csv` is warned about); and what each path is (a file, a
    folder, missing, unreadable).  Bytes, not modification times: an edit within a clock tick
    of the last check is an edit all the same.  Reading the ~600 KB of ours takes milliseconds."""
    seen: dict[str, object] = {}
    for t in paths:
        if t.is_dir():
            seen[str(t)] = "folder"
            for f in t.rglob("*"):
                seen[str(f)] = _file_state(f, f.suffix == ".tsv" or f.name == METADATA_FILE)
        else:
            seen[str(t)] = _file_state(t, True)
            beside = t.parent / METADATA_FILE
            seen[str(beside)] = _file_state(beside, True)
    return tuple(sorted(seen.items()))


def _file_state(path: Path, read: bool) -> object:
    """A path's part of `_fingerprint`: a digest of its bytes where `read`."""
    try:
        if path.is_dir():
            return "folder"
        if not path.exists():
            return "missing"
        return hashlib.blake2b(path.read_bytes(), digest_size=16).digest() if read else "file"
    except OSError as e:
        return f"unreadable: {e.errno}"


def _validate(base: Path, targets: list[Path], ours: tuple) -> list[Problem]:
    """`validate`'s work; `ours`: the packaged folder's `_fingerprint`."""
    problems: list[Problem] = []
    metadata = _metadata(base, problems)
    irregular = read_inflections(base)
    from framing.lexicon_validate_inflections import folder_inflections  # it imports Problem from here

    files: list[Path] = []
    for t in targets:
        if not t.exists():
            problems.append(Problem(str(t), 0, "no such file or folder", "pass a .tsv lexicon file or a folder of them"))
            continue
        if t.is_dir():
            if t != base:
                metadata = merge_metadata(metadata, _metadata(t, problems))
            folder_inflections(t, irregular, problems)
        files.extend(lexicon_files(t))
        if t.is_dir():
            _check_unread(t, problems)
    checked: list[Row] = []
    for f in files:
        checked.extend(_check_file(f, metadata, irregular, problems))
    from framing.lexicon_cross_checks import check_against_packaged  # it imports Problem and Row from here

    packaged = [] if targets == [base] else _rows_quietly(base, ours, metadata, irregular)
    check_against_packaged(checked, packaged, metadata, irregular, problems)
    _check_plain_senses(checked, packaged, problems)
    problems.sort(key=lambda p: (p.path, p.line, p.message))
    return problems


# Files in a lexicon folder that look like lexicons but are not read (only NAME.tsv is).
_NOT_READ = (".tsv", ".csv", ".txt", ".xlsx", ".ods")


def _check_unread(folder: Path, problems: list[Problem]) -> None:
    """A `Loaded.TSV` or a `loaded.csv` saved beside the lexicons is silently passed over by
    every command: say so, since its rows find nothing."""
    read = set(lexicon_files(folder))
    for f in sorted(folder.rglob("*")):
        if f.is_file() and f.suffix.lower() in _NOT_READ and f not in read and f.name != INFLECTIONS_FILE:
            problems.append(Problem(str(f), 0, "not read as a lexicon: only files ending in .tsv (lower case) are",
                                    f"save it as tab-separated text named after the lexicon it extends (e.g. {f.stem.lower()}.tsv)", "warning"))


def errors(problems: Sequence[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def _metadata(folder: Path, problems: list[Problem]) -> dict[str, dict]:
    """A folder's metadata; a metadata.json that cannot be used is a problem, and no metadata."""
    try:
        return read_metadata(folder)
    except LexiconError as e:
        problems.append(problem_from(e))
        return {}


def problem_from(error: LexiconError) -> Problem:
    """The error the loader would raise for a file, as one of validate's problems."""
    return Problem(error.path, error.line, error.problem, error.fix)


def _rows_quietly(folder: Path, state: tuple, metadata: dict, irregular: dict) -> list[Row]:
    """The packaged rows, for conflict checks against user files (their own problems are not
    the user's to fix, so they are not reported here).

    Kept for the next call while the packaged files and the word lists their slots read are the
    same: every validation of a user's file reads all of them (some 14,000 phrases), and a
    process that validates several (a test session, a notebook) read them each time.  The rows
    depend on nothing else: the metadata's categories and the inflections only make problems.
    `state`: the folder's `_fingerprint`."""
    key = (str(folder), state,
           json.dumps({name: slot_lists(meta) for name, meta in metadata.items()}, sort_keys=True))
    rows = _PACKAGED_ROWS.get(key)
    if rows is None:
        rows = []
        for f in lexicon_files(folder):
            rows.extend(_check_file(f, metadata, irregular, [], quiet=True))
        _PACKAGED_ROWS.clear()  # one state of the packaged files at a time
        _PACKAGED_ROWS[key] = rows
    return rows


_PACKAGED_ROWS: dict[tuple, list[Row]] = {}


def _check_file(path: Path, metadata: dict, irregular: dict, problems: list[Problem], quiet: bool = False) -> list[Row]:
    """The rows of one lexicon file, each problem found in it added to `problems`.  `quiet`: only
    the rows are wanted (the packaged ones, checked against a user's), so the check whose only
    outcome is warnings about the file itself is not run."""
    name = path.stem
    p = str(path)
    meta = metadata.get(name)
    categories = (meta or {}).get("categories")
    inflecting = (meta or {}).get("inflect", False)
    rows: list[Row] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = TsvReader(f)
            try:
                lines = list(reader)
            except csv.Error as e:  # a line of over 128 K characters
                problems.append(problem_from(broken_line(path, reader.line_num, e)))
                return rows
    except UnicodeDecodeError as e:
        problems.append(problem_from(undecodable(path, e.reason)))
        return rows
    except OSError as e:
        problems.append(problem_from(unreadable(path, e)))
        return rows
    separator = next((c for c in ",;" if lines and len(lines[0]) == 1 and tuple(h.strip().lower() for h in lines[0][0].split(c)) == COLUMNS), None)
    if separator:
        # a spreadsheet saved as CSV (with ';' where the decimal mark is a comma): every row would fail; one line says what happened
        named = {",": "comma-separated (CSV)", ";": "separated by semicolons (a spreadsheet's CSV where the decimal mark is a comma)"}[separator]
        problems.append(Problem(p, 1, f"the file is {named}, but a lexicon is tab-separated",
                                f"save it from the spreadsheet as tab-delimited text (.tsv), or replace the {'commas' if separator == ',' else 'semicolons'} between fields with tabs"))
        return rows
    if lines and len(lines[0]) == 1 and tuple(h.lower() for h in lines[0][0].split()) == COLUMNS:
        problems.append(Problem(p, 1, "the columns are separated by spaces, but a lexicon is tab-separated",
                                "put one tab between fields (an editor set to turn tabs into spaces does this)"))
        return rows
    if not lines or tuple(h.strip().lower() for h in lines[0]) != COLUMNS:
        has = [h.strip().lower() for h in lines[0]] if lines else []
        told = (f" (this file has: {', '.join(has)})" if sorted(has) == sorted(COLUMNS) else
                f" (this file's first line: {', '.join(has)[:80]})" if has else " (the file is empty)")
        problems.append(Problem(p, 1, "the header must be the tab-separated columns " + ", ".join(COLUMNS) + told,
                                "make the first line exactly those five column names, separated by tabs, with each row's fields in that order"))
        return rows
    if name not in _packaged_names():  # a lexicon of the user's own: its findings are of its own type (framing.user_lexicons)
        try:
            check_name(name, p)
        except LexiconError as e:  # `attribution.tsv`: the loader refuses it, and says so alike
            problems.append(problem_from(e))
            return rows
        if meta is None:
            problems.append(Problem(p, 1, f"lexicon {name!r} is new and not described in a metadata.json: its rows are found as "
                                    f"findings of the type {name!r}, scored as {name}_per_1k, with no description of its categories",
                                    f"to extend a lexicon of ours instead, name the file after it (e.g. loaded.tsv); else describe "
                                    f"it in the {METADATA_FILE} beside the file, e.g. {{\"{name}\": {{\"description\": \"...\", "
                                    f"\"categories\": {{\"CATEGORY\": \"...\"}}}}}}", "warning"))
    seen: dict[str, int] = {}
    for line_no, row in enumerate(lines[1:], start=2):
        if len(row) <= 1 and not "".join(row).strip():  # a blank line: every reader skips it
            if any(any(c.strip() for c in later) for later in lines[line_no:]):  # at the end of the file (an editor's habit) it is no problem
                problems.append(Problem(p, line_no, "blank line", "it is skipped; delete it if you like", "warning"))
            continue
        if all(not c.strip() for c in row):
            problems.append(Problem(p, line_no, "empty row", "delete the line"))
            continue
        if row[0].startswith("#"):
            continue
        if len(row) != len(COLUMNS):
            spaced = len(row) < len(COLUMNS) and any(re.search(r"\S {2,}\S", c) for c in row)
            joined = None if spaced or len(row) >= len(COLUMNS) else _joined_field(row, categories)
            fields = _joined_fields(joined, categories) if joined else []
            problems.append(Problem(p, line_no, f"{len(row)} column{'s' * (len(row) != 1)} where 5 are expected (term, category, weight, note, source)"
                                    + ("; the fields look separated by spaces, not tabs" if spaced else
                                       f"; {joined!r} looks like the fields {', '.join(map(repr, fields))} with spaces where tabs belong" if len(fields) > 2 else
                                       f"; {joined!r} looks like two fields with a space where a tab belongs" if joined else ""),
                                    ("put one tab between fields (an editor set to turn tabs into spaces does this)" if spaced else
                                     "put a tab between them; leave a field empty rather than leaving it out" if len(fields) > 2 else
                                     "put a tab in place of that space; leave a field empty rather than leaving it out" if joined else
                                     "separate the five fields with single tabs; leave a field empty rather than leaving it out")))
            continue
        term, category, weight, note, _source = (c.strip() for c in row)
        if not term:
            problems.append(Problem(p, line_no, "empty term", "write the term in the first column or delete the line"))
            continue
        if has_slot(term):  # "it [is|was] [adverb] reported": each phrase it stands for is checked as a row
            if problem := slot_problem(term, slot_lists(meta or {})):
                problems.append(Problem(p, line_no, problem, _SLOT_FIX))
                continue
            phrases = expand_term(term, slot_lists(meta or {}))
        else:
            phrases = [term]
            if term.lower() in seen:  # reported alone, as ever: the later row is the one read
                _check_phrase(term, term, category, name, p, line_no, weight, note, seen, rows, problems)
                continue
        if weight:
            try:
                w = int(weight)
            except ValueError:
                w = None
            if w not in WEIGHTS:
                problems.append(Problem(p, line_no, f"weight {weight!r} is not 1, 2 or 3",
                                        decimal_weight(weight) or "use 1 (mild), 2 (clear) or 3 (strong), or leave it empty"))
        if not category:
            problems.append(Problem(p, line_no, f"no category for {term!r}", _category_fix(name, categories, path, "")))
        elif categories is not None and category not in categories:
            problems.append(Problem(p, line_no, f"unknown category {category!r} for lexicon {name!r}", _category_fix(name, categories, path, category)))
        for phrase in phrases:
            _check_phrase(phrase, term, category, name, p, line_no, weight, note, seen, rows, problems)
    if not quiet:
        _check_inflection_duplicates(rows, inflecting, irregular, problems)
    return rows


_SLOT_FIX = ("write a slot as [a|b] (one of these words) or [name] (a list under the lexicon's \"slots\" in "
             "metadata.json, e.g. \"slots\": {\"adverb\": [\"also\", \"often\"]}); lexicons/README.md, 'Slots'")


def _check_phrase(term: str, written: str, category: str, name: str, p: str, line_no: int, weight: str, note: str,
                  seen: dict[str, int], rows: list[Row], problems: list[Problem]) -> None:
    """One phrase of a row (the row's term, or one a slotted term stands for): unique in its file,
    and matched as written."""
    key = term.lower()
    via = f" (a phrase of {written!r})" if written != term else ""
    if key in seen:
        problems.append(Problem(p, line_no, f"duplicate term {term!r}{via} (first on line {seen[key]})",
                                "delete one of the two rows (this one, the later, is the one read)" if not via else
                                f"delete the row on line {seen[key]}, or take the word out of this row's slot"))
        return
    seen[key] = line_no
    toks = term_tokens(term)
    if not toks:
        problems.append(Problem(p, line_no, f"term {term!r} can never match: it has no word characters after tokenisation",
                                "use letters or digits; punctuation alone is not matched"))
        return
    if " ".join(toks) != " ".join(key.replace("’", "'").split()):
        problems.append(Problem(p, line_no, f"term {term!r}{via} is matched as the words {' '.join(toks)!r} (punctuation is dropped)",
                                "write it as those words so the row says what it matches", "warning"))
    rows.append(Row(key, category, name, p, line_no, weight, note, toks if key == term else term_tokens(key)))


def _packaged_names() -> set[str]:
    return set(read_metadata(packaged_dir()))


def _joined_field(row: list[str], categories: dict | None) -> str | None:
    """The field of a short row that holds two fields joined by a space ('loaded_verb 2',
    'gaslight loaded_verb'): a word of it is a category of the lexicon, or a weight after a
    category.  Where one tab became a space, the column count alone does not say which."""
    known = set(categories or ())
    for cell in row:
        words = cell.split()
        if len(words) > 1 and (known & set(words[1:]) or (words[0] in known and words[-1] in ("1", "2", "3"))):
            return cell.strip()
    return None


def _joined_fields(cell: str, categories: dict | None) -> list[str]:
    """The fields a joined cell reads as with tabs: the term (any words), a category, and a weight
    after it ('slam dunk contempt 2' -> 'slam dunk', 'contempt', '2'); the last category word
    followed by nothing or a weight is taken, so a term holding a category's name ('fear
    mongering') stays whole.  Empty when the cell does not end so."""
    words, known = cell.split(), set(categories or ())
    for i in range(len(words) - 1, 0, -1):
        rest = words[i + 1:]
        if words[i] in known and (not rest or rest in (["1"], ["2"], ["3"])):
            return [" ".join(words[:i]), words[i], *rest]
    return []


def _category_fix(name: str, categories: dict | None, path: Path, category: str) -> str:
    """Where a new category is defined: the metadata.json beside a user's file (named, with its
    shape), which is read only when its folder is passed; the file alone leaves it unread."""
    folder = path.parent
    sidecar = folder / METADATA_FILE
    if folder.resolve() == packaged_dir().resolve():
        where = f"under {name!r} \"categories\" in {sidecar}"
    else:
        try:
            listed = category and category in read_metadata(folder).get(name, {}).get("categories", {})
        except LexiconError:  # a broken metadata.json is reported on its own
            listed = False
        if listed:
            return (f"{category!r} is defined in {sidecar}, which is read only with its folder: "
                    f"pass the folder ({folder}) to validate and to --lexicon, not the file alone")
        where = (f"in {sidecar} ({{\"{name}\": {{\"categories\": {{\"{category or 'new_category'}\": \"what it means\"}}}}}}) "
                 f"and pass the folder ({folder}) to --lexicon")
    if not categories:
        return f"give the row a category (and define it {where})"
    # a typo ('sports_metaphr', 'pejorative-label') is named first, not left to be found among twenty names
    close = get_close_matches(category, list(categories), n=1, cutoff=0.8) if category else []
    meant = f"did you mean {close[0]!r}? " if close else ""
    return f"{meant}use one of {', '.join(sorted(categories))}, or define the new one {where}"


def _check_inflection_duplicates(rows: list[Row], inflecting: bool, irregular: dict, problems: list[Problem]) -> None:
    """Warn about "thugs" beside "thug": the plural is matched already and the second row only
    decides which category wins."""
    if not inflecting:
        return
    base = {r.tokens: r for r in rows}
    for r in rows:
        toks = r.tokens
        for v in inflect(toks, irregular):
            other = base.get(v)
            if v != toks and other is not None and other.line != r.line:
                problems.append(Problem(other.path, other.line, f"{other.term!r} is already matched as a form of {r.term!r} (line {r.line})",
                                        "delete this row unless it needs its own category or note", "warning"))
                base.pop(v)


def _check_plain_senses(rows: list[Row], packaged: list[Row], problems: list[Problem]) -> None:
    """A plain_sense row must contain a listed term of its lexicon, or it swallows nothing.  The
    listed terms are the packaged ones too: a user's "brutal schedule" makes our "brutal" plain,
    and a user's "farce" as plain_sense switches our "farce" off."""
    words: dict[str, set[str]] = {}
    for r in (*packaged, *rows):
        if r.category != PLAIN_SENSE:
            words.setdefault(r.lexicon, set()).add(r.term)
    for r in rows:
        if r.category != PLAIN_SENSE:
            continue
        listed = words.get(r.lexicon, set())
        toks = r.tokens
        whole = " ".join(toks)
        inner = {" ".join(toks[i:j]) for i in range(len(toks)) for j in range(i + 1, len(toks) + 1)} - {whole}
        own_off = whole in listed and any(p.term == r.term and p.lexicon == r.lexicon for p in packaged)
        if not own_off and not inner & listed and not any(_stem_in(t, listed) for t in toks):
            problems.append(Problem(r.path, r.line, f"plain-sense row {r.term!r} contains no term of this lexicon",
                                    "a plain_sense row must contain the listed word it makes plain ('brutal winter' contains 'brutal')", "warning"))


def _stem_in(token: str, words: set[str]) -> bool:
    return any(token.startswith(w) and len(token) - len(w) <= 3 for w in words if " " not in w)


WARNINGS_SHOWN = 5  # a command that analyses text shows this many of its --lexicon files' warnings


def warning_lines(paths: Sequence[str | Path], shown: int = WARNINGS_SHOWN) -> list[str]:
    """What `validate` warns about the user's `--lexicon` files, for a command that analyses text
    (`framing score`): one line each, naming the file and line as `validate` and compilers do
    (`mine/hedge.tsv:2: warning: ...; fix`; the `--lexicon` option words the errors it reads past
    alike, so an editor's problem matcher reads every one of them), the first `shown` of them,
    then one line counting the rest and naming the command that lists them all.  A run says once what its lexicon may not do as meant (a row never found, a
    packaged row overridden or moved) without burying its own messages; the errors, which the
    loader reads past, are the `--lexicon` option's to print."""
    existing = [Path(p) for p in paths if Path(p).exists()]
    if not existing:
        return []
    found = [p for p in validate(existing) if p.severity == "warning"]
    lines = [str(p) for p in found[:shown]]
    if len(found) > shown:
        rest = len(found) - shown
        lines.append(f"warning: {rest:,} more lexicon warning{'s' * (rest != 1)} not shown; "
                     f"`framing lexicon validate {' '.join(map(str, existing))}` lists them all")
    return lines


def stop_line(fatal: Problem, problems: Sequence[Problem], paths: Sequence[str | Path]) -> str:
    """The one line a command that analyses text stops on when its --lexicon files cannot load:
    the row that stops them (validate's words, with the fix), and how many other errors wait in
    them, so a builder fixes them in one pass rather than meeting each on the next run."""
    line = f"{fatal.path}{f':{fatal.line}' if fatal.line else ''}: {fatal.message}; {fatal.fix}"
    rest = sum(1 for p in errors(problems) if p is not fatal)
    if rest:
        line += (f" ({rest} more error{'s' * (rest != 1)} in these files: "
                 f"`framing lexicon validate {' '.join(map(str, paths))}` lists them all)")
    return line
