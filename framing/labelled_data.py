"""Read a labelled CSV (a text column and a binary label column) for training or evaluation.

Labels may be 0/1, true/false, yes/no, or two class names.  With two names, the positive class
is the one whose partner is its negation ("Biased" / "Non-biased", "opinion" / "not opinion");
otherwise name it with `positive=`.  Names that differ only in case or spacing ("Biased",
"biased", "Non biased", "non-biased"), as several annotators' sheets pasted together have them,
are one class, and a note says so.  Rows labelled "No agreement" (BABE's majority-vote ties) or
left empty are dropped, and a note says how many.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from framing.article_tables import counting_quotes, header_delimiter
from framing.sentence_features import parse_marked_words

POSITIVE_WORDS = {"1", "1.0", "true", "yes", "y", "t", "positive", "pos"}
NEGATIVE_WORDS = {"0", "0.0", "false", "no", "n", "f", "negative", "neg"}
DROPPED_LABELS = {"", "no agreement", "no_agreement", "noagreement"}
NEGATION_RE = re.compile(r"^(?:non|not|no|un)[\s_-]*")


class LabelledDataError(ValueError):
    """A CSV that cannot be used; the message names the file and the column."""


@dataclass(slots=True)
class LabelledData:
    """Texts with 0/1 labels (1 = positive class), plus what was dropped and why."""

    path: str
    texts: list[str]
    labels: list[int]
    positive: str  # the label value read as positive, as written in the file
    negative: str
    marked: list[frozenset[str]] | None = None  # words marked as bias-inducing, if a column was named
    notes: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the file line each kept row starts on (1 = the header)


def read_labelled_csv(
    path: str | Path,
    text_col: str = "text",
    label_col: str = "label_bias",
    *,
    positive: str | None = None,
    words_col: str | None = None,
) -> LabelledData:
    """Texts and 0/1 labels from a CSV; LabelledDataError names the file and column when unusable."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            delimiter = header_delimiter(f.readline())  # semicolons or tabs, as a spreadsheet may save
            f.seek(0)
            quotes = [0, 0]
            reader = csv.DictReader(counting_quotes(f, quotes), delimiter=delimiter)
            columns = reader.fieldnames or []
            for col, option in ((text_col, "--text-col"), (label_col, "--label-col"), (words_col, "--words-col")):
                if col is not None and col not in columns:
                    raise LabelledDataError(
                        f"{path}: no column {col!r} (columns: {', '.join(columns) or 'none'}); name the right one with {option}"
                    )
            rows, starts = [], []
            line, before = reader.line_num, quotes[0]
            for r in reader:
                if reader.line_num > line + 1 and (quotes[0] - before) % 2 and quotes[1]:
                    raise LabelledDataError(f"{path}:{line + 1}: a quotation mark (\") opens a field on this line and is never closed, so "
                                            f"lines {line + 1} to {reader.line_num} were read as one row; close the quote, or double a "
                                            "quotation mark inside a quoted field (\"\")")
                starts.append(line + 1)
                line, before = reader.line_num, quotes[0]
                rows.append((r.get(text_col) or "", (r.get(label_col) or "").strip(), r.get(words_col) or "" if words_col else ""))
    except FileNotFoundError:
        raise LabelledDataError(f"{path}: no such file") from None
    except (UnicodeDecodeError, csv.Error) as e:
        raise LabelledDataError(f"{path}: not a readable UTF-8 CSV ({e}); save it as UTF-8 CSV (in a spreadsheet: CSV UTF-8)") from None
    kept_lines = [n for (t, lab, _), n in zip(rows, starts) if lab.lower() not in DROPPED_LABELS and t.strip()]
    kept = [(t, canonical(lab), w) for t, lab, w in rows if lab.lower() not in DROPPED_LABELS and t.strip()]
    notes = []
    dropped = len(rows) - len(kept)
    if dropped:
        notes.append(f"dropped {dropped} row{'s' * (dropped != 1)}: {dropped_reasons(rows, text_col, label_col)}")
    labels, pos, neg, folded = two_classes([lab for _, lab, _ in kept], kept_lines, path, label_col, positive)
    if folded:
        notes.append(folded)
    return LabelledData(
        path=str(path),
        texts=[t for t, _, _ in kept],
        labels=labels,
        positive=pos,
        negative=neg,
        marked=[parse_marked_words(w) for _, _, w in kept] if words_col else None,
        notes=notes,
        lines=kept_lines,
    )


def two_classes(labels: list[str], lines: list[int], path: str | Path, label_col: str,
                positive: str | None = None) -> tuple[list[int], str, str, str]:
    """Labels (stripped, none of them a dropped one) as 0/1 with 1 the positive class, the positive
    and negative names, and the note saying which spellings were read as one ("" if none);
    LabelledDataError unless they are two classes.  `lines`: the line of each, for the error.
    `framing lexicon evaluate` reads its label column with it too, so both read a file alike."""
    rows = one_spelling_a_side([("", canonical(lab), "") for lab in labels])
    rows, folded = one_spelling_a_name(rows)
    names = [lab for _, lab, _ in rows]
    classes = sorted(set(names))
    if len(classes) != 2:
        raise LabelledDataError(
            f"{path}: column {label_col!r} must hold exactly two classes to train or evaluate on, found {len(classes)}"
            f"{class_counts(names, lines)}"
        )
    pos, neg = positive_class(classes[0], classes[1], positive, path, label_col)
    return [int(name == pos) for name in names], pos, neg, folded


def dropped_reasons(rows: list[tuple[str, str, str]], text_col: str, label_col: str) -> str:
    """Why rows were dropped, each reason counted ("149 labelled 'No agreement', 73 with an empty
    'text'"): one count for all of them hid a text column that was empty where it should not be."""
    no_text = sum(1 for t, _, _ in rows if not t.strip())
    with_text = [lab for t, lab, _ in rows if t.strip()]
    no_label = sum(1 for lab in with_text if lab == "")
    tie = sum(1 for lab in with_text if lab and lab.lower() in DROPPED_LABELS)
    parts = [f"{tie} labelled 'No agreement' in {label_col!r}" if tie else "",
             f"{no_label} with an empty {label_col!r}" if no_label else "",
             f"{no_text} with an empty {text_col!r}" if no_text else ""]
    return ", ".join(filter(None, parts))


def canonical(label: str) -> str:
    """Boolean-like labels in any case ("TRUE", "True", "true") as one class; names kept as written."""
    low = label.lower()
    return low if low in POSITIVE_WORDS | NEGATIVE_WORDS else label


def one_spelling_a_side(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Rows whose labels are all boolean-like but spelled more than two ways ("1" and "1.0", as a
    file pasted together from a pandas export with a missing label and one without has them; or
    "yes" and "1") with each side under its first spelling; other rows as they are.  Four
    spellings of two classes had been refused as "found 4 classes"."""
    if len({lab for _, lab, _ in rows}) <= 2 or not all(lab in POSITIVE_WORDS | NEGATIVE_WORDS for _, lab, _ in rows):
        return rows
    first: dict[bool, str] = {}
    for _, lab, _ in rows:
        first.setdefault(lab in POSITIVE_WORDS, lab)
    return [(t, first[lab in POSITIVE_WORDS], w) for t, lab, w in rows]


def name_key(label: str) -> str:
    """What two spellings of one class name share: its letters in one case, spaces, hyphens and
    underscores between words as one space ("Non-Biased", "non biased", "non_biased" -> "non
    biased"); a sign stays ("-1" is not "1")."""
    return re.sub(r"(?<=\w)[\s_-]+(?=\w)", " ", label.casefold().strip())


def one_spelling_a_name(rows: list[tuple[str, str, str]]) -> tuple[list[tuple[str, str, str]], str]:
    """Rows whose class names differ only in case or spacing ("Biased", "biased", "BIASED") under
    the commonest spelling (the first seen of equals), and the note saying which spellings were
    read as one.  They had been refused as "found 6 classes", which sent a researcher to clean by
    hand what three annotators had typed three ways."""
    counts: dict[str, dict[str, int]] = {}
    for _, lab, _ in rows:
        spellings = counts.setdefault(name_key(lab), {})
        spellings[lab] = spellings.get(lab, 0) + 1
    chosen = {key: max(spellings, key=spellings.__getitem__) for key, spellings in counts.items()}
    merged = [(chosen[key], spellings) for key, spellings in counts.items() if len(spellings) > 1]
    if not merged:
        return rows, ""
    parts = [", ".join(f"{lab!r} ({n})" for lab, n in spellings.items() if lab != name) + f" as {name!r}" for name, spellings in merged]
    note = f"read {'; '.join(parts)}: class names that differ only in case or spacing are one class"
    return [(t, chosen[name_key(lab)], w) for t, lab, w in rows], note


def class_counts(labels: list[str], lines: list[int], shown: int = 6) -> str:
    """The classes found, commonest first, each with its rows and the line of its first, so that a
    stray label (one "Biassed" among 10,000 rows) can be found and corrected: ": 'Biased' (285 rows,
    first on line 2), 'Biassed' (1 row, line 7)"; " (none)" when there are none."""
    if not labels:
        return " (none)"
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for lab, line in zip(labels, lines):
        counts[lab] = counts.get(lab, 0) + 1
        first.setdefault(lab, line)
    order = sorted(counts, key=lambda lab: (-counts[lab], first[lab]))
    described = [f"{lab!r} ({counts[lab]:,} row{'s' * (counts[lab] != 1)}, {'first on line' if counts[lab] > 1 else 'line'} {first[lab]})"
                 for lab in order[:shown]]
    more = f", and {len(order) - shown:,} more" if len(order) > shown else ""
    return f": {', '.join(described)}{more}"


def holdout_split(labels: list[int], test_size: float = 0.2, seed: int = 20211107) -> tuple[list[int], list[int]]:
    """A fixed-seed stratified split into (train rows, test rows), each sorted: the held-out test
    set a model is never tuned on."""
    from sklearn.model_selection import train_test_split

    rows = list(range(len(labels)))
    train, test = train_test_split(rows, test_size=test_size, stratify=labels, random_state=seed)
    return sorted(train), sorted(test)


def positive_class(a: str, b: str, positive: str | None, path: Path, label_col: str) -> tuple[str, str]:
    """(positive, negative) of two label values."""
    if positive is not None:
        # as the labels are read: 'biased' names the class spelled 'Biased', 'TRUE' the class 'true'
        given = name_key(positive)
        if given not in (name_key(a), name_key(b)):
            raise LabelledDataError(f"{path}: --positive {positive!r} is not one of the labels in column {label_col!r} ({a!r}, {b!r})")
        return (a, b) if given == name_key(a) else (b, a)
    la, lb = a.lower(), b.lower()
    for x, y, lx, ly in ((a, b, la, lb), (b, a, lb, la)):
        if lx in POSITIVE_WORDS and ly in NEGATIVE_WORDS | {f"non-{lx}", f"not {lx}"}:
            return x, y
        if NEGATION_RE.sub("", ly) == lx and ly != lx:
            return x, y
    raise LabelledDataError(
        f"{path}: cannot tell which label in column {label_col!r} is the positive class ({a!r} or {b!r}); name it with --positive"
    )
