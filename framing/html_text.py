"""The main text of a saved news web page, with its headline and the metadata the page declares.

Stdlib only (`html.parser`): no network, no heavy dependency.  What is kept is the article, not
the page: scripts, styles, navigation, header, footer, asides, forms, figures and elements that
declare themselves hidden or navigational are dropped; when the page has an `<article>` (or else
a `<main>`) element, only its text is kept.  Blocks (paragraphs, headings, list items) become
paragraphs separated by a blank line, and runs of white space inside a block become one space,
so the extracted text reads like a .txt article and the cleaner and segmenter treat both alike.
Offsets of findings index into this extracted text (`Article.text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

# Elements whose whole content is not article text.
_DROP = {
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "label",
    "figure", "figcaption", "menu", "dialog",
}
# ... of which these hold code or markup, never words: not even the headline takes their text.
_NOT_TEXT = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu", "menubar"}
# class/id words that mark page furniture (whole class names, or their first or last part:
# "related-stories", "share-buttons", "cookie-banner"), never words like "article-body".
_FURNITURE = {
    "advert", "advertisement", "ad", "ads", "adslot", "breadcrumb", "breadcrumbs", "comments",
    "cookie", "cookies", "consent", "newsletter", "newsletters", "paywall", "promo", "related",
    "share", "sharing", "sidebar", "subscribe", "subscription", "recommended", "outbrain", "taboola",
}
_BLOCK = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "address", "body",
}
_VOID = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed", "param", "track"}
_SPACE = re.compile(r"\s+")
_LINE_BREAK = "\ue000"  # a <br>: private-use placeholder that survives white-space collapsing


@dataclass(slots=True)
class HtmlDocument:
    """What a page yields: its main text, headline, and the metadata its <meta> tags declare."""

    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None


def extract(html: str) -> HtmlDocument:
    """The article text of an HTML page; its headline prefixed when the page put it outside the
    article element (so the headline, which carries framing too, is analysed)."""
    parser = _MainTextParser()
    parser.feed(html)
    parser.close()
    blocks = parser.main_blocks()
    site = parser.meta.get("og:site_name")
    headline = parser.h1 or parser.meta.get("og:title") or _without_site_name(parser.title, site)
    text = "\n\n".join(blocks)
    if headline and not _starts_with_headline(blocks, headline):
        text = f"{headline}\n\n{text}" if text else headline
    meta = parser.meta
    return HtmlDocument(
        text=text,
        title=headline,
        date=meta.get("article:published_time") or meta.get("date") or meta.get("pubdate") or meta.get("dc.date") or parser.time,
        outlet=meta.get("og:site_name"),
        url=parser.canonical or meta.get("og:url"),
        author=meta.get("author") or meta.get("article:author"),
    )


def _without_site_name(title: str | None, site: str | None) -> str | None:
    """"Talks stall | Example News" -> "Talks stall" when the page names its site."""
    if title and site:
        for separator in (" | ", " - ", " \u2013 ", " \u2014 ", " :: "):
            if title.endswith(separator + site):
                return title[: -len(separator + site)].strip() or title
    return title


def _starts_with_headline(blocks: list[str], headline: str) -> bool:
    return any(block.casefold() == headline.casefold() for block in blocks[:3])


class _MainTextParser(HTMLParser):
    """Collects text blocks, marking which lie inside <article> / <main>; skips dropped elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, counted in `dropped`)
        self.dropped = 0  # depth of dropped elements we are inside
        self.in_code = 0  # depth of _NOT_TEXT elements we are inside
        self.in_article = 0
        self.articles = 0  # <article> elements opened at top level so far: blocks carry its number
        self.in_main = 0
        self.in_pre = 0
        self.current: list[str] = []
        self.blocks: list[tuple[str, int, bool]] = []  # (text, number of its top-level <article> or 0, inside <main>)
        self.title: str | None = None
        self.h1: str | None = None
        self.time: str | None = None
        self.canonical: str | None = None
        self.meta: dict[str, str] = {}
        self._title_parts: list[str] | None = None
        self._h1_parts: list[str] | None = None

    # -- tags ----------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = a.get("href") or None
            return
        if tag == "title" and self.title is None:
            self._title_parts = []
        if tag in _VOID:
            if tag == "br" and not self.dropped:
                self.current.append(_LINE_BREAK)
            elif tag == "hr" and not self.dropped:
                self._end_block()
            return
        drop = self.dropped > 0 or tag in _DROP or _is_furniture(a)
        self.stack.append((tag, drop))
        self.in_code += tag in _NOT_TEXT
        if tag == "h1" and self.h1 is None and (not drop or self.in_article):
            # the headline, also when the article's own <header> (dropped with its byline) holds it;
            # an <h1> in the site's header outside any article is a logo, not a headline
            self._h1_parts = []
        if drop:
            if self.dropped == 0 and tag not in _NOT_TEXT:  # (a <script> inside a paragraph or headline does not end it)
                self._end_block()
            self.dropped += 1
            return
        if tag in _BLOCK:
            self._end_block()
        if tag == "article":
            if self.in_article == 0:
                self.articles += 1
            self.in_article += 1
        elif tag == "main":
            self.in_main += 1
        elif tag == "pre":
            self.in_pre += 1
        elif tag == "time" and self.time is None and a.get("datetime"):
            self.time = a["datetime"].strip()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title_parts is not None:
            self.title = _SPACE.sub(" ", "".join(self._title_parts)).strip() or None
            self._title_parts = None
        if tag in _VOID or not any(t == tag for t, _ in self.stack):
            return  # stray end tag
        while self.stack:  # close implicitly unclosed children too
            open_tag, counted = self.stack.pop()
            self._close(open_tag, counted)
            if open_tag == tag:
                break

    def _close(self, tag: str, counted: bool) -> None:
        self.in_code -= tag in _NOT_TEXT
        if tag == "h1" and self._h1_parts is not None:
            self.h1 = _SPACE.sub(" ", "".join(self._h1_parts)).strip() or None
            self._h1_parts = None
        if counted:
            self.dropped -= 1
            return
        if tag in _BLOCK:
            self._end_block()
        if tag == "article":
            self.in_article -= 1
        elif tag == "main":
            self.in_main -= 1
        elif tag == "pre":
            self.in_pre -= 1

    def handle_data(self, data: str) -> None:
        if self._title_parts is not None:
            self._title_parts.append(data)
            return
        if self._h1_parts is not None and not self.in_code:  # (a <script> inside the <h1> was read into the headline)
            self._h1_parts.append(data)
        if self.dropped:
            return
        self.current.append(data)

    # -- blocks --------------------------------------------------------------------------
    def _end_block(self) -> None:
        if not self.current:
            return
        raw = "".join(self.current)
        self.current = []
        if self.in_pre:
            text = raw.replace(_LINE_BREAK, "\n").strip("\n")
        else:
            text = _SPACE.sub(" ", raw).strip()
            text = re.sub(f" ?{_LINE_BREAK} ?", "\n", text).strip()
        if text.strip():
            self.blocks.append((text, self.articles if self.in_article else 0, self.in_main > 0))

    def close(self) -> None:
        super().close()
        self._end_block()

    def main_blocks(self) -> list[str]:
        """The blocks of the <article> with the most text (pages list teasers as <article>s too),
        else those inside <main>, else all kept blocks."""
        sizes: dict[int, int] = {}
        for text, article, _ in self.blocks:
            if article:
                sizes[article] = sizes.get(article, 0) + len(text)
        if sizes:
            biggest = max(sizes, key=lambda a: (sizes[a], -a))
            return [b[0] for b in self.blocks if b[1] == biggest]
        inside = [b[0] for b in self.blocks if b[2]]
        return inside or [b[0] for b in self.blocks]


def _is_furniture(attrs: dict[str, str]) -> bool:
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    if attrs.get("role", "").lower() in _DROP_ROLES:
        return True
    for name in attrs.get("class", "").lower().split() + attrs.get("id", "").lower().split():
        parts = re.split(r"[-_]", name)
        if name in _FURNITURE or parts[0] in _FURNITURE or parts[-1] in _FURNITURE:
            return True
    return False
