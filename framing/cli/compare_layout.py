"""`framing compare`'s tests table fitted to the terminal's width without breaking a word or a number:
on one line a test where it fits, else the effect size's interval below it, else each score on a row
of its own above its tests, else one block a score (7 outlets and --paired-by at 80 columns), else,
narrower still (60 or 40 columns), no table: each test a few `label: value` lines (`stacked`; the
profile of means too, `label_lines`).  The table's rows come from `framing.cli.compare`, each cell as
its parts."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table


def plain_console(**options) -> Console:
    """A console that prints names and ids as they are: with rich's defaults an outlet called
    "Post [bold]" came out as a bold "Post", and "Mail:100:" (or a row's "news.csv:100: ..." in an
    error line, an id "news:100" before a colon) as "Mail💯": its markup and emoji codes read the
    text.  Style is given as rich objects (`Text("note", style="yellow")`), never as markup."""
    return Console(markup=False, emoji=False, **options)


def fitted_table(title: str, columns: list[tuple[str, str]], rows: list[tuple[list[str], ...]], width: int, pairs: bool) -> Table:
    """A tests table whose cells are never broken inside a word or a number.  Each cell comes as
    its parts (a pair: "fox vs", "nyt"; an effect size: "δ +0.20 small", "[-0.31, +0.62]"), put on
    one line where the table then fits `width`, else the effect size's interval on a line of its
    own, else (with a column of pairs) each score on a row of its own above its tests, whose pairs
    take its place in the first column, on two lines if longer than the longest score name, else one
    block a score (`score_blocks`), else no table but `label: value` lines (`stacked`).  Rich
    squeezes a table that is too wide by breaking its widest columns anywhere: the score column had
    come out as "loaded_author_p / er_1k" at 80 columns, and, with the score names kept whole, the
    pairs as "washington_po / st"; and below about 70 columns, with the names kept whole, the
    numbers as "0.0001" over "25" and "[-0.74" over "," over "+0.06]"."""
    def table(heads: list[tuple[str, str]]) -> Table:
        t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
        for name, justify in heads:
            t.add_column(name, justify=justify, no_wrap=True, overflow="fold")
        return t

    def cell(parts: list[str], split: bool) -> str:
        return ("\n" if split else " ").join(filter(None, parts))  # an effect size with no interval: one line

    last = len(columns) - 1
    console = plain_console(width=10_000)
    for split in (False, True):  # the effect size's interval on one line, then below
        t = table(columns)
        for row in rows:
            t.add_row(*(cell(parts, split and i == last) for i, parts in enumerate(row)))
        if Measurement.get(console, console.options, t).maximum <= width:
            return t
    if not pairs:  # no pairs to move: lines of their own
        return stacked(title, columns, rows, width, pairs)
    longest = max((len(row[0][0]) for row in rows), default=0)
    t = table([(f"{columns[0][0]} / {columns[1][0]}", "left"), *columns[2:]])
    for i, row in enumerate(rows):
        if i == 0 or row[0] != rows[i - 1][0]:
            t.add_row(row[0][0], end_section=False)
        pair = "  " + " ".join(row[1])  # indented under their score
        t.add_row(pair if len(pair) <= longest else "\n".join("  " + part for part in row[1]),
                  *(cell(parts, j == last - 2) for j, parts in enumerate(row[2:])))
    if Measurement.get(console, console.options, t).maximum <= width:
        return t
    if (blocks := score_blocks(title, columns, rows, width)) is not None:
        return blocks
    return stacked(title, columns, rows, width, pairs)


def score_blocks(title: str, columns: list[tuple[str, str]], rows: list[tuple[list[str], ...]], width: int) -> Table | None:
    """The tests as one block a score: its name on a line of its own across the table, its tests
    below in columns of the same widths in every block (the header once, above the first).  The
    first column then holds only the pairs, not the score names: 7 outlets and --paired-by at 80
    columns had a first column as wide as "loaded_weighted_author_per_1k" beside the pairs, and
    the effect sizes squeezed into "[-0.21," over "+1.00]".  Tried with each pair on one line,
    then those longer than the room left on two ("washington_post vs" over "wall_street_journal"),
    then the same with the effect size's magnitude below its value; None where even that is wider
    than `width`."""
    from rich.text import Text

    heads = [(f"{columns[0][0]} / {columns[1][0]}", "left"), *columns[2:]]
    console = plain_console(width=10_000)

    narrow = max([len(heads[0][0]), *(len(part) + 2 for row in rows for part in row[1])])  # the pairs' column, each on two lines

    def pair(parts: list[str], limit: int) -> str:  # on one line up to `limit` characters, else on two
        one = "  " + " ".join(parts)
        return one if len(one) <= limit or len(parts) < 2 else "\n".join("  " + p for p in parts)

    def effect(parts: list[str], apart: bool) -> str:  # "r +0.45 medium" / "[-0.21, +1.00]"; apart: "r +0.45" / "medium" / ...
        lines = [p for p in parts if p]
        if apart and lines and len(lines[0].split()) == 3:  # a value and its magnitude ("W 0.075" stays whole)
            lines[:1] = lines[0].rsplit(" ", 1)
        return "\n".join(lines)

    def grid(limit: int, apart: bool) -> tuple[Table, int]:
        cells = [[pair(row[1], limit), *("\n".join(filter(None, parts)) for parts in row[2:-1]), effect(row[-1], apart)] for row in rows]
        widths = [max([len(name), *(len(line) for cell in cells for line in cell[i].split("\n"))]) for i, (name, _) in enumerate(heads)]

        def block(chunk: list[list[str]], header: bool) -> Table:
            t = Table(box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True, show_header=header, show_edge=False)
            for (name, justify), w in zip(heads, widths):
                t.add_column(name, justify=justify, width=w, no_wrap=True)
            for cell in chunk:
                t.add_row(*cell)
            return t

        g = Table.grid()
        g.add_column()
        g.title, g.title_justify = title, "left"
        g.add_row(block([], True))
        for i, row in enumerate(rows):
            if i == 0 or row[0] != rows[i - 1][0]:
                g.add_row(Text(row[0][0], no_wrap=True))
                g.add_row(block([cells[j] for j in range(i, len(rows)) if rows[j][0] == row[0]], False))
        g.add_row("")  # a blank line before the caption, as below a table
        return g, Measurement.get(console, console.options, g).maximum

    for apart in (False, True):
        g, wide = grid(10_000, apart)  # every pair on one line
        if wide <= width:
            return g
        g, wide = grid(narrow, apart)  # the pairs on two lines, then those that fit the room left back on one
        if wide <= width:
            return grid(narrow + width - wide, apart)[0]
    return None


def stacked(title: str, columns: list[tuple[str, str]], rows: list[tuple[list[str], ...]], width: int, pairs: bool) -> Table:
    """The tests with no table: each score's name on a line of its own, below it each pair (with
    `pairs`) and its cells as `label: value`, as many to a line as fit `width`:

        loaded_weighted_author_per_1k
          breitbart vs huff-post
            p: 0.0787  p from: exact  p adj: 0.0787
            effect size: δ -0.42 medium [-0.74, +0.06]

    For a terminal too narrow for any table (60 or 40 columns), where the columns had been
    squeezed until the numbers broke ("0.0001" over "25").  See `label_lines`."""
    blocks: list[tuple[str, list[tuple[list[str], list[tuple[str, list[str]]]]]]] = []
    for row in rows:
        if not blocks or blocks[-1][0] != row[0][0]:
            blocks.append((row[0][0], []))
        rest = row[2:] if pairs else row[1:]
        labels = columns[2:] if pairs else columns[1:]
        blocks[-1][1].append((row[1] if pairs else [], [(name, parts) for (name, _), parts in zip(labels, rest)]))
    return label_lines(title, blocks, width)


def label_lines(title: str, blocks: list[tuple[str, list[tuple[list[str], list[tuple[str, list[str]]]]]]], width: int) -> Table:
    """Blocks of `label: value` lines fitted to `width`, a number never broken: each block's heading
    (a score) on a line of its own, then each of its items: its heading's parts (a pair: "fox vs",
    "nyt"; an outlet) on one line indented by 2, on a line each where that is too wide, and its
    fields indented below it (by 2 where the items have no heading), `label: value` (a value's
    parts after the label: "δ -0.42 medium", "[-0.74, +0.06]"), as many fields to a line as fit,
    two spaces apart.  A field too wide for a line of its own breaks between its parts (the rest
    indented by 2 more), never inside one; only a part wider than the whole line wraps (at its
    spaces).  A blank line below the title and between blocks, whose headings are bold.  A one-column grid, so that a caller can set its caption as on a table."""
    from rich.text import Text

    lines: list[str] = []

    def flow(fields: list[list[str]], indent: int) -> None:
        line = ""
        room = width - indent
        for parts in fields:
            whole = " ".join(parts)
            if line and len(line) + 2 + len(whole) <= room:
                line += "  " + whole
                continue
            if line:
                lines.append(" " * indent + line)
            line = ""
            for part in parts:  # a field that fits a line of its own is whole on it; else its parts where they fit
                if line and len(line) + 1 + len(part) > room:
                    lines.append(" " * indent + line)
                    line = "  " + part  # the rest of a field, indented under its label
                else:
                    line = f"{line} {part}" if line else part
        if line:
            lines.append(" " * indent + line)

    headings: set[int] = set()
    for heading, items in blocks:
        lines.append("")  # a blank line below the title and between blocks
        headings.add(len(lines))
        lines.append(heading)
        for item, fields in items:
            values = [[f"{label}: {parts[0]}", *parts[1:]] for label, parts in ((label, [p for p in parts if p]) for label, parts in fields) if parts]
            if item:
                flow([[part] for part in item] if len(" ".join(item)) > width - 2 else [[" ".join(item)]], 2)
            flow(values, 4 if item else 2)
    g = Table.grid(expand=True)  # the title and caption as wide as the terminal, not only as the lines
    g.add_column()
    g.title, g.title_justify = title, "left"
    for i, line in enumerate(lines):
        g.add_row(Text(line, style="bold" if i in headings else "", overflow="fold"))
    g.add_row("")  # a blank line before the caption, as below a table
    return g
