"""framing/export.py and framing/parquet.py: JSONL, CSV and Parquet hold the same findings, Parquet
streams in row groups with a fixed schema, and saved analyses read back in the shape they had."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from framing import export, parquet
from framing.cli import app
from framing.models import Analysis, Article, IgnoredRange, Range, Sentence, Span
from framing.score import SCORES
from generated_corpus import make_corpus

runner = CliRunner()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, Path]:
    """The same 12-article corpus scored to JSONL, CSV (+ span CSV) and Parquet through the CLI."""
    tmp = tmp_path_factory.mktemp("export")
    corpus = make_corpus(tmp / "corpus", 12)
    paths = {"jsonl": tmp / "s.jsonl", "csv": tmp / "s.csv", "spans": tmp / "spans.csv", "parquet": tmp / "s.parquet"}
    for args in (["-f", "jsonl", "-o", paths["jsonl"]], ["-f", "csv", "-o", paths["csv"], "--spans", paths["spans"]],
                 ["-f", "parquet", "-o", paths["parquet"]]):
        result = runner.invoke(app, ["score", str(corpus), *map(str, args), "--jobs", "1"])
        assert result.exit_code == 0, result.output
    return paths


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _number(value: str) -> float | None:
    return None if value == "" else float(value)


def test_every_format_holds_the_same_articles_and_scores(outputs):
    jsonl = [json.loads(line) for line in outputs["jsonl"].read_text(encoding="utf-8").splitlines()]
    table = pq.read_table(outputs["parquet"] / "articles").to_pylist()
    rows = _csv(outputs["csv"])
    assert [d["id"] for d in jsonl] == [f"a{i:04d}" for i in range(12)]
    assert [r["id"] for r in rows] == [d["id"] for d in jsonl] == [r["id"] for r in table]
    for d, row, record in zip(jsonl, rows, table):
        for name in SCORES:
            assert _number(row[name]) == d["scores"][name] == record[name], (d["id"], name)
        assert int(row["words"]) == d["words"] == record["words"]
        assert row["outlet"] == d["outlet"] == record["outlet"]


def test_every_format_holds_the_same_spans(outputs):
    jsonl = [json.loads(line) for line in outputs["jsonl"].read_text(encoding="utf-8").splitlines()]
    from_jsonl = [row for d in jsonl for row in export.span_rows(d)]
    from_parquet = pq.read_table(outputs["parquet"] / "spans").to_pylist()
    from_csv = _csv(outputs["spans"])
    assert len(from_jsonl) == len(from_parquet) == len(from_csv) > 12 * 20
    assert from_parquet == from_jsonl
    for row, expected in zip(from_csv, from_jsonl):
        assert row == {k: "" if v is None else str(v) for k, v in expected.items()}
    pathetic = [r for r in from_parquet if r["text"] == "pathetic" and r["article_id"] == "a0001"]
    assert [(r["type"], r["voice"]) for r in pathetic] == [("loaded", "quoted")]


def test_parquet_reads_back_exactly_what_jsonl_holds(outputs):
    from_jsonl = list(export.read_analyses(outputs["jsonl"]))
    from_parquet = list(export.read_analyses(outputs["parquet"]))
    assert len(from_parquet) == 12
    assert from_parquet == from_jsonl  # every key: spans, ignored, sentences, metadata, warnings


def test_parquet_is_written_in_row_groups_and_parts(tmp_path, outputs):
    analyses = list(export.read_analyses(outputs["jsonl"]))[:5]
    writer = parquet.ParquetWriter(tmp_path / "out", group_rows=2, part_rows=4)
    for a in analyses:
        writer.write(writer.encode(a))
    writer.close()
    parts = [pq.ParquetFile(p) for p in parquet.part_files(tmp_path / "out", "articles")]
    assert [(f.metadata.num_rows, f.metadata.num_row_groups) for f in parts] == [(4, 2), (1, 1)]
    assert [p.name for p in parquet.part_files(tmp_path / "out", "spans")] == ["part-00000.parquet", "part-00001.parquet"]
    assert list(export.read_analyses(tmp_path / "out")) == analyses


def test_parquet_schema_is_fixed_so_runs_concatenate(tmp_path, outputs):
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "plain.txt").write_text("Calm day\n\nNothing happened in the town today.\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(lone), "-f", "parquet", "-o", str(tmp_path / "lone.parquet")])
    assert result.exit_code == 0, result.output
    for table in ("articles", "spans"):
        first = pq.read_schema(parquet.part_files(outputs["parquet"], table)[0])
        second = pq.read_schema(parquet.part_files(tmp_path / "lone.parquet", table)[0])
        assert first.equals(second), table
    import pyarrow.dataset as ds

    both = ds.dataset([*parquet.part_files(outputs["parquet"], "articles"), *parquet.part_files(tmp_path / "lone.parquet", "articles")])
    assert both.to_table().num_rows == 13


def test_parquet_stores_counts_as_integers_and_rates_as_floats(outputs):
    """Counts read as whole numbers in pandas or DuckDB (quotes 3, not 3.0); the count scores are
    exactly the scores JSONL writes as integers, so a new count score cannot slip in as float64."""
    import pyarrow as pa

    schema = pq.read_schema(parquet.part_files(outputs["parquet"], "articles")[0])
    jsonl = [json.loads(line) for line in outputs["jsonl"].read_text(encoding="utf-8").splitlines()]
    whole = {name for name in SCORES if all(type(d["scores"][name]) is int for d in jsonl)}
    assert whole == parquet.COUNT_SCORES == {"quotes", "attributions"}
    assert {name: str(schema.field(name).type) for name in ("words", "sentence_count", "quotes", "attributions", "hedge_per_1k", "quote_share")} == {
        "words": "int64", "sentence_count": "int64", "quotes": "int64", "attributions": "int64", "hedge_per_1k": "double", "quote_share": "double"}
    assert [name for name in SCORES if schema.field(name).type == pa.float64()] == [name for name in SCORES if name not in whole]
    spans = pq.read_schema(parquet.part_files(outputs["parquet"], "spans")[0])
    assert [f.name for f in spans if f.type == pa.int64()] == ["start", "end", "weight", "source_start", "source_end", "content_start", "content_end"]
    back = list(export.read_analyses(outputs["parquet"]))
    assert [(type(d["scores"]["quotes"]), type(d["scores"]["attributions"]), type(d["scores"]["hedge_per_1k"])) for d in back[:1]] == [(int, int, float)]
    assert [d["scores"]["attributions"] for d in back] == [d["scores"]["attributions"] for d in jsonl]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "parquet"], "--format parquet writes a folder: pass --out FOLDER"),
        (["-f", "jsonl", "--spans", "x.csv"], "JSONL lines already hold the spans"),
        (["-f", "csv", "--scheduler", "local", "-o", "x.csv"], "--scheduler writes partitioned Parquet"),
        (["--resume"], "--resume continues an output file"),
    ],
)
def test_options_that_do_not_go_together_say_what_to_do(args, message, seeds_dir):
    result = runner.invoke(app, ["score", str(seeds_dir), *args])
    assert result.exit_code == 1
    assert message in result.output


def test_an_existing_parquet_output_is_not_overwritten(outputs, seeds_dir):
    result = runner.invoke(app, ["score", str(seeds_dir), "-f", "parquet", "-o", str(outputs["parquet"])])
    assert result.exit_code == 1
    assert "already exists: pass --resume to continue it" in result.output


def test_read_analyses_refuses_csv_and_names_a_broken_line(tmp_path, outputs):
    with pytest.raises(ValueError, match="a CSV export holds no spans"):
        list(export.read_analyses(outputs["csv"]))
    broken = tmp_path / "broken.jsonl"
    lines = outputs["jsonl"].read_text(encoding="utf-8").splitlines(keepends=True)
    broken.write_text(lines[0] + lines[1][:40], encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken.jsonl:2: not a JSON line .* `framing score --resume`"):
        list(export.read_analyses(broken))


_TRICKY = 'Ünïcödé “curly” "straight" back\\slash tab\t newline\n nul\x00 emoji 🙂 \u2028'


@pytest.mark.parametrize(
    "span",
    [
        Span(3, 9, "slams", "loaded", category="attack", weight=2, voice="author", term="slam", lexicon="loaded"),
        Span(0, 4, _TRICKY, "hedge", weight=None, voice="quoted", speaker=_TRICKY, rule=_TRICKY, detector="lexicon"),
        Span(10, 14, "said", "attribution", category="neutral", voice="author", speaker="Lavrov", verb="say",
             stance="neutral", detector="quotes", source=Range(0, 6), content=Range(16, 40)),
        Span(10, 14, "said", "attribution", detector="quotes"),  # no source or content range
        Span(5, 50, '"a quote"', "quote", category="direct", voice="quoted", speaker=None, detector="quotes"),
        Span(0, 1, "x", "loaded", category=1, speaker=True, verb=1.5),  # not strings: written as json would
    ],
)
def test_span_to_json_is_json_dumps_of_to_dict(span):
    assert span.to_json() == json.dumps(span.to_dict(), ensure_ascii=False)


def test_analysis_to_json_is_json_dumps_of_to_dict():
    article = Article(id="a", text=_TRICKY, title=_TRICKY, metadata={"x": ["}", '"spans": []'], "n": [1.5, None]},
                      warnings=[_TRICKY])
    spans = [Span(0, 4, "Ünïc", "loaded", weight=3), Span(1, 2, "n", "attribution", source=Range(0, 1))]
    sentences = [Sentence(0, 5, "quoted", 0.25), Sentence(6, 9), Sentence(9, 12, "author", 1e-17), Sentence(12, 13, _TRICKY, float("nan"))]
    analysis = Analysis(article, 12, sentences, spans, [IgnoredRange(5, 9, "caption")],
                        {"loaded_per_1k": 83.33, "quotes": 2, "mean_bias_probability": None}, ["odd quote"])
    assert analysis.to_json() == json.dumps(analysis.to_dict(), ensure_ascii=False)
    assert export.jsonl_line(analysis) == export.jsonl_line(analysis.to_dict())
    assert json.loads(analysis.to_json())["spans"][1]["source"] == {"start": 0, "end": 1}


def test_csv_text_writes_what_dictwriter_writes():
    rows = [{"a": None, "b": 1.25, "c": _TRICKY, "d": 'say, "x"'}, {"a": 0, "b": None, "c": "", "d": 7}]
    columns = ["d", "a", "c", "b"]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    for row in rows:
        writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    assert export.csv_text(rows, columns) == buffer.getvalue()


# Spans written one after another share the JSON of their repeated fields (`Span.to_json` keeps
# two parts by their values): each row is written twice, after the rows before it, and must read
# as json.dumps of its dict every time, whatever was kept for an equal-looking span before it.
_KEPT_PARTS_ROWS = [
    Span(0, 4, "x", "loaded", "c", 1, "quoted", "Ann", term="t", lexicon="loaded"),
    Span(0, 4, "x", "loaded", "c", 1.0, "quoted", "Ann", term="t", lexicon="loaded"),  # 1.0 == 1: no kept part
    Span(0, 4, "x", "loaded", "c", True, "quoted", "Ann", term="t", lexicon="loaded"),  # True == 1 either
    Span(5, 9, "y’s", "loaded", "c", 1, "quoted", "Zoë “Z”", term="t", lexicon="loaded", rule="r"),
    Span(5, 9, "y", "quote", voice="quoted", speaker=None, detector="quotes"),
    Span(1, 2, "said", "attribution", "neutral", None, "author", "Ann", "say", "neutral", source=Range(0, 1), content=Range(3, 4)),
    Span(1, 2, "said", "attribution", "neutral", None, "author", None, "say", "neutral", detector="rule"),
    Span(1, 2, "said", "loaded", "neutral", None, "author", None, "say", "neutral", detector="rule"),  # same how, no range
]


def test_span_json_from_kept_parts_is_json_dumps_of_its_dict():
    for span in _KEPT_PARTS_ROWS * 2:
        assert span.to_json() == json.dumps(span.to_dict(), ensure_ascii=False)


def test_json_text_is_to_json_then_the_end_and_jsonl_line_uses_it():
    analysis = Analysis(Article(id="t", text=_TRICKY), 3, [Sentence(0, 4)],
                        [*_KEPT_PARTS_ROWS, Span(0, 4, _TRICKY, "quote", voice="quoted", detector="quotes")], [], {"quotes": 1}, [])
    assert analysis.json_text("\n") == analysis.to_json() + "\n"
    assert export.jsonl_line(analysis) == export.jsonl_line(analysis.to_dict())
    assert export.jsonl_line(analysis).count("\n") == 1 and "\\u2028" in export.jsonl_line(analysis)


def test_the_cache_of_encoded_strings_stays_bounded():
    from framing.models import _JsonStrings

    cache = _JsonStrings()
    cache.LIMIT = 3
    assert [cache[w] for w in (None, "a", 'q"', "b", "c")] == ["null", '"a"', '"q\\""', '"b"', '"c"']
    assert len(cache) == 3 and cache["c"] == '"c"'


def test_csv_rows_from_an_analysis_are_those_from_its_dict(seeds_dir):
    from framing import analyze_corpus

    analyses = [a for a in analyze_corpus([seeds_dir]) if isinstance(a, Analysis)]
    tricky = Analysis(Article(id="t", text=_TRICKY, outlet=_TRICKY, source_path="x/t.txt"), 3, [],
                      [Span(0, 4, _TRICKY, "quote", speaker=_TRICKY, detector="quotes"),
                       Span(1, 2, "n", "attribution", source=Range(0, 1)), Span(1, 2, "n", "attribution", content=Range(3, 4))],
                      [], {"quotes": 1}, [])
    assert sum(len(a.spans) for a in analyses) > 50
    for analysis in [*analyses, tricky]:
        assert export.csv_encode(analysis) == export.csv_encode(analysis.to_dict())


# -- the codebook --------------------------------------------------------------------------------

CODEBOOK = Path(__file__).resolve().parents[1] / "docs" / "columns.md"


@pytest.mark.parametrize(
    "column",
    sorted({*export.article_columns(), *parquet.ARTICLE_SCHEMA.names, *export.SPAN_COLUMNS} - set(SCORES)),
)
def test_every_output_column_is_in_the_codebook(column):
    """A researcher reads docs/columns.md to know what a column holds; a column added to the CSV or
    Parquet output without a line there fails here (the scores are defined in score.py itself)."""
    assert f"| `{column}` |" in CODEBOOK.read_text(encoding="utf-8")


def test_the_csv_keeps_the_inputs_other_columns_as_json_metadata(tmp_path):
    (tmp_path / "corpus.csv").write_text(
        "id,outlet,text,event,author\n"
        'a1,Daily,"Officials said the plan was a shameful farce.",summit-0514,Ann\n'
        'a2,Daily,"The talks went on.",,\n', encoding="utf-8")
    out = tmp_path / "scores.csv"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "corpus.csv"), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [(r["id"], r["metadata"]) for r in rows] == [
        ("corpus:a1", '{"author": "Ann", "event": "summit-0514"}'),
        ("corpus:a2", '{"author": "", "event": ""}'),  # blank cells stay blank, as in JSONL
    ]


def test_every_compare_output_column_is_in_the_codebook():
    from framing.compare import compare_outlets

    recs = [{"outlet": o, "words": 500, "scores": {"hedge_per_1k": float(v)}} for o in ("A", "B", "C") for v in range(6)]
    c = compare_outlets(recs, ["hedge_per_1k"])
    columns = {*c.profile_table()[0], *c.test_table()[0], *c.to_dict()["outlets"][0]}
    text = CODEBOOK.read_text(encoding="utf-8")
    assert [k for k in sorted(columns) if f"| `{k}` |" not in text and f"`{k}`" not in text] == []



@pytest.mark.parametrize(("value", "cell"), [
    ("=1+2", "'=1+2"),
    ("+Daily", "'+Daily"),
    ("-note", "'-note"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("'=already", "''=already"),  # one more ', so unguard_cell gives back exactly the text
    ("'plain", "'plain"),
    ("Daily", "Daily"),
    ("", ""),
    (-3.5, -3.5),  # numbers stay numbers
    (-2, -2),
    (None, None),
])
def test_guard_cell_keeps_formula_text_from_running_in_a_spreadsheet(value, cell):
    assert export.guard_cell(value) == cell
    if isinstance(value, str):
        assert export.unguard_cell(cell) == value


def test_span_json_is_exact_when_fields_are_equal_as_dict_keys():
    # 1 == 1.0 == True as dict keys: the cache of encoded strings must not hand one the other's JSON
    spans = [Span(0, 1, "x", "loaded", category="c", weight=w, term=t) for w in (1, 1.0, True, 1) for t in ("x", 1)]
    assert [s.to_json() for s in spans] == [json.dumps(s.to_dict(), ensure_ascii=False) for s in spans]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_a_jsonl_record_never_holds_a_character_that_str_splitlines_breaks_on(tmp_path, separator):
    """U+2028, U+2029 and NEL are legal inside a JSON string, but `str.splitlines` (and older
    JavaScript) cut the record there: one article read as two broken lines.  They are written
    escaped, and the text decodes back exactly as read."""
    corpus = tmp_path / "corpus.jsonl"
    texts = [f"Putin skips talks{separator}“It is pathetic,” Lavrov said.", "The minister slammed the plan."]
    corpus.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    result = CliRunner().invoke(app, ["score", str(corpus), "--no-model", "--out", str(tmp_path / "s.jsonl")])
    assert result.exit_code == 0, result.output
    written = (tmp_path / "s.jsonl").read_text(encoding="utf-8")
    assert separator not in written
    records = [json.loads(line) for line in written.splitlines()]
    assert len(records) == 2
    assert [r["id"] for r in records] == ["corpus:0", "corpus:1"]
    pathetic = next(s for s in records[0]["spans"] if s["type"] == "loaded")
    assert (pathetic["text"], pathetic["voice"], pathetic["speaker"]) == ("pathetic", "quoted", "Lavrov")
    assert texts[0][pathetic["start"]:pathetic["end"]] == "pathetic"
    assert export.jsonl_line({"text": f"a{separator}b"}) == '{"text": "a\\u%04xb"}\n' % ord(separator)
