"""clean.ignored_ranges: boilerplate is marked with a reason, the article itself never is."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.clean import ignored_ranges
from framing.ingest import read_articles
from framing.models import Article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def reason_at(text: str, phrase: str, title: str | None = None, occurrence: int = 0) -> str | None:
    """The reason of the ignored range holding `phrase` (its n-th occurrence) wholly; None if no
    range touches it; fails if a range only cuts through it."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    for r in ignored_ranges(text, title):
        if r.start <= start and end <= r.end:
            return r.reason
        assert r.end <= start or r.start >= end, f"range {r} cuts through {phrase!r}"
    return None


def assert_well_formed(text: str, title: str | None = None) -> None:
    ranges = ignored_ranges(text, title)
    for a, b in zip(ranges, ranges[1:]):
        assert a.end <= b.start, f"{a} overlaps {b}"
    for r in ranges:
        assert 0 <= r.start < r.end <= len(text)
        assert not text[r.start].isspace() and not text[r.end - 1].isspace(), r
        assert r.reason


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    return {a.id: a for a in read_articles([SEEDS]) if isinstance(a, Article)}


INDEPENDENT = "independent-putin-no-show"
OGM = "ogmnews-putin-skips-talks"

# (seed, phrase, occurrence, reason or None for article text that must stay)
SEED_CASES = [
    (INDEPENDENT, "Get all your news in one place.\n100’s of premium titles.\nOne app.\nStart reading", 0, "reader-app prompt"),
    (INDEPENDENT, "The Independent UK\nThe Independent UK\nWorld\nBel Trew", 0, "masthead before the headline (outlet, section, byline)"),
    (INDEPENDENT, "(AFP/Getty)", 0, "photo caption"),
    (INDEPENDENT, "Putin has yet to confirm whether he will attend the talks he called in Turkey (AFP/Getty)", 0, "photo caption"),
    (INDEPENDENT, "arrive at a signing ceremony at the Royal Palace in Doha (AFP via Getty Images)", 0, "photo caption"),
    (INDEPENDENT, "Sign up to read this article", 0, "subscription prompt"),
    (INDEPENDENT, "Related Stories\nTop stories on inkl right now", 0, "subscription prompt"),
    (INDEPENDENT, "One app. One membership.\n100+ trusted global sources.", 0, "subscription prompt"),
    (INDEPENDENT, "Why Putin’s no-show at peace talks in Turkey is all part of his brutal pantomime", 0, None),
    (INDEPENDENT, "In Ukraine, senior officials said this all proved it was posture and pantomime.", 0, None),
    (INDEPENDENT, "Trump desperately wants the two sides to sign up to a 30-day ceasefire", 0, None),
    (INDEPENDENT, "one senior source said.", 0, None),
    (INDEPENDENT, "But the question is - does Putin really care?", 0, None),
    (OGM, "Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy", 0, None),
    (OGM, "Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy", 1, "repeated headline"),
    (OGM, "Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy", 2, "repeated headline"),
    (OGM, "Putin Skips Ukraine Talks in Turkey as Russia Dismisses Trump Pressure, Mocks Zelenskyy", 3, "repeated headline"),
    (OGM, "Leave a Reply\n\nYour email address will not be published. Required fields are marked *", 0, "comment form"),
    (OGM, "Trump’s Influence Fails to Sway Kremlin Strategy", 0, None),
    (OGM, "No Signs of Breakthrough between Russia and Ukraine as Delegations Dig In", 0, None),
    (OGM, "War Drags On as Hope for Ceasefire Fades", 0, None),
    (OGM, "labeling him a “dummy,” “clown,” and “loser”", 0, None),
    (OGM, "The world watches, but the guns have not fallen silent", 0, None),
]


@pytest.mark.parametrize("seed, phrase, occurrence, reason", SEED_CASES)
def test_seed_boilerplate_is_ignored_and_article_text_kept(seeds, seed, phrase, occurrence, reason):
    article = seeds[seed]
    assert reason_at(article.text, phrase, article.title, occurrence) == reason


def test_independent_closing_block_runs_to_the_end(seeds):
    article = seeds[INDEPENDENT]
    last = ignored_ranges(article.text, article.title)[-1]
    assert article.text[last.start :].startswith("Sign up to read this article")
    assert last.end == len(article.text.rstrip())


@pytest.mark.parametrize("seed", [INDEPENDENT, OGM])
def test_seed_ranges_are_sorted_disjoint_and_trimmed(seeds, seed):
    assert_well_formed(seeds[seed].text, seeds[seed].title)


def test_seed_without_manifest_title_still_finds_repeats_and_prompts(seeds):
    text = seeds[OGM].text
    assert reason_at(text, "Putin Skips Ukraine Talks", None, 2) == "repeated headline"
    assert reason_at(text, "Putin Skips Ukraine Talks", None, 0) is None
    independent = seeds[INDEPENDENT].text
    assert reason_at(independent, "Start reading") == "reader-app prompt"
    assert reason_at(independent, "(AFP/Getty)") == "photo caption"


BODY_1 = "Russia and Ukraine met for their first direct talks in years on Friday, officials in Istanbul said."
BODY_2 = "The delegations spoke for less than two hours before the Turkish hosts ended the session, diplomats said."


def page(line: str) -> str:
    return f"Talks in Istanbul end early\n\n{BODY_1}\n\n{line}\n\n{BODY_2}\n"


# One line of page furniture between two paragraphs: the line is ignored with this reason,
# and the paragraphs around it are not.
BOILERPLATE_LINES = [
    ("Advertisement", "advertisement"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Read more: Putin’s war enters its fourth year", "related stories"),
    ("Related stories: Markets slide as talks stall | Leaders meet in Geneva", "related stories"),
    ("Share this article", "share buttons"),
    ("Share on Facebook", "share buttons"),
    ("Click here to subscribe to our award-winning journalism", "subscription prompt"),
    ("Already a subscriber? Log in", "subscription prompt"),
    ("Sign up to read this article in full.", "subscription prompt"),
    ("Sign up for our free morning newsletter", "newsletter prompt"),
    ("Subscribe to our daily briefing email and get the news first", "newsletter prompt"),
    ("Enter your email address", "newsletter prompt"),
    ("© 2024 The Example Times. All rights reserved.", "copyright notice"),
    ("Copyright 2025 Example Media Ltd", "copyright notice"),
    ("We use cookies to improve your experience. By continuing you agree to our cookie policy.", "cookie notice"),
    ("Accept all cookies", "cookie notice"),
    ("Follow us on Twitter @example", "social media prompt"),
    ("Listen to this article", "page furniture (skip links, listen buttons, reading time)"),
    ("5 min read", "page furniture (skip links, listen buttons, reading time)"),
    ("Vladimir Putin at a meeting in Moscow. Photograph: Sputnik/Reuters", "photo caption"),
    ("Zelensky arrives in Ankara (Reuters)", "photo caption"),
    ("Protesters gather outside parliament (AP Photo/Evan Vucci)", "photo caption"),
    ("Download the app", "reader-app prompt"),
    ("Get the Example News app on iOS and Android", "reader-app prompt"),
]


@pytest.mark.parametrize("line, reason", BOILERPLATE_LINES)
def test_boilerplate_line_is_ignored(line, reason):
    text = page(line)
    assert reason_at(text, line) == reason
    assert reason_at(text, BODY_1) is None
    assert reason_at(text, BODY_2) is None
    assert_well_formed(text)


# Article sentences that mention the same words in the news sense: never ignored.
ARTICLE_LINES = [
    "Trump desperately wants the two sides to sign up to a 30-day ceasefire, to prove his skill at diplomacy.",
    "Sign up to the ceasefire, Trump told both sides.",
    "Officials urged residents to sign up for emergency alerts as the storm approached on Tuesday.",
    "The regulator said the company uses cookies to track users without their consent.",
    "Copyright law was overhauled in 2019 after years of lobbying by publishers and artists.",
    "Advertisement revenue fell by a third last year, the company said.",
    "Share prices fell sharply on Monday.",
    "Read more about the plan on the government website, the minister told parliament.",
    "More than 100 people were killed in the strike, the agency said (AFP).",
    "Comments from the Kremlin were dismissive.",
    "Photo opportunities were carefully staged, officials said.",
    "Trump’s Influence Fails to Sway Kremlin Strategy",
    "By Wednesday afternoon, Putin was still a “maybe” for the meeting he had so loudly called for.",
    "Subscribers to the service were told to expect delays.",
]


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_sentence_is_kept(line):
    assert ignored_ranges(page(line)) == []


# (text, title, phrase, reason or None)
BLOCK_CASES = [
    # a related-stories heading takes the headline-like lines right under it, not the paragraph after
    ("Related Stories\nPutin’s brutal pantomime\nZelensky flies to Ankara\n\n" + BODY_1, None, "Related Stories\nPutin’s brutal pantomime\nZelensky flies to Ankara", "related stories"),
    ("Related Stories\nPutin’s brutal pantomime\nZelensky flies to Ankara\n\n" + BODY_1, None, BODY_1, None),
    # ... and a subhead after a blank line is article text again
    (BODY_1 + "\n\nRead more\nZelensky flies to Ankara\n\nTrump’s Influence Fails to Sway Kremlin Strategy\n\n" + BODY_2, None, "Trump’s Influence Fails to Sway Kremlin Strategy", None),
    (BODY_1 + "\n\nRead more\nZelensky flies to Ankara\n\nTrump’s Influence Fails to Sway Kremlin Strategy\n\n" + BODY_2, None, "Read more\nZelensky flies to Ankara", "related stories"),
    # a paywall takes the short lines after it, up to the next real paragraph
    (BODY_1 + "\n\nSubscribe to continue reading\nOnly $1 a week\nCancel anytime\n\n" + BODY_2, None, "Subscribe to continue reading\nOnly $1 a week\nCancel anytime", "subscription prompt"),
    (BODY_1 + "\n\nSubscribe to continue reading\nOnly $1 a week\nCancel anytime\n\n" + BODY_2, None, BODY_2, None),
    (BODY_1 + "\n\nYou've reached your limit of free articles this month.\n", None, "You've reached your limit of free articles this month.", "subscription prompt"),
    # comment forms
    (BODY_1 + "\n\nLeave a comment\nName *\nEmail *\nWebsite\nPost Comment\n", None, "Leave a comment\nName *\nEmail *\nWebsite\nPost Comment", "comment form"),
    ("Talks end early\n\nLeave a Reply Your email address will not be published. Required fields are marked *\n\n" + BODY_1, None,
     "Leave a Reply Your email address will not be published. Required fields are marked *", "comment form"),
    ("Talks end early\n\nLeave a Reply Your email address will not be published. Required fields are marked *\n\n" + BODY_1, None, BODY_1, None),
    # the headline repeated: first kept, repeats ignored, matched across curly/straight quotes and case
    ("Putin’s no-show\n\n" + BODY_1 + "\n\nPUTIN'S NO-SHOW\n\n" + BODY_2, None, "PUTIN'S NO-SHOW", "repeated headline"),
    ("Putin’s no-show\n\n" + BODY_1 + "\n\nPUTIN'S NO-SHOW\n\n" + BODY_2, None, "Putin’s no-show", None),
    ("# Putin’s no-show\n\n" + BODY_1 + "\n\nPUTIN’S NO-SHOW!\n", "Putin's no-show", "PUTIN’S NO-SHOW!", "repeated headline"),
    # masthead lines above a known headline; never when a sentence stands above it
    ("World\nJane Doe\n\nTalks end early\n\n" + BODY_1, "Talks end early", "World\nJane Doe", "masthead before the headline (outlet, section, byline)"),
    ("World\nJane Doe\n\nTalks end early\n\n" + BODY_1, "Talks end early", "Talks end early", None),
    (BODY_1 + "\n\nTalks end early\n\n" + BODY_2, "Talks end early", BODY_1, None),
    ("World\n\nTalks end early\n\n" + BODY_1, None, "World", None),  # no title given: no masthead guess
    # a site's menu on one line (as a PDF of the page keeps it), longer than a label: capitalised words and separators
    ("Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live\nSign in\n\nTalks end early\n\n" + BODY_1,
     "Talks end early", "Home News Sport Business Innovation Culture Arts Travel Earth Audio Video Live\nSign in",
     "masthead before the headline (outlet, section, byline)"),
    ("UK | World | Business | Politics | Tech | Science | Health | Family & Education\n\nTalks end early\n\n" + BODY_1,
     "Talks end early", "UK | World | Business | Politics | Tech | Science | Health | Family & Education",
     "masthead before the headline (outlet, section, byline)"),
    ("The minister said the talks would end early on Monday after a row\n\nTalks end early\n\n" + BODY_1, "Talks end early",
     "The minister said the talks would end early on Monday after a row", None),  # words in lower case: a sentence, kept
    # byline and dateline under the headline
    ("Talks end early\nBy Jane Doe and John Roe\nPublished 14 May 2025\n\n" + BODY_1, None, "By Jane Doe and John Roe\nPublished 14 May 2025", "byline or dateline"),
    ("Talks end early\nBy Ángel Ortiz and Élise Martin\n\n" + BODY_1, None, "By Ángel Ortiz and Élise Martin", "byline or dateline"),
    # Markdown front matter
    ("---\ntitle: Talks end early\ndate: 2025-05-14\n---\n# Talks end early\n\n" + BODY_1, None, "---\ntitle: Talks end early\ndate: 2025-05-14\n---", "front matter (metadata block)"),
    ("---\ntitle: Talks end early\ndate: 2025-05-14\n---\n# Talks end early\n\n" + BODY_1, None, "# Talks end early", None),
]


@pytest.mark.parametrize("text, title, phrase, reason", BLOCK_CASES)
def test_blocks(text, title, phrase, reason):
    assert reason_at(text, phrase, title) == reason
    assert_well_formed(text, title)


def test_offsets_index_the_text_as_read_with_crlf_line_ends():
    text = "Talks end early\r\n\r\nAdvertisement\r\n\r\n" + BODY_1 + "\r\n"
    [r] = ignored_ranges(text)
    assert text[r.start : r.end] == "Advertisement"
    assert r.reason == "advertisement"


@pytest.mark.parametrize("text", ["", "   \n\n  ", "One line only"])
def test_degenerate_texts(text):
    assert ignored_ranges(text) == []


def test_extracted_html_page_byline_is_ignored_and_subhead_kept():
    [article] = read_articles([Path(__file__).resolve().parent / "fixtures" / "ingest" / "news-page.html"])
    assert reason_at(article.text, "By Jane Doe", article.title) == "byline or dateline"
    assert reason_at(article.text, "Putin Skips Ukraine Talks in Turkey", article.title) is None
    assert reason_at(article.text, "Trump’s Influence Fails to Sway Kremlin Strategy", article.title) is None


WIRE = (Path(__file__).resolve().parent / "fixtures" / "clean" / "wire-capture.txt").read_text(encoding="utf-8")

# A wire story saved from a news site (no title given: the first line that is not furniture is the headline).
WIRE_CASES = [
    ("Skip to main content", "page furniture (skip links, listen buttons, reading time)"),
    ("Advertisement", "advertisement"),
    ("By Jane Doe and John Roe, Moscow correspondents\nPublished 15 May 2025", "byline or dateline"),
    ("Listen to this article", "page furniture (skip links, listen buttons, reading time)"),
    ("Share\nSave", "share buttons"),
    ("Image source, Getty Images\nImage caption, Vladimir Putin chairs a Security Council meeting in Moscow", "photo caption"),
    ("Read more: What is on the table in Istanbul?", "related stories"),
    ("Sign up for our free Europe briefing newsletter", "newsletter prompt"),
    ("Related Topics\nRussia-Ukraine war\nTurkey", "related stories"),
    ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.", "copyright notice"),
    ("Russia sends junior team to Istanbul talks as Zelensky waits in Ankara", None),
    ("ISTANBUL (AP) — Russia sent a delegation", None),
    ("\"We are ready for any format,\" Foreign Minister Sergey Lavrov said.", None),
    ("Officials in Kyiv said they had been asked to sign up for a second round in June, one senior source said.", None),
    ("Subscribers to the agency's wire service were told the talks could last two days.", None),
]


@pytest.mark.parametrize("phrase, reason", WIRE_CASES)
def test_wire_story_capture(phrase, reason):
    assert reason_at(WIRE, phrase) == reason


def test_wire_story_ranges_are_well_formed():
    assert_well_formed(WIRE)
    assert len(ignored_ranges(WIRE)) == 11


def test_cli_output_carries_the_ignored_ranges(seeds):
    import json

    from typer.testing import CliRunner

    from framing.cli import app

    result = CliRunner().invoke(app, ["score", str(SEEDS)])
    assert result.exit_code == 0, result.output
    records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
    text = seeds[INDEPENDENT].text
    ignored = [(r["reason"], text[r["start"] : r["end"]]) for r in records[INDEPENDENT]["ignored"]]
    assert ("photo caption", "Putin has yet to confirm whether he will attend the talks he called in Turkey (AFP/Getty)") in ignored
    assert ("subscription prompt", text[text.index("Sign up to read this article") :].rstrip()) in ignored
    assert [r["reason"] for r in records[OGM]["ignored"]] == ["repeated headline", "repeated headline", "comment form"]


# A reader poll saved with the article (as on some partisan sites in the PTC corpus): the prompt,
# the question (however long, and repeated), the answers and the form's fine print go together,
# and the paragraphs around it stay.
POLL = (
    "take our poll - story continues below\n"
    "Should military force be used to stop the caravan of migrants marching toward the U.S. border?\n"
    "Should military force be used to stop the caravan of migrants marching toward the U.S. border?\n"
    "* Yes, military force should be used.\n"
    "No, keep the military out of it.\n"
    "Email *\n"
    "Comments This field is for validation purposes and should be left unchanged.\n"
    "Completing this poll grants you access to Example Outpost updates free of charge.\n"
    "You may opt out at anytime.\n"
    "You also agree to this site's Privacy Policy and Terms of Use."
)

POLL_CASES = [
    (f"{BODY_1}\n{POLL}\n{BODY_2}", POLL, "reader poll or sign-up form"),
    (f"{BODY_1}\n{POLL}\n{BODY_2}", BODY_1, None),
    (f"{BODY_1}\n{POLL}\n{BODY_2}", BODY_2, None),
    # the question on the prompt's own line
    (f"{BODY_1}\n{POLL.replace('below' + chr(10), 'below ', 1)}\n{BODY_2}", POLL.replace("below\n", "below ", 1), "reader poll or sign-up form"),
    # a poll prompt without fine print runs on over short lines only, like a paywall prompt
    (f"{BODY_1}\n\nTake our quick poll\nWho won the debate?\n\n{BODY_2}", "Take our quick poll\nWho won the debate?", "reader poll or sign-up form"),
    (f"{BODY_1}\n\nTake our quick poll\nWho won the debate?\n\n{BODY_2}", BODY_2, None),
    # the form's fine print alone, anywhere
    (f"{BODY_1}\n\nName This field is for validation purposes and should be left unchanged.\n\n{BODY_2}", "Name This field is for validation purposes and should be left unchanged.", "reader poll or sign-up form"),
    # a sentence about a poll is article text
    (f"{BODY_1}\n\nVoters who take the poll are asked whether the talks should go on, the institute said in a statement on Friday.\n\n{BODY_2}", "Voters who take the poll", None),
]


@pytest.mark.parametrize("text, phrase, reason", POLL_CASES)
def test_reader_poll_is_one_block(text, phrase, reason):
    assert reason_at(text, phrase) == reason
    assert_well_formed(text)
