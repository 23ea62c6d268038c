"""Checks of the rows being validated against other files: a hedge that is also a booster (or a
user's row that moves one of ours), a user's row that overrides a packaged one, and the rows whose inflected forms meet a packaged row
(found instead of the user's, or never found at all).  `lexicon_validate.validate` calls
`check_against_packaged`; the checks of one file on its own stay there."""

from __future__ import annotations

from pathlib import Path

from framing.lexicon import inflect
from framing.lexicon_validate import INTENDED, PLAIN_SENSE, Problem, Row

# The fix of a warning that a row overrides or moves a packaged row: a row that says it is meant
# is no longer warned about (Row.intended).
KEEP_IF_MEANT = f"keep the row if that is what you mean, and start its note with '{INTENDED}' to say so and silence this warning"


def _meant(row: Row) -> str:
    """The severity of an override or move warning about `row`."""
    return "intended" if row.intended else "warning"


# Lexicons whose terms must not overlap: one word cannot both weaken and strengthen a claim.
CONFLICTING = (("hedge", "booster"),)
# Lexicons whose terms are found as spans, longest match first (framing/detect.py); the others are
# word lists the rules and the quote finder read in their own ways.
MATCHED_AS_PHRASES = ("loaded", "hedge", "booster")


def check_against_packaged(checked: list[Row], packaged: list[Row], metadata: dict, irregular: dict, problems: list[Problem]) -> None:
    """Every cross-file check, in the order its problems were reported before the split.
    `packaged` is empty when the packaged lexicons themselves are being validated."""
    files = Resolved()
    _check_conflicts(checked, checked + packaged, files, problems)
    _check_moved_forms(checked, packaged, metadata, irregular, files, problems)
    _check_overrides(checked, packaged, files, problems)
    _check_shadowed_forms(checked, packaged, metadata, irregular, files, problems)
    _check_forms_of_packaged(checked, packaged, metadata, irregular, files, problems)
    if packaged:  # the user's rows; the packaged lexicons nest phrases on purpose ("witch hunt", "political witch hunt")
        _check_nested(checked, packaged, files, problems)


class Resolved(dict):
    """A row's path -> the file it names (`Path.resolve`), found once per path: whether two rows
    are of one file (a user's folder that is ours, a path given two ways) was asked of every
    packaged row, ~26,000 `resolve` calls, each some system calls, for a few files."""

    def __missing__(self, path: str) -> Path:
        self[path] = resolved = Path(path).resolve()
        return resolved


def _check_overrides(checked: list[Row], packaged: list[Row], files: Resolved, problems: list[Problem]) -> None:
    """A user row for a term the packaged lexicon of the same name already has: say so, since the
    user may not know the term was there, and a row that repeats the packaged one changes nothing."""
    ours = {(r.lexicon, r.term): r for r in packaged}
    for r in checked:
        old = ours.get((r.lexicon, r.term))
        if old is None or files[old.path] == files[r.path]:  # the packaged file itself
            continue
        where = f"{Path(old.path).name}:{old.line}"
        if (old.category, old.weight) == (r.category, r.weight):
            problems.append(Problem(r.path, r.line, f"{r.term!r} is already in the packaged {r.lexicon!r} lexicon ({where}) with the same category and weight",
                                    "this row changes nothing; remove it, or change its category or weight", "warning"))
        else:
            was = f"{old.category}, weight {old.weight or 'none'}"
            problems.append(Problem(r.path, r.line, f"{r.term!r} overrides the packaged {r.lexicon!r} row ({where}: {was})",
                                    KEEP_IF_MEANT, _meant(r)))


def _check_shadowed_forms(checked: list[Row], packaged: list[Row], metadata: dict, irregular: dict, files: Resolved,
                          problems: list[Problem]) -> None:
    """A user's `railroad` also matches "railroaded", but where the packaged lexicon has a row
    of its own for "railroaded", that row is the one found: say so, since the user's category and
    weight will not show on that form."""
    ours = {(r.lexicon, r.tokens): r for r in packaged if r.category != PLAIN_SENSE}
    if not ours:
        return
    for r in checked:
        if r.category == PLAIN_SENSE or not (metadata.get(r.lexicon) or {}).get("inflect", False):
            continue
        toks = r.tokens
        for form in inflect(toks, irregular):
            old = ours.get((r.lexicon, form))
            if form == toks or old is None or files[old.path] == files[r.path]:
                continue
            problems.append(Problem(r.path, r.line, f"{' '.join(form)!r}, a form of {r.term!r}, has a packaged row of its own "
                                    f"({Path(old.path).name}:{old.line}: {old.category}, weight {old.weight or 'none'}), which is found instead",
                                    f"add {' '.join(form)!r} to this file too if it should read as this row", "warning"))


def _check_forms_of_packaged(checked: list[Row], packaged: list[Row], metadata: dict, irregular: dict, files: Resolved,
                             problems: list[Problem]) -> None:
    """A user's `thugs` where the packaged lexicon has `thug`: the packaged row matches "thugs"
    as one of its forms and comes first, so the user's row is never found (`lexicon test`
    shows 'thug' for "thugs").  Say so, and how to change what "thugs" reads as."""
    own = {(r.lexicon, r.term) for r in packaged}
    forms: dict[tuple[str, tuple[str, ...]], Row] = {}
    for r in packaged:
        if r.category != PLAIN_SENSE and (metadata.get(r.lexicon) or {}).get("inflect", False):
            toks = r.tokens
            for form in inflect(toks, irregular):
                if form != toks:
                    forms.setdefault((r.lexicon, form), r)
    for r in checked:
        if r.category == PLAIN_SENSE or (r.lexicon, r.term) in own:  # a row overriding a packaged term is found (see _check_overrides)
            continue
        old = forms.get((r.lexicon, r.tokens))
        if old is None or files[old.path] == files[r.path]:
            continue
        problems.append(Problem(r.path, r.line, f"{r.term!r} is never found by this row: the packaged {old.term!r} "
                                f"({Path(old.path).name}:{old.line}: {old.category}, weight {old.weight or 'none'}) matches it as one of its forms, and comes first",
                                f"to change how {old.term!r} and its forms read, write the row for {old.term!r} instead", "warning"))


def _check_conflicts(checked: list[Row], context: list[Row], files: Resolved, problems: list[Problem]) -> None:
    """A term in both hedge and booster.  Two rows of the files being checked are an error: keep
    the word in one of them.  A user's row for a term the *packaged* other lexicon has is no
    conflict: loading it takes the term out of ours (framing/lexicon.py, `EXCLUSIVE`), so it
    moves the word, and a warning says so ("clearly" in their hedge.tsv is their hedge)."""
    mine = {id(r) for r in checked}
    ours_files = {files[r.path] for r in context if id(r) not in mine}
    in_force: dict[tuple[str, str], Row] = {}
    for r in context:  # the rows being checked come first: they win, as when loading
        in_force.setdefault((r.lexicon, r.term), r)
    by_lexicon: dict[str, dict[str, Row]] = {}
    for (lexicon, term), r in in_force.items():
        if r.category != PLAIN_SENSE:
            by_lexicon.setdefault(lexicon, {})[term] = r
    reported: set[tuple[str, int]] = set()
    for r in checked:
        if r.category == PLAIN_SENSE or in_force.get((r.lexicon, r.term)) is not r:
            continue
        for a, b in CONFLICTING:
            if r.lexicon not in (a, b):
                continue
            other_name = b if r.lexicon == a else a
            other = by_lexicon.get(other_name, {}).get(r.term)
            if other is None or (other.path, other.line) in reported:
                continue
            reported.add((r.path, r.line))
            ours = id(other) not in mine
            where = f"{Path(other.path).name}:{other.line}" if ours else f"{other.path}:{other.line}"
            if ours and files[r.path] not in ours_files:  # a user's file: their row moves the word
                problems.append(Problem(r.path, r.line, f"{r.term!r} moves from the packaged {other_name!r} lexicon ({where}: {other.category}) "
                                        f"to {r.lexicon!r}: with this file it is found as this row, never as our {other_name}",
                                        KEEP_IF_MEANT, _meant(r)))
                continue
            problems.append(Problem(r.path, r.line, f"{r.term!r} is in both {r.lexicon!r} and {other_name!r} ({where})",
                                    "keep it in one of them; use a longer phrase for the other sense"))


def _check_moved_forms(checked: list[Row], packaged: list[Row], metadata: dict, irregular: dict, files: Resolved,
                       problems: list[Problem]) -> None:
    """A user's hedge "prove that" matches "proved that" too, so loading it moves our booster rows
    for its forms ("proves that", "proved that"; booster lists its forms one by one) as well as a
    row of the same term: say so for each, as `_check_conflicts` says it for the term itself."""
    if not packaged:
        return
    mine_files = {files[r.path] for r in checked}
    ours = {(r.lexicon, r.tokens): r for r in packaged if r.category != PLAIN_SENSE and files[r.path] not in mine_files}
    own = {(r.lexicon, r.tokens) for r in checked}
    partner = {a: b for a, b in CONFLICTING} | {b: a for a, b in CONFLICTING}
    for r in checked:
        other_name = partner.get(r.lexicon)
        if other_name is None or r.category == PLAIN_SENSE or not (metadata.get(r.lexicon) or {}).get("inflect", False):
            continue
        toks = r.tokens
        for form in sorted(inflect(toks, irregular) - {toks}):
            old = ours.get((other_name, form))
            if old is None or (other_name, form) in own:
                continue
            problems.append(Problem(r.path, r.line, f"{' '.join(form)!r}, a form of {r.term!r}, moves from the packaged {other_name!r} lexicon "
                                    f"({Path(old.path).name}:{old.line}: {old.category}) to {r.lexicon!r} with this row",
                                    KEEP_IF_MEANT, _meant(r)))


def _check_nested(checked: list[Row], packaged: list[Row], files: Resolved, problems: list[Problem]) -> None:
    """A user's term inside another term of the same lexicon: the longest match wins, so where both
    occur only the longer one is found.  Say so where it matters to a builder: a longer row with
    the same category and weight as the shorter one inside it adds nothing but its name ("gaslight
    the public" beside "gaslight"); a shorter row is not found inside the longer ones ("witch" is
    never a finding in "witch hunt"), so `evaluate` credits those hits to the longer row."""
    rows = {}
    for r in (*packaged, *checked):  # the user's row of a term replaces ours, as when loading
        if r.category != PLAIN_SENSE and r.lexicon in MATCHED_AS_PHRASES:
            rows[(r.lexicon, r.tokens)] = r
    inside: dict[tuple[str, tuple[str, ...]], list[Row]] = {}  # a phrase's proper sub-phrases -> the phrases
    for (lexicon, toks), r in rows.items():
        for i in range(len(toks)):
            for j in range(i + 1, len(toks) + 1):
                if j - i < len(toks):
                    inside.setdefault((lexicon, toks[i:j]), []).append(r)
    for r in checked:
        if r.category == PLAIN_SENSE or r.lexicon not in MATCHED_AS_PHRASES:
            continue
        toks = r.tokens
        shorter = next((rows[(r.lexicon, toks[i:j])] for i in range(len(toks)) for j in range(len(toks), i, -1)
                        if j - i < len(toks) and (r.lexicon, toks[i:j]) in rows), None)
        if shorter is not None and (shorter.category, shorter.weight) == (r.category, r.weight):
            problems.append(Problem(r.path, r.line, f"{r.term!r} contains {shorter.term!r} ({_cite(shorter, r, files)}: {shorter.category}, "
                                    f"weight {shorter.weight or 'none'}), which finds these words with the same category and weight anyway",
                                    "delete the row unless it needs its own note, or give it another category or weight", "warning"))
        longer = [o for o in inside.get((r.lexicon, toks), []) if files[o.path] != files[r.path]]  # one's own phrases are meant
        if longer:
            named = ", ".join(f"{o.term!r} ({_cite(o, r, files)})" for o in longer[:2]) + (f" and {len(longer) - 2} more" if len(longer) > 2 else "")
            problems.append(Problem(r.path, r.line, f"{r.term!r} is inside {named}, found instead where {'they occur' if len(longer) > 1 else 'it occurs'}",
                                    "keep the row if that is what you mean; to read those words as this row, add the longer phrase to your file with this row's category", "warning"))


def _cite(row: Row, beside: Row, files: Resolved) -> str:
    """`line 3` for a row of the same file, `loaded.tsv:88` for a packaged one."""
    return f"line {row.line}" if files[row.path] == files[beside.path] else f"{Path(row.path).name}:{row.line}"
