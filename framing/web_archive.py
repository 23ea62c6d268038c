"""The web page inside a web archive (.mhtml / .mht), as Chrome and Edge save it ("Webpage,
Single File"), and as Internet Explorer and Word did: a MIME message (RFC 2557) whose parts are
the page's HTML, its images, style sheets and frames.

The article is the main HTML part: the one at the address the archive says it saved
(Chrome's `Snapshot-Content-Location`), else the part a multipart/related `start` names, else the
first text/html part (a page's frames come after it).  Its transfer encoding (quoted-printable,
base64) is undone here; its bytes and the charset its part declares go to the reader of .html
files (`framing.ingest`), so an archived page is read exactly as the same page saved as HTML.
The page's address becomes the article's url.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser

_SAVE_AGAIN = "open the page in a browser and save it again ('Webpage, Single File', or 'Webpage, HTML only' as .html)"
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype html|html[\s>])", re.IGNORECASE)


class NoPage(Exception):
    """A web archive holding no HTML page; the message says what to do."""


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    html: bytes  # the page's HTML, its transfer encoding undone, in its own character encoding
    charset: str | None  # the charset its part declares, if any (the page's <meta charset> may say it too)
    url: str | None  # the address it was saved from (http or https only: not a file:// path on someone's disk)


def main_page(data: bytes) -> ArchivedPage:
    """The main HTML page in the web archive `data`."""
    if _HTML_START.match(data[:1024]):  # an HTML page given the archive's extension: read as it is
        return ArchivedPage(data, None, None)
    message = BytesParser(policy=policy.default).parsebytes(data)
    pages = [part for part in message.walk() if part.get_content_type() == "text/html"]
    if not pages:
        if "Content-Type" not in message:
            raise NoPage(f"not a web archive (it starts with no MIME headers such as Content-Type); if it is an article, {_SAVE_AGAIN}")
        kinds = ", ".join(sorted({part.get_content_type() for part in message.walk() if not part.is_multipart()}))
        raise NoPage(f"no web page in this web archive (no text/html part; it holds {kinds}); if it is an article, {_SAVE_AGAIN}")
    saved_from = _address(message.get("Snapshot-Content-Location"))
    start = _address(message.get_param("start", header="content-type") if message.is_multipart() else None)
    page = (next((p for p in pages if saved_from and _address(p.get("Content-Location")) == saved_from), None)
            or next((p for p in pages if start and _address(p.get("Content-ID")) == start), None)
            or pages[0])
    html = page.get_payload(decode=True) or b""
    if not html.strip():
        raise NoPage(f"the web page in this archive is empty; if it is an article, {_SAVE_AGAIN}")
    url = saved_from or _address(page.get("Content-Location")) or _address(message.get("Content-Location"))
    return ArchivedPage(html, page.get_content_charset(), url if url and url.lower().startswith(("http://", "https://")) else None)


def _address(value: object) -> str | None:
    """A header's address as written, its folding undone (Content-ID without its <>)."""
    if value is None:
        return None
    if isinstance(value, tuple):  # a parameter in RFC 2231 form: (charset, language, value)
        value = value[2]
    text = "".join(str(value).split()).strip("<>")
    return text or None

