"""framing.evaluate_spans and `framing evaluate spans`: figures computed by hand on tiny files."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.evaluate_spans import (
    SpanFileError,
    document_from_dict,
    documents_from_records,
    evaluate_spans,
    read_span_file,
    speakers_agree,
    verbs_agree,
)

TEXT = "The mayor slammed the reckless plan, aides said."
#       0         1         2         3         4
#       0123456789012345678901234567890123456789012345678
GOLD = {
    "id": "a",
    "text": TEXT,
    "spans": [
        {"start": 10, "end": 17, "type": "loaded", "text": "slammed", "voice": "author"},
        {"start": 22, "end": 30, "type": "loaded", "text": "reckless", "voice": "author"},
        {"start": 43, "end": 47, "type": "cue", "text": "said", "verb": "say", "speaker": "aides"},
    ],
}
PRED = {
    "id": "a",
    "spans": [
        {"start": 10, "end": 17, "type": "loaded", "voice": "author"},  # exact hit, voice right
        {"start": 22, "end": 35, "type": "loaded", "voice": "quoted"},  # "reckless plan": overlaps, voice wrong
        {"start": 0, "end": 3, "type": "loaded", "voice": "author"},  # "The": false positive
        {"start": 43, "end": 47, "type": "hedge"},  # right place, wrong type: not a cue
    ],
}


def evaluate(gold, pred, **kw):
    return evaluate_spans(documents_from_records(gold), documents_from_records(pred, gold=False), **kw)


def test_exact_overlap_and_character_scores_by_hand():
    r = evaluate([GOLD], [PRED]).types["loaded"]
    # exact: 1 of 3 predictions equals 1 of 2 gold spans: P = 1/3, R = 1/2, F1 = 2PR/(P+R) = (1/3)/(5/6) = 0.4
    assert (r.exact.precision, r.exact.recall, r.exact.f1) == pytest.approx((1 / 3, 1 / 2, 0.4))
    # overlap: 2 of 3 predictions touch gold; both gold spans are touched: P = 2/3, R = 1, F1 = (4/3)/(5/3) = 0.8
    assert (r.overlap.precision, r.overlap.recall, r.overlap.f1) == pytest.approx((2 / 3, 1.0, 0.8))
    # chars: gold 7 + 8 = 15; predicted 7 + 13 + 3 = 23; shared 7 + 8 = 15: P = 15/23, R = 1, F1 = 30/38
    assert (r.chars.matched_pred, r.chars.pred, r.chars.gold) == (15, 23, 15)
    assert r.chars.f1 == pytest.approx(30 / 38)
    # voice on matched spans: "slammed" author = author, "reckless" author != quoted: 1/2
    assert (r.voice.agree, r.voice.total, r.voice.accuracy) == (1, 2, 0.5)


def test_types_are_scored_separately_and_only_gold_types_are_listed():
    ev = evaluate([GOLD], [PRED])
    assert list(ev.types) == ["cue", "loaded"]  # the predicted "hedge" has no gold: not scored
    cue = ev.types["cue"]
    assert (cue.gold, cue.pred, cue.overlap.recall) == (1, 0, 0.0)  # the hedge at 43-47 is not a cue
    assert (cue.verb.total, cue.speaker.total) == (0, 0)  # nothing matched, nothing compared
    total = ev.total
    # all types pooled: overlap gold 3, found 2; predicted 3 (loaded) + 0 (cue), 2 touch gold
    assert (total.overlap.matched_gold, total.overlap.gold, total.overlap.matched_pred, total.overlap.pred) == (2, 3, 2, 3)


def test_types_option_limits_scoring():
    ev = evaluate([GOLD], [PRED], types=["cue"])
    assert list(ev.types) == ["cue"]


def test_duplicate_predictions_count_once_for_exact_but_both_touch_for_overlap():
    gold = [{"id": "d", "text": "abcdefgh", "spans": [{"start": 0, "end": 5, "type": "x"}]}]
    pred = [{"id": "d", "spans": [{"start": 0, "end": 5, "type": "x"}, {"start": 0, "end": 5, "type": "x"}]}]
    r = evaluate(gold, pred).types["x"]
    assert (r.exact.matched_pred, r.exact.pred, r.exact.precision, r.exact.recall) == (1, 2, 0.5, 1.0)
    assert (r.overlap.precision, r.overlap.recall) == (1.0, 1.0)


def test_attributes_are_compared_with_the_prediction_sharing_most_characters():
    gold = [{"id": "d", "text": "0123456789", "spans": [{"start": 0, "end": 10, "type": "loaded", "voice": "author"}]}]
    pred = [{"id": "d", "spans": [
        {"start": 0, "end": 2, "type": "loaded", "voice": "quoted"},  # shares 2 characters
        {"start": 3, "end": 10, "type": "loaded", "voice": "author"},  # shares 7: this one is the match
    ]}]
    r = evaluate(gold, pred).types["loaded"]
    assert (r.voice.agree, r.voice.total) == (1, 1)


CUE_TEXT = "Steele said. Trump said. Obama claimed. It was, according to aides, over."


def _cue(word: str, nth: int = 0, **extra):
    start = -1
    for _ in range(nth + 1):
        start = CUE_TEXT.index(word, start + 1)
    return {"start": start, "end": start + len(word), "type": "cue", "text": word, **extra}


def test_speaker_and_verb_accuracy_by_hand():
    gold = [{"id": "d", "text": CUE_TEXT, "spans": [
        _cue("said", 0, speaker="Michael_Steele", verb="say"),
        _cue("said", 1, speaker="Trump", verb="say"),
        _cue("claimed", speaker="Obama", verb="say"),
        _cue("according to", verb="according to"),
    ]}]
    pred = [{"id": "d", "spans": [
        {**_cue("said", 0), "speaker": "Michael Steele", "verb": "say"},  # speaker: same once normalised; verb right
        {**_cue("said", 1), "speaker": "Donald Trump", "verb": "say"},  # "Trump" within "Donald Trump"; verb right
        {**_cue("claimed"), "speaker": "Hillary Clinton", "verb": "claim"},  # wrong speaker, wrong verb
        {**_cue("according to"), "verb": "according_to"},  # no gold speaker; verb right
    ]}]
    r = evaluate(gold, pred).types["cue"]
    # speaker: 2 of the 3 gold speakers agree; verb: 3 of 4 agree
    assert (r.speaker.agree, r.speaker.total) == (2, 3)
    assert (r.verb.agree, r.verb.total) == (3, 4)
    assert r.exact.f1 == 1.0


@pytest.mark.parametrize(
    ("gold", "predicted", "agree"),
    [
        ("Michael_Steele", "Michael Steele", True),
        ("Trump", "Donald Trump", True),
        ("Donald J. Trump", "Trump", True),
        ("Mrs. Clinton", "Hillary Clinton", True),
        ("Mr. Clyburn", "James E. Clyburn", True),
        ("Mr. Trump", "Mrs. Clinton", False),
        ("Obama", "Hillary Clinton", False),
        ("Obama", None, False),
        ("Felipe_Calderon", "Felipe Calderón", True),  # accents aside
        ("José Ángel Gurría", "Jose Angel Gurria", True),
        ("Calderón", "Fox", False),
        ("Rendell, a Clinton surrogate,", "Ed Rendell", True),  # PolNeAR sources keep appositions
        ("Clinton, the former secretary of State,", "Hillary Clinton", True),
        ("Clinton, the former secretary of State,", "Donald Trump", False),
        ("Trump’s", "Donald Trump", True),
        ("Obama's", "Hillary Clinton", False),
        ("The Post", "New York Post", True),
        ("The Post", "The Times", False),
        ("Mr. Grassley and Mr. Leahy", "Patrick J. Leahy", False),  # one of two is not the source
    ],
)
def test_speakers_agree(gold, predicted, agree):
    assert speakers_agree(gold, predicted) is agree


@pytest.mark.parametrize(("gold", "predicted", "agree"), [("according to", "according_to", True), ("Say", "say", True), ("say", "claim", False), ("say", None, False)])
def test_verbs_agree(gold, predicted, agree):
    assert verbs_agree(gold, predicted) is agree


def test_documents_match_by_id_else_path_and_unmatched_ones_are_reported():
    gold = [
        {"id": "a", "text": "bad words", "spans": [{"start": 0, "end": 3, "type": "loaded"}]},
        {"path": "b.txt", "text": "bad words", "spans": [{"start": 0, "end": 3, "type": "loaded"}]},
        {"id": "c", "text": "bad words", "spans": [{"start": 0, "end": 3, "type": "loaded"}]},
    ]
    pred = [
        {"id": "a", "path": "x/a.txt", "spans": [{"start": 0, "end": 3, "type": "loaded"}]},
        {"id": "b", "path": "b.txt", "spans": [{"start": 0, "end": 3, "type": "loaded"}]},
        {"id": "zzz", "spans": [{"start": 4, "end": 9, "type": "loaded"}]},
    ]
    ev = evaluate(gold, pred)
    r = ev.types["loaded"]
    # a and b are found (by id, by path); c has no prediction so its span is a miss: R = 2/3, P = 2/2
    assert (r.overlap.recall, r.overlap.precision) == (pytest.approx(2 / 3), 1.0)
    assert ev.without_prediction == ["c"]
    assert ev.unmatched_predictions == ["zzz"]


def test_framing_score_attribution_spans_yield_cue_source_and_content():
    doc = document_from_dict({"id": "a", "spans": [
        {"start": 20, "end": 24, "type": "attribution", "speaker": "Ann Lee", "verb": "say", "voice": "author",
         "source": {"start": 10, "end": 17}, "content": {"start": 0, "end": 9}},
        {"start": 30, "end": 35, "type": "loaded", "source": "lexicon"},
    ]}, gold=False)
    got = [(s.type, s.start, s.end, s.speaker) for s in doc.spans]
    assert got == [("attribution", 20, 24, "Ann Lee"), ("cue", 20, 24, "Ann Lee"), ("source", 10, 17, "Ann Lee"),
                   ("content", 0, 9, "Ann Lee"), ("loaded", 30, 35, None)]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "text": "abc", "spans": [{"start": 0, "end": 2, "type": "x", "text": "bc"}]}', "its text 'bc' is not text[0:2] = 'ab'"),
        ('{"id": "a", "spans": []}', 'a gold document needs its "text"'),
        ('{"text": "abc", "spans": []}', 'needs an "id" or a "path"'),
        ('{"id": "a", "text": "abc", "spans": [{"start": 2, "end": 9, "type": "x"}]}', "end=9 is past the end of the text (3 characters)"),
        ('{"id": "a", "text": "abc", "spans": [{"start": 2, "end": 2, "type": "x"}]}', "needs 0 <= start < end"),
        ('{"id": "a", "text": "abc", "spans": [{"start": "0", "end": 2, "type": "x"}]}', "start and end must be integers"),
        ('{"id": "a", "text": "abc", "spans": [{"start": 0, "end": 2}]}', '"type" must be a non-empty string'),
        ('{"id": "a", "text": "abc", "spans": [{"start": 0, "end": 2, "type": "x", "voice": "narrator"}]}', 'voice must be "author" or "quoted"'),
        ('{"id": "a", "text": "abc"', "not valid JSON"),
        ('{"id": "a", "text": "abc"}', 'a gold document needs "spans" (an empty list if nothing is marked in it)'),
    ],
)
def test_bad_gold_lines_name_the_file_and_line(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok", "text": "x", "spans": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(SpanFileError) as e:
        read_span_file(path)
    assert str(e.value).startswith(f"{path}:2: ")
    assert message in str(e.value)


def test_a_file_that_is_not_utf8_is_an_error_naming_it_and_the_line(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_bytes(b'{"id": "ok", "spans": []}\n\x90\xff binary\n')
    with pytest.raises(SpanFileError) as e:
        read_span_file(path, gold=False)
    assert str(e.value) == f"{path}:2: not UTF-8 text; save the file as UTF-8 JSON Lines"
    path.write_bytes(b'\xef\xbb\xbf{"id": "ok", "spans": []}\n')  # with a byte-order mark: fine
    assert [d.key for d in read_span_file(path, gold=False)] == ["ok"]


def test_a_document_twice_in_the_gold_is_an_error(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "x", "spans": []}\n\n{"id": "a", "text": "y", "spans": []}\n', encoding="utf-8")
    with pytest.raises(SpanFileError, match=r"gold.jsonl:3: document 'a' appears twice \(first on line 1\)"):
        read_span_file(path)


def test_predictions_are_read_leniently():
    # no text needed; an empty span is dropped rather than sinking the evaluation
    doc = document_from_dict({"path": "p.txt", "spans": [{"start": 3, "end": 3, "type": "x"}, {"start": 0, "end": 1, "type": "x"}]}, gold=False)
    assert [(s.start, s.end) for s in doc.spans] == [(0, 1)]


# --------------------------------------------------------------------------- the CLI


def _files(tmp_path, gold, pred):
    g, p = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    g.write_text("".join(json.dumps(d) + "\n" for d in gold), encoding="utf-8")
    p.write_text("".join(json.dumps(d) + "\n" for d in pred), encoding="utf-8")
    return g, p


def test_cli_json(tmp_path):
    g, p = _files(tmp_path, [GOLD], [PRED])
    result = CliRunner().invoke(app, ["evaluate", "spans", "--gold", str(g), "--pred", str(p), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    loaded = out["types"]["loaded"]
    assert (loaded["gold"], loaded["pred"]) == (2, 3)
    assert loaded["exact"]["f1"] == pytest.approx(0.4)
    assert loaded["overlap"]["f1"] == pytest.approx(0.8)
    assert loaded["voice"] == {"agree": 1, "total": 2, "accuracy": 0.5}
    assert out["types"]["cue"]["overlap"]["recall"] == 0.0
    assert out["documents"] == 1 and out["documents_without_prediction"] == []


def test_cli_table(tmp_path):
    g, p = _files(tmp_path, [GOLD], [PRED])
    result = CliRunner().invoke(app, ["evaluate", "spans", "--gold", str(g), "--pred", str(p), "--type", "loaded"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["type", "gold", "pred", "exact", "P", "exact", "R", "exact", "F1", "overlap", "P", "overlap", "R",
                                "overlap", "F1", "chars", "F1", "voice", "speaker", "verb"]
    # loaded: exact 1/3 1/2 0.4; overlap 2/3 1 0.8; chars 30/38; voice 1/2; no speaker or verb in the gold
    assert lines[2].split() == ["loaded", "2", "3", "0.333", "0.500", "0.400", "0.667", "1.000", "0.800", "0.789", "0.500", "-", "-"]


def test_cli_bad_gold_is_a_one_line_error(tmp_path):
    g, p = _files(tmp_path, [{"id": "a", "text": "abc", "spans": [{"start": 0, "end": 1, "type": "x", "text": "b"}]}], [])
    result = CliRunner().invoke(app, ["evaluate", "spans", "--gold", str(g), "--pred", str(p)])
    assert result.exit_code == 1
    assert f"error: {g}:1: span 0: its text 'b' is not text[0:1] = 'a'" in result.output


def test_overlap_matching_equals_brute_force_on_random_spans():
    """The sorted search for overlapping predictions finds exactly what checking every pair finds."""
    import random

    from framing.evaluate_spans import LabelledSpan, compare_type

    rng = random.Random(7)
    for _ in range(200):
        def spans(n):
            out = []
            for _ in range(n):
                start = rng.randrange(0, 100)
                out.append(LabelledSpan(start, start + rng.randrange(1, 30), "x"))
            return out

        gold, pred = spans(rng.randrange(0, 8)), spans(rng.randrange(0, 8))
        r = compare_type("x", gold, pred, "d")
        hit = lambda a, b: a.start < b.end and b.start < a.end  # noqa: E731
        assert r.overlap.matched_gold == sum(any(hit(g, p) for p in pred) for g in gold)
        assert r.overlap.matched_pred == sum(any(hit(p, g) for g in gold) for p in pred)
        covered_gold = {i for g in gold for i in range(g.start, g.end)}
        covered_pred = {i for p in pred for i in range(p.start, p.end)}
        assert (r.chars.matched_gold, r.chars.gold, r.chars.pred) == (len(covered_gold & covered_pred), len(covered_gold), len(covered_pred))


def test_scoring_framing_output_the_way_a_user_does(tmp_path, monkeypatch):
    """`framing score` a folder, then evaluate its JSONL against gold keyed by the article id."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    text = "The mayor said: “We will win.” Then he left.\n"
    (tmp_path / "articles" / "mayor.txt").write_text(text, encoding="utf-8")
    gold = {"id": "mayor", "text": text, "spans": [
        {"start": 16, "end": 30, "type": "quote", "text": "“We will win.”", "voice": "quoted"},
        {"start": 10, "end": 14, "type": "cue", "text": "said", "verb": "say"},
        {"start": 17, "end": 29, "type": "content", "text": "We will win."},
    ]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    runner = CliRunner()
    scored = runner.invoke(app, ["score", "articles", "--out", "pred.jsonl"])
    assert scored.exit_code == 0, scored.output
    result = runner.invoke(app, ["evaluate", "spans", "--gold", "gold.jsonl", "--pred", "pred.jsonl", "--json"])
    assert result.exit_code == 0, result.output
    types = json.loads(result.output)["types"]
    assert types["quote"]["exact"]["f1"] == 1.0 and types["quote"]["voice"]["accuracy"] == 1.0
    assert types["cue"]["exact"]["f1"] == 1.0 and types["cue"]["verb"]["accuracy"] == 1.0
    assert types["content"]["overlap"]["recall"] == 1.0  # content with or without its marks overlaps


def test_a_parquet_output_folder_is_evaluated_as_its_jsonl_is(tmp_path, monkeypatch):
    """A big corpus is scored into Parquet; `--pred` takes that folder (it was refused as a
    directory), with the same figures as the JSONL of the same run; another folder is a clear error."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    text = "The mayor said: “We will win.” Officials claimed the plan was a sham.\n"
    (tmp_path / "articles" / "mayor.txt").write_text(text, encoding="utf-8")
    gold = {"id": "mayor", "text": text, "spans": [
        {"start": 10, "end": 14, "type": "cue", "text": "said", "verb": "say"},
        {"start": 41, "end": 48, "type": "cue", "text": "claimed", "verb": "claim"},
        {"start": 31, "end": 40, "type": "source", "text": "Officials"},
        {"start": 0, "end": 3, "type": "source", "text": "The"},  # a gold span no prediction finds
    ]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    runner = CliRunner()
    for args in (["--out", "pred.jsonl"], ["--format", "parquet", "--out", "pred.parquet"]):
        scored = runner.invoke(app, ["score", "articles", "--no-model", *args])
        assert scored.exit_code == 0, scored.output
    figures = []
    for pred in ("pred.jsonl", "pred.parquet"):
        result = runner.invoke(app, ["evaluate", "spans", "--gold", "gold.jsonl", "--pred", pred, "--json"])
        assert result.exit_code == 0, result.output
        figures.append(json.loads(result.output)["types"])
    assert figures[0] == figures[1]
    assert figures[1]["cue"]["exact"]["recall"] == 1.0 and figures[1]["cue"]["verb"]["accuracy"] == 1.0
    assert figures[1]["source"]["exact"]["recall"] == 0.5
    bad = runner.invoke(app, ["evaluate", "spans", "--gold", "gold.jsonl", "--pred", "articles"])
    assert bad.exit_code == 1
    assert "articles: a folder, but not a `framing score --format parquet` output (no articles/ inside)" in bad.output


def test_a_gold_text_that_is_not_the_text_framing_read_is_warned_about(tmp_path, monkeypatch):
    """Gold built with Python's open() reads CRLF line ends as LF, so its offsets drift from the
    file framing scored and every figure is silently wrong; the predicted spans' own texts show it."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "m.txt").write_bytes(b"Headline here\r\n\r\nThe mayor said the plan was a shameful farce.\r\nOfficials claimed it was fine.\r\n")
    runner = CliRunner()
    assert runner.invoke(app, ["score", "arts", "--no-model", "--out", "pred.jsonl"]).exit_code == 0
    for newline, warned in ((None, True), ("", False)):  # universal newlines, then the text as it is
        text = (tmp_path / "arts" / "m.txt").open(encoding="utf-8", newline=newline).read()
        start = text.index("claimed")
        gold = {"id": "m", "text": text, "spans": [{"start": start, "end": start + 7, "type": "cue", "text": "claimed"}]}
        (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
        table = runner.invoke(app, ["evaluate", "spans", "--gold", "gold.jsonl", "--pred", "pred.jsonl"])
        as_json = json.loads(runner.invoke(app, ["evaluate", "spans", "--gold", "gold.jsonl", "--pred", "pred.jsonl", "--json"]).output)
        assert as_json["misaligned_documents"] == (["m"] if warned else [])
        assert ("warning: in 1 document(s), e.g. 'm', predicted spans' texts are not the gold text at their offsets" in table.output) is warned
        assert as_json["types"]["cue"]["exact"]["recall"] == (0.0 if warned else 1.0)


def _one(doc_id, path=None, start=0):
    d = {"id": doc_id, "spans": [{"start": start, "end": start + 3, "type": "loaded"}]}
    return {**d, "path": path} if path else d


@pytest.mark.parametrize("gold_id, pred, matched, by_row", [
    # gold made from the table framing scored: its own ids, framing's FILE:ID
    ("a7", [_one("corpus:a7", "data/corpus.csv")], True, 1),
    ("a7", [_one("corpus~2:a7", "more/corpus.jsonl.gz")], True, 1),
    ("corpus:a7", [_one("corpus:a7", "data/corpus.csv")], True, 0),  # the id itself, as before
    # two tables with a row a7: the id names neither, so nothing is guessed
    ("a7", [_one("corpus:a7", "corpus.csv"), _one("extra:a7", "extra.jsonl", 4)], False, 0),
    ("a7", [_one("notes:a7", "notes.txt")], False, 0),  # a file's id with a colon in it is no table row
])
def test_a_gold_document_keyed_by_its_table_rows_own_id_finds_framings_prediction(gold_id, pred, matched, by_row):
    ev = evaluate([{"id": gold_id, "text": "bad words", "spans": [{"start": 0, "end": 3, "type": "loaded"}]}], pred)
    assert (ev.types["loaded"].exact.recall, ev.by_row_id) == ((1.0 if matched else 0.0), by_row)
    assert ev.without_prediction == ([] if matched else [gold_id])


def test_an_exact_id_comes_before_a_table_rows_id():
    gold = [{"id": "a7", "text": "bad words", "spans": [{"start": 0, "end": 3, "type": "loaded"}]}]
    ev = evaluate(gold, [_one("a7", "corpus.csv", 4), _one("corpus:a7", "corpus.csv")])
    # matched with the prediction named a7 itself, whose span (4-7) misses; corpus:a7 is left unmatched
    assert (ev.types["loaded"].exact.recall, ev.by_row_id, ev.unmatched_predictions) == (0.0, 0, ["corpus:a7"])


def test_scoring_a_table_then_evaluating_against_gold_keyed_by_its_ids(tmp_path, monkeypatch):
    """A researcher's corpus.jsonl with ids, and gold spans keyed by the same ids: every document
    had gone unmatched ('corpus:fox-1' against 'fox-1'), so every figure was 0."""
    monkeypatch.chdir(tmp_path)
    texts = {"fox-1": "Officials slammed the reckless plan.", "nyt-1": "Officials criticized the plan."}
    with open("corpus.jsonl", "w", encoding="utf-8") as f:
        for i, t in texts.items():
            f.write(json.dumps({"id": i, "outlet": i[:3], "text": t}) + "\n")
    with open("gold.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "fox-1", "text": texts["fox-1"], "spans": [{"start": 10, "end": 17, "type": "loaded", "text": "slammed"},
                                                                            {"start": 22, "end": 30, "type": "loaded", "text": "reckless"}]}) + "\n")
        f.write(json.dumps({"id": "nyt-1", "text": texts["nyt-1"], "spans": []}) + "\n")
    runner = CliRunner()
    assert runner.invoke(app, ["score", "corpus.jsonl", "--no-model", "--out", "pred.jsonl"]).exit_code == 0
    table = runner.invoke(app, ["evaluate", "spans", "--gold", "gold.jsonl", "--pred", "pred.jsonl", "--type", "loaded"])
    assert table.exit_code == 0, table.output
    assert ("2 gold documents matched by the id of their table row (gold 'a7' for framing's 'corpus:a7', the row with id a7 in "
            "corpus.csv).") in table.output
    assert "no prediction" not in table.output and "matched no gold" not in table.output
    out = json.loads(runner.invoke(app, ["evaluate", "spans", "--gold", "gold.jsonl", "--pred", "pred.jsonl", "--type", "loaded", "--json"]).output)
    assert (out["documents_matched_by_row_id"], out["documents_without_prediction"], out["unmatched_prediction_documents"]) == (2, [], [])
    assert out["types"]["loaded"]["exact"]["recall"] == 1.0  # 'slammed' and 'reckless' both found
