"""framing/consent_walls.py: a cookie or consent notice saved in place of an article is reported,
not scored (MBIC: 65 of HuffPost's 67 "articles" are one Verizon Media notice)."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.consent_walls import is_consent_wall

VERIZON = ("HuffPost is part of Verizon Media. We and our partners will store and/or access information on your device through "
           "the use of cookies and similar technologies, to display personalised ads and content, for ad and content measurement, "
           "audience insights and product development.\nYour personal data that may be used\nInformation about your device and "
           "internet connection, including your IP address\nFind out more about how we use your information in our Privacy Policy "
           "and Cookie Policy.\nTo enable Verizon Media and our partners to process your personal data select 'I agree', or select "
           "'Manage settings' for more information and to manage your choices. You can change your choices at any time by visiting "
           "Your Privacy Controls.")

NEWS_ON_PRIVACY = ("The regulator fined the company over its cookies on Tuesday. Officials said the firm shared personal data "
                   "with advertisers without consent, and its privacy policy did not say so. The company said it would appeal.")


@pytest.mark.parametrize("text, wall", [
    (VERIZON, True),
    ("We use cookies. By clicking 'Accept all' you give consent to our partners storing data on your device.", True),
    (NEWS_ON_PRIVACY, False),  # three of the notice's phrases in a news brief: an article
    (VERIZON + " " + "The senator spoke at length about the budget. " * 60, False),  # a notice left above a long article: boilerplate, not a wall
    ("In his final months, Cruz said he resorted to bartering, trading shoes for ramen and cookies.", False),  # Reuters, MBIC
])
def test_a_notice_is_told_from_an_article(text, wall):
    assert is_consent_wall(text) is wall


def test_consent_walls_in_a_table_and_as_a_file_are_reported_not_scored(tmp_path):
    with (tmp_path / "mbic.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "outlet", "text"])
        w.writerow(["1", "huffpost", VERIZON])
        w.writerow(["2", "huffpost", NEWS_ON_PRIVACY])
    (tmp_path / "saved.txt").write_text("Headline\n" + VERIZON + "\n", encoding="utf-8")
    errors = tmp_path.parent / f"{tmp_path.name}-errors.csv"
    result = CliRunner().invoke(app, ["score", str(tmp_path), "--no-model", "--jobs", "1", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["mbic:2"]
    message = ("a cookie or consent notice, not an article (the page was saved before its consent wall was passed); "
               "save the article itself, or leave this one out")
    assert [(r["path"], r["line"], r["id"], r["error"]) for r in csv.DictReader(errors.open(encoding="utf-8"))] == [
        (str(tmp_path / "mbic.csv"), "2", "mbic:1", message), (str(tmp_path / "saved.txt"), "", "", message)]
    assert "scored 1 article, 2 errors" in result.stderr
