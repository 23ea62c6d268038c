"""Read lexicon data files: the TSVs of terms, `metadata.json` and `inflections.tsv`.

A lexicon is one TSV file, `lexicons/NAME.tsv`, with the header `term, category, weight, note,
source`; `lexicons/metadata.json` describes each file.  Everything here turns a file into plain
data (`Entry` rows, dicts) or into a `LexiconError` that names the file and line and says what to
do, so `framing score --lexicon DIR` and `framing lexicon validate DIR` never end in a traceback.
Merging the files into one set and matching them against text is framing/lexicon.py's job.
"""

from __future__ import annotations

import codecs
import csv
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO

from framing.lexicon_terms import expand_term, has_slot, slot_lists, slot_problem

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
    # The term as its row writes it, where the row has slots ("it [is|was] [adverb] reported"):
    # each phrase the row stands for is an Entry of its own, and this says which row it came from.
    pattern: str = ""



def packaged_dir() -> Path:
    """The folder of the packaged lexicons (inside the installed package)."""
    return Path(str(resources.files("framing.lexicons")))



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
    lists: dict[str, list[str]] | None = None  # the lexicon's named slots, read at its first row with a slot
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
                if has_slot(term):
                    if lists is None:
                        lists = _slot_lists_for(path, name)
                    if problem := slot_problem(term, lists):
                        raise file_error(path, line_no, problem, f"`framing lexicon validate {path}` lists every problem")
                    w = _weight(weight, path, line_no)
                    entries.extend(Entry(t, category, w, note, source, name, str(path), line_no, term) for t in expand_term(term, lists))
                    continue
                entries.append(
                    Entry(term, category, _weight(weight, path, line_no), note, source, name, str(path), line_no)
                )
        except csv.Error as e:  # a line of over 128 K characters: not a lexicon row
            raise broken_line(path, reader.line_num, e) from None
    return entries


def _slot_lists_for(path: Path, name: str) -> dict[str, list[str]]:
    """The named word lists a file's slots may use: the packaged metadata's for lexicon `name`,
    with those of the metadata.json beside the file (a user's folder) over them."""
    base = packaged_dir()
    metadata = read_metadata(base)
    if path.parent.resolve() != base.resolve():
        metadata = merge_metadata(metadata, read_metadata(path.parent))
    return slot_lists(metadata.get(name, {}))


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
        hint = decimal_weight(value)
        raise LexiconError(f"{path}:{line}: weight {value!r} is not 1, 2 or 3{'; ' + hint if hint else ''}; "
                           f"`framing lexicon validate {path}` lists every problem")
    return weight


def decimal_weight(value: str) -> str:
    """'write it as 2 (a spreadsheet saved it as 2.0)' for a weight written as a decimal of 1, 2 or
    3, which a spreadsheet's number format makes of the 2 its user typed; else ''."""
    try:
        number = float(value.replace(",", "."))  # '2,0' where the decimal mark is a comma
    except ValueError:
        return ""
    return f"write it as {int(number)} (a spreadsheet saved it as {value})" if number in (1, 2, 3) else ""


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
                   f"the \"inflect\" of {name!r} is not true or false" if not isinstance(meta.get("inflect", False), bool) else
                   _slots_problem(name, meta.get("slots", {})) or _rules_problem(name, meta.get("rules", [])))
        if problem:
            at = text.find(json.dumps(name))
            rules = '"rules"' in problem
            if rules and at >= 0 and text.find('"rules"', at) >= 0:
                at = text.find('"rules"', at)  # the line of the list, not of the lexicon's name
            raise file_error(path, text.count("\n", 0, at) + 1 if at >= 0 else 0, problem,
                             'spell each as listed, e.g. "rules": ["negation", "noun_use"]' if rules else
                             f"shape it like {_METADATA_EXAMPLE}")


# The rules a lexicon of the user's own may turn on in its metadata.json ("rules": [...]); it gets
# plain_sense and proper_name, and the rules keyed on a category its rows name, without asking.
USER_RULES = {
    "noun_use": "every term is loaded only as a verb: after a determiner or a possessive it is a noun, no finding ('his purges')",
    "negation": "a negator just before a term makes it no finding ('not a purge', 'never a crackdown')",
}


def _rules_problem(name: str, rules: object) -> str:
    """What is wrong with a lexicon's "rules" ('' when nothing): a list of USER_RULES names."""
    if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
        return f"the \"rules\" of {name!r} are not a list of rule names (e.g. [\"negation\", \"noun_use\"])"
    unknown = [r for r in rules if r not in USER_RULES]
    if unknown:
        return f"unknown rule {unknown[0]!r} in the \"rules\" of {name!r}; the rules a lexicon can turn on: {', '.join(USER_RULES)}"
    return ""


def _slots_problem(name: str, slots: object) -> str:
    """What is wrong with a lexicon's "slots" ('' when nothing): they are name -> list of words."""
    if not isinstance(slots, dict):
        return f"the \"slots\" of {name!r} are not an object of list name -> words"
    for slot, words in slots.items():
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            return f"the slot {slot!r} of {name!r} is not a list of words (e.g. \"adverb\": [\"also\", \"often\"])"
    return ""


def merge_metadata(base: dict[str, dict], extra: dict[str, dict]) -> dict[str, dict]:
    """A user folder's metadata.json over ours: per lexicon, its fields win, and its categories
    are added to ours (a user may add a category without restating the packaged ones)."""
    merged = dict(base)
    for name, meta in extra.items():
        old = base.get(name, {})
        merged[name] = {**old, **meta, "categories": {**old.get("categories", {}), **meta.get("categories", {})}}
        if "slots" in old or "slots" in meta:  # a user's list of a name replaces ours; ours of other names stay
            merged[name]["slots"] = {**old.get("slots", {}), **meta.get("slots", {})}
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


def lexicon_files(path: Path) -> list[Path]:
    """The lexicon files a --lexicon PATH names: the file itself, or every *.tsv in a folder."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*.tsv") if p.name not in SUPPORT_FILES)
    if not path.exists():
        raise LexiconError(f"{path}: no such lexicon file or folder; pass a .tsv file or a folder of them")
    return [path]

