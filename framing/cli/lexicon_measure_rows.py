"""How `framing lexicon coverage` and `evaluate` print a row with slots: once, as its builder wrote
it, with its phrases' figures added up (framing.lexicon_rows) and the phrases folded beneath it.
Split from framing/cli/lexicon_measure.py, which calls these; the library does the adding up."""

from __future__ import annotations

import typer

from framing.cli.lexicon import _where
from framing.lexicon_coverage import user_entries as _user_entries
from framing.lexicon_rows import counts_by_row


def echo_counts_by_row(counts, lexset, top: int, indent: str) -> None:
    """The `top` rows by findings: a row with slots once, as written, with its total and where it
    is, and the phrases that fired folded beneath it; a plain row as `n  lexicon  term`."""
    for r in counts_by_row(counts, lexset)[:top]:
        if not r.row.has_slots:
            typer.echo(f"{indent}{r.total}\t{r.row.lexicon}\t{r.row.written}")
            continue
        typer.echo(f"{indent}{r.total}\t{r.row.lexicon}\t{r.row.written}\t(row {_where(r.row)}, {len(r.phrases)} of its phrases fired)")
        for phrase, n in r.phrases:
            typer.echo(f"{indent}    {n}\t{phrase}")


def user_rows_as_written(fired, lexset) -> dict[str, dict]:
    """The user's rows by file and line: the row as written, its findings, and its phrases' own."""
    from framing.lexicon_rows import row_of

    out: dict[str, dict] = {}
    for e in _user_entries(lexset):
        row = out.setdefault(_where(e), {"lexicon": e.lexicon, "row": row_of(e).written, "findings": 0, "phrases": {}})
        n = fired.get((e.lexicon, e.term), 0)
        row["findings"] += n
        row["phrases"][e.term] = n
    return out


def echo_slot_rows(ev, lexset, sentence: bool = False) -> None:
    """The rows with slots that hit, their phrases' figures added up under the row as written, each
    phrase's own beneath: how the row a builder wrote did, not only its phrases one by one."""
    rows = ev.slot_rows(lexset, sentence)
    if not rows:
        return
    if sentence:
        typer.echo("\nrows with slots, their phrases added up: row, hits in negative sentences, hits, share in positive sentences (where)")
    else:
        typer.echo("\nrows with slots, their phrases added up: row, wrong hits, hits, precision, gold words found (where)")
    for r in rows:
        t = r.total
        typer.echo(f"  {r.row.lexicon}/{r.row.written}\t{t.hits - t.correct}\t{t.hits}\t{t.precision:.2f}"
                   f"{'' if sentence else f'{chr(9)}{t.found}'}\t({_where(r.row)}, {len(r.phrases)} phrase{'s' * (len(r.phrases) != 1)} hit)")
        for phrase, v in r.phrases:
            typer.echo(f"      {phrase}\t{v.hits - v.correct}\t{v.hits}\t{v.precision:.2f}{'' if sentence else f'{chr(9)}{v.found}'}")


def slot_rows_json(ev, lexset, sentence: bool = False) -> list[dict]:
    def figures(v) -> dict:
        return {"hits": v.hits, "correct": v.correct, "precision": None if v.precision is None else round(v.precision, 3),
                **({} if sentence else {"gold_words_found": v.found})}

    return [{"lexicon": r.row.lexicon, "row": r.row.written, "where": _where(r.row), **figures(r.total),
             "phrases": {p: figures(v) for p, v in r.phrases}} for r in ev.slot_rows(lexset, sentence)]


def echo_user_slot_row(first, group, ev) -> None:
    """One row of the user's with slots, in `evaluate`: the row as written with its phrases' hits
    added up, and each phrase that hit beneath it."""
    tallies = [(p.term, ev.terms.get((p.lexicon, p.term))) for p in group]
    hit = [(t, v) for t, v in tallies if v is not None and v.hits]
    hits, correct, found = (sum(getattr(v, f) for _, v in hit) for f in ("hits", "correct", "found"))
    where = f"{_where(first)}, {len(hit)} of its {len(group)} phrases hit"
    if not hits:
        typer.echo(f"  {first.lexicon}/{first.pattern}\t-\t0\t-\t0\tno hit in these sentences ({where})")
        return
    typer.echo(f"  {first.lexicon}/{first.pattern}\t{hits - correct}\t{hits}\t{correct / hits:.2f}\t{found}\t({where})")
    for t, v in sorted(hit, key=lambda tv: -tv[1].hits):
        typer.echo(f"      {t}\t{v.hits - v.correct}\t{v.hits}\t{v.precision:.2f}\t{v.found}")
