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


# fourteen lexicons: the seventh and eighth dotted, the thirteenth and fourteenth striped
MORE_WORDS = {**WORDS, "lexi": "iris", "lexj": "juniper", "lexk": "kale", "lexl": "lime", "lexm": "mango", "lexn": "nutmeg"}


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium")
def test_on_a_dark_screen_each_lexicons_mark_keeps_its_look_and_the_ink_its_contrast(tmp_path):
    """The marks were only ever checked on a light page.  On a dark one (report.css's
    prefers-color-scheme: dark) each layer keeps its colour, its line over the words and its
    stripes, drawn on its own colour (border-box: not on the dark page, where a navy dotted line
    would vanish), and the dark ink on it keeps a contrast of 4.5 or more, stripes included."""
    sync_api = pytest.importorskip("playwright.sync_api")
    mine = tmp_path / "my-lexicons"
    mine.mkdir()
    for name, word in MORE_WORDS.items():
        (mine / f"{name}.tsv").write_text(HEADER + f"{word}\tfruit\t1\t\tme\n", encoding="utf-8")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("Fruit stall\n\nThe stall sold " + ", ".join(MORE_WORDS.values()) + " on Tuesday.\n", encoding="utf-8")
    (news / "b.txt").write_text("Market day\n\nThe market sold apple and grape, the clerk said.\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(news), "--lexicon", str(mine), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    looks = """e => { const s = getComputedStyle(e);
      return [s.backgroundColor, s.backgroundImage, s.borderTopStyle, s.borderTopColor, s.borderBottomStyle, s.backgroundClip, s.color]; }"""
    seen = {}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"])
        for scheme in ("light", "dark"):
            pg = browser.new_page(viewport={"width": 1366, "height": 768}, color_scheme=scheme)
            pg.goto(out.as_uri())
            pg.wait_for_selector("body[data-ready]", timeout=60_000)
            seen[scheme] = {"page": pg.evaluate("getComputedStyle(document.body).backgroundColor")}
            text = pg.locator("#pair-a, #pair-b").filter(has_text="Fruit stall").first
            for name, word in MORE_WORDS.items():
                seen[scheme][name] = text.locator(f".hl.t-{name}", has_text=word).evaluate(looks)
                assert pg.locator(".toggles[data-for='pair'] .swatch.t-" + name).evaluate(looks)[:4] == seen[scheme][name][:4], (scheme, name)
            pg.close()
        browser.close()
    light, dark = seen["light"], seen["dark"]
    assert luminance(rgb(dark.pop("page"))) < 0.05 < luminance(rgb(light.pop("page")))  # the dark scheme took
    assert len({tuple(v[:4]) for v in dark.values()}) == 14  # fourteen layers, fourteen looks
    for name, v in dark.items():
        # colour, stripes, mark, underline, and a mark's colour (where there is none the border's colour is the ink's): as on a light page
        assert [v[i] for i in (0, 1, 2, 4, 5)] == [light[name][i] for i in (0, 1, 2, 4, 5)], name
        assert v[2] == "none" or v[3] == light[name][3], name
        assert v[5] == "border-box"  # the line over the words lies on the layer's colour
        ink = rgb(v[6])
        assert contrast(ink, rgb(v[0])) >= 4.5, name
        if "rgba(255, 255, 255, 0.6)" in v[1]:  # a stripe: 60% white over the colour
            stripe = tuple(0.6 * 255 + 0.4 * c for c in rgb(v[0])[:3])
            assert contrast(ink, stripe) >= contrast(ink, rgb(v[0])), name
    assert [dark[n][2] for n in ("lexa", "lexg", "lexh", "lexm", "lexn")] == ["none", "dotted", "dotted", "none", "none"]
    assert "repeating-linear-gradient" in dark["lexm"][1] and "repeating-linear-gradient" in dark["lexn"][1] and dark["lexa"][1] == "none"
