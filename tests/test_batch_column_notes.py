"""framing/batch.py: InputWarnings.column_lines, the notes on the columns a table's text, url and
outlet were read from where it has no `text`, `url` or `outlet`: `framing score` printed them,
`framing compare` and `framing report` on the same CSV said nothing, though their groups rest on
the same columns."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from framing.batch import InputWarnings
from framing.cli import app
from framing.ingest import read_articles

runner = CliRunner()
TEXT = "The senator said the radical plan was a disaster, officials claimed."
# a scraped table: the text in "content", the url in "link", the outlet only in "publisher"
TABLE = "id,publisher,link,content\n" + "".join(
    f'{i},{outlet},https://www.{outlet.lower()}.com/{i},"{TEXT}"\n' for i, outlet in enumerate(["Ledger", "Herald"] * 3))

TEXT_NOTE = ('note: 6 articles take their text from the "content" column (read where a table has no "text" column; '
             'the first: news:0, from {path}); the first of "text", "content", "body", "article", "story" a table has is '
             'its text: rename a column "text" to have that one read instead')
URL_NOTE = ('note: 6 articles take their url from the "link" column (read where a row has no "url"; the first: news:0, '
            'from {path}); only a value that is an address (https://..., www....) is taken')
OUTLET_NOTE = ('note: 6 articles take their outlet from the "publisher" column (read where no "outlet" names one; the first: '
               'news:0, from {path}); a link there is not taken as an outlet; give an "outlet" column or pass --outlet NAME '
               'to name them otherwise')


def test_the_column_lines_name_text_url_and_outlet_columns(tmp_path):
    (tmp_path / "news.csv").write_text(TABLE, encoding="utf-8")
    warned = InputWarnings()
    list(warned.count(read_articles([tmp_path / "news.csv"])))
    path = tmp_path / "news.csv"
    assert ["note: " + line for line in warned.column_lines()] == [TEXT_NOTE.format(path=path), URL_NOTE.format(path=path),
                                                                    OUTLET_NOTE.format(path=path)]
    # --outlet named every article's outlet: no note on where the outlets came from
    assert len(warned.column_lines(outlet_given=True)) == 2
    assert warned.column_lines(this_run=True)[0].startswith('6 articles scored in this run take their text from the "content" column')


@pytest.mark.parametrize("command", [
    ["score", "--out", "{tmp}/s.jsonl"],
    ["compare"],
    ["report", "--out", "{tmp}/r.html"],
])
def test_every_command_that_reads_a_table_says_which_columns_it_read(tmp_path, command):
    (tmp_path / "news.csv").write_text(TABLE, encoding="utf-8")
    args = [part.format(tmp=tmp_path) for part in command]
    result = runner.invoke(app, [args[0], str(tmp_path / "news.csv"), *args[1:], "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    path = tmp_path / "news.csv"
    for note in (TEXT_NOTE, URL_NOTE, OUTLET_NOTE):
        assert note.format(path=path) in said


@pytest.mark.parametrize("command", [["compare"], ["report", "--out", "{tmp}/r.html"]])
def test_with_outlet_given_compare_and_report_say_nothing_of_the_outlet_column(tmp_path, command):
    (tmp_path / "news.csv").write_text(TABLE, encoding="utf-8")
    args = [part.format(tmp=tmp_path) for part in command]
    result = runner.invoke(app, [args[0], str(tmp_path / "news.csv"), *args[1:], "--outlet", "Ledger", "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    said = " ".join(result.stderr.split())
    assert TEXT_NOTE.format(path=tmp_path / "news.csv") in said and "their outlet from" not in said
