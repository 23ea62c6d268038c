"""`framing lexicon stats`, `coverage` and `evaluate`: how the lexicons do, counted over the
lexicons themselves, over a corpus of articles, and against word-level gold.

Registered on the `framing lexicon` group of framing/cli/lexicon.py, which holds the commands that
read and edit lexicon files; each command calls one library function and formats it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from framing.cli import lexicon as lexicon_cli
from framing.cli import lexicon_measure_rows as rows_output
from framing.cli.lexicon import _load, _show_warnings, _where, lexicon_app
from framing.cli.options import Lexicon, Outlet, corpus_paths, fail
from framing.lexicon import LexiconError
from framing.lexicon_rows import counts_by_row, unfired_rows


@lexicon_app.command()
def stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print {lexicon: {category: count}} as JSON.")] = False,
    lexicon: Lexicon = None,
) -> None:
    """Entries per lexicon and category."""
    from framing.lexicon_coverage import stats as run

    _show_warnings(lexicon)  # the counts include the user's rows: say first what they may not do as meant
    counts = run(_load(lexicon))
    if as_json:
        typer.echo(json.dumps(counts, indent=2))
        return
    for name, cats in counts.items():
        plain = cats.get("plain_sense", 0)  # not findings: counted apart, as `list` and lexicons/README.md count them
        typer.echo(f"{name}: {sum(cats.values()) - plain} entries" + (f" (+{plain} plain-sense rows)" if plain else ""))
        for cat, n in cats.items():
            typer.echo(f"  {cat}\t{n}")


@lexicon_app.command()
def coverage(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders of articles (default: seeds/).", show_default=False)] = None,
    outlet: Outlet = None,
    lexicon: Lexicon = None,
    top: Annotated[int, typer.Option("--top", help="Terms to list per outlet.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full counts as JSON.")] = False,
    term: Annotated[Optional[list[str]], typer.Option("--term", help="Also list every finding of this entry ('talks' or 'loaded/talks'; repeatable) in its words, with its voice: is it the sense the row means?", show_default=False)] = None,
) -> None:
    """Which terms fire how often, per outlet, and which never fire."""
    from framing.lexicon_coverage import coverage as run

    _show_warnings(lexicon)
    try:
        cov = run(corpus_paths(paths), lexicon or (), outlet, show=term or ())
    except LexiconError as e:
        raise fail(str(e)) from None
    for error in cov.unreadable:  # each unreadable input named on stderr, as `framing score` does
        typer.echo(f"error {error}", err=True)
    for line in cov.duplicates.lines(" (each counted in the figures)"):  # a text scraped twice counts its terms twice
        typer.echo(line, err=True)
    if as_json:
        typer.echo(json.dumps({
            "articles": cov.articles, "errors": cov.errors,
            "fired": {f"{lex}/{t}": n for (lex, t), n in cov.fired.most_common()},
            "by_outlet": {o: {f"{lex}/{t}": n for (lex, t), n in c.most_common()} for o, c in cov.by_outlet.items()},
            "never": cov.never,
            # the same findings by the row a builder wrote: a row with slots once, its phrases' counts beneath
            "rows": [{"lexicon": r.row.lexicon, "row": r.row.written, "where": _where(r.row) if r.row.path else None,
                      "findings": r.total, "phrases": dict(r.phrases)} for r in counts_by_row(cov.fired, _load(lexicon))],
            # every row of the user's --lexicon files with its findings (0: never fired), in file order
            **({"your_rows": {f"{e.lexicon}/{e.term}": cov.fired.get((e.lexicon, e.term), 0) for e in _user_entries(_load(lexicon))},
                "your_rows_as_written": rows_output.user_rows_as_written(cov.fired, _load(lexicon))} if lexicon else {}),
            **({"turned_down": {f"{lex}/{t}": n for (lex, t), n in cov.turned_down.items()}} if cov.turned_down else {}),
            **({"findings": {f"{lex}/{t}": [{"article": o.article, "before": o.before, "text": o.text, "after": o.after,
                                             "voice": o.voice, "speaker": o.speaker} for o in found]
                             for (lex, t), found in cov.examples.items()}} if term else {}),
        }, indent=2))
        return
    lexset = _load(lexicon)
    typer.echo(f"{cov.articles} article{'s' * (cov.articles != 1)}, {cov.errors} unreadable")
    rows_output.echo_counts_by_row(cov.fired, lexset, top, "")
    for o, c in sorted(cov.by_outlet.items()):
        typer.echo(f"\n{o}:")
        rows_output.echo_counts_by_row(c, lexset, top, "  ")
    for lex, terms in cov.never.items():
        if not terms:  # every term fired: nothing to list
            continue
        fired = len({k for k in cov.fired if k[0] == lex})
        rows = unfired_rows(lex, terms, lexset)  # a row with slots once, as written, not its hundred phrases
        shown = ", ".join(rows[:top]) + (", ..." if len(rows) > top else "")
        typer.echo(f"\nnever fired in {lex}: {len(terms)} of {len(terms) + fired} terms: {shown}  (--json lists them all)")
    if lexicon:
        _echo_user_coverage(cov, _load(lexicon))
    for asked in term or ():
        found = {k: v for k, v in cov.examples.items() if asked.lower() in (k[1], f"{k[0]}/{k[1]}")}
        if not found:
            typer.echo(f"\nfindings of {asked!r}: {_no_row(_load(lexicon), asked) or 'none in these articles'}")
        for (lex, t), occurrences in sorted(found.items()):
            typer.echo(f"\nfindings of {lex}/{t}: {len(occurrences)} (article, the words, voice)")
            for o in occurrences:
                voice = f"quoted ({o.speaker})" if o.voice == "quoted" and o.speaker else o.voice
                typer.echo(f"  {o.article}\t{f'{o.before}[{o.text}]{o.after}'.strip()}\t{voice}")


def _echo_user_coverage(cov, lexset) -> None:
    """Every row of the user's own files with its findings in this corpus, those that never fired
    included: the top-N lists above rarely reach a builder's new rows.  A row with slots is one
    line, as written, with its phrases' findings added up and those that fired folded beneath."""
    from framing.lexicon_rows import row_of

    rows = _user_entries(lexset)
    if not rows:
        return
    typer.echo("\nyour rows: findings in these articles (where)")
    phrases: dict = {}
    for e in rows:
        if e.pattern:
            phrases.setdefault(row_of(e), []).append(e)
    for e in rows:
        if e.pattern:
            group = phrases.pop(row_of(e), None)
            if group is None:  # a later phrase of a row already shown
                continue
            if (why := not_counted(e, lexset)) is not None:
                typer.echo(f"  {e.lexicon}/{e.pattern}\t{why}\t({_where(e)})")
                continue
            counts = [(p.term, cov.fired.get((p.lexicon, p.term), 0)) for p in group]
            total = sum(n for _, n in counts)
            fired = sorted([c for c in counts if c[1]], key=lambda c: -c[1])
            typer.echo(f"  {e.lexicon}/{e.pattern}\t{total or 'never fired'}\t({_where(e)}, {len(fired)} of its {len(group)} phrases fired)")
            for phrase, n in fired:
                typer.echo(f"      {n}\t{phrase}")
            continue
        n = cov.fired.get((e.lexicon, e.term), 0)
        if (why := not_counted(e, lexset)) is not None:  # no text could make it fire: not "never fired"
            typer.echo(f"  {e.lexicon}/{e.term}\t{why}\t({_where(e)})")
        elif (e.lexicon, e.term) in cov.turned_down:  # a plain_sense row is never a finding: what did it switch off?
            off = cov.turned_down[(e.lexicon, e.term)]
            typer.echo(f"  {e.lexicon}/{e.term}\tplain_sense: turned down {off} match{'es' * (off != 1)}\t({_where(e)})")
        else:
            typer.echo(f"  {e.lexicon}/{e.term}\t{n or 'never fired'}\t({_where(e)})")


def not_counted(entry, lexset) -> str | None:
    from framing.lexicon_coverage import not_counted as why

    return why(entry, lexset)


def _user_entries(lexset) -> list:
    from framing.lexicon_coverage import user_entries

    return user_entries(lexset)


@lexicon_app.command()
def evaluate(
    data: Annotated[Optional[Path], typer.Option("--data", help="Gold CSV (default: BABE's babe_sg2_final_labels.csv in ../shared/data/babe beside a checkout; framing does not ship it).", show_default=False)] = None,
    text_col: Annotated[str, typer.Option("--text-col", help="Column with the sentence.")] = "text",
    words_col: Annotated[str, typer.Option("--words-col", help="Column with the gold words (a Python list or ; , | separated); '' for sentence labels only.")] = "biased_words",
    label_col: Annotated[str, typer.Option("--label-col", help="Column with the sentence label: Biased / Non-biased, 0/1, true/false, or two class names of your own (with --positive).")] = "label_bias",
    positive: Annotated[Optional[str], typer.Option("--positive", help="With labels of your own (loaded / plain, uncertain / certain): the class whose sentences should have a hit.", show_default=False)] = None,
    split: Annotated[str, typer.Option("--split", help="all, dev (even rows, for tuning; also: even, train) or test (odd rows, held out; also: odd).")] = "all",
    types: Annotated[str, typer.Option("--types", help="Comma-separated finding types counted as hits.")] = "loaded",
    min_weight: Annotated[int, typer.Option("--min-weight", help="Count only findings whose entry weighs at least this (1-3).", min=1, max=3)] = 1,
    top: Annotated[int, typer.Option("--top", help="Terms to list.")] = 30,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    lexicon: Lexicon = None,
    term: Annotated[Optional[list[str]], typer.Option("--term", help="Also list every hit of this entry ('claim' or 'loaded/claim'; repeatable): each sentence, right or wrong, and the words the gold marks.", show_default=False)] = None,
) -> None:
    """Precision and recall against word-level gold, by term and category, misfiring terms first.

    Also sentence-level precision/recall of "the sentence has an author-voice hit" against the
    sentence labels.  Default data: BABE (../shared/data/babe/babe_sg2_final_labels.csv).
    """
    from framing.lexicon_evaluate import evaluate as run, read_gold, split_name

    from framing.models import SPAN_TYPES

    default = lexicon_cli.DEFAULT_GOLD
    data = data or default
    if not data.exists() and data == default:  # a checkout without the shared datasets beside it: say where BABE comes from
        raise fail(f"no --data given and no BABE beside this checkout ({data}); framing does not ship BABE: take "
                   f"data/final_labels_SG2.csv from {lexicon_cli.BABE_SOURCE} and pass --data final_labels_SG2.csv, or pass your own gold CSV "
                   "(a sentence column, --text-col, and the words marked in it, --words-col)")
    if not data.exists():
        raise fail(f"{data}: no such file; pass --data CSV (a sentence column, --text-col, and the words marked in it, --words-col)")
    wanted = tuple(t.strip() for t in types.split(",") if t.strip())
    own = _load(lexicon).new_lexicons if lexicon else ()  # a lexicon of the user's own finds spans of its type
    unknown = [t for t in wanted if t not in SPAN_TYPES and t not in own] or ([] if wanted else [types])
    if unknown:  # a typo had counted nothing and printed figures of 0 hits
        from framing.lexicon_evaluate import unknown_type

        raise fail(unknown_type(unknown[0], SPAN_TYPES, _load(lexicon), _load(None)), code=2)
    _show_warnings(lexicon)
    try:
        gold = read_gold(data, text_col, words_col or None, label_col, split, positive)
        lexset = _load(lexicon)
        ev = run(gold, lexset, wanted, min_weight, show=term or ())
    except (LexiconError, ValueError) as e:
        raise fail(str(e)) from None
    summary = ev.summary()
    if as_json:
        summary["terms"] = {f"{lex}/{t}": {"hits": v.hits, "correct": v.correct, "precision": None if v.precision is None else round(v.precision, 3),
                                           "gold_words_found": v.found, "recall": round(v.found / ev.gold, 4) if ev.gold else None,
                                           "row": _row_of(lexset, lex, t)}
                            for (lex, t), v in ev.misfiring_terms()}
        if ev.sentence_terms:  # sentence labels only: each term's author-voice hits, and those in positive sentences
            summary["sentence_terms"] = {f"{lex}/{t}": {"hits": v.hits, "in_positive_sentences": v.correct,
                                                        "share": round(v.precision, 3), "row": _row_of(lexset, lex, t)}
                                         for (lex, t), v in ev.sentence_misfiring_terms()}
        if slot_rows := rows_output.slot_rows_json(ev, lexset):  # rows with slots: their phrases' figures added up
            summary["slot_rows"] = slot_rows
        if ev.sentence_terms and (slot_rows := rows_output.slot_rows_json(ev, lexset, sentence=True)):
            summary["sentence_slot_rows"] = slot_rows
        if ev.turned_down:  # the user's plain_sense rows: matches turned down, of them on marked words
            summary["turned_down"] = {f"{lex}/{t}": {"matches": v.hits, "on_marked_words": v.correct}
                                      for (lex, t), v in ev.turned_down.items()}
        if term:
            summary["hits"] = {f"{lex}/{t}": [{"row": h.row, "text": h.text, "start": h.start, "end": h.end, "correct": h.correct,
                                               "marked": sorted(h.marked)} for h in hits] for (lex, t), hits in ev.examples.items()}
        typer.echo(json.dumps(summary, indent=2))
        return
    w, s = summary["word_level"], summary["sentence_level"]
    left_out = f" ({ev.left_out} row{'s' * (ev.left_out != 1)} labelled neither way, with no words marked, left out)" if ev.left_out else ""
    typer.echo(f"{data.name} ({split_name(split)}): {ev.sentences} sentences{left_out}, {w['sentences']} with word-level gold")
    if w["sentences"]:
        typer.echo(f"word level: precision {w['precision']} ({w['correct']}/{w['hits']} hits), recall {w['recall']} ({w['found']}/{w['gold_words']} gold words)")
    if ev.has_labels:
        typer.echo(f"sentence level (author-voice hit vs label): precision {s['precision']}, recall {s['recall']} (tp {s['tp']}, fp {s['fp']}, fn {s['fn']}, tn {s['tn']})")
    else:  # figures of None told nothing
        typer.echo(f"sentence level: no sentence labels in column {label_col!r}; name the label column with --label-col for these figures")
    if not w["sentences"]:  # sentence labels only: the word-level tables would be empty headings
        _echo_sentence_terms(ev, lexset, top)
        if ev.has_labels:
            rows_output.echo_slot_rows(ev, lexset, sentence=True)
        for asked in term or ():
            _echo_hits(asked, ev, lexset)
        return
    typer.echo("\nper category: precision, recall, hits")
    for cat, v in summary["categories"].items():
        note = f"\t({v['note']})" if "note" in v else ""
        typer.echo(f"  {cat}\t{'-' if v['precision'] is None else v['precision']}\t{v['recall']}\t{v['hits']}{note}")
    typer.echo("\nmisfiring terms first: term, wrong hits, hits, precision, gold words found, recall, row (--term T lists its hits)")
    for (lex, t), v in ev.misfiring_terms()[:top]:
        recall = f"{v.found / ev.gold:.4f}" if ev.gold else "-"
        typer.echo(f"  {lex}/{t}\t{v.hits - v.correct}\t{v.hits}\t{v.precision:.2f}\t{v.found}\t{recall}\t{_row_of(lexset, lex, t)}")
    typer.echo("\nterms that help most: term, gold words found, hits, precision, recall, row")
    for (lex, t), v in ev.helpful_terms()[:top]:
        recall = f"{v.found / ev.gold:.4f}" if ev.gold else "-"
        typer.echo(f"  {lex}/{t}\t{v.found}\t{v.hits}\t{v.precision:.2f}\t{recall}\t{_row_of(lexset, lex, t)}")
    rows_output.echo_slot_rows(ev, lexset)
    if lexicon:
        _echo_user_rows(ev, lexset, wanted)
    for asked in term or ():
        _echo_hits(asked, ev, lexset)


def _echo_sentence_terms(ev, lexset, top: int) -> None:
    """With sentence labels and no marked words, each term's author-voice hits against the labels:
    which terms fire in sentences labelled negative (a hedge in a certain sentence)."""
    if not ev.has_labels:
        return
    typer.echo("\nno word-level gold: terms by their author-voice hits in sentences labelled negative, worst first")
    typer.echo("term, hits in negative sentences, hits, share in positive sentences, row (--term T lists its hits)")
    for (lex, t), v in ev.sentence_misfiring_terms()[:top]:
        typer.echo(f"  {lex}/{t}\t{v.hits - v.correct}\t{v.hits}\t{v.precision:.2f}\t{_row_of(lexset, lex, t)}")


def _echo_hits(asked: str, ev, lexset) -> None:
    """Every hit of one entry, wrong ones first, the matched words in [brackets] in their sentence:
    what a misfire looks like, so a builder can tell a plain sense (add a plain_sense row) from a
    term to drop."""
    from framing.lexicon_coverage import context

    found = {k: v for k, v in ev.examples.items() if asked.lower() in (k[1], f"{k[0]}/{k[1]}")}
    if not found:
        typer.echo(f"\nhits of {asked!r}: {_no_row(lexset, asked) or 'none in these sentences (with word-level gold)'}")
        return
    for (lex, t), hits in sorted(found.items()):
        right = sum(h.correct for h in hits)
        typer.echo(f"\nhits of {lex}/{t} ({_row_of(lexset, lex, t)}): {len(hits)}, {right} right, {len(hits) - right} wrong (row: the gold file's line)")
        for h in sorted(hits, key=lambda h: (h.correct, h.row)):
            before, after = context(h.text[max(0, h.start - 60):h.start]), context(h.text[h.end:h.end + 60])
            marked = ", ".join(sorted(h.marked)) or "nothing"
            # with sentence labels only, a hit is right or wrong by its sentence's label; no word was marked
            said = f"(sentence labelled {'positive' if h.correct else 'negative'})" if not ev.word_sentences else f"(marked: {marked})"
            shown = f"{before}[{h.text[h.start:h.end]}]{after}".strip()
            typer.echo(f"  {'right' if h.correct else 'wrong'}\trow {h.row}\t{shown}\t{said}")


def _no_row(lexset, asked: str) -> str | None:
    """What to say when --term names no row at all (a typo, or a form such as 'slammed' where the
    row is 'slam'): "none found" would read as a row that never fired."""
    from framing.lexicon_coverage import FINDING_LEXICONS

    lexicon, _, term = asked.lower().rpartition("/")
    if any(lexset.lookup(lex, term) is not None for lex in ([lexicon] if lexicon else FINDING_LEXICONS)):
        return None
    where = lexicon or "loaded, hedge or booster"
    owners = [lex for lex in ([lexicon] if lexicon else FINDING_LEXICONS) if term in (lexset.metadata.get(lex) or {}).get("categories", {})]
    if owners:  # `--term euphemism`: a category, whose figures are a line of the table above
        return (f"no row {term!r} in {where}: it is a category of {owners[0]!r}, and --term takes a row's term; "
                f"`framing lexicon show {owners[0]} --category {term}` lists them")
    return f"no row {term!r} in {where}; --term takes a row's term in its base form ('slam', not 'slammed'); `framing lexicon show {lexicon or 'loaded'}` lists them"


def _row_of(lexset, lexicon: str, term: str) -> str:
    """The file and line of the row behind a term (`loaded.tsv:88`, `my/loaded.tsv:2`): the line a
    builder edits or answers with a plain_sense row.  A phrase of a row with slots names the row as
    written too (`hedge.tsv:1013 'it [is|was] [adverb] [...]'`): the file has no line "it was
    widely reported" to search for."""
    entry = lexset.lookup(lexicon, term)
    if entry is None:
        return "-"
    return f"{_where(entry)} {entry.pattern!r}" if entry.pattern else _where(entry)


def _echo_user_rows(ev, lexset, types: tuple[str, ...]) -> None:
    """Every row of the user's own files with how it did, including rows that never fired: what a
    lexicon builder runs `evaluate --lexicon` to learn, and what the top-N list above may not show.
    A row of a lexicon of the user's own that `--types` left out was not measured, which "no hit in
    these sentences" would misstate."""
    rows = _user_entries(lexset)
    if not rows:
        return
    typer.echo("\nyour rows: term, wrong hits, hits, precision, gold words found (where)")
    from framing.lexicon_rows import row_of

    groups: dict = {}
    for e in rows:
        if e.pattern:
            groups.setdefault(row_of(e), []).append(e)
    for e in rows:
        if e.pattern and not_counted(e, lexset) is None and not (e.lexicon in lexset.new_lexicons and e.lexicon not in types):
            group = groups.pop(row_of(e), None)
            if group is not None:  # a row with slots: once, as written, its phrases' hits added up, those that hit beneath
                rows_output.echo_user_slot_row(e, group, ev)
            continue
        v = ev.terms.get((e.lexicon, e.term))
        off = ev.turned_down.get((e.lexicon, e.term))
        if (why := not_counted(e, lexset)) is not None:  # no sentence could give it a hit: not "no hit in these sentences"
            typer.echo(f"  {e.lexicon}/{e.term}\t{why}\t({_where(e)})")
        elif e.lexicon in lexset.new_lexicons and e.lexicon not in types:
            typer.echo(f"  {e.lexicon}/{e.term}\tnot measured: add --types {e.lexicon} to count its hits\t({_where(e)})")
        elif off is not None:  # a plain_sense row is never a hit: say what it switched off, and what that cost
            cost = (f", {off.correct} of them on words the gold marks (right findings it switches off)"
                    if off.correct else ", none on words the gold marks")
            typer.echo(f"  {e.lexicon}/{e.term}\tplain_sense: turned down {off.hits} match{'es' * (off.hits != 1)}{cost if off.hits else ''}\t({_where(e)})")
        elif v is None or not v.hits:
            typer.echo(f"  {e.lexicon}/{e.term}\t-\t0\t-\t0\tno hit in these sentences ({_where(e)})")
        else:
            typer.echo(f"  {e.lexicon}/{e.term}\t{v.hits - v.correct}\t{v.hits}\t{v.precision:.2f}\t{v.found}\t({_where(e)})")
