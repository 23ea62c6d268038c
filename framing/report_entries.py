"""Why a lexicon finding was flagged, for the report's details: the entry that matched, the file
and line it is written on, and its note ("puppet": for a person controlled by another), taken from
the lexicons the analysis used (the packaged ones and the user's --lexicon files).

Only the entries some finding in the report cites are embedded: the lexicons' notes run to about
100 KB, most of them for words no article of a class set contains.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

# A lexicon finding's type -> the lexicon its entry is in (Span.type of a detector-"lexicon" span).
LEXICON_OF_TYPE = {"loaded": "loaded", "hedge": "hedge", "booster": "booster"}


# Attribution and anonymous-source findings cite their reporting_verbs / anonymous_sources row too.
SOURCING_TYPES = ("attribution", "anonymous_source")


def sourcing_key(type_: str, text: str, verb: str | None = None, stance: str | None = None) -> str:
    """How the page finds the row of an attribution or anonymous source: the matched words in lower
    case with single spaces, and for an attribution its verb and stance before them
    ('say|neutral|said'); the page's JS builds the same key (templates/report_details.js, sourcingKey)."""
    words = " ".join(text.lower().split())
    return f"{verb or ''}|{stance or ''}|{words}" if type_ == "attribution" else words


def used_entries(spans: Iterable[dict]) -> set[tuple]:
    """What the findings in `spans` cite (records' span dicts; a saved record may lack a key: such a
    finding is not explained, never a crash): (type, term) of each lexicon finding, and (type,
    text, verb, stance) of each attribution and anonymous source."""
    used: set[tuple] = set()
    for s in spans:
        type_ = s.get("type")
        # (a lexicon of the user's own: its findings are typed by its name)
        if (type_ in LEXICON_OF_TYPE or s.get("lexicon") == type_) and s.get("detector") == "lexicon" and (s.get("term") or s.get("text")):
            used.add((type_, (s.get("term") or s.get("text") or "").lower()))
        elif type_ in SOURCING_TYPES and s.get("text") and (type_ == "anonymous_source" or s.get("verb")):
            used.add((type_, s["text"], s.get("verb"), s.get("stance")))
    return used


def entry_notes(used: Iterable[tuple], lexicons: Sequence[str | Path] = ()) -> dict:
    """{"rows": [[where, note, term], ...], type: {key: row index}} for the entries in `used` (see
    `used_entries`): where is `loaded.tsv:1234` for a packaged row and the user's folder and file
    (`my-lexicons/loaded.tsv:3`) for theirs, so a student and a lexicon builder both see which row
    decided.  A lexicon finding's key is its term; an attribution's or anonymous source's is
    `sourcing_key`, and `term` is the row's term ('say' for "said", 'official' for "a senior
    official").  Each row is written once however many phrases cite it ("a senior official", "a
    US official", ...).  An entry the lexicons no longer hold (saved scores from other lexicons) is
    left out rather than explained wrongly."""
    from framing.lexicon import load, packaged_dir
    from framing.lexicon_explain import sourcing_entry

    lexset = load(lexicons)
    entries = lexset.entries
    packaged = packaged_dir().resolve()
    out: dict = {"rows": []}
    row_index: dict[tuple[str, int], int] = {}
    names: dict[str, str] = {}  # entry.path -> how it is cited: a few files, resolved once each
    for found in sorted(used, key=lambda u: tuple(x or "" for x in u)):
        type_ = found[0]
        if type_ in SOURCING_TYPES:
            entry = sourcing_entry(lexset, *found)
            key = sourcing_key(*found)
        else:
            key = found[1]
            entry = entries.get(LEXICON_OF_TYPE.get(type_, type_), {}).get(key)
        if entry is None:
            continue
        if entry.path not in names:
            path = Path(entry.path)
            # a user's row by its folder and file, not the full path: a handout need not show the teacher's home folder
            names[entry.path] = path.name if path.resolve().parent == packaged else f"your lexicon {path.parent.name}/{path.name}"
        if (entry.path, entry.line) not in row_index:
            row_index[(entry.path, entry.line)] = len(out["rows"])
            out["rows"].append([f"{names[entry.path]}:{entry.line}", entry.note, entry.term])
        out.setdefault(type_, {})[key] = row_index[(entry.path, entry.line)]
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
    # Rows in force by file, each distinct path resolved once (not once for each of ~28,000 rows).
    rows_by_path = Counter(e.path for lex in lexset.entries.values() for e in lex.values())
    rows_by_file = Counter()
    for entry_path, count in rows_by_path.items():
        rows_by_file[Path(entry_path).resolve()] += count
    for given in lexicons:
        for path in lexicon_files(Path(given)):
            rows = rows_by_file[path.resolve()]
            out.append(f"your {path.parent.name}/{path.name} ({rows:,} row{'s' * (rows != 1)} in force)")
    return out
