"""Words framing knows without the article: the evidence on a word processor's line-end hyphen
that the article itself cannot give (`framing.pdf_line_hyphens`: "in-|tention" in an article that
writes "intention" nowhere else).

Nothing is downloaded: the words are those framing ships, read once a process and only when a
word processor's PDF has a hyphen at a line's end that the article's own words do not explain:

- the **shipped sentence model's word vocabulary** (framing/model_data/babe.framing-model: the
  single words of its TF-IDF vocabulary, each seen in at least two BABE news sentences, and the
  words BABE's annotators marked), about 6,000 words of US news;
- the **packaged lexicons' terms** of one word (lexicons/*.tsv: loaded words, hedges, boosters,
  reporting verbs and their inflections, given names...).

A small list: it can show that "intention" is a word, never that "tention" is not, so
`framing.pdf_line_hyphens` asks it only when no part of the cut is a word it knows either.
"""

from __future__ import annotations

import csv
import functools
import re

_WORD = re.compile(r"[a-z]+")


@functools.cache
def known_words() -> frozenset[str]:
    """The words of the shipped model and the packaged lexicons, in lower case (letters only)."""
    from framing import classify, lexicon_files, model_io  # (here: only a word processor's hyphenated PDF needs them)

    found: set[str] = set()
    try:  # (the model `framing score` loads anyway, once a process)
        vocabularies = classify.load_model().vocabularies
        found.update(word for name in ("word", "marked") for word in vocabularies.get(name, ()))
    except (model_io.ModelFormatError, OSError):  # (an install without the model: the lexicons still count)
        pass
    for path in sorted(lexicon_files.packaged_dir().glob("*.tsv")):
        try:
            with path.open(encoding="utf-8", newline="") as rows:
                table = list(csv.reader(rows, delimiter="\t"))[1:]  # (after the header)
        except (OSError, UnicodeDecodeError, csv.Error):  # (a damaged install: fewer words, never a failed article)
            continue
        for row in table:
            if row and not row[0].startswith("#"):
                found.update(cell.strip().lower() for cell in (row if path.stem == "inflections" else row[:1]))
    return frozenset(word for word in found if _WORD.fullmatch(word))
