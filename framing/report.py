"""One self-contained interactive HTML report comparing outlets, built from article records.

A record is what one JSONL line of `framing score` holds (`Analysis.to_dict()`), plus the article
`text` (see `article_record`), so a report can be built from a fresh analysis or from saved scores.
The page embeds plotly.js once, loads nothing from the network, and escapes every piece of article
text: the template autoescapes, data goes in as script-safe JSON, and the page's own JS builds the
highlighted text with `textContent`.
"""

from __future__ import annotations

import re

from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import jinja2

from framing import (compare, distinctive, report_chance, report_counted_in, report_entries, report_figures, report_language, report_numbers,
                     report_own_names, report_rate_counts, report_share_counts, report_rules, report_score_texts, report_title, sourcing)
from framing.duplicate_texts import DROPPED, DroppedDuplicate
from framing.models import VOICES, Analysis, IngestError
from framing.report_articles import (
    CLASS_SET_MAX, COMPRESS_OVER_BYTES, ReportError, StringTable, article_store, compact_article, find_pairs, find_trios, is_class_set, is_story_set, json_for_script,
)
from framing.user_lexicon_report import UserLexiconLayers

__all__ = ["ReportConfig", "ReportError", "ReportResult", "analyse_for_report", "article_record", "build_report", "write_report"]

TYPE_COLOURS = {
    "loaded": "#e53935", "hedge": "#8e24aa", "booster": "#fb8c00", "attribution": "#1e88e5",
    "quote": "#43a047", "anonymous_source": "#6d4c41", "biased_sentence": "#fbc02d",
}
TYPE_LABELS = {
    "loaded": "loaded language", "hedge": "hedge", "booster": "booster", "attribution": "attribution (reporting verb)",
    "quote": "quotation", "anonymous_source": "anonymous source", "biased_sentence": "biased sentence (classifier)",
}


@dataclass(slots=True)
class ReportConfig:
    """What a report shows beyond the data: its title, the article pairs asked for, size knobs."""

    title: str | None = None  # None: from what the articles share (report_title: an event, their folder)
    pairs: Sequence[tuple[str, str]] = ()
    min_articles: int = compare.MIN_ARTICLES
    compress_over_bytes: int = COMPRESS_OVER_BYTES
    terms_per_outlet: int = 15
    threshold: float = 0.5  # the classifier's decision threshold: sentences at or above it are marked
    # the --lexicon files the analysis used: a finding's details cite their rows, notes and categories
    lexicons: Sequence[str | Path] = ()


@dataclass(slots=True)
class ReportResult:
    html: str
    articles: int
    comparison: compare.Comparison
    errors: list[str] = field(default_factory=list)
    compressed: bool = False
    # the exact copies --drop-duplicates left out, each naming the article it repeats (copy_line)
    dropped: list[str] = field(default_factory=list)


def article_record(analysis: Analysis) -> dict:
    """`Analysis.to_dict()` plus the article text: everything a report needs about one article."""
    d = analysis.to_dict()
    d["text"] = analysis.article.text
    return d


def analyse_for_report(
    paths: Sequence[str | Path], *, outlet: str | None = None, lexicons: Sequence[str | Path] = (), model=None, jobs: int | None = None,
    skip: Sequence[str | Path] = (), warned=None, duplicates=None,
) -> Iterator[dict | IngestError]:
    """Analyse a corpus on `jobs` processes (default: all cores), in input order, as report records.

    The records are `Analysis.to_dict()` plus the text; of the sentences only those a classifier
    scored are kept (the report shows them; the rest would only cost memory).  `skip`: files never
    read (the report being written, when it lies in a folder analysed).  `warned`: a
    `batch.InputWarnings` that counts the articles read with input warnings, for the terminal.
    `duplicates`: a `duplicate_texts.Duplicates` that marks and counts repeated texts.
    """
    from framing import ingest, parallel

    texts: deque[str] = deque()

    def articles() -> Iterator:
        read = ingest.read_articles(paths, outlet=outlet, skip=skip)
        read = duplicates.check(read) if duplicates is not None else read
        for item in warned.count(read) if warned is not None else read:
            if not isinstance(item, IngestError):
                texts.append(item.text)
            yield item

    for result in parallel.analyze_in_order(articles(), parallel.AnalyzerRecipe.of(lexicons, model), jobs):
        if isinstance(result, IngestError):
            yield result
            continue
        result["sentences"] = [x for x in result.get("sentences") or () if x.get("bias_probability") is not None]
        result["text"] = texts.popleft()
        yield result


def build_report(items: Iterable[dict | Analysis | IngestError], config: ReportConfig | None = None) -> ReportResult:
    """Build the report page from article records (or analyses; ingest errors are listed in it)."""
    config = config or ReportConfig()
    # One pass: each record is reduced at once to what the page keeps (a compact article, its
    # scores, word and attribution counts), so memory follows the compact form, not the records.
    slim: list[dict] = []
    errors: list[str] = []
    dropped: list[str] = []  # copies left out (--drop-duplicates): read, not unreadable, so listed apart
    articles: list[dict] = []
    strings = StringTable()
    src_counter = sourcing.SourcingCounter()
    counts: dict = {}
    layers = UserLexiconLayers(config.lexicons)  # the user's own lexicons: a finding type and three scores each
    names = layers.score_names  # (grows in place when a saved record holds the scores of one)
    used_entries: set[tuple[str, str]] = set()
    rules: set[str] = set()  # the context rules' texts: the details show their words, their ids folded away
    kinds: set[tuple] = set()  # the kinds of finding the articles hold: their details say which scores they count in
    not_english: list[str] = []
    subject = report_title.SharedSubject()
    share_counts = report_share_counts.ShareCounts(config.threshold)  # "4 in 26" under a share's bar of one article
    stance_words: Counter = Counter()  # (stance, the cue's words) -> attributions: the stance chart's legend gives each stance its commonest

    def keep(record: dict) -> None:
        subject.add(record)
        slim.append({k: record.get(k) for k in ("id", "outlet", "date", "words", "quoted_words", "scores")})
        used_entries.update(report_entries.used_entries(record.get("spans") or ()))
        kinds.update(report_counted_in.record_kinds(record.get("spans") or ()))
        rules.update(sp["rule"] for sp in record.get("spans") or () if sp.get("rule"))
        if record.get("text") and not report_language.looks_english(record["text"]):
            not_english.append(str(record.get("id")))
        src_counter.add(record)
        share_counts.add(record)
        stance_words.update((sp.get("stance"), " ".join(str(sp.get("text") or "").lower().split()))
                            for sp in record.get("spans") or () if sp.get("type") == "attribution" and sp.get("stance"))
        distinctive.add_counts(counts, record)
        layers.note(record.get("scores"))
        articles.append(compact_article(record, names, strings, layers.type_index))

    # The first few records wait: in a teacher's two to four articles, each file with no outlet
    # named is then shown under its file name (fox, nyt, hpo: compare.named_by_file), so the charts
    # compare them (all under "(no outlet)" they had compared nothing).  A longer stream goes
    # through as it comes.
    waiting: list[dict] | None = []
    for item in items:
        if isinstance(item, DroppedDuplicate):
            dropped.append(copy_line(item))
            continue
        if isinstance(item, IngestError):
            errors.append(str(item))
            continue
        record = article_record(item) if isinstance(item, Analysis) else item
        if waiting is None:
            keep(record)
            continue
        waiting.append(record)
        if len(waiting) > CLASS_SET_MAX:
            for r in waiting:
                keep(r)
            waiting = None
    named, named_note = compare.named_by_file(waiting) if waiting is not None else ([], None)
    for r in named:
        keep(r)
    if not slim:
        raise ReportError("no articles to report on" + (f" ({len(errors)} input{'s' * (len(errors) != 1)} could not be read)" if errors else
                                                         "; give files or folders of articles: .txt or .md (the headline on the first line), .html or .mhtml, .docx, .doc, .odt, .pdf or .rtf, .csv, .jsonl or .parquet"))
    # Articles naming no outlet beside named outlets are missing data, not an outlet: shown but left
    # out of the tests, with a note, as `framing compare` does (compare.compare_outlets' `untested`).
    # Where no article names one, the notes already say there is nothing to compare.
    named_outlets = any(compare.outlet_of(r) != compare.NO_OUTLET for r in slim)
    comparison = compare.compare_outlets(slim, names, min_articles=config.min_articles,
                                         untested=[compare.NO_OUTLET] if named_outlets else ())
    # notes on the whole comparison (a group left out) before those on one score (all tied at 0):
    # the command line prints the first few
    comparison.notes.sort(key=lambda n: n.split(":", 1)[0] in comparison.scores)
    if named_note:
        comparison.notes.insert(0, named_note)
    if language := report_language.language_note(not_english):
        comparison.notes.insert(0, language)
    if comparison.scores != names:  # keep only the scores some article has
        keep = [names.index(s) for s in comparison.scores]
        for a in articles:
            a["scores"] = [a["scores"][i] for i in keep]
    src = src_counter.result()
    terms = distinctive.distinctive_terms(distinctive.drop_single_letters(counts))
    pairs = find_pairs(articles, config.pairs)
    trios = find_trios(articles, pairs, config.pairs)
    # each article's scores (and a pair's differences) as text, as the table of means writes them: "50.0", not "50"
    report_score_texts.add_score_texts(articles, comparison.scores, pairs)
    store = article_store(articles, strings, config.compress_over_bytes)
    outlets = [o.name for o in comparison.outlets]
    tables = _tables(comparison, src, terms, outlets, config)
    behind = {**report_rate_counts.behind_bars(slim, outlets, comparison.scores), **share_counts.behind_bars(outlets)}
    figures = {"profile": report_figures.profile_figure(comparison, behind)}
    if len(outlets) > 1:
        figures["fingerprint"] = report_figures.fingerprint_figure(comparison)
    if any(o.articles >= config.min_articles for o in comparison.outlets):
        figures["spread"] = report_figures.distribution_figure(comparison, compare.score_values(slim, comparison.scores))
    metadata = report_entries.lexicon_metadata(config.lexicons)
    notes = {**category_notes(metadata), **layers.category_notes(metadata)}
    if any(src.stance[o] for o in outlets):
        figures["stance"] = report_figures.stance_figure(src, notes["attribution"], report_figures.stance_examples(stance_words))
        figures["sources"] = report_figures.sources_figure(src)
    if terms:
        figures["distinctive"] = report_figures.distinctive_figure(terms, outlets)
    # a class's three short articles: no word clears the lines, and a table headed "most distinctive"
    # listing "that" and "but" read as a finding; the page says what the empty space means
    few_words = sum(o.words or 0 for o in comparison.outlets) if terms and max(abs(t.z) for t in terms) < 1.96 else None
    own_names = report_own_names.word_notes(terms, outlets)  # "told Fox News": Fox's "fox" and "news" past the line; the NYT's "mr"
    page_data = {
        "scores": comparison.scores,
        "types": layers.types(), "voices": list(VOICES), "noOutlet": compare.NO_OUTLET,
        "typeLabels": {**TYPE_LABELS, **layers.labels()}, "typeColours": {**TYPE_COLOURS, **layers.colours()},
        "pairs": pairs, "trios": trios, "storeEncoding": store.encoding, "threshold": config.threshold, "categoryNotes": notes,
        "entryNotes": report_entries.entry_notes(used_entries, config.lexicons),
        "ruleWords": report_rules.rule_words(rules),
        "scoreLabels": {s: report_figures.PLAIN_TITLES.get(s, "") for s in comparison.scores},
        "percentScores": [s for s in comparison.scores if report_figures.is_share(s)],  # shown as "17%", not "0.17"
        "classified": any(a["sentences"] for a in articles),
        "countedIn": report_counted_in.counted_in(kinds, comparison.scores, config.threshold, any(a["sentences"] for a in articles)),
        "countedAsNot": report_counted_in.counted_as_not(kinds, comparison.scores, config.threshold, any(a["sentences"] for a in articles)),
        "tables": {name: {"columns": t["columns"], "rows": t["rows"]} for name, t in tables.items()},
    }
    html = _template().render(
        title=config.title or subject.title(), comparison=comparison, outlets=comparison.outlets, notes=comparison.notes,
        tables=tables, errors=errors, dropped=dropped, score_labels=page_data["scoreLabels"], percent_scores=page_data["percentScores"], differences=compare.clear_differences(comparison), kruskal=any(t.test.startswith("Kruskal") for t in comparison.tests), chance=report_chance.chance_sentence(comparison.tests), pairs=pairs, trios=trios, classroom=bool(pairs) and (bool(config.pairs) or is_class_set(articles) or is_story_set(articles)),
        articles=len(slim), few_words=few_words, own_names=own_names, intervals=any(r.low is not None for r in comparison.profile), methods={**_methods(layers.lexicons), "lexicons": report_entries.lexicons_used(config.lexicons)}, config=config,
        figures={k: json_for_script(v) for k, v in figures.items()},
        page_data=json_for_script(page_data), article_payload=store.payload,
        plotly_js=_plotly_js(), page_js=_asset("report_charts.js") + _asset("report_details.js") + _asset("report_text.js") + _asset("report_article_browser.js")
        + _asset("report_side_by_side.js") + _asset("report.js"), page_css=_asset("report.css") + layers.css(),
        type_labels={**TYPE_LABELS, **layers.labels()}, type_colours={**TYPE_COLOURS, **layers.colours()}, version=_version(), classified=page_data["classified"],
    )
    return ReportResult(html, len(slim), comparison, errors, store.encoding != "json", dropped)


def copy_line(item: DroppedDuplicate) -> str:
    """A dropped copy in the page's words: "b/story.txt: the same text as a/story.txt" (a table row
    with its line, as the terminal names it: "news.csv, line 31: the same text as news.csv, line 7").
    The page had not said which articles --drop-duplicates left out; only the --errors file and the
    terminal had."""
    where = f"{item.path}, line {item.line}" if item.line is not None else item.path
    what = item.message.removeprefix(DROPPED)
    return f"{where}: {what.removeprefix('exact duplicate: ')}"


def write_report(items: Iterable[dict | Analysis | IngestError], path: str | Path, config: ReportConfig | None = None) -> ReportResult:
    """Build the report and write it to `path` (folders are created)."""
    result = build_report(items, config)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(result.html, encoding="utf-8")
    return result


def _tables(c: compare.Comparison, src: sourcing.Sourcing, terms, outlets: list[str], config: ReportConfig) -> dict[str, dict]:
    """Every table the page shows, as columns + rows: the HTML and the CSV download share them."""

    def table(title: str, rows: list[dict], columns: list[str] | None = None, places: list[list[int | None]] | None = None) -> dict:
        columns = columns or (list(rows[0]) if rows else [])
        cells = [[r.get(k) for k in columns] for r in rows]
        # "places": how many decimals each cell of a mean or effect size and its interval is written with, on the page only
        return {"title": title, "columns": columns, "rows": cells,
                "places": places if places is not None else [report_numbers.row_places(columns, r) for r in cells]}

    by = {(r.score, r.outlet): r for r in c.profile}
    # "what it counts" beside each score name: the table a class reads first says it in words
    wide = [{"score": s, "what it counts": report_figures.PLAIN_TITLES.get(s, ""), **{o: by[(s, o)].mean for o in outlets}} for s in c.scores]
    # which way a difference runs, in its header: "-4.01" alone did not say whose score was higher
    difference = f"difference ({outlets[0]} \u2212 {outlets[1]})" if len(outlets) == 2 else None
    if difference:
        for row in wide:
            a, b = row[outlets[0]], row[outlets[1]]
            row[difference] = None if a is None or b is None else round(a - b, 4)
    wide_columns = ["score", "what it counts", *outlets] + ([difference] if difference else [])
    top = [
        {"outlet": t.outlet, "term": t.term, "count": t.count, "per_1k": t.per_1k, "z": round(t.z, 3)}
        for o in outlets
        for t in distinctive.top_terms(terms, o, config.terms_per_outlet)
    ]
    tests = c.test_table()
    # Cliff's delta with its 95% interval (Cliff 1996), the columns `framing compare --out` writes
    test_cols = ["score", "test", "outlet_a", "outlet_b", "statistic", "p", "p_adjusted", "cliffs_delta", "delta_ci_low", "delta_ci_high", "magnitude"]
    per_score = [t for t in tests if not t["test"].endswith("(pairwise)")]
    # With more than two outlets a score's test is Kruskal-Wallis: no pair and no Cliff's delta, but
    # epsilon-squared, its effect size, the number `framing compare` writes (compare.epsilon_squared).
    # A column empty in every row is left out.
    # Cliff's delta's columns go together: its interval is empty where the outlets do not overlap (delta -1 or 1).
    # Epsilon-squared's bootstrap interval goes with it, as delta's does (empty past compare's cut-off),
    # and what it averages by chance alone, (k - 1) / (n - 1): above 0 where the outlets do not differ at all.
    optional = {"outlet_a", "outlet_b", "epsilon_squared"}
    delta_cols = {"cliffs_delta", "delta_ci_low", "delta_ci_high", "magnitude"}
    epsilon_cols = ["epsilon_squared", "epsilon_squared_ci_low", "epsilon_squared_ci_high", "epsilon_squared_by_chance"]
    has = {col: any(t.get(col) is not None for t in per_score) for col in [*optional, "cliffs_delta"]}
    per_score_cols = [col for col in [*test_cols, *epsilon_cols]
                      if (has["cliffs_delta"] if col in delta_cols else has["epsilon_squared"] if col in epsilon_cols
                          else col not in optional or has[col])]
    stances = sorted({st for o in outlets for st in src.stance[o]}, key=lambda x: (x != "neutral", x))
    stance_rows = []
    for o in outlets:
        total = sum(src.stance[o].values())
        if total:
            stance_rows.append({"outlet": o, "attributions": total, **{st: round(src.stance[o][st] / total, 4) for st in stances}})
    return {
        "outlets": table("Outlets", [{"outlet": o.name, "articles": o.articles, "words": o.words, "first date": o.first_date,
                                      "last date": o.last_date} for o in c.outlets]),
        "means": table("Mean score per outlet", wide, wide_columns, _mean_places(c, wide_columns, outlets, difference)),
        "profile": _profile_table(table, c),
        "tests": table("Tests per score", per_score, per_score_cols),
        "pairwise": table("Pairwise tests", [t for t in tests if t["test"].endswith("(pairwise)")], test_cols),
        "stance": table("Reporting-verb stance: share of each outlet's attributions", stance_rows, ["outlet", "attributions", *stances]),
        "sources": table("Named and anonymous sources", src.source_table(), ["outlet", "named", "anonymous", "not named", "attributions", "anonymous_share"]),
        "speakers": table("Who is quoted most, with which verbs", [{**r, "verbs": readable_verbs(r["verbs"])} for r in src.speaker_table()],
                          ["outlet", "speaker", "attributions", "quotes", "verbs"]),
        # a rate and z to three significant digits with their trailing zeros, as every mean of the page: Fox's "earth"
        # 16.0 per 1,000 beside "is" 24.9 (three significant digits each, zeros dropped, had written "16" and "8.9")
        "terms": table("Most distinctive words", top, ["outlet", "term", "count", "per_1k", "z"],
                       [[None, None, None, report_numbers.places(t["per_1k"]), report_numbers.places(t["z"])] for t in top]),
    }


def _profile_table(table, c: compare.Comparison) -> dict:
    """The table of each outlet's mean and median with its interval, one article's count written whole
    ("18 | 18", report_numbers.row_places with `exact`), as every other view writes it."""
    rows = c.profile_table()
    columns = list(rows[0]) if rows else []
    places = [report_numbers.row_places(columns, [r[k] for k in columns], report_figures.exact_count(r["score"], r["n"])) for r in rows]
    return table("Score per outlet with bootstrap 95% interval", rows, columns, places)


def _mean_places(c: compare.Comparison, columns: list[str], outlets: list[str], difference: str | None) -> list[list[int | None]]:
    """The decimals of each cell of the wide table of means: an outlet's mean to its interval's
    decimals, as the profile table and the chart write it (report_numbers.mean_places: 50.0 is "50.0"
    in every place, where three significant digits had written "50" here); a share's in percent, as
    this table shows it.  The difference of two means to the fewer of their decimals, as a subtraction
    is written (50.0 and 7.00: "43.0"; a mean of 0 has no decimals to give, and is left out of it)."""
    by = {(r.score, r.outlet): r for r in c.profile}
    rows = []
    for s in c.scores:
        scale = 100 if report_figures.is_share(s) else 1
        exact = {o: report_figures.exact_count(s, by[(s, o)].n) for o in outlets}  # one article's count: "18", not "18.0"
        means = {o: report_numbers.mean_places(by[(s, o)].mean, by[(s, o)].low, by[(s, o)].high, scale, exact[o]) for o in outlets}
        if difference:
            means[difference] = report_numbers.difference_places([(by[(s, o)].mean, means[o]) for o in outlets[:2]],
                                                                 [exact[o] for o in outlets[:2]])
        rows.append([means.get(col) for col in columns])
    return rows


def readable_verbs(verbs: str) -> str:
    """A list of reporting-verb lemmas as a reader says them: 'according to', and 'a colon (:)' for
    the attributions a colon before a quotation makes ('colon' is no verb)."""
    return re.sub(r"\bcolon\b", "a colon (:)", verbs.replace("_", " "))


# The lexicon whose categories a finding type carries (an attribution's category is its verb's stance).
_CATEGORY_LEXICON = {"loaded": "loaded", "hedge": "hedge", "booster": "booster", "attribution": "reporting_verbs",
                     "anonymous_source": "anonymous_sources"}


def category_notes(metadata: dict[str, dict] | None = None) -> dict[str, dict[str, str]]:
    """{finding type: {category: what it means}} from the lexicons' metadata (default: the packaged
    metadata.json; a report passes the metadata in force, with a user's own categories), so a
    finding's tooltip says what 'contempt' or 'lowering' means, not only the name."""
    from framing.lexicon import packaged_dir, read_metadata

    metadata = read_metadata(packaged_dir()) if metadata is None else metadata
    notes = {t: dict((metadata.get(lex) or {}).get("categories") or {}) for t, lex in _CATEGORY_LEXICON.items()}
    notes["quote"] = QUOTE_CATEGORIES
    return notes


QUOTE_CATEGORIES = {
    "direct": "a spoken quotation: the source's words",
    "fragment": "a few quoted words credited to a speaker",
    "post": "a social-media post saved with the page, credited to its account",
    "turn": "a speaker's turn in an interview transcript (NAME: ...), credited to the name before the colon",
    "scare": "quoted words nobody is said to have spoken (scare quotes): the outlet's own voice",
    "mention": "a term the outlet names, not uses (\u201cthe term \u2026 refers to\u201d): nobody's word, left out of the scores",
}


def _methods(new_lexicons: Sequence[str] = ()) -> dict:
    from framing.score import describe

    return {
        "scores": describe(new_lexicons), "resamples": compare.BOOTSTRAP_RESAMPLES, "seed": compare.SEED,
        "min_articles": compare.MIN_ARTICLES, "prior_strength": distinctive.PRIOR_STRENGTH, "min_count": distinctive.MIN_COUNT,
    }


def _asset(name: str) -> str:
    return resources.files("framing").joinpath("templates", name).read_text(encoding="utf-8")


def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs().replace("</script", "<\\/script")


def _version() -> str:
    from framing import __version__

    return __version__


def _num(v: object, digits: int = 3, places: int | None = None) -> str:
    """Numbers as a reader wants them: 3 significant digits, small p-values as "< 0.001"; a mean, an
    effect size and its interval's ends at the `places` the estimate decides (report_numbers.row_places:
    "50.2 | 49.0 | 51.3", not "50.2 | 49 | 51.3")."""
    if v is None:
        return "–"
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if places is not None:
        return report_numbers.fixed(v, places)
    if isinstance(v, int):
        return f"{v:,}"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    if v != 0 and abs(v) < 0.001:
        return "< 0.001" if v > 0 else f"{v:.2g}"
    return f"{v:.{digits}g}"


def _template() -> jinja2.Template:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("framing", "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["num"] = _num
    env.filters["percent"] = report_figures.percent
    return env.get_template("report.html.j2")
