"""web_archive: the main page of a .mhtml / .mht, its transfer encoding undone, its charset and the
address it was saved from; an archive with no page is a one-line error.  The archives are built as
Chrome ('Webpage, Single File') and Word / Internet Explorer write them (tests/office_files.py)."""

from __future__ import annotations

import base64

import pytest

from framing.web_archive import NoPage, main_page
from office_files import mhtml, word_mht

URL = "https://www.example-news.com/2026/11/dam-plan"
PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Dam</title></head><body><p>Lavrov called it “pathetic” = a farce.</p></body></html>'
AD = "<html><body><p>An advertisement in a frame</p></body></html>"
SAVE = "if it is an article, open the page in a browser and save it again ('Webpage, Single File', or 'Webpage, HTML only' as .html)"


@pytest.mark.parametrize("main_first", [True, False], ids=["as-chrome-writes-it", "frame-before-page"])
def test_the_main_page_is_the_part_at_the_address_saved(main_first):
    page = main_page(mhtml(PAGE, URL, frames=[(AD, "https://ads.example.com/slot")], main_first=main_first))
    assert page.html.decode("utf-8") == PAGE  # quoted-printable undone ("=3D", "=E2=80=9C")
    assert (page.charset, page.url) == (None, URL)


def test_a_word_or_internet_explorer_archive_gives_its_charset_and_no_disk_address():
    page = main_page(word_mht("<html><body><p>The mayor said it was “a farce”.</p></body></html>"))
    assert page.html == "<html><body><p>The mayor said it was “a farce”.</p></body></html>".encode("cp1252")
    assert (page.charset, page.url) == ("windows-1252", None)  # file:///C:/... is the saver's disk, not the article's address


def test_a_base64_page_named_by_the_multipart_start_parameter():
    archive = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; start=\"<page@example>\"; boundary=\"b1\"\r\n\r\n"
               f"--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-ID: <ad@example>\r\n\r\n{AD}\r\n"
               "--b1\r\nContent-Type: text/html; charset=utf-8\r\nContent-ID: <page@example>\r\nContent-Transfer-Encoding: base64\r\n"
               f"Content-Location: {URL}\r\n\r\n{base64.encodebytes(PAGE.encode('utf-8')).decode('ascii')}\r\n--b1--\r\n").encode("ascii")
    page = main_page(archive)
    assert (page.html.decode("utf-8"), page.charset, page.url) == (PAGE, "utf-8", URL)


def test_an_html_page_given_the_archive_extension_is_read_as_it_is():
    page = main_page(b"\n<!DOCTYPE html><html><body><p>Plain page.</p></body></html>")
    assert (page.html, page.url) == (b"\n<!DOCTYPE html><html><body><p>Plain page.</p></body></html>", None)


@pytest.mark.parametrize("data, message", [
    (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n'
     b"Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b\r\nContent-Type: text/css\r\n\r\nbody {}\r\n--b--\r\n",
     f"no web page in this web archive (no text/html part; it holds image/png, text/css); {SAVE}"),
    (b"Just some notes typed into a file.\n", f"not a web archive (it starts with no MIME headers such as Content-Type); {SAVE}"),
    (b"MIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n  \r\n", f"the web page in this archive is empty; {SAVE}"),
])
def test_an_archive_without_a_page_says_what_to_do(data, message):
    with pytest.raises(NoPage) as raised:
        main_page(data)
    assert str(raised.value) == message
