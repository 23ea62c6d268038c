"""Why a lexicon finding was flagged, for the report's details: the entry that matched, the file
and line it is written on, and its note ("puppet": for a person controlled by another), taken from
the lexicons the analysis used (the packaged ones and the user's --lexicon files).

Only the entries some finding in the report cites are embedded: the lexicons' notes run to about
100 KB, most of them for words no article of a class set contains.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

# A lexicon finding's type -> the lexicon its entry is in (Span.type of a detector-"lexicon" span).
LEXICON_OF_TYPE = {"loaded": "loaded", "hedge": "hedge", "booster": "booster"}


def used_entries(spans: Iterable[dict]) -> set[tuple[str, str]]:
    """(type, term) of each lexicon finding in `spans` (records' span dicts; a saved record may lack
    a key: such a finding is not explained, never a crash)."""
    return {(s["type"], (s.get("term") or s.get("text") or "").lower()) for s in spans
            if s.get("detector") == "lexicon" and s.get("type") in LEXICON_OF_TYPE and (s.get("term") or s.get("text"))}


def entry_notes(used: Iterable[tuple[str, str]], lexicons: Sequence[str | Path] = ()) -> dict[str, dict[str, list[str]]]:
    """{type: {term: [where, note]}} for the entries in `used`: where is `loaded.tsv:1234` for a
    packaged row and the user's folder and file (`my-lexicons/loaded.tsv:3`) for theirs, so a student and a
    lexicon builder both see which row decided.  An entry the lexicons no longer hold (saved
    scores from other lexicons) is left out rather than explained wrongly."""
    from framing.lexicon import load, packaged_dir

    entries = load(lexicons).entries
    packaged = packaged_dir().resolve()
    out: dict[str, dict[str, list[str]]] = {}
    names: dict[str, str] = {}  # entry.path -> how it is cited: a few files, resolved once each
    for type_, term in sorted(used):
        entry = entries.get(LEXICON_OF_TYPE[type_], {}).get(term)
        if entry is None:
            continue
        if entry.path not in names:
            path = Path(entry.path)
            # a user's row by its folder and file, not the full path: a handout need not show the teacher's home folder
            names[entry.path] = path.name if path.resolve().parent == packaged else f"your lexicon {path.parent.name}/{path.name}"
        where = f"{names[entry.path]}:{entry.line}"
        out.setdefault(type_, {})[term] = [where, entry.note]
    return out


def lexicon_metadata(lexicons: Sequence[str | Path] = ()) -> dict[str, dict]:
    """The metadata in force: ours, with the categories a user's folder adds (their descriptions
    explain a user's own category in the details, as ours are)."""
    from framing.lexicon import load

    return load(lexicons).metadata


# The lexicons a report's findings come from, in the order a reader meets them.
FINDING_LEXICONS = ("loaded", "hedge", "booster", "reporting_verbs", "anonymous_sources")


def lexicons_used(lexicons: Sequence[str | Path] = ()) -> list[str]:
    """What the Methods section says the findings were read with: each finding lexicon's version
    and size, then each of the user's files with its rows, so a report can be reproduced."""
    from framing.lexicon import lexicon_files, load

    lexset = load(lexicons)
    out = [f"{name} {lexset.metadata.get(name, {}).get('version', '?')} ({len(lexset.entries.get(name, {})):,} entries)"
           for name in FINDING_LEXICONS]
    for given in lexicons:
        for path in lexicon_files(Path(given)):
            rows = sum(1 for e in (x for lex in lexset.entries.values() for x in lex.values()) if Path(e.path).resolve() == path.resolve())
            out.append(f"your {path.parent.name}/{path.name} ({rows:,} row{'s' * (rows != 1)} in force)")
    return out
