"""The text of a rich-text (.rtf) article, as WordPad, TextEdit and Word save one, read with the
standard library.

An RTF file is plain ASCII: text, `{` `}` groups, and control words (`\\par`, `\\b`, `\\fs24`).
What is read is the body's text: `\\par` (and `\\sect`, `\\page`, a table's `\\cell` and `\\row`)
ends a paragraph, `\\line` is a line break, `\\tab` a tab; the characters beyond ASCII come as
`\\uN` (Unicode, followed by `\\ucN` fallback characters that are skipped) or `\\'hh` (a byte in the
document's code page, `\\ansicpg`, or in the character set of the font in use, `\\fcharset`, so a
Cyrillic font's bytes read as cp1251); `\\emdash`, `\\ldblquote` and the like are their characters.
Left out, because they are not the article's running text: the font, colour and style tables,
pictures and embedded objects, headers and footers, footnotes and comments, hidden text (`\\v`),
a field's instructions (its result, a link's words, stays), and every destination marked `\\*`
that is not known here.  Paragraphs are separated by a blank line and the first is the headline,
as the Word reader does (`framing.office_text`); it counts as styled when its type is larger
than the body's.  The `\\info` group's title, author and creation time go to `metadata` as
`document_title`, `author` and `document_created`.

A file that is not RTF, or holds no text, raises `UnreadableDocument` with one line saying what
to do.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, replace

from framing.office_text import OfficeDocument, UnreadableDocument

_SAVE_AGAIN = "open it in Word, WordPad or TextEdit and save it again as rich text (.rtf), or save it as plain text (.txt, the headline on the first line)"
_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|[^\\{}\r\n]+")
# destinations that are not running text: tables of fonts, colours, styles and lists, document
# properties (read on their own), pictures and objects, headers, footers, notes, field instructions
_SKIP = frozenset("""
    fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator xmlnstbl themedata colorschememapping
    latentstyles datastore mmathPr pgdsctbl info pict object objdata shp shpinst nonshppict header headerl headerr headerf
    footer footerl footerr footerf footnote annotation atnid atnauthor fldinst bkmkstart bkmkend filetbl protusertbl
    wgrffmtfilter docvar template falt panose fontemb fontfile userprops listtext pntext pntxta pntxtb
""".split())
_PARAGRAPH = frozenset({"par", "sect", "page", "cell", "row", "nestcell", "nestrow"})
_SYMBOLS = {
    "line": "\n", "tab": "\t", "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
    "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022", "emspace": "\u2003", "enspace": "\u2002",
    "qmspace": "\u2005", "zwj": "\u200d", "zwnj": "\u200c", "~": "\u00a0", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}",
}
# a font's \fcharset as the code page its \'hh bytes are in
_CHARSETS = {0: None, 1: None, 77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gbk", 136: "cp950", 161: "cp1253",
             162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256", 186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250"}
_INFO = {"title": "document_title", "author": "author"}


@dataclass(frozen=True, slots=True)
class _State:
    """What a group inherits from the one around it."""

    skip: bool = False  # inside a destination that is not running text
    hidden: bool = False  # \v: hidden text
    skip_after_unicode: int = 1  # \ucN: fallback characters that follow each \uN
    codepage: str | None = None  # of the font in use (\fN), None for the document's
    size: int = 24  # \fsN, in half-points
    capture: str | None = None  # an \info field whose text is being read ("title", "author")


def read_rtf(data: bytes) -> OfficeDocument:
    """The article in the RTF file `data`."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise UnreadableDocument(f"not a rich-text document (an RTF file starts with '{{\\rtf', and this one does not); if it is an article, {_SAVE_AGAIN}")
    return _Reader(data).read()


class _Reader:
    """One pass over the file's tokens; small state, kept here rather than passed around."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.codepage = "cp1252"
        self.fonts: dict[int, str | None] = {}
        self.paragraphs: list[tuple[str, int]] = []  # (text, its largest type size)
        self.parts: list[str] = []
        self.size = 0
        self.pending = bytearray()  # \'hh bytes, decoded together (a double-byte code page needs them in pairs)
        self.pending_codepage: str | None = None
        self.pending_state = _State()
        self.high_surrogate: int | None = None
        self.info: dict[str, list[str]] = {}
        self.created: dict[str, int] = {}

    def read(self) -> OfficeDocument:
        state = _State()
        stack: list[_State] = []
        fallback = 0  # fallback characters still to skip after a \uN
        font_table = -1  # depth of the \fonttbl group, while it is read
        font: int | None = None
        position = 0
        data = self.data
        while position < len(data):
            token = _TOKEN.match(data, position)
            if token is None:  # (cannot happen: every byte matches some branch)
                break
            position = token.end()
            word, parameter, hexbyte, symbol, brace = token.group(1, 2, 3, 4, 5)
            if brace == b"{":
                stack.append(state)
                continue
            if brace == b"}":
                self._flush()
                if len(stack) == font_table:
                    font_table = -1
                state = stack.pop() if stack else state
                fallback = 0
                continue
            if word is not None:
                name = word.decode("ascii")
                value = int(parameter) if parameter else None
                if fallback and name not in ("u",):
                    fallback -= 1
                    continue
                if name == "bin" and value and value > 0:  # raw bytes follow: skipped whole
                    position += value
                    continue
                if font_table >= 0 and name == "f" and value is not None:
                    font = value
                elif font_table >= 0 and name == "fcharset" and font is not None and value is not None:
                    self.fonts[font] = _CHARSETS.get(value)
                if name == "fonttbl":
                    font_table = len(stack)
                if name in _SKIP:
                    state = replace(state, skip=True, capture=name if name in _INFO else None)
                    if name == "info":
                        state = replace(state, capture="info")
                    continue
                if state.capture == "info" and name in _INFO:
                    state = replace(state, capture=name)
                    continue
                if state.capture == "info" and name == "creatim":
                    state = replace(state, capture="creatim")
                    continue
                if state.capture == "creatim" and name in ("yr", "mo", "dy", "hr", "min") and value is not None:
                    self.created.setdefault(name, value)
                    continue
                state, fallback = self._control(name, value, state, fallback)
            elif symbol is not None:
                char = symbol.decode("latin-1")
                if char == "*":
                    state = replace(state, skip=True)
                elif char in "\r\n":
                    self._paragraph(state)
                elif fallback:
                    fallback -= 1
                elif char in _SYMBOLS:
                    self._text(_SYMBOLS[char], state)
            elif hexbyte is not None:
                if fallback:
                    fallback -= 1
                elif not state.skip or state.capture in _INFO:
                    codepage = state.codepage or self.codepage
                    if self.pending and codepage != self.pending_codepage:
                        self._flush()
                    self.pending.append(int(hexbyte, 16))
                    self.pending_codepage, self.pending_state = codepage, state
            elif token.group(0)[:1] not in b"\r\n":
                raw = token.group(0)
                if fallback:
                    skipped = min(fallback, len(raw))
                    raw, fallback = raw[skipped:], fallback - skipped
                if raw:
                    self._text(raw.decode(state.codepage or self.codepage, errors="replace"), state)
        self._flush()
        self._paragraph(state)
        return self._document()

    def _control(self, name: str, value: int | None, state: _State, fallback: int) -> tuple[_State, int]:
        """What a control word does to the text and to the group's state."""
        if name == "ansicpg" and value:
            self.codepage = _codepage(f"cp{value}") or self.codepage
        elif name == "mac":
            self.codepage = "mac_roman"
        elif name == "uc" and value is not None:
            state = replace(state, skip_after_unicode=max(0, value))
        elif name == "u" and value is not None:
            self._unicode(value + 65536 if value < 0 else value, state)
            fallback = state.skip_after_unicode
        elif name == "f" and value is not None:
            state = replace(state, codepage=self.fonts.get(value))
        elif name == "fs" and value is not None:
            state = replace(state, size=value)
        elif name == "v":
            state = replace(state, hidden=value != 0)
        elif name == "plain":
            state = replace(state, hidden=False, size=24, codepage=None)
        elif name in _PARAGRAPH:
            self._paragraph(state)
        elif name in _SYMBOLS:
            self._text(_SYMBOLS[name], state)
        return state, fallback

    def _unicode(self, code: int, state: _State) -> None:
        if 0xD800 <= code < 0xDC00:
            self.high_surrogate = code
            return
        if 0xDC00 <= code < 0xE000 and self.high_surrogate is not None:
            code = 0x10000 + ((self.high_surrogate - 0xD800) << 10) + (code - 0xDC00)
        self.high_surrogate = None
        self._text(chr(code) if 0 <= code <= 0x10FFFF and not 0xD800 <= code < 0xE000 else "\ufffd", state)

    def _flush(self) -> None:
        """The \\'hh bytes read so far, decoded in their code page."""
        if self.pending:
            text = bytes(self.pending).decode(self.pending_codepage or "cp1252", errors="replace")
            self.pending.clear()
            self._text(text, self.pending_state)

    def _text(self, text: str, state: _State) -> None:
        self._flush()
        if state.capture in _INFO:
            self.info.setdefault(state.capture, []).append(text)
        elif not state.skip and not state.hidden:
            self.parts.append(text)
            if text.strip():
                self.size = max(self.size, state.size)

    def _paragraph(self, state: _State) -> None:
        self._flush()
        if not state.skip and not state.hidden:
            text = "".join(self.parts).strip(" \t\r\n")
            if text:
                self.paragraphs.append((text, self.size))
            self.parts.clear()
            self.size = 0

    def _document(self) -> OfficeDocument:
        if not self.paragraphs:
            raise UnreadableDocument(f"a rich-text document with no text in it (pictures alone are not read): nothing to analyse; "
                                     "fill it in or leave it out")
        metadata = {_INFO[key]: value for key, parts in self.info.items() if (value := " ".join("".join(parts).split()))}
        if {"yr", "mo", "dy"} <= self.created.keys():
            created = f"{self.created['yr']:04d}-{self.created['mo']:02d}-{self.created['dy']:02d}"
            if "hr" in self.created:
                created += f"T{self.created['hr']:02d}:{self.created.get('min', 0):02d}:00"
            metadata["document_created"] = created
        sizes: Counter[int] = Counter()
        for text, size in self.paragraphs:
            sizes[size] += len(text)
        body = sizes.most_common(1)[0][0]
        headline, size = self.paragraphs[0]
        styled = len(self.paragraphs) > 1 and size > body
        return OfficeDocument("\n\n".join(text for text, _ in self.paragraphs), " ".join(headline.split()), styled, metadata)


def _codepage(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
