"""framing/outlet_columns.py: `outlet`, else `publication`, `publisher`, `source` (not a link),
`site`, `domain` (an address named by its site), else the url's site names an article's outlet,
alike in a manifest.csv, a CSV or JSONL table and Markdown front matter; the run's notes say which
column it came from."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from framing import manifest
from framing.batch import InputWarnings
from framing.cli import app
from framing.ingest import read_articles
from framing.models import Article
from framing.outlet_columns import outlet_from, outlet_from_url, site_name

runner = CliRunner()


@pytest.mark.parametrize(
    ("values", "expected"),
    [({"outlet": "Daily", "publisher": "Ledger", "source": "Herald"}, ("Daily", "outlet")),
     ({"publisher": "Ledger", "source": "Herald"}, ("Ledger", "publisher")),
     ({"publication": "Atlantic", "publisher": "Emerson", "source": "Herald"}, ("Atlantic", "publication")),  # All the News
     ({"source": " Herald "}, ("Herald", "source")),
     ({"outlet": "", "publisher": "  ", "source": "Herald"}, ("Herald", "source")),
     ({"source": "https://herald.example/2016/talks"}, None),
     ({"source": "www.herald.example"}, None),
     ({"publisher": "https://ledger.example/a", "source": "Herald"}, ("Herald", "source")),
     ({"source": "herald.example"}, ("herald.example", "source")),  # a site's name, not a link to an article
     ({"outlet": "https://odd.example"}, ("https://odd.example", "outlet")),  # asked for: taken as given
     ({"author": "Jane Doe", "event": "G20"}, None)],
)
def test_the_outlet_is_the_first_of_outlet_publisher_source(values, expected):
    assert outlet_from(values) == expected


def test_missing_values_a_dataframe_wrote_are_passed_over():
    assert outlet_from({"publisher": "nan", "source": "Herald"}, frozenset({"nan"})) == ("Herald", "source")


MANIFESTS = [
    ("path,outlet,publisher\na.txt,Daily,Ledger\n", "Daily", {"publisher": "Ledger"}),
    ("path,publisher\na.txt,Ledger\n", "Ledger", {"publisher": "Ledger"}),
    ("path,source\na.txt,Herald\n", "Herald", {"source": "Herald"}),
    ("path,publication\na.txt,Atlantic\n", "Atlantic", {"publication": "Atlantic"}),
    ("path,source\na.txt,https://herald.example/a\n", None, {"source": "https://herald.example/a"}),
    ("path,Publisher,Source\na.txt,,Herald\n", "Herald", {"publisher": "", "source": "Herald"}),
]


@pytest.mark.parametrize(("table", "outlet", "metadata"), MANIFESTS)
def test_a_manifest_names_the_outlet_in_publisher_or_source(tmp_path, table, outlet, metadata):
    """It had put both columns in the metadata only: every file without an outlet, said nowhere."""
    (tmp_path / "manifest.csv").write_text(table, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Talks end\n\nOfficials said the plan might pass.\n", encoding="utf-8")
    row = manifest.load(tmp_path / "manifest.csv").rows["a.txt"]
    assert row.fields.get("outlet") == outlet and row.extra == metadata
    [article] = read_articles([tmp_path])
    assert (article.outlet, article.metadata) == (outlet, metadata)


def _score(tmp_path, *inputs):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["score", *map(str, inputs), "--out", str(out), "--no-model", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], " ".join(result.stderr.split())


def test_a_teachers_manifest_with_publisher_and_source_from_the_cli(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Talks end\n\nOfficials said the plan might pass.\n", encoding="utf-8")
    (news / "b.txt").write_text("Talks fail\n\nThe senator claimed it would fail.\n", encoding="utf-8")
    (news / "manifest.csv").write_text("path,publisher,source\na.txt,Daily Ledger,https://ledger.example/a\nb.txt,,Evening Herald\n",
                                       encoding="utf-8")
    records, notes = _score(tmp_path, news)
    assert [(r["id"], r["outlet"]) for r in records] == [("a", "Daily Ledger"), ("b", "Evening Herald")]
    assert (f'note: 1 article takes its outlet from the "publisher" column and 1 from the "source" column (read where no "outlet" '
            f'names one; the first: a, from {news / "a.txt"}); a link there is not taken as an outlet; give an "outlet" column '
            "or pass --outlet NAME to name them otherwise") in notes


ROWS = [{"id": "d0", "source": "Herald", "text": "Officials said the plan might pass."},
        {"id": "d1", "publisher": "Ledger", "source": "Herald", "text": "The senator claimed it would fail."},
        {"id": "d2", "outlet": "Daily", "publisher": "Ledger", "text": "The plan passed."},
        {"id": "d3", "source": "https://herald.example/2016/d3", "text": "The plan passed again."},
        {"id": "d4", "publisher": "nan", "source": "Herald", "text": "Talks went on."}]


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_table_names_the_outlet_in_publisher_or_source(tmp_path, kind):
    """NELA-GT calls its outlet column `source`: read as metadata only, compare found one group."""
    path = tmp_path / f"news.{kind}"
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    else:
        columns = ["id", "outlet", "publisher", "source", "text"]
        path.write_text("\n".join([",".join(columns)] + [",".join(r.get(c, "") for c in columns) for r in ROWS]) + "\n", encoding="utf-8")
    expected = [("news:d0", "Herald"), ("news:d1", "Ledger"), ("news:d2", "Daily"), ("news:d3", None), ("news:d4", "Herald")]
    articles = list(read_articles([path]))
    assert [(a.id, a.outlet) for a in articles] == expected
    assert articles[1].metadata["publisher"] == "Ledger"  # still there for --by publisher
    records, notes = _score(tmp_path, path)
    assert [(r["id"], r["outlet"]) for r in records] == expected
    # d4: "nan" is no publisher (a DataFrame's empty cell), so its outlet is its source; d3 has none, a link is no outlet
    assert (f'note: 2 articles take their outlet from the "source" column and 1 from the "publisher" column (read where no "outlet" '
            f"names one; the first: news:d0, from {path})") in notes
    assert f"note: 1 of the 5 articles name no outlet (the first: news:d3, from {path})" in notes


def test_all_the_news_publication_column_names_the_outlet_from_the_cli(tmp_path):
    """All the News (Kaggle) names its outlet `publication`: it was metadata only, one group."""
    path = tmp_path / "articles.csv"
    path.write_text("id,title,publication,author,content,text\n"
                    "1,Talks end,Atlantic,Jane Doe,x,Officials said the plan might pass.\n"
                    "2,Talks go on,Breitbart,John Roe,x,The senator slammed the plan.\n", encoding="utf-8")
    records, notes = _score(tmp_path, path)
    assert [(r["id"], r["outlet"]) for r in records] == [("articles:1", "Atlantic"), ("articles:2", "Breitbart")]
    assert 'note: 2 articles take their outlet from the "publication" column' in notes


def test_the_note_counts_each_column_and_only_articles_it_gave_the_outlet():
    warned = InputWarnings()
    articles = [Article("t:1", "x", outlet="Herald", source_path="t.csv", metadata={"source": "Herald"}),
                Article("t:2", "x", outlet="Daily", source_path="t.csv", metadata={"source": "Herald"}),  # its outlet column
                Article("t:3", "x", outlet="Herald", source_path="t.csv", metadata={"source": "Herald"}),
                Article("t:4", "x", outlet=None, source_path="t.csv", metadata={"source": "https://h.example/a"})]
    list(warned.count(articles))
    assert warned.outlet_columns == {"source": 2}
    assert warned.outlet_column_line(this_run=True).startswith(
        '2 articles scored in this run take their outlet from the "source" column (read where no "outlet" names one; the first: t:1, from t.csv)')
    assert InputWarnings().outlet_column_line() is None


def test_with_outlet_given_there_is_no_such_note(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    result = runner.invoke(app, ["score", str(path), "--no-model", "--jobs", "1", "--outlet", "Herald"])
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["outlet"] for line in result.stdout.splitlines()} == {"Herald"}
    assert "takes its outlet" not in result.stderr and "take their outlet" not in result.stderr


@pytest.mark.parametrize(
    ("front", "outlet", "metadata"),
    [("outlet: Daily\npublisher: Ledger", "Daily", {}),
     ("source: Herald\npublisher: Ledger", "Ledger", {}),  # the rule's order, not the file's
     ("source: https://herald.example/a\noutlet: Daily", "Daily", {"source": "https://herald.example/a"}),
     ("source: https://herald.example/a", None, {"source": "https://herald.example/a"}),
     ("source: Herald", "Herald", {})],
)
def test_markdown_front_matter_follows_the_same_rule(tmp_path, front, outlet, metadata):
    """Front matter had taken the first of outlet, publisher and source in the file, a link too."""
    (tmp_path / "a.md").write_text(f"---\ntitle: Talks end\n{front}\n---\n\nOfficials said the plan might pass.\n", encoding="utf-8")
    [article] = read_articles([tmp_path / "a.md"])
    assert (article.outlet, article.metadata) == (outlet, metadata)
    records, _ = _score(tmp_path, tmp_path / "a.md")
    assert records[0]["outlet"] == outlet


@pytest.mark.parametrize(
    ("address", "site"),
    [("https://www.nytimes.com/2020/01/05/us/politics/talks.html", "nytimes.com"),
     ("https://nytimes.com/", "nytimes.com"),
     ("www.nytimes.com", "nytimes.com"),
     ("NYTimes.com", "nytimes.com"),
     ("nytimes.com/", "nytimes.com"),
     ("http://www2.foxnews.com:8080/a?x=1#top", "foxnews.com"),
     ("https://m.washingtonpost.com/a", "washingtonpost.com"),  # its pages for phones: the same outlet
     ("https://amp.theguardian.com/world/a", "theguardian.com"),
     ("//www.bbc.co.uk/news/a", "bbc.co.uk"),
     ("https://edition.cnn.com/a", "edition.cnn.com"),  # no public-suffix list: a subdomain stays
     ("https://web.archive.org/web/20200101000000/https://www.reuters.com/a", "reuters.com"),  # the archived page's
     ("https://user:secret@www.npr.org/a", "npr.org"),
     ("The Guardian", None), ("foxnews", None), ("localhost", None), ("http://localhost:8000/a", None),
     ("/2020/01/a.html", None), ("http://192.168.0.1/a", None), ("", None)],
)
def test_site_name_of_an_address(address, site):
    assert site_name(address) == site


@pytest.mark.parametrize(
    ("values", "expected"),
    [({"site": "www.nytimes.com"}, ("nytimes.com", "site")),
     ({"domain": "https://nytimes.com/"}, ("nytimes.com", "domain")),
     ({"site": "The Guardian", "domain": "theguardian.com"}, ("The Guardian", "site")),  # a name, taken as given
     ({"site": "http://localhost/a", "domain": "bbc.co.uk"}, ("bbc.co.uk", "domain")),  # an address of no site: passed over
     ({"source": "https://herald.example/a", "site": "herald.example"}, ("herald.example", "site")),
     ({"source": "Herald", "site": "ledger.example"}, ("Herald", "source")),  # the names first
     ({"site": "nan", "domain": "ledger.example"}, ("ledger.example", "domain")),
     ({"url": "https://www.nytimes.com/a"}, None)],  # the url only after a manifest's outlet: outlet_from_url
)
def test_site_and_domain_name_the_outlet_after_source(values, expected):
    assert outlet_from(values, frozenset({"nan"})) == expected


def test_the_url_gives_its_site():
    assert outlet_from_url("https://www.nytimes.com/2020/a.html") == ("nytimes.com", "url")
    assert outlet_from_url("nan", frozenset({"nan"})) is None and outlet_from_url(None) is None and outlet_from_url("a.html") is None


SITE_ROWS = [{"id": "s0", "site": "www.nytimes.com", "text": "Officials said the plan might pass."},
             {"id": "s1", "domain": "https://foxnews.com/", "text": "The senator claimed it would fail."},
             {"id": "s2", "url": "https://www.nytimes.com/2016/01/05/talks.html", "text": "The plan passed."},
             {"id": "s3", "url": "https://m.foxnews.com/politics/talks", "text": "The plan passed again."},
             {"id": "s4", "publisher": "Ledger", "url": "https://www.nytimes.com/a", "text": "Talks went on."},
             {"id": "s5", "url": "talks.html", "text": "Talks ended."}]


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_table_names_the_outlet_by_site_domain_or_url(tmp_path, kind):
    """A scraper's table of site or domain (as an address), or only url and text: every article was
    "(no outlet)", one group in compare."""
    path = tmp_path / f"news.{kind}"
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in SITE_ROWS), encoding="utf-8")
    else:
        columns = ["id", "publisher", "site", "domain", "url", "text"]
        path.write_text("\n".join([",".join(columns)] + [",".join(r.get(c, "") for c in columns) for r in SITE_ROWS]) + "\n",
                        encoding="utf-8")
    expected = [("news:s0", "nytimes.com"), ("news:s1", "foxnews.com"), ("news:s2", "nytimes.com"), ("news:s3", "foxnews.com"),
                ("news:s4", "Ledger"), ("news:s5", None)]
    articles = list(read_articles([path]))
    assert [(a.id, a.outlet) for a in articles] == expected
    assert articles[0].metadata["site"] == "www.nytimes.com"  # kept as given, for --by site
    records, notes = _score(tmp_path, path)
    assert [(r["id"], r["outlet"]) for r in records] == expected
    assert (f'note: 1 article takes its outlet from the "site" column and 1 from the "domain" column and 2 from the "url" column and 1 '
            f'from the "publisher" column (read where no "outlet" names one; the first: news:s0, from {path}); an address in "site" or '
            f'"domain" or "url" is named by its site (https://www.nytimes.com/a: nytimes.com), a link in "publisher" is not taken as '
            'an outlet; give an "outlet" column or pass --outlet NAME to name them otherwise') in notes


def test_a_scraped_table_of_url_and_text_from_the_cli(tmp_path):
    path = tmp_path / "scraped.csv"
    path.write_text("url,text\n"
                    "https://www.nytimes.com/2016/01/05/talks.html,Officials said the plan might pass.\n"
                    "https://www.breitbart.com/politics/2016/01/05/talks/,The senator slammed the plan.\n", encoding="utf-8")
    records, notes = _score(tmp_path, path)
    assert [r["outlet"] for r in records] == ["nytimes.com", "breitbart.com"]
    assert ('note: 2 articles take their outlet from the "url" column (read where no "outlet" names one; the first: scraped:2, from '
            f'{path}); an address there is named by its site (https://www.nytimes.com/a: nytimes.com)') in notes
    assert "name no outlet" not in notes


def test_a_manifests_outlet_for_a_table_comes_before_its_rows_urls(tmp_path):
    (tmp_path / "scraped.csv").write_text("url,text\nhttps://www.nytimes.com/a,Officials said the plan might pass.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("path,outlet\nscraped.csv,Syndicated\n", encoding="utf-8")
    assert [a.outlet for a in read_articles([tmp_path])] == ["Syndicated"]


@pytest.mark.parametrize(("table", "outlet", "metadata", "column"), [
    ("path,site\na.txt,www.nytimes.com\n", "nytimes.com", {"site": "www.nytimes.com"}, "site"),
    ("path,domain\na.txt,https://foxnews.com/\n", "foxnews.com", {"domain": "https://foxnews.com/"}, "domain"),
    ("path,url\na.txt,https://www.nytimes.com/2016/a.html\n", "nytimes.com", {}, "url"),
    ("path,publisher,url\na.txt,Ledger,https://www.nytimes.com/a\n", "Ledger", {"publisher": "Ledger"}, "publisher"),
])
def test_a_manifest_names_the_outlet_by_site_domain_or_url(tmp_path, table, outlet, metadata, column):
    (tmp_path / "manifest.csv").write_text(table, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Talks end\n\nOfficials said the plan might pass.\n", encoding="utf-8")
    [article] = read_articles([tmp_path])
    assert (article.outlet, article.metadata) == (outlet, metadata)
    records, notes = _score(tmp_path, tmp_path)
    assert records[0]["outlet"] == outlet
    assert f'note: 1 article takes its outlet from the "{column}" column (read where no "outlet" names one; the first: a, from' in notes


@pytest.mark.parametrize(
    ("front", "outlet", "metadata"),
    [("site: www.nytimes.com", "nytimes.com", {}),
     ("domain: https://foxnews.com/", "foxnews.com", {}),
     ("url: https://www.nytimes.com/2016/a.html", "nytimes.com", {}),
     ("link: https://www.nytimes.com/2016/a.html\npublisher: Ledger", "Ledger", {}),
     ("source: https://herald.example/a\nsite: herald.example", "herald.example", {"source": "https://herald.example/a"})],
)
def test_markdown_front_matter_names_the_outlet_by_site_domain_or_url(tmp_path, front, outlet, metadata):
    (tmp_path / "a.md").write_text(f"---\ntitle: Talks end\n{front}\n---\n\nOfficials said the plan might pass.\n", encoding="utf-8")
    [article] = read_articles([tmp_path / "a.md"])
    assert (article.outlet, article.metadata) == (outlet, metadata)
    records, _ = _score(tmp_path, tmp_path / "a.md")
    assert records[0]["outlet"] == outlet


def test_an_html_pages_own_address_does_not_name_its_outlet(tmp_path):
    """A classroom's saved pages with no outlet are named by their files, as before: only a
    manifest's url (or a table's, or front matter's) gives the site."""
    (tmp_path / "a.html").write_text('<html><head><title>Talks end</title><link rel="canonical" href="https://www.nytimes.com/a">'
                                     "</head><body><article><p>Officials said the plan might pass, and the talks went on "
                                     "into the night.</p></article></body></html>", encoding="utf-8")
    [article] = read_articles([tmp_path / "a.html"])
    assert (article.url, article.outlet) == ("https://www.nytimes.com/a", None)
