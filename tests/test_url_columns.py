"""framing/url_columns.py: a table row with no `url` takes its `link`, else its `news_link`, as
the url, only where the value is an address; the run's note names the column."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.ingest import read_articles
from framing.url_columns import url_from_link

runner = CliRunner()
TEXT = "The senator said the radical plan was a disaster."


@pytest.mark.parametrize("values, expected", [
    ({"link": " https://www.huffpost.com/entry/a "}, ("https://www.huffpost.com/entry/a", "link")),
    ({"news_link": "www.bbc.co.uk/news/x"}, ("www.bbc.co.uk/news/x", "news_link")),
    ({"link": "https://a.example/1", "news_link": "https://b.example/2"}, ("https://a.example/1", "link")),
    ({"link": "related", "news_link": "//b.example/2"}, ("//b.example/2", "news_link")),  # not an address: passed over
    ({"link": "nan"}, None),
    ({"link": "42"}, None),
    ({"link": ""}, None),
])
def test_a_link_is_taken_only_where_it_is_an_address(values, expected):
    assert url_from_link(values, frozenset({"nan"})) == expected


@pytest.mark.parametrize("name, table, url, outlet", [
    ("hp.csv", f'id,link,text\n1,https://www.huffpost.com/entry/a,"{TEXT}"\n', "https://www.huffpost.com/entry/a", "huffpost.com"),
    ("nl.jsonl", json.dumps({"id": "1", "news_link": "https://www.bbc.co.uk/news/x", "text": TEXT}) + "\n",
     "https://www.bbc.co.uk/news/x", "bbc.co.uk"),
    # a `url` always wins, and a link that is no address is no url
    ("both.csv", f'id,url,link,text\n1,https://a.example/1,https://b.example/2,"{TEXT}"\n', "https://a.example/1", "a.example"),
    ("flag.csv", f'id,link,text\n1,related,"{TEXT}"\n', None, None),
    # an empty `url` cell: the link is read
    ("empty.csv", f'id,url,link,text\n1,,https://b.example/2,"{TEXT}"\n', "https://b.example/2", "b.example"),
])
def test_a_tables_link_column_is_its_url(tmp_path, name, table, url, outlet):
    (tmp_path / name).write_text(table, encoding="utf-8")
    [article] = list(read_articles([tmp_path / name]))
    assert (article.url, article.outlet, article.text) == (url, outlet, TEXT)
    assert set(article.metadata) & {"link", "news_link"}  # the column stays in the metadata


def test_a_link_column_from_the_cli(tmp_path):
    (tmp_path / "hp.csv").write_text(f'id,outlet,link,text\n1,HuffPost,https://www.huffpost.com/entry/a,"{TEXT}"\n'
                                     f'2,HuffPost,related,"{TEXT} Again."\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", str(tmp_path / "hp.csv"), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["id"], r["outlet"], r["url"], r["words"]) for r in records] == [
        ("hp:1", "HuffPost", "https://www.huffpost.com/entry/a", 9), ("hp:2", "HuffPost", None, 10)]
    assert (f'note: 1 article takes its url from the "link" column (read where a row has no "url"; the first: hp:1, from '
            f'{tmp_path / "hp.csv"}); only a value that is an address (https://..., www....) is taken') in " ".join(result.stderr.split())


def test_a_table_with_a_url_column_gets_no_such_note(tmp_path):
    (tmp_path / "t.csv").write_text(f'id,outlet,url,link,text\n1,nyt,https://a.example/1,https://b.example/2,"{TEXT}"\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(tmp_path / "t.csv"), "--no-model"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["url"] == "https://a.example/1" and "url from" not in result.stderr
