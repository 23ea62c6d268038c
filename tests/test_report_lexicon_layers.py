"""Every layer of a report told apart, however many lexicons of their own a user adds
(framing/user_lexicon_report.py, the report's side of them): six colours, then each round of them
with a mark of its own (a line over the words, light stripes), the underline kept for the voice and
the ink's contrast kept.  In chromium, from a report made on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.user_lexicon_report import PALETTE, highlight_rule

CHROMIUM = Path("/usr/bin/chromium")
HEADER = "term\tcategory\tweight\tnote\tsource\n"
# eight lexicons of one word each: the seventh ('lexg') had taken the first's colour
WORDS = {"lexa": "apple", "lexb": "banana", "lexc": "cherry", "lexd": "damson", "lexe": "elder",
         "lexf": "fig", "lexg": "grape", "lexh": "hazel"}
STRIPES = "repeating-linear-gradient(90deg, transparent 0 5px, rgba(255, 255, 255, 0.6) 5px 8px)"


@pytest.mark.parametrize("i, over, striped", [
    (0, None, False), (5, None, False),  # the six colours, plain
    (6, "dotted", False), (11, "dotted", False),  # the seventh to twelfth: the same colours, a dotted line over the words
    (12, None, True), (18, "dotted", True), (24, "solid", False), (30, "solid", True), (36, "dashed", False), (47, "dashed", True),
    (48, None, False),  # past 48 the marks come round again
])
def test_each_round_of_the_colours_adds_a_mark_of_its_own(i, over, striped):
    back, line = PALETTE[i % 6]
    rule = highlight_rule("mine", i)
    assert rule.startswith(f".t-mine {{ background: {back}; border-bottom-color: {line};")
    assert (f"border-top: 2px {over} {line};" in rule) == (over is not None) and ("border-top" in rule) == (over is not None)
    assert (STRIPES in rule) == striped
    assert "border-bottom-style" not in rule and "color:" not in rule.replace("-color:", "")  # the voice's underline and the ink are the page's


def lexicon_folder(root: Path) -> Path:
    mine = root / "my-lexicons"
    mine.mkdir()
    for name, word in WORDS.items():
        (mine / f"{name}.tsv").write_text(HEADER + f"{word}\tfruit\t1\t\tme\n", encoding="utf-8")
    return mine


def luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb[:3]
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a, b) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rgb(css: str) -> tuple[float, ...]:
    return tuple(float(x) for x in css[css.index("(") + 1:css.index(")")].split(","))


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
def test_eight_lexicons_of_ones_own_highlight_eight_ways_in_the_page_and_its_legend(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    mine = lexicon_folder(tmp_path)
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Fruit stall\n\nThe stall sold " + ", ".join(WORDS.values()) + " and more on Tuesday.\n", encoding="utf-8")
    (news / "b.txt").write_text("Market day\n\nThe market sold apple and grape, the clerk said.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(news), "--lexicon", str(mine), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        pg = browser.new_page(viewport={"width": 1366, "height": 768})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(out.as_uri())
        pg.wait_for_selector("body[data-ready]", timeout=60_000)
        looks = """e => { const s = getComputedStyle(e);
          return [s.backgroundColor, s.backgroundImage, s.borderTopStyle, s.borderBottomColor, s.borderBottomStyle, s.color]; }"""
        text = pg.locator("#pair-a, #pair-b").filter(has_text="Fruit stall").first
        seen = {}
        for name, word in WORDS.items():
            hl = text.locator(f".hl.t-{name}", has_text=word)
            assert hl.count() == 1, name
            seen[name] = hl.evaluate(looks)
            # the legend's switch draws its swatch as the text draws the layer
            swatch = pg.locator(".toggles[data-for='pair'] .swatch.t-" + name)
            assert swatch.evaluate(looks)[:4] == seen[name][:4]
        browser.close()
    assert errors == []
    assert len({tuple(v[:4]) for v in seen.values()}) == 8  # eight layers, eight looks
    assert seen["lexg"][0] == seen["lexa"][0] and seen["lexg"][2] == "dotted" and seen["lexa"][2] == "none"
    assert seen["lexh"][0] == seen["lexb"][0] and seen["lexh"][2] == "dotted"
    assert {v[4] for v in seen.values()} == {"solid"}  # the outlet's own words: the underline still says whose
    for name, v in seen.items():  # the ink on its colour (the stripes, where there are any, are lighter)
        assert contrast(rgb(v[5]), rgb(v[0])) >= 4.5, name
