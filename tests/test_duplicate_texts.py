"""framing/duplicate_texts.py: an article whose text exactly repeats an earlier one's is warned
about, naming the first (file, and which article of a CSV/JSONL file), in a table of bounded size."""

from __future__ import annotations

import pytest

from framing import duplicate_texts
from framing.duplicate_texts import Duplicates
from framing.models import Article, IngestError


def _articles(rows: list[tuple[str, str]]) -> list[Article]:
    return [Article(id=f"a{i}", text=text, source_path=path) for i, (path, text) in enumerate(rows)]


def _warnings(rows: list[tuple[str, str]], max_texts: int = duplicate_texts.MAX_TEXTS) -> list[list[str]]:
    return [a.warnings for a in Duplicates(max_texts).mark(_articles(rows))]


SAME = "Nothing happened in the town today, the mayor said."


@pytest.mark.parametrize(("rows", "expected"), [
    ([("a/1.txt", SAME), ("b/1.txt", SAME)], [[], ["exact duplicate: the same text as a/1.txt"]]),
    ([("a/1.txt", SAME), ("b/1.txt", SAME), ("c/1.txt", SAME)],  # the third names the first, not the second
     [[], ["exact duplicate: the same text as a/1.txt"], ["exact duplicate: the same text as a/1.txt"]]),
    ([("n.jsonl", "x"), ("n.jsonl", SAME), ("n.jsonl", SAME)], [[], [], ["exact duplicate: the same text as n.jsonl, its article 2"]]),
    ([("n.csv", "x"), ("n.csv", SAME), ("m.jsonl", SAME)], [[], [], ["exact duplicate: the same text as n.csv, its article 2"]]),
    ([("a.txt", SAME), ("b.txt", SAME + " ")], [[], []]),  # exact: one space more is another text
    ([("a.txt", SAME), ("b.txt", SAME.upper())], [[], []]),
    ([("a.txt", "Café"), ("b.txt", "Cafe\u0301")], [[], []]),  # the text as read: no Unicode normalisation
    ([("a.txt", "x\ud800"), ("b.txt", "x\ud800")], [[], ["exact duplicate: the same text as a.txt"]]),  # a lone surrogate hashes
])
def test_a_repeated_text_is_warned_about_naming_the_first(rows, expected):
    assert _warnings(rows) == expected


def test_a_row_read_from_a_table_is_named_by_its_line():
    """Rows from CSV/JSONL carry their line (`Article.line`): the warning points at it, not at a count
    that blank or unreadable lines before it would throw off."""
    rows = [Article(id="n:1", text="x", source_path="n.csv", line=2), Article(id="n:2", text=SAME, source_path="n.csv", line=5),
            Article(id="n:3", text=SAME, source_path="n.csv", line=9)]
    assert [a.warnings for a in Duplicates().mark(rows)] == [[], [], ["exact duplicate: the same text as n.csv, line 5 (this article: line 9)"]]


def test_errors_pass_through_in_place_and_an_earlier_warning_stays():
    items = [Article(id="a", text=SAME, source_path="a.txt"), IngestError("bad.txt", "unreadable"),
             Article(id="b", text=SAME, source_path="b.txt", warnings=["decoded as cp1252"])]
    out = list(Duplicates().mark(items))
    assert out[1] == IngestError("bad.txt", "unreadable")
    assert out[2].warnings == ["decoded as cp1252", "exact duplicate: the same text as a.txt"]


def test_count_counts_what_mark_found_and_names_the_first():
    d = Duplicates()
    items = _articles([("a.txt", "x"), ("b.txt", SAME), ("c.txt", SAME), ("d.txt", "x")])
    assert [a.id for a in d.count(d.mark(items))] == ["a0", "a1", "a2", "a3"]
    assert (d.articles, d.first, d.full) == (2, "c.txt (a2) has the same text as b.txt", False)


def test_the_table_grows_and_still_finds_every_text():
    texts = [f"article number {i}" for i in range(40_000)]  # past two doublings of the first 32,768 slots
    d = Duplicates()
    assert not any(a.warnings for a in d.mark(_articles([(f"{i}.txt", t) for i, t in enumerate(texts)])))
    again = list(d.mark(_articles([("again.txt", t) for t in texts[::997]])))
    assert [a.warnings for a in again] == [[f"exact duplicate: the same text as {i}.txt"] for i in range(0, 40_000, 997)]
    assert len(d._keys) == 1 << 17


def test_memory_is_bounded_past_max_texts():
    """20,000 texts kept at most: 65,536 slots of 16 bytes (1 MiB) however many articles follow;
    later texts are checked against the kept ones, not kept themselves."""
    d = Duplicates(max_texts=20_000)
    marked = list(d.mark(_articles([("n.jsonl", f"text {i}") for i in range(50_000)] +
                                    [("m.jsonl", "text 5"), ("m.jsonl", "text 30000"), ("m.jsonl", "text 30000")])))
    assert d._keys.nbytes + d._where.nbytes == 65_536 * 16
    assert d.full and len(d._files) == 1
    assert [a.warnings for a in marked[-3:]] == [["exact duplicate: the same text as n.jsonl, its article 6"], [], []]


@pytest.mark.parametrize(("record", "counted"), [
    ({"path": "b.txt", "id": "b", "warnings": ["exact duplicate: the same text as a.txt"]}, "b.txt (b) has the same text as a.txt"),  # JSONL, Parquet
    ({"path": "b.txt", "id": "b", "warnings": "decoded as cp1252 | exact duplicate: the same text as a.txt"},  # the CSV export's cell
     "b.txt (b) has the same text as a.txt"),
    ({"path": "b.txt", "id": "b", "warnings": ["decoded as cp1252"]}, None),
    ({"path": "b.txt", "id": "b", "warnings": ""}, None),
    ({"path": "b.txt", "id": "b"}, None),  # a CSV read for compare without the column
])
def test_saved_records_are_counted_as_the_scoring_run_marked_them(record, counted):
    d = Duplicates()
    assert list(d.count([record])) == [record]
    assert (d.articles, d.first) == ((1, counted) if counted else (0, None))


def test_check_marks_and_counts_in_one_pass_and_lines_say_it_in_one_line():
    d = Duplicates()
    items = list(d.check(_articles([("a.txt", SAME), ("b.txt", "y"), ("c.txt", SAME), ("d.txt", SAME)])))
    assert [a.warnings for a in items] == [[], [], ["exact duplicate: the same text as a.txt"], ["exact duplicate: the same text as a.txt"]]
    assert d.lines(" (in the report)") == [
        "2 articles repeat an earlier article's text exactly (in the report); the first: c.txt (a2) has the same text as a.txt",
        "  also: d.txt (a3) has the same text as a.txt"]
    assert Duplicates().lines() == []


def test_lines_name_every_copy_and_what_it_repeats_by_file_and_line():
    """compare, report and `lexicon coverage` write no row a copy could be found in: the summary
    names each (its file, and for a CSV or JSONL row its line and id) beside the one it repeats."""
    d = Duplicates()
    rows = [Article(id="n:1", text=SAME, source_path="news.jsonl", line=1), Article(id="n:2", text="y", source_path="news.jsonl", line=2),
            Article(id="n:3", text=SAME, source_path="news.jsonl", line=4), Article(id="b", text=SAME, source_path="b.txt"),
            Article(id="m:1", text="y", source_path="more.csv", line=2)]
    list(d.check(rows))
    assert d.lines(" (in the report)") == [
        "3 articles repeat an earlier article's text exactly (in the report); the first: news.jsonl, line 4 (n:3) has the same text as news.jsonl, line 1",
        "  also: b.txt (b) has the same text as news.jsonl, line 1",
        "  also: more.csv, line 2 (m:1) has the same text as news.jsonl, line 2"]


def test_lines_list_at_most_listed_copies_and_say_how_many_more(monkeypatch):
    monkeypatch.setattr(duplicate_texts, "LISTED", 3)
    d = Duplicates()
    list(d.check(_articles([("a.txt", SAME)] + [(f"copy{i}.txt", SAME) for i in range(5)])))
    assert d.lines(" (in x.jsonl)") == [
        "5 articles repeat an earlier article's text exactly (in x.jsonl); the first: copy0.txt (a1) has the same text as a.txt",
        "  also: copy1.txt (a2) has the same text as a.txt",
        "  also: copy2.txt (a3) has the same text as a.txt",
        "  and 2 more (in x.jsonl)"]


@pytest.mark.parametrize("warning, named", [
    # a copy that is a row: its own line rides at the end of its warning (a saved record keeps no line)
    ("exact duplicate: the same text as corpus.jsonl, line 4 (this article: line 619)",
     "corpus.jsonl, line 619 (corpus:dup) has the same text as corpus.jsonl, line 4"),
    # scores written before it: named by id, as they were
    ("exact duplicate: the same text as corpus.jsonl, line 4", "corpus.jsonl (corpus:dup) has the same text as corpus.jsonl, line 4"),
])
def test_a_saved_copy_is_named_by_its_own_line_and_the_first_one(warning, named):
    d = Duplicates()
    list(d.count([{"path": "corpus.jsonl", "id": "corpus:dup", "warnings": [warning]}]))
    assert d.lines() == [f"1 article repeats an earlier article's text exactly; the first: {named}"]


def test_drop_leaves_out_each_exact_copy_as_an_error_naming_the_first():
    """`Duplicates(drop=True)` (`framing score --drop-duplicates`): the copy becomes a DroppedDuplicate
    carrying its own path, line and ids, the first text named in its message; the first stays."""
    rows = [Article(id=f"news:{n}", text=text, source_path="news.jsonl", line=n, source_id=str(n))
            for n, text in [(1, SAME), (2, "x"), (3, SAME), (4, SAME)]]
    check = Duplicates(drop=True)
    out = list(check.check(rows))
    assert [(type(i).__name__, i.id) for i in out] == [("Article", "news:1"), ("Article", "news:2"),
                                                      ("DroppedDuplicate", "news:3"), ("DroppedDuplicate", "news:4")]
    assert [(e.path, e.line, e.source_id, e.message) for e in out[2:]] == [
        ("news.jsonl", n, str(n), "dropped (--drop-duplicates): exact duplicate: the same text as news.jsonl, line 1") for n in (3, 4)]
    assert isinstance(out[2], IngestError) and out[0].warnings == []  # the first is scored as it is
    assert (check.articles, check.dropped) == (2, 2)
    assert check.lines(dropped_where=" (each a row in e.csv)") == [
        "dropped 2 articles repeating an earlier article's text exactly (--drop-duplicates), not scored (each a row in e.csv); "
        "the first: news.jsonl, line 3 (news:3) had the same text as news.jsonl, line 1",
        "  also: news.jsonl, line 4 (news:4) had the same text as news.jsonl, line 1"]


def test_drop_keeps_near_copies_with_their_warning():
    """Only exact copies are dropped: a wire story with another lede belongs to each outlet that ran it."""
    from framing.near_duplicates import NearDuplicates

    story = " ".join(f"word{i}" for i in range(60))
    rows = [Article(id="a", text=story, source_path="a.txt"), Article(id="b", text="Another lede. " + story, source_path="b.txt")]
    out = list(Duplicates(near=NearDuplicates(0.7), drop=True).check(rows))
    assert [type(i).__name__ for i in out] == ["Article", "Article"]
    assert out[1].warnings[0].startswith("near duplicate of a.txt: about ")


# --drop-duplicates on saved scores (`compare --scores`, `report --scores`): a record `framing score`
# marked as an exact copy becomes the DroppedDuplicate reading the articles with drop would have made.

def _saved(id: str, warnings: list[str] | str, path: str = "n.jsonl", **extra) -> dict:
    return {"id": id, "path": path, "source_id": id.split(":")[-1], "author_words": 10, "warnings": warnings, **extra}


@pytest.mark.parametrize(("warnings", "dropped"), [
    ([], None),
    (["exact duplicate: the same text as n.jsonl, line 1 (this article: line 3)"],  # a row: its own line out of the warning
     duplicate_texts.DroppedDuplicate("n.jsonl", "dropped (--drop-duplicates): exact duplicate: the same text as n.jsonl, line 1", 3, "n:y", "y")),
    ("decoded as cp1252 | exact duplicate: the same text as a/story.txt",  # a CSV export's joined cell; a file: no line
     duplicate_texts.DroppedDuplicate("n.jsonl", "dropped (--drop-duplicates): exact duplicate: the same text as a/story.txt", None, "n:y", "y")),
    (["near duplicate of a.txt: about 91% of the shorter text's 5-word sequences are in the other too"], None),  # near copies stay
])
def test_drop_leaves_out_a_saved_record_marked_as_an_exact_copy(warnings, dropped):
    d = Duplicates(drop=True)
    out = list(d.count([_saved("n:x", []), _saved("n:y", warnings)]))
    assert out[0] == _saved("n:x", [])
    assert out[1] == (dropped or _saved("n:y", warnings))
    assert (d.dropped, d.articles) == ((1, 1) if dropped else (0, 0))


def test_without_drop_a_saved_copy_is_counted_in():
    d = Duplicates()
    record = _saved("n:y", ["exact duplicate: the same text as n.jsonl, line 1 (this article: line 3)"])
    assert list(d.count([record])) == [record]
    assert (d.dropped, d.articles, d.first) == (0, 1, "n.jsonl, line 3 (n:y) has the same text as n.jsonl, line 1")


def test_drop_on_saved_scores_says_they_were_left_out_not_unscored():
    d = Duplicates(drop=True)
    list(d.count([_saved("n:y", ["exact duplicate: the same text as n.jsonl, line 1 (this article: line 3)"])]))
    assert d.lines(dropped_where=" (each a row in e.csv)") == [
        "dropped 1 article repeating an earlier article's text exactly (--drop-duplicates), left out of every figure (each a row in "
        "e.csv); the first: n.jsonl, line 3 (n:y) had the same text as n.jsonl, line 1"]


def test_drop_on_saved_scores_too_old_to_carry_the_marks_is_refused():
    """No record says which framing wrote it; one without author_words (added after the check) may come
    from a run that never marked copies, and dropping none would pass for "no copies"."""
    old = {"id": "n:x", "path": "n.jsonl", "warnings": []}
    with pytest.raises(ValueError) as e:
        list(Duplicates(drop=True).count([old]))
    assert str(e.value) == duplicate_texts.UNMARKED
    assert list(Duplicates().count([old])) == [old]  # without drop, counting what is there is all it does


@pytest.mark.parametrize(("path", "warning", "first"), [
    ("n.csv", "exact duplicate: the same text as n.csv, line 5 (this article: line 9)", "n.csv, line 9 (n:3) has the same text as n.csv, line 5"),
    ("n.jsonl", "exact duplicate: the same text as n.jsonl, line 5 (this article: line 9)", "n.jsonl, line 9 (n:3) has the same text as n.jsonl, line 5"),
    # a Parquet file has numbered rows, no lines to look for
    ("n.parquet", "exact duplicate: the same text as n.parquet, row 5 (this article: row 9)", "n.parquet, row 9 (n:3) has the same text as n.parquet, row 5"),
    ("N.PARQUET", "exact duplicate: the same text as N.PARQUET, row 5 (this article: row 9)", "N.PARQUET, row 9 (n:3) has the same text as N.PARQUET, row 5"),
])
def test_a_table_row_is_named_by_its_line_and_a_parquet_row_by_its_row(path, warning, first):
    rows = [Article(id="n:1", text="x", source_path=path, line=2), Article(id="n:2", text=SAME, source_path=path, line=5),
            Article(id="n:3", text=SAME, source_path=path, line=9)]
    d = Duplicates()
    assert [a.warnings for a in d.check(rows)] == [[], [], [warning]]
    assert d.first == first
    saved = Duplicates(drop=True)  # read back from saved scores: the copy's own row out of its warning
    dropped = list(saved.count([{"id": "n:3", "path": path, "author_words": 5, "warnings": [warning]}]))[0]
    assert (dropped.line, dropped.message) == (9, "dropped (--drop-duplicates): " + warning.split(" (this article")[0])
