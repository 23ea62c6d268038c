"""Check a lexicon folder's `inflections.tsv` (a lemma, then its irregular forms) line by line.

A bad row there does not fail loudly at load time (the matcher just never sees the form), so
`framing lexicon validate` is where the lexicon builder learns of it.  `lexicon_validate.validate`
calls `folder_inflections` for each folder it checks; the lexicon rows are checked there.
"""

from __future__ import annotations

from pathlib import Path

from framing.lexicon import INFLECTIONS_FILE, LexiconError, read_inflections, undecodable, unreadable
from framing.lexicon_validate import Problem, problem_from


def folder_inflections(folder: Path, irregular: dict[str, set[str]], problems: list[Problem]) -> None:
    """Check `folder`'s inflections.tsv and add its forms to `irregular` (the packaged table
    and the folders before it), as loading the folder with `--lexicon` does."""
    check_inflections(folder / INFLECTIONS_FILE, problems)
    try:
        for lemma, forms in read_inflections(folder).items():
            irregular.setdefault(lemma, set()).update(forms)
    except LexiconError:  # check_inflections has said why
        pass


def check_inflections(path: Path, problems: list[Problem]) -> None:
    """`inflections.tsv` rows: a lemma, then its irregular forms, each one lower-case word."""
    if not path.exists():
        return
    p = str(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as e:
        problems.append(problem_from(undecodable(path, e.reason)))
        return
    except OSError as e:
        problems.append(problem_from(unreadable(path, e)))
        return
    first_lemma: dict[str, int] = {}
    form_of: dict[str, tuple[str, int]] = {}
    for line_no, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or (line_no == 1 and line.lower().startswith("lemma\t")):
            continue
        cells = [c.strip() for c in line.split("\t")]
        lemma, forms = cells[0], [c for c in cells[1:] if c]
        if not lemma or not forms:
            problems.append(Problem(p, line_no, "a row needs a lemma and at least one form", "write the lemma, a tab, then its forms separated by tabs (say<TAB>said)"))
            continue
        for word in [lemma, *forms]:
            if " " in word or word != word.lower():
                problems.append(Problem(p, line_no, f"{word!r} is not one lower-case word",
                                        "separate the lemma and its forms with tabs, not spaces" if len(word.split()) > 1 else
                                        "write each lemma and form as a single lower-case word"))
        if lemma in first_lemma:
            problems.append(Problem(p, line_no, f"lemma {lemma!r} again (first on line {first_lemma[lemma]})", "merge its forms into the first row", "warning"))
        first_lemma.setdefault(lemma, line_no)
        for form in forms:
            other = form_of.setdefault(form, (lemma, line_no))
            if other[0] != lemma:
                problems.append(Problem(p, line_no, f"form {form!r} is also a form of {other[0]!r} (line {other[1]})",
                                        "a form matches the terms of both lemmas; keep it under one lemma unless both are meant", "warning"))
