"""Add a row to a lexicon file, validated first, so a lexicon builder never writes a row that
`framing lexicon validate` would reject."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from framing.lexicon import COLUMNS, EXCLUSIVE, METADATA_FILE, LexiconError, merge_metadata, packaged_dir, read_metadata, read_tsv
from framing.lexicon_validate import errors, validate

HEADER = "\t".join(COLUMNS) + "\n"


def add_entry(name: str, term: str, category: str, weight: int | None = None, note: str = "",
              source: str = "user", file: Path | None = None) -> Path:
    """Append `term` to lexicon `name`: the packaged file, or `file` for a user lexicon (created
    with its header if new).  The row is validated with the file first (duplicate, category,
    weight, a term that cannot match, a hedge/booster conflict); on a problem a LexiconError
    names it and the file is left unchanged."""
    if file is None and _installed(packaged_dir()):
        raise LexiconError(f"the packaged lexicons ({packaged_dir()}) are part of the installed framing, and an upgrade "
                           f"would replace them; keep your rows in a file of your own: --file my-lexicons/{name}.tsv, "
                           "then pass --lexicon my-lexicons to any command")
    path = file if file is not None else packaged_dir() / f"{name}.tsv"
    known = read_metadata(packaged_dir())
    if file is not None and path.parent.resolve() != packaged_dir().resolve():
        known = merge_metadata(known, read_metadata(path.parent))
    if name not in known:  # a typo ('lodaed') would make a lexicon of its own, not add to loaded
        # a new lexicon finds spans of its own type (framing.user_lexicons): said before the builder writes its metadata
        raise LexiconError(f"no lexicon {name!r}; use one of {', '.join(sorted(known))} "
                           f"(a new lexicon needs an entry in the {METADATA_FILE} beside the file describing its categories; "
                           f"its terms are then found as findings of the type {name!r}, scored as {name}_per_1k)")
    if path.stem != name:
        raise LexiconError(f"{path}: a file for lexicon {name!r} must be named {name}.tsv (the file name says which lexicon it extends)")
    for label, value in (("term", term), ("category", category), ("note", note), ("source", source)):
        if "\t" in value or "\n" in value:
            raise LexiconError(f"{path}: the {label} must not contain a tab or a line break")
    term = " ".join(term.split())
    if path.parent.resolve() == packaged_dir().resolve():
        _refuse_packaged_conflict(name, term, category, path)
    try:
        existing = path.read_text(encoding="utf-8") if path.exists() else HEADER
    except UnicodeDecodeError as e:
        raise LexiconError(f"{path}: not added: the file is not UTF-8 text ({e.reason}); save it as UTF-8 first "
                           "(`framing lexicon validate` names the line)") from None
    if existing and not existing.endswith("\n"):
        existing += "\n"
    row = "\t".join((term, category, "" if weight is None else str(weight), note, source)) + "\n"
    new_line = existing.count("\n") + 1
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp) / path.name
        trial.write_text(existing + row, encoding="utf-8")
        user_meta = path.parent / METADATA_FILE
        if file is not None and user_meta.exists() and path.parent.resolve() != packaged_dir().resolve():
            shutil.copy(user_meta, Path(tmp) / METADATA_FILE)
        found = [p for p in errors(validate([Path(tmp)])) if Path(p.path).name == path.name]
        # the header (a spreadsheet's ';' CSV, no header at all): the file is unreadable, so a row
        # appended to it would be too; else the new row's own problems
        bad = [p for p in found if p.line == 1 and new_line != 1] or [p for p in found if p.line == new_line]
        # a fix naming the trial folder (where to define a category) names the user's folder instead
        fixes = [p.fix.replace(str(Path(tmp)), str(path.parent)) for p in bad]
    if bad:
        line = bad[0].line
        message = bad[0].message
        if message.startswith("duplicate term"):  # "delete one of the two rows" is advice for a file, not for a row not added
            read = _read_line(path, term)
            first = message.rsplit("first on line ", 1)[-1].rstrip(")")
            if read is not None and str(read) != first:  # the file has the term twice already: the later row is the one to edit
                message = f"duplicate term {term!r} (first on line {first}, read from line {read}: the later row wins)"
                fixes[0] = f"edit line {read} to change its category, weight or note"
            else:
                fixes[0] = "edit that row to change its category, weight or note"
        raise LexiconError(f"{path}:{line}: not added: {message}; {fixes[0]}")
    crlf = path.exists() and b"\r\n" in path.read_bytes()[:65536]  # a file saved on Windows keeps its line endings
    if crlf:
        row = row.replace("\n", "\r\n")
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(HEADER, encoding="utf-8")
        elif not path.read_text(encoding="utf-8").endswith("\n"):
            row = ("\r\n" if crlf else "\n") + row
        with path.open("a", encoding="utf-8", newline="") as f:
            f.write(row)
    except OSError as e:
        raise LexiconError(f"{path}: cannot write the lexicon file ({e.strerror}); pass a --file you can write to") from None
    return path


def _read_line(path: Path, term: str) -> int | None:
    """The line of the row for `term` the loader reads from `path` (the last of several), or None."""
    try:
        lines = [e.line for e in read_tsv(path) if e.term.lower() == term.lower()]
    except LexiconError:
        return None
    return lines[-1] if lines else None


def _refuse_packaged_conflict(name: str, term: str, category: str, path: Path) -> None:
    """A hedge row for one of our boosters (or the other way round) added to the packaged files
    themselves: a user's file moves the word (framing/lexicon.py, `EXCLUSIVE`), but two packaged
    rows both load and the booster wins the tie, so the new row would never be found.  `validate`,
    run on the trial copy as on any file outside the package, would call it a move."""
    other = EXCLUSIVE.get(name)
    if other is None or category == "plain_sense" or not (packaged_dir() / f"{other}.tsv").exists():
        return
    for e in read_tsv(packaged_dir() / f"{other}.tsv"):
        if e.term.lower() == term.lower() and e.category != "plain_sense":
            raise LexiconError(f"{path}: not added: {term!r} is in both {name!r} and {other!r} ({other}.tsv:{e.line}); "
                               "keep it in one of them; use a longer phrase for the other sense")


def _installed(folder: Path) -> bool:
    """Whether `folder` lies in an installed package (site-packages), not in a source checkout:
    writing there is writing into someone's Python installation."""
    return any(part in ("site-packages", "dist-packages") for part in folder.resolve().parts)
