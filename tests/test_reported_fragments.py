"""Quoted fragments of reported speech (framing/reported_fragments.py): the later pieces of one
speaker's split quotation are the speaker's words (kind "fragment", voice `quoted`), not the
outlet's scare quotes.  The first rows are the BASIL triplet c6a0e65c ("Democrats urge Trump to
cancel Putin summit", Fox and HuffPost, 2018-07-13), where a class saw them counted as the
outlets' own scare quotes.  Rows are a text and its quotations as (quoted text, kind, voice,
speaker)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app

WARNER = (  # Fox
    "Sen. Mark Warner, D-Va., spoke on Friday. Warner also stressed that there “needs to be other Americans in the "
    "room” in Helsinki to ensure that Trump makes the issue of interference in the 2016 election a “priority.”"
)
PELOSI = "House Democratic Leader Nancy Pelosi, D-Calif., said “the stakes” for the summit “could not be higher.”"  # Fox
MCCAIN = (  # HuffPost
    "Sen. John McCain (R-Ariz.) spoke out. McCain tweeted that if Trump “is not prepared to hold Putin accountable,” "
    "the talks in Helsinki on Monday “should not move forward.”"
)


def quotes(text: str) -> list[tuple]:
    a = framing.analyze(text)
    return [(text[s.start : s.end], s.category, s.voice, s.speaker) for s in a.spans if s.type == "quote"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (WARNER, [("“needs to be other Americans in the room”", "fragment", "quoted", "Mark Warner"),
                  ("“priority.”", "fragment", "quoted", "Mark Warner")]),
        (PELOSI, [("“the stakes”", "direct", "quoted", "Nancy Pelosi"),
                  ("“could not be higher.”", "fragment", "quoted", "Nancy Pelosi")]),
        (MCCAIN, [("“is not prepared to hold Putin accountable,”", "fragment", "quoted", "John McCain"),
                  ("“should not move forward.”", "fragment", "quoted", "John McCain")]),
        # More pieces than two, and a cue inside the first ("what he called"): all Nadler's (BASIL, Fox).
        ("Nadler derided what he called the “ritualistic reading” as “total nonsense” and “propaganda.”",
         [("“ritualistic reading”", "fragment", "quoted", "Nadler"), ("“total nonsense”", "fragment", "quoted", "Nadler"),
          ("“propaganda.”", "fragment", "quoted", "Nadler")]),
        # Inside the content of an attribution whose cue credits no earlier piece (PolNeAR, NYT).
        ("According to the complaint, the developers engaged in a “massive fraudulent scheme” for years.",
         [("“massive fraudulent scheme”", "fragment", "quoted", "complaint")]),
        # A headline's colon credits the name before it, title case or not (BASIL, HuffPost).
        ("Susan Rice: Netanyahu Visit 'Destructive' To Relationship\n\nThe visit went ahead.",
         [("'Destructive'", "fragment", "quoted", "Susan Rice")]),
        # A piece joined by "and" after the tag of a credited quotation (PolNeAR, USA Today).
        ("Clinton said her approach is to \"distrust and verify.\" \"This deal must come with vigorous enforcement,\" she said, "
         "and \"clear consequences for any violations.\"",
         [('"distrust and verify."', "fragment", "quoted", "Clinton"),
          ('"This deal must come with vigorous enforcement,"', "direct", "quoted", "Clinton"),
          ('"clear consequences for any violations."', "fragment", "quoted", "Clinton")]),
        # A tag set off by commas inside indirect speech reports the words after it too (PolNeAR).
        ("Loyalty, he noted, has long been a core tenet of the party, and likely what keeps the party’s “old guard” in line.",
         [("“old guard”", "fragment", "quoted", None)]),
        ("If politics makes the road ahead too complicated now, Sen. Robert Menendez said, Congress can still pass it "
         "with \"a strong bipartisan vote.\"",
         [('"a strong bipartisan vote."', "fragment", "quoted", "Robert Menendez")]),
        # The piece before was credited by another cue naming the same speaker (PolNeAR, HuffPost).
        ("French Prime Minister Manuel Valls also spoke out sharply against Trump’s influence, suggesting “Trumpization” "
         "in the form of “sweeping accusations” and “slander” was a danger.",
         [("“Trumpization”", "fragment", "quoted", "Manuel Valls"), ("“sweeping accusations”", "fragment", "quoted", "Manuel Valls"),
          ("“slander”", "fragment", "quoted", "Manuel Valls")]),
        # A content read from inside doubled marks (NYT) still holds its quotation.
        ("Mr. Trump said of the episode, ''I don't like it,'' adding that ''they have anger that's unbelievable.''",
         [("''I don't like it,''", "fragment", "quoted", "Trump"), ("''they have anger that's unbelievable.''", "fragment", "quoted", "Trump")]),
        # ... or by a reporting verb's participle right after the tag (BASIL, Fox; PolNeAR, Politico).
        ('"These people are my mom and dad," Biden said, adding he\'s "had it up to here" with those kinds of comments.',
         [('"These people are my mom and dad,"', "direct", "quoted", "Biden"), ('"had it up to here"', "fragment", "quoted", "Biden")]),
        # ... but not after another clause: "how the system is rigged" is no piece of Melanie's (PolNeAR).
        ("“You winning?” Melanie said, but Kevin was drifting off again, and as Trump went on about “how the system is rigged,” "
         "the crowd cheered.",
         [("“You winning?”", "direct", "quoted", "Melanie"), ("“how the system is rigged,”", "scare", "author", None)]),
        # Still the outlet's: a programme named after a fragment, a "so-called", a quotation in a
        # sentence with no cue, and one before the cue whose content comes after it.
        ("Sen. Mark Warner said “the stakes” were high on NBC’s “Meet the Press.”",
         [("“the stakes”", "direct", "quoted", "Mark Warner"), ("“Meet the Press.”", "scare", "author", None)]),
        ("The so-called “peace plan” was never published, Pelosi said.", [("“peace plan”", "scare", "author", None)]),
        ("Pelosi said the talks went on. The “reset” was over.", [("“reset”", "scare", "author", None)]),
        ("Sen. Dianne Feinstein said on NBC’s “Meet the Press” on Sunday that the panel met.",
         [("“Meet the Press”", "scare", "author", None)]),
    ],
)
def test_later_pieces_of_a_reported_quotation_are_the_speakers(text: str, expected: list[tuple]) -> None:
    assert quotes(text) == expected


def test_a_loaded_word_in_a_later_piece_is_in_the_speakers_voice() -> None:
    text = "Nancy Pelosi said “the stakes” for the summit were high and the meeting “a disgraceful farce.”"
    a = framing.analyze(text)
    loaded = [(text[s.start : s.end], s.voice, s.speaker) for s in a.spans if s.type == "loaded"]
    assert loaded == [("disgraceful", "quoted", "Nancy Pelosi"), ("farce", "quoted", "Nancy Pelosi")]
    assert a.scores["loaded_author_per_1k"] == 0.0


def test_later_pieces_from_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "fox.txt"
    path.write_text("Democrats urge Trump to cancel Putin summit\n\n" + PELOSI + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(path), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert [(s["text"], s["category"], s["voice"], s["speaker"]) for s in record["spans"] if s["type"] == "quote"] == [
        ("“the stakes”", "direct", "quoted", "Nancy Pelosi"),
        ("“could not be higher.”", "fragment", "quoted", "Nancy Pelosi"),
    ]


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
def test_the_class_reports_scare_quote_count_leaves_the_speakers_pieces_out(tmp_path: Path) -> None:
    """The side-by-side table's "scare quotes" row counted Pelosi's, Warner's and McCain's later
    pieces as the outlets' own (fox 2, hpo 2 with the "so-called" one); only that one is."""
    sync_api = pytest.importorskip("playwright.sync_api")
    folder = tmp_path / "summit"
    folder.mkdir()
    (folder / "fox.txt").write_text("Democrats urge Trump to cancel Putin summit\n\n" + WARNER + " " + PELOSI + "\n", encoding="utf-8")
    (folder / "hpo.txt").write_text("McCain says cancel the summit\n\n" + MCCAIN + " The so-called “reset” is over.\n", encoding="utf-8")
    (folder / "nyt.txt").write_text("Trump to meet Putin\n\nThe summit will go ahead on Monday.\n", encoding="utf-8")
    out = tmp_path / "summit.html"
    result = CliRunner().invoke(app, ["report", str(folder), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1300, "height": 900})
            page.goto(out.as_uri())
            page.wait_for_selector("body[data-ready]", timeout=60_000)
            page.evaluate("document.getElementById('pair-tables').open = true")
            table = page.locator("#pair-scores .pair-findings")
            header = table.locator("tr").first.locator("th").all_inner_texts()
            rows = {r[0]: r[1:] for r in (tr.locator("td").all_inner_texts() for tr in table.locator("tr").all()) if r}
        finally:
            browser.close()
    counts = dict(zip(header[1:], rows["scare quotes (quoted words in the outlet's own voice)"]))
    assert counts == {"fox": "0", "hpo": "1", "nyt": "0"}
    assert dict(zip(header[1:], rows["quotations (spoken)"])) == {"fox": "4", "hpo": "2", "nyt": "0"}
