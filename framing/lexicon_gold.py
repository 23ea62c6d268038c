"""Read a gold file for `framing lexicon evaluate`: a CSV of sentences, the words experts marked in
each, and a sentence label (BABE's `text`, `biased_words`, `label_bias` by default).

Which rows count as biased, plain or neither, how the words of a cell are split, and which half
of the file (`dev`, the even data rows; `test`, the odd ones) is read, are decided here; counting
hits against them is framing/lexicon_evaluate.py's work.
"""

from __future__ import annotations

import ast
import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from framing.article_tables import header_delimiter
from framing.lexicon import LexiconError, undecodable
from framing.segment import word_tokens

DEFAULT_LABEL_COL = "label_bias"  # BABE's; another file without it gets word-level figures only
POSITIVE_LABELS = {"biased", "1", "true", "yes"}
NEGATIVE_LABELS = {"non-biased", "non biased", "unbiased", "0", "false", "no"}


@dataclass(slots=True, frozen=True)
class GoldSentence:
    """One row of a gold file: its text, the words marked in it, and its sentence label."""

    text: str
    words: frozenset[str] | None  # None: the file has no word-level gold (sentence labels only)
    label: bool | None  # True biased, False not biased, None unknown / no agreement
    row: int
    labelled: bool = True  # False: the file has no label column, so an unmarked sentence is plain, not "no agreement"


def parse_words(value: str) -> frozenset[str]:
    """The gold words of one cell: a Python-list string (BABE) or words separated by ; , or |."""
    value = (value or "").strip()
    if not value:
        return frozenset()
    words: Iterable[str]
    if value.startswith("["):
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            parsed = re.findall(r"[\w'’-]+", value)
        words = [str(w) for w in parsed]
    else:
        words = re.split(r"[;,|]", value)
    out: set[str] = set()
    for w in words:
        out.update(t.norm for t in word_tokens(w))
    return frozenset(out)


def parse_label(value: str | None) -> bool | None:
    v = (value or "").strip().lower()
    if v in POSITIVE_LABELS:
        return True
    if v in NEGATIVE_LABELS:
        return False
    return None


# Other names for the halves, as the accuracy suite spells them (`--half even`, PolNeAR's `--split
# train` for the tuning data): `--split train` had been an error to a builder coming from there.
SPLIT_NAMES = {"even": "dev", "train": "dev", "odd": "test"}


def split_name(split: str) -> str:
    """`all`, `dev` or `test` for a split as a user may spell it (`even`, `train`, `odd`, any case)."""
    split = split.strip().lower()
    return SPLIT_NAMES.get(split, split)


def read_gold(path: Path, text_col: str = "text", words_col: str | None = "biased_words",
              label_col: str | None = "label_bias", split: str = "all", positive: str | None = None) -> list[GoldSentence]:
    """Read a gold CSV.  `split`: `all`, or `dev` (even data rows) / `test` (odd data rows), so a
    lexicon pruned on one half can be measured on the other.  With no `words_col` only the
    sentence-level figures are computed (e.g. a hedge lexicon against uncertain/certain labels).
    Labels other than BABE's and the boolean spellings are read as `framing train` reads them (two
    class names, the positive one its partner's negation or `positive`), else a LexiconError."""
    if split_name(split) not in ("all", "dev", "test"):
        raise ValueError(f"split must be all, dev (the even rows, for tuning; also 'even' or 'train') or test "
                         f"(the odd rows, held out; also 'odd'), not {split!r}")
    split = split_name(split)
    try:
        return _read_gold(path, text_col, words_col, label_col, split, positive)
    except UnicodeDecodeError as e:  # a spreadsheet's CSV in a Windows code page
        raise undecodable(path, e.reason) from None


def _read_gold(path: Path, text_col: str, words_col: str | None, label_col: str | None, split: str,
               positive: str | None = None) -> list[GoldSentence]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        delimiter = header_delimiter(f.readline())  # BABE's own final_labels_SG2.csv is separated by semicolons
        f.seek(0)
        reader = csv.DictReader(f, delimiter=delimiter)
        cols = reader.fieldnames or []
        for col in (text_col, words_col):
            if col and col not in cols:
                raise LexiconError(f"{path}:1: no column {col!r} (columns: {', '.join(cols)}); name it with --text-col / --words-col")
        has_label = label_col is not None and label_col in cols
        if label_col and not has_label and label_col != DEFAULT_LABEL_COL:  # a typo had printed sentence figures of None
            raise LexiconError(f"{path}:1: no column {label_col!r} (columns: {', '.join(cols)}); name the sentence label column with --label-col")
        rows = list(reader)
    labels = gold_labels([(row.get(label_col) or "").strip() for row in rows], path, label_col, positive) if has_label else {}
    out: list[GoldSentence] = []
    for i, row in enumerate(rows):
        if split == "dev" and i % 2 or split == "test" and not i % 2:
            continue
        label = labels.get((row.get(label_col) or "").strip()) if has_label else None
        words = parse_words(row[words_col]) if words_col else None
        out.append(GoldSentence(row[text_col] or "", words, label, i + 2, has_label))
    return out


def gold_labels(values: list[str], path: Path, label_col: str, positive: str | None) -> dict[str, bool]:
    """Each label value of the file (stripped) as True (biased) or False; values read as neither
    ("No agreement", empty) are absent.  BABE's names and the boolean spellings are known; any
    other two names ("loaded" / "plain", "biased (loaded)" / "neutral") are read across the whole
    file as `framing train` reads them, once `positive` names the class whose sentences should
    have a hit.  It is never guessed from the names: "certain" / "uncertain" would make "certain"
    the positive class, the wrong one for hedges.  Such rows had been read as "no agreement": left
    out of the sentence figures and, with no words marked, of the word-level ones, so hits on
    plain sentences went uncounted and precision rose (0.651 -> 0.787 on 400 BABE rows relabelled
    "biased (loaded)" / "neutral")."""
    from framing.labelled_data import DROPPED_LABELS, LabelledDataError, two_classes

    known = {v: parse_label(v) for v in set(values)}
    if positive is None and all(label is not None or v.lower() in DROPPED_LABELS for v, label in known.items()):
        return {v: label for v, label in known.items() if label is not None}
    kept = [(v, line) for line, v in enumerate(values, start=2) if v.lower() not in DROPPED_LABELS]
    try:
        classes, first, other, _ = two_classes([v for v, _ in kept], [line for _, line in kept], path, label_col, positive or kept[0][0])
    except LabelledDataError as e:
        raise LexiconError(str(e)) from None
    if positive is None:
        a, b = sorted((first, other))
        raise LexiconError(f"{path}: column {label_col!r} labels its sentences {a!r} and {b!r}, not Biased / Non-biased or 1 / 0; "
                           f"name the class whose sentences should have a hit with --positive (e.g. --positive {a!r})")
    return {v: bool(c) for (v, _), c in zip(kept, classes)}
