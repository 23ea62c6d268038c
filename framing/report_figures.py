"""The report's Plotly figures, each returned as a plain dict (data + layout) for Plotly.newPlot.

Figures carry no template (Plotly's default one adds ~10 kB to every figure); the page sets fonts
and colours once.  Text that comes from articles (speakers, words, outlet names) is HTML-escaped
before it reaches a figure, because Plotly renders a few tags inside labels.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from framing import report_numbers
from framing.compare import Comparison
from framing.distinctive import Term
from framing.sourcing import Sourcing

# Outlet colours: Okabe & Ito's palette, told apart with the common colour-vision deficiencies, and
# not opening on red against blue, which in a report on political news reads as a party label
# (Fox had come out blue and HuffPost red).
PALETTE = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00", "#999999", "#F0E442", "#000000",
           "#8C6D31"]
# One colour per reporting-verb stance (lexicons/reporting_verbs.tsv): with the palette as fallback,
# 'urging' and 'aggressive' had both come out orange, 'thought' and 'raising' both blue.
STANCE_COLOURS = {
    "neutral": "#9e9e9e", "raising": "#1f77b4", "lowering": "#d62728", "aggressive": "#ff7f0e", "commitment": "#2ca02c",
    "concession": "#8c564b", "denial": "#9467bd", "emotive": "#e377c2", "labeling": "#bcbd22", "tentative": "#17becf",
    "thought": "#aec7e8", "urging": "#ffbb78", "no_comment": "#5d6d7e", "unknown": "#cccccc",
}
_SPARE_COLOURS = ["#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#dbdb8d", "#9edae5", "#393b79", "#637939", "#843c39"]
MAX_SCATTER_TERMS = 400  # per outlet: the most distinctive either way


# What each score counts, in words a class can read; the panel shows the score's name under it,
# for the tables and the Methods section.  "per 1,000 own words": the outlet's own findings are
# divided by its own words (quotations left out), so a student's 6 / 719 words is not the score.  A score not listed here is shown by its name alone.
# The verb share is "non-neutral", as the stance chart calls its verbs: "with a loaded verb" had called a
# "confirmed" or an "explained" (raising, not loaded) loaded, beside the loaded words' red layer.
PLAIN_TITLES = {
    "loaded_author_per_1k": "Loaded words, the outlet's own, per 1,000 own words",
    "loaded_quoted_per_1k": "Loaded words in quotations, per 1,000 quoted",
    "loaded_per_1k": "All loaded words, per 1,000",
    "loaded_weighted_author_per_1k": "Own loaded words weighted 1-3, per 1,000 own words",
    "hedge_per_1k": "Hedges, the outlet's own, per 1,000 own words",
    "booster_per_1k": "Boosters, the outlet's own, per 1,000 own words",
    "quote_share": "Share of words in quotations",
    "quotes": "Spoken quotations (count)",
    "attributions": "Attributions: said, according to... (count)",
    "anonymous_source_share": "Share of attributions to anonymous sources",
    "nonneutral_verb_share": "Share of reported speech with a non-neutral verb",
    "biased_sentence_share": "Share of own sentences judged biased",
    "mean_bias_probability": "Mean bias probability, own sentences",
}


# The radar's axis names on a phone, where a full title on each of a dozen axes left the chart a
# third of the screen wide: two words a line at most; the hover still gives the full title.
SHORT_TITLES = {
    "loaded_author_per_1k": "Own loaded words",
    "loaded_quoted_per_1k": "Quoted loaded words",
    "loaded_per_1k": "All loaded words",
    "loaded_weighted_author_per_1k": "Own loaded, weighted",
    "hedge_per_1k": "Hedges",
    "booster_per_1k": "Boosters",
    "quote_share": "Quoted share",
    "quotes": "Quotations",
    "attributions": "Attributions",
    "anonymous_source_share": "Anonymous sources",
    "nonneutral_verb_share": "Non-neutral verbs",
    "biased_sentence_share": "Biased sentences",
    "mean_bias_probability": "Bias probability",
}


def is_share(score: str) -> bool:
    """A score that is a share of something (quoted words, attributions, sentences): charts and
    tables show it as a percentage, "17%", where "0.17" had left a class to guess the unit."""
    return score.endswith("_share")


# The scores that are whole numbers by definition (framing.score: "Number of ..."): an article's count.
COUNT_SCORES = frozenset({"quotes", "attributions"})


def is_count(score: str) -> bool:
    """A score that counts findings in an article (quotations, attributions), a whole number."""
    return score in COUNT_SCORES


def exact_count(score: str, articles: int) -> bool:
    """Whether an outlet's value of `score` over `articles` is one article's count, exact and written
    whole ("18", not "18.0", report_numbers.whole); a mean of several keeps its digits ("12.5")."""
    return is_count(score) and articles == 1


def percent(v: float | None, points: bool = False, places: int | None = None) -> str:
    """0.17 -> "17%"; a difference of two shares, 0.0486 -> "4.86 points" (of a percentage).  With
    `places`, to that many decimals: an outlet's mean as its interval writes it (0.5 -> "50.0%",
    report_numbers.mean_places), where three significant digits write "50%"."""
    if v is None:
        return "–"
    number = f"{v * 100:.3g}" if places is None else report_numbers.fixed(v * 100, places)
    return number + (" points" if points else "%")


def panel_title(score: str) -> str:
    """A panel's title: what the score counts, then its name in small grey type."""
    plain = PLAIN_TITLES.get(score)
    if plain is None:
        return label(score)
    return f"{label(plain)}<br><span style='font-size:10px;color:#777'>{label(score)}</span>"


def axis_title(score: str) -> str:
    """A radar axis: what the score counts on two short lines ("Loaded words,<br>the outlet's own")."""
    plain = PLAIN_TITLES.get(score)
    return label(score) if plain is None else label(plain).replace(", ", ",<br>", 1)


def _row_gap(rows: int, height: int) -> float:
    """make_subplots' vertical_spacing (a fraction of the plot's height) for a fixed ~75 px
    between rows, room for a two-line panel title, whatever the number of rows."""
    return min(0.3, 75 / (height - 90)) if rows > 1 else 0.0


def label(text: object) -> str:
    return html.escape(str(text), quote=False)


def colour(i: int) -> str:
    return PALETTE[i % len(PALETTE)]


def _plain(fig: go.Figure, height: int, top: int = 40) -> dict:
    fig.update_layout(
        template=None, height=height, margin={"l": 60, "r": 20, "t": top, "b": 50},
        font={"family": "system-ui, sans-serif", "size": 12}, paper_bgcolor="white", plot_bgcolor="#fafafa",
    )
    return fig.to_plotly_json()


def profile_figure(c: Comparison, behind: Mapping[tuple[str, str], tuple[int, int, str]] | None = None) -> dict:
    """Small multiples: one panel per score, a bar per outlet with its bootstrap 95% interval.
    `behind` ({(score, outlet): (1, 6, "quoted words")}, report_rate_counts.behind_bars): what a
    rate of an outlet's one article counts, "1 in 6" under its value (the panel's title names the
    words) and "counted: 1 in 6 quoted words" in its hover."""
    behind = behind or {}
    names = [o.name for o in c.outlets]
    cols = 3
    rows = max(1, math.ceil(len(c.scores) / cols))
    height = 230 * rows + 60
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=[panel_title(s) for s in c.scores],
                        vertical_spacing=_row_gap(rows, height))
    by = {(r.score, r.outlet): r for r in c.profile}
    for k, s in enumerate(c.scores):
        for i, o in enumerate(names):
            r = by[(s, o)]
            has_ci = r.low is not None and r.mean is not None
            # the mean and its interval's ends to the mean's decimals: "50.2, 95% interval 49.0 to 51.3", not "49 to 51.3"
            unit = "%" if is_share(s) else ""
            counted = None if has_ci else behind.get((s, o))
            counts = f"{counted[0]:,} in {counted[1]:,}" if counted else ""
            mean, low, high = (x if x == "–" else f"{x}{unit}" for x in report_numbers.with_interval(r.mean, r.low, r.high, 100 if is_share(s) else 1,
                                                                                                         exact_count(s, r.n)))
            fig.add_trace(
                go.Bar(
                    x=[label(o)], y=[r.mean], name=label(o), legendgroup=label(o), showlegend=k == 0,
                    marker_color=colour(i),
                    # without an interval the bar's value is written on it: a zero bar is otherwise no bar at all
                    # and a rate of one article says what it counts ("167" was one word in six quoted)
                    # (the mean to its interval's decimals, as everywhere on the page: 50.0 is "50.0", not "50")
                    text=None if has_ci else [mean + (f"<br><span style='font-size:10px'>{counts}</span>" if counts else "")],
                    # (at its own size: plotly had shrunk the value with its longer line to the bar's width)
                    textposition="outside", cliponaxis=False, constraintext="none" if counts else "both",
                    error_y={"type": "data", "symmetric": False, "array": [r.high - r.mean], "arrayminus": [r.mean - r.low]} if has_ci else None,
                    hovertemplate=f"{label(o)}<br>{label(PLAIN_TITLES.get(s, s))}: {mean}<br>articles: {r.n}"
                    + (f"<br>95% interval: {low} to {high}" if has_ci else "<br>no interval: too few articles")
                    + (f"<br>counted: {counts} {counted[2]}" if counted else "")
                    + "<extra></extra>",
                ),
                row=k // cols + 1, col=k % cols + 1,
            )
    fig.update_xaxes(showticklabels=False)
    fig.update_yaxes(rangemode="nonnegative")  # every score is a count, a rate or a share: an all-zero panel reads 0 to 1, not -1 to 1
    _percent_axes(fig, c.scores, cols)
    fig.update_annotations(font_size=12)
    fig.update_layout(meta={"panels": len(c.scores)})  # the page stacks the panels on a phone (report_charts.js, narrowLayout)
    return _plain(fig, height)


def _percent_axes(fig: go.Figure, scores: Sequence[str], cols: int) -> None:
    """A share's panel reads in percent on its axis (0%, 10%, 20%), as its bars and hover do."""
    for k, s in enumerate(scores):
        if is_share(s):
            fig.update_yaxes(tickformat=".0%", row=k // cols + 1, col=k % cols + 1)


def box_stats(values: Sequence[float]) -> dict:
    """Quartiles and Tukey whiskers (the furthest values within 1.5 IQR of the box), computed here
    so the figure's size does not grow with the number of articles."""
    x = np.asarray(values, dtype=float)
    q1, median, q3 = np.percentile(x, [25, 50, 75])
    iqr = q3 - q1
    inside = x[(x >= q1 - 1.5 * iqr) & (x <= q3 + 1.5 * iqr)]
    return {"q1": float(q1), "median": float(median), "q3": float(q3), "lowerfence": float(inside.min()),
            "upperfence": float(inside.max()), "mean": float(x.mean())}


def distribution_figure(c: Comparison, values: dict[str, dict[str, list[float]]]) -> dict:
    """Small multiples of box plots: how each outlet's articles spread on each score."""
    names = [o.name for o in c.outlets]
    cols = 3
    rows = max(1, math.ceil(len(c.scores) / cols))
    height = 230 * rows + 60
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=[panel_title(s) for s in c.scores],
                        vertical_spacing=_row_gap(rows, height))
    for k, s in enumerate(c.scores):
        for i, o in enumerate(names):
            v = values[s].get(o) or []
            if not v:
                continue
            b = box_stats(v)
            fig.add_trace(
                go.Box(x=[label(o)], **{key: [round(val, 4)] for key, val in b.items()}, name=label(o), legendgroup=label(o),
                       showlegend=k == 0, marker_color=colour(i), boxmean=True, hoverinfo="y"),
                row=k // cols + 1, col=k % cols + 1,
            )
    fig.update_xaxes(showticklabels=False)
    _percent_axes(fig, c.scores, cols)  # the hover's values follow the axis's format
    fig.update_annotations(font_size=12)
    fig.update_layout(meta={"panels": len(c.scores)})
    return _plain(fig, height)


def fingerprint_figure(c: Comparison) -> dict:
    """Radar: each axis is one score, scaled so the highest outlet mean on that axis is 1."""
    fig = go.Figure()
    rows = {(r.score, r.outlet): r for r in c.profile}
    by = {key: r.mean for key, r in rows.items()}
    axes = [s for s in c.scores if max((by[(s, o.name)] or 0) for o in c.outlets) > 0]
    for i, o in enumerate(c.outlets):
        vals = []
        for s in axes:
            top = max((by[(s, x.name)] or 0) for x in c.outlets)
            vals.append(round((by[(s, o.name)] or 0) / top, 4))
        # each mean as the tables and the profile write it (report_numbers.mean_text): "50.0", not "50"
        means = [report_numbers.mean_text(rows[(s, o.name)].mean, rows[(s, o.name)].low, rows[(s, o.name)].high, 100 if is_share(s) else 1,
                                          exact_count(s, rows[(s, o.name)].n))
                 + ("%" if is_share(s) and rows[(s, o.name)].mean is not None else "") for s in axes]
        # a solid outline over a light fill: a trace's opacity had faded the outlines too, and three
        # overlapping fills blended into one olive shape a class could not tell apart
        fig.add_trace(go.Scatterpolar(
            r=vals + vals[:1], theta=[axis_title(s) for s in axes + axes[:1]], name=label(o.name), fill="toself",
            fillcolor=translucent(colour(i), 0.15), line={"color": colour(i), "width": 2.5},
            customdata=means + means[:1],
            hovertemplate="%{theta}: %{customdata} (%{r:.0%} of the highest outlet)<extra>" + label(o.name) + "</extra>",
        ))
    # meta.short: the axis names a phone shows (report_charts.js, shortAxisNames), one per axis
    # the rings in percent of the highest outlet, as the hover says it ("0.6" named no unit)
    fig.update_layout(polar={"radialaxis": {"range": [0, 1], "tickformat": ".0%"}}, meta={"short": [label(SHORT_TITLES.get(s, s)) for s in axes]})
    return _plain(fig, 480)


def translucent(hex_colour: str, alpha: float) -> str:
    """'#E69F00', 0.15 -> 'rgba(230,159,0,0.15)': a fill that lets the shapes under it show."""
    r, g, b = (int(hex_colour[k:k + 2], 16) for k in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


# What each bar of the sources chart counts, for its hover text and the page's legend.
SOURCE_KINDS = {
    "named": "credited to a named person or body",
    "anonymous": "credited to a source the outlet does not name (\"officials said\")",
    "not named": "with no source in the text that framing could find (\"it was reported\")",
}


# The two attribution charts stand side by side under one introduction: each says what it shows.
STANCE_TITLE = "The stance of each outlet's reporting verbs", "\"said\" is neutral; \"claimed\" casts doubt, \"stressed\" lends weight"
SOURCES_TITLE = "Whom each outlet's attributions credit", "a named person or body, an unnamed source, or none found"


def chart_title(title: tuple[str, str]) -> dict:
    """A chart's caption in the figure itself (so it prints and stays with it): what it shows, then
    how to read it in small grey type."""
    return {"text": f"{label(title[0])}<br><span style='font-size:11px;color:#666'>{label(title[1])}</span>",
            "x": 0, "xanchor": "left", "font": {"size": 13}}


def stance_examples(counts: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """Each stance's commonest cue in the articles ({(stance, words): attributions} -> {stance:
    words}; ties go to the words first in the alphabet), for the legend."""
    best: dict[str, tuple[int, str]] = {}
    for (stance, words), n in counts.items():
        if words and (stance not in best or (-n, words) < (-best[stance][0], best[stance][1])):
            best[stance] = (n, words)
    return {stance: words for stance, (_, words) in best.items()}


def stance_figure(s: Sourcing, notes: dict[str, str] | None = None, examples: Mapping[str, str] | None = None) -> dict:
    """Stacked bars: share of each outlet's attributions by reporting-verb stance; `notes` says
    in the hover what each stance means ({stance: note}, from the lexicon's metadata); `examples`
    names in the legend each stance's commonest cue in these articles ('lowering ("claimed")'),
    since 'lowering' or 'raising' alone told a class nothing it could find in the texts."""
    stances = sorted({st for o in s.outlets for st in s.stance[o]}, key=lambda x: (x != "neutral", x))
    spare = iter(_SPARE_COLOURS * 3)
    colours = {st: STANCE_COLOURS.get(st) or next(spare) for st in stances}  # a stance of a user lexicon gets its own too
    fig = go.Figure()
    for st in stances:
        shares = [(s.stance[o][st] / total if (total := sum(s.stance[o].values())) else 0) for o in s.outlets]
        fig.add_trace(go.Bar(
            x=[label(o) for o in s.outlets], y=shares, marker_color=colours[st],
            name=label(f'{st} ("{examples[st]}")' if examples and examples.get(st) else st),
            customdata=[s.stance[o][st] for o in s.outlets],
            hovertemplate=label(st) + ": %{y:.0%} (%{customdata} attributions)"
            + (f"<br>{label(notes[st])}" if notes and notes.get(st) else "") + "<extra>%{x}</extra>",
        ))
    # automargin: the outlets' names under the bars get the room they need (file names ran off the foot)
    fig.update_layout(barmode="stack", yaxis={"tickformat": ".0%", "title": "share of attributions"}, xaxis={"automargin": True},
                      title=chart_title(STANCE_TITLE))
    return _plain(fig, 380, top=70)


def sources_figure(s: Sourcing) -> dict:
    """Stacked bars: the share of each outlet's attributions credited to a named person or body, to
    an anonymous source, or to none found, the counts in the hover.  In counts the longest article
    had the tallest bars (a BASIL triplet's New York Times, its text twice as long, 62 named sources
    to Fox News's 19): a share compares outlets whatever their articles' length, as the stance chart
    beside it does."""
    fig = go.Figure()
    totals = [sum(s.sources[o].values()) for o in s.outlets]
    for kind, col in (("named", "#2ca02c"), ("anonymous", "#ff7f0e"), ("not named", "#9e9e9e")):
        counts = [s.sources[o][kind] for o in s.outlets]
        fig.add_trace(go.Bar(
            x=[label(o) for o in s.outlets], y=[n / t if t else 0 for n, t in zip(counts, totals)], name=kind, marker_color=col,
            customdata=[[n, t] for n, t in zip(counts, totals)],
            hovertemplate=f"{kind}: %{{y:.0%}} (%{{customdata[0]}} of %{{customdata[1]}} attributions), {SOURCE_KINDS[kind]}<extra>%{{x}}</extra>",
        ))
    fig.update_layout(barmode="stack", yaxis={"tickformat": ".0%", "title": "share of attributions"}, xaxis={"automargin": True},
                      title=chart_title(SOURCES_TITLE))
    return _plain(fig, 380, top=70)


def log_ticks(top: float) -> list[int]:
    """1, 2, 5, 10, 20, 50, ... up to the first past `top`: a log axis labelled in whole numbers.
    Plotly's own labels past 10 are the digits alone ("2", "3" for 20, 30), which a class reads
    as 2 and 3."""
    ticks, k = [], 1
    while not ticks or ticks[-1] < top:
        ticks.extend(m * k for m in (1, 2, 5))
        k *= 10
    return ticks[:next(i for i, v in enumerate(ticks) if v >= top) + 1]


LABELLED_TERMS = 5  # an outlet's words named on the scatter: its clearest few past the dotted lines


def _point_labels(terms: Sequence[Term]) -> dict[int, str]:
    """The label of each term's point (by id): words on one point (the same count and z: 'news' and
    'isis', 6 times each in one article) share one label, 'news, isis', written once (two had been
    drawn over each other)."""
    first: dict[tuple[int, float], Term] = {}
    words: dict[int, list[str]] = {}
    for t in terms:
        at = first.setdefault((t.total, round(t.z, 3)), t)
        words.setdefault(id(at), []).append(label(t.term))
    return {k: ", ".join(v) for k, v in words.items()}


def distinctive_figure(terms: Sequence[Term], outlets: Sequence[str]) -> dict:
    """Scatter: corpus frequency (log x) against log-odds z (y), one trace per outlet vs the rest;
    the axes and the hover say it in a student's words (Methods names the log-odds).

    With two outlets one trace says it all: above zero typical of the first, below of the second."""
    shown = list(outlets[:1]) if len(outlets) == 2 else list(outlets)
    fig = go.Figure()
    for i, o in enumerate(shown):
        rows = sorted((t for t in terms if t.outlet == o), key=lambda t: -abs(t.z))[:MAX_SCATTER_TERMS]
        # the few clearest words past the dotted lines are written beside their points: a class saw
        # a cloud of dots and had to hover each to find the words the page is about.  With three
        # outlets or more only the words an outlet uses more (up): a word in the NYT's colour under
        # the lower line ('government') read as the NYT's word, and such words' labels ran into each
        # other there ('mr', 'wall', 'border'); with two, the lower side is the second outlet's own
        past = [t for t in rows if (abs(t.z) if len(shown) == 1 else t.z) >= 1.96]
        named = _point_labels(past[:LABELLED_TERMS])
        fig.add_trace(go.Scatter(
            x=[t.total for t in rows], y=[round(t.z, 3) for t in rows], mode="markers+text", name=label(o),
            marker={"color": colour(i), "size": 7, "opacity": 0.7},
            text=[named.get(id(t), "") for t in rows], textposition=["top center" if t.z >= 0 else "bottom center" for t in rows],
            textfont={"size": 11, "color": colour(i)}, cliponaxis=False,
            customdata=[[t.count, t.per_1k, label(t.term)] for t in rows],
            hovertemplate="<b>%{customdata[2]}</b><br>in all the articles: %{x} times<br>" + label(o)
            + ": %{customdata[0]} times (%{customdata[1]} per 1,000 words)<br>how far it stands out (z): %{y}<extra></extra>",
        ))
    # in a student's words (the axis had read "z: typical of the outlet vs the rest"); Methods says what z is
    ytitle = (f"used more by {label(outlets[0])} (up) or by {label(outlets[1])} (down)" if len(outlets) == 2
              else "used more (up) or less (down) than by the others")
    ticks = log_ticks(max((t.total for t in terms), default=1))
    fig.update_layout(xaxis={"type": "log", "title": "times the word occurs in all the articles", "tickvals": ticks, "ticktext": [f"{v:,}" for v in ticks]},
                      yaxis={"title": ytitle}, hovermode="closest")
    fig.add_hline(y=1.96, line_dash="dot", line_color="#888")
    fig.add_hline(y=-1.96, line_dash="dot", line_color="#888")
    return _plain(fig, 480)
