"""The note on words of an outlet's own name standing out among its distinctive words
(framing/report_own_names.py): in the page, from the command line, and as a table of terms."""

from __future__ import annotations

import html
import re

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.distinctive import Term
from framing.report_own_names import house_style_note, own_name_note, own_name_words, word_notes


def term(outlet: str, word: str, z: float) -> Term:
    return Term(outlet=outlet, term=word, count=6, total=6, per_1k=8.0, delta=1.0, z=z)


@pytest.mark.parametrize("outlet, words", [
    ("Fox News", {"fox", "news"}),
    ("The New York Times", {"new", "york", "times"}),  # "the" is no word of a name
    ("HuffPost", {"huffpost"}),
])
def test_the_words_of_an_outlets_name(outlet, words):
    assert own_name_words(outlet) == words


@pytest.mark.parametrize("terms, note", [
    # BASIL 1f99798f: "told Fox News" six times, "fox" and "news" past the line, "who" not of its name
    ([term("Fox News", "news", 2.10), term("Fox News", "fox", 2.52), term("Fox News", "who", 2.49), term("HuffPost", "wray", 1.86)],
     'Some words stand out only because an outlet names itself in its own articles, often as the one a source spoke to ("told Fox News"): '
     'Fox News: "fox", "news". They count how often it names itself, not words it chose to tell the story.'),
    ([term("Fox News", "fox", 1.90)], None),  # inside the lines: not labelled, not read as a finding
    ([term("HuffPost", "fox", 2.5)], None),  # another outlet's name used: a word of the story
    ([term("Fox News", "fox", -2.5)], None),  # used less
])
def test_a_note_names_the_words_of_its_own_name_past_the_line(terms, note):
    assert own_name_note(terms, ["Fox News", "HuffPost"]) == note


def test_from_the_command_line_the_page_notes_an_outlet_naming_itself(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    common = " ".join(f"The bridge over the river was closed on day {i} and traffic moved slowly." for i in range(40))
    said = common + " " + " ".join(f"A witness told the Daily Planet that lane {i} was shut." for i in range(12))
    (folder / "planet.txt").write_text(f"Bridge closed\n\n{said}\n", encoding="utf-8")
    other = common + " " + " ".join(f"Engineers said that lane {i} was shut for repairs." for i in range(12))
    (folder / "gazette.txt").write_text(f"Bridge shut\n\n{other}\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("path,outlet\nplanet.txt,Daily Planet\ngazette.txt,The Gazette\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    language = out.read_text(encoding="utf-8").split('<section id="language">')[1].split("</section>")[0]
    notes = [html.unescape(n) for n in re.findall(r'<p class="note">(.*?)</p>', language, re.S)]
    assert [n for n in notes if n.startswith("Some words")] == [
        'Some words stand out only because an outlet names itself in its own articles, often as the one a source spoke to ("told Daily Planet"): '
        'Daily Planet: "daily", "planet". They count how often it names itself, not words it chose to tell the story.']


STYLE = ('Some words stand out only because of an outlet\'s house style, the title it writes before a name ("Mr. Trump" where '
         'others write "Trump"): {}. They say how it names people, not words it chose to tell the story.')


@pytest.mark.parametrize("terms, note", [
    # BASIL 87609973: the NYT's "Mr. Trump", "Mrs. Clinton", "Ms. Abedin"; "mr" the one word labelled past the line
    ([term("NYT", "mr", 2.01), term("NYT", "weiner", 1.2), term("Fox", "classified", 1.45)], STYLE.format('NYT: "mr"')),
    ([term("NYT", "mrs", 2.3), term("NYT", "mr", 2.6), term("Fox", "sen", 2.0)], STYLE.format('NYT: "mr", "mrs"; Fox: "sen"')),
    ([term("NYT", "mr", 1.9)], None),  # inside the lines
    ([term("NYT", "mr", -2.4)], None),  # used less
    ([term("NYT", "senate", 2.4)], None),  # a word of the story, no title
])
def test_a_note_names_an_outlets_titles_before_names_past_the_line(terms, note):
    assert house_style_note(terms, ["NYT", "Fox"]) == note


def test_the_notes_under_the_chart_come_own_name_first():
    terms = [term("Fox News", "fox", 2.5), term("NYT", "mr", 2.2)]
    assert [n.split(" only because ")[1][:12] for n in word_notes(terms, ["Fox News", "NYT"])] == ["an outlet na", "of an outlet"]
    assert word_notes([term("NYT", "bridge", 2.2)], ["NYT"]) == []


def test_from_the_command_line_the_page_notes_an_outlets_titles_before_names(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    common = " ".join(f"The bridge over the river was closed on day {i} and traffic moved slowly." for i in range(40))
    (folder / "times.txt").write_text("Bridge closed\n\n" + common + " " + " ".join(
        f"Mr. Lane said section {i} was shut." for i in range(12)) + "\n", encoding="utf-8")
    (folder / "post.txt").write_text("Bridge shut\n\n" + common + " " + " ".join(
        f"Lane said section {i} was shut." for i in range(12)) + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    language = out.read_text(encoding="utf-8").split('<section id="language">')[1].split("</section>")[0]
    notes = [html.unescape(n) for n in re.findall(r'<p class="note">(.*?)</p>', language, re.S)]
    assert [n for n in notes if n.startswith("Some words")] == [STYLE.format('times: "mr"')]
