"""The text of an old Word 97-2003 (.doc) article, read with `olefile` and the standard library.

Teachers keep archives of articles saved years ago as .doc.  Such a file is an OLE compound file
(a small file system of "streams"): the WordDocument stream opens with the File Information
Block (FIB), which says how long the main document's text is (`ccpText`, in characters) and where,
in the table stream (0Table or 1Table), the piece table (the CLX) lies.  The piece table maps the
document's character positions to runs of bytes in the WordDocument stream, each run either
cp1252, one byte a character ("compressed"), or UTF-16LE ([MS-DOC] 2.4.1, "Retrieving Text").

What is read is the main document's text only, the first `ccpText` characters: the footnotes,
headers and footers, comments and text boxes come after it and are left out, as the .docx reader
leaves them out.  Within it, a paragraph ends at a paragraph mark (13), a table cell's or row's end
(7: a table's cell paragraphs come row by row), a page or section break (12) or a column break (14);
a line break (11) stays a line break inside its paragraph, a tab a tab.  A field (a hyperlink, a
page number, a date) is its shown result: the instructions between its begin (19) and separator
(20) marks are dropped, the result up to its end mark (21) kept; a generated table of contents or
index (TOC, INDEX fields) is left out whole.  Pictures and drawn objects (1, 8), footnote and
comment reference marks (2, 5) and the other control characters are dropped; a non-breaking
hyphen (30) is a hyphen, an optional one (31) nothing.  Text deleted with changes tracked (kept in
the file until someone accepts the change) is left out, its insertions kept, as the .docx reader
does; where the character formatting that marks it cannot be read, the text is read whole with a
warning saying so.  Paragraphs are separated by a blank line and the first is the headline, as
`framing.office_text` does for a .docx; it counts as styled when its paragraph style is Word's
built-in Title or Heading 1.

The SummaryInformation stream's title, author and creation time go to `metadata` as
`document_title`, `author` and `document_created`, which describe the file, not the article.

A .doc that is really a Word 2007 document or an RTF file is read as what it is, as Word itself
opens it; one that is a web page or a web archive (sites' "download as Word" buttons, Confluence's
"Export to Word" send these) is an error naming the extension to give it.  A file that cannot be read
raises `UnreadableDocument` with one line saying what it is and what to do: password-protected,
damaged or cut short, a Word 6/95 document, a spreadsheet, no text at all.
"""

from __future__ import annotations

import re
import struct
from datetime import datetime, timedelta, timezone

import olefile

from framing.office_text import OfficeDocument, UnreadableDocument, read_docx
from framing.rtf_text import read_rtf

_SAVE_AGAIN = "open it in Word or LibreOffice and save it as a Word Document (.docx), or save it as plain text (.txt, the headline on the first line)"
_PASSWORD = ("a password-protected Word document, which framing cannot open; open it in Word, remove the password (File > Info > "
             "Protect Document > Encrypt with Password, cleared) and save it as .docx, or save it as plain text (.txt, the headline on the first line)")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_WEB_ARCHIVE = re.compile(rb"^MIME-Version:.*^Content-Type:\s*multipart/related", re.IGNORECASE | re.MULTILINE | re.DOTALL)
_WORD_97 = 0xA5EC  # wIdent of a Word 97 or later document's FIB
_ENCRYPTED, _WHICH_TABLE, _OBFUSCATED = 0x0100, 0x0200, 0x8000  # FibBase flags: fEncrypted, fWhichTblStm, fObfuscated
_CLX = 33  # fcClx's place among the FIB's (fc, lcb) pairs
_CHPX_BINS = 12  # fcPlcfBteChpx's: where the character formatting's pages are
_MARK_DELETED = 0x0800  # sprmCFRMarkDel: the characters are a tracked deletion
_PAPX_BINS, _STYLE_SHEET = 13, 1  # fcPlcfBtePapx's and fcStshf's: the paragraph formatting's pages, the style sheet
_HEADLINE_STYLES = {1, 62}  # the built-in styles (sti) Heading 1 and Title, as Word and LibreOffice write them in any language
_LARGEST_TEXT = 50_000_000  # characters: more than this in the main text is no article, but a damaged FIB
_PARAGRAPH_ENDS = {"\r", "\x07", "\x0c", "\x0e"}  # paragraph mark, cell or row end, page or section break, column break
_KEPT = {"\t": "\t", "\x0b": "\n", "\x1e": "-", "\x1f": ""}  # tab, line break, non-breaking and optional hyphens
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_GENERATED = {"TOC", "INDEX", "TOA", "BIBLIOGRAPHY"}  # fields whose result the document generates from itself: left out, as the .odt reader leaves its indexes


def read_doc(data: bytes) -> OfficeDocument:
    """The article in the Word 97-2003 document `data`."""
    if not data.startswith(_OLE):
        return _not_ole(data)
    try:
        ole = olefile.OleFileIO(data)
    except Exception:  # olefile raises OSError, struct.error, IndexError, ... on a damaged header or directory
        what = (f"a Word 97-2003 document cut short ({len(data):,} bytes, which ends inside one of its 512-byte sectors: a download or "
                "copy broken off?)" if len(data) % 512 else "a damaged Word 97-2003 document (its compound-file structure cannot be read)")
        raise UnreadableDocument(f"{what}; if the original is intact, copy it again, or {_SAVE_AGAIN}") from None
    with ole:
        if ole.exists("EncryptedPackage"):
            raise UnreadableDocument(_PASSWORD)
        if not ole.exists("WordDocument"):
            if ole.exists("Workbook") or ole.exists("Book") or ole.exists("PowerPoint Document"):
                what = "a spreadsheet" if not ole.exists("PowerPoint Document") else "a presentation"
                raise UnreadableDocument(f"{what} (it holds no WordDocument stream), not a Word document; if it is an article, {_SAVE_AGAIN}")
            raise UnreadableDocument("a compound file with no WordDocument stream in it (a damaged Word 97-2003 document, or another "
                                     f"program's file); if the original is intact, copy it again, or {_SAVE_AGAIN}")
        try:
            paragraphs, styled, warnings = _paragraphs(ole)
        except (OSError, struct.error, ValueError, IndexError, EOFError) as e:  # (ValueErrors are ours, saying what is wrong)
            reason = str(e) if type(e) is ValueError else "its streams cannot be read"
            raise UnreadableDocument(f"a damaged Word 97-2003 document ({reason}); if the original is intact, copy it again, or {_SAVE_AGAIN}") from None
        metadata = _metadata(ole)
    if not paragraphs:
        raise UnreadableDocument("a Word 97-2003 document with no text in it (images, text boxes or footnotes alone are not read): "
                                 "nothing to analyse; fill it in or leave it out")
    return OfficeDocument("\n\n".join(paragraphs), " ".join(paragraphs[0].split()), styled, metadata, warnings=warnings)


def _not_ole(data: bytes) -> OfficeDocument:
    """A file named .doc that is no compound file: read as what it is where Word would open it."""
    if data.startswith(b"PK"):
        return read_docx(data)  # a Word 2007 document given the old extension (its errors say what else it may be)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return read_rtf(data)  # rich text, as WordPad and some "download as Word" buttons save it
    if _HTML.match(data[:4096]):
        raise UnreadableDocument("a web page (HTML) named as a Word document, as some sites' 'download as Word' buttons save it; "
                                 "if it is an article, give it the extension .html instead")
    if _WEB_ARCHIVE.search(data[:4096]):
        raise UnreadableDocument("a web archive (MHTML) named as a Word document, as Confluence's 'Export to Word' and Word's 'Single File "
                                 "Web Page' save it; if it is an article, give it the extension .mhtml instead")
    raise UnreadableDocument(f"not a Word 97-2003 document (such a file is an OLE compound file, and this one is not, or is damaged); "
                             f"if it is an article, {_SAVE_AGAIN}")


def _paragraphs(ole: olefile.OleFileIO) -> tuple[list[str], bool, list[str]]:
    """The main document's paragraphs, by the FIB and the piece table, whether the first is styled a
    headline, and what could not be read."""
    warnings: list[str] = []
    word = ole.openstream("WordDocument").read()
    if len(word) < 34:
        raise ValueError("its WordDocument stream is cut short")
    ident, nfib = struct.unpack_from("<HH", word, 0)
    if ident != _WORD_97:
        raise UnreadableDocument(f"a Word document older than Word 97 (Word 6 or Word 95), which framing cannot read; if it is an article, {_SAVE_AGAIN}")
    (flags,) = struct.unpack_from("<H", word, 0x0A)
    if flags & (_ENCRYPTED | _OBFUSCATED):
        raise UnreadableDocument(_PASSWORD)
    # after the 32-byte FibBase: csw 16-bit words, cslw 32-bit words (ccpText the fourth), cbRgFcLcb (fc, lcb) pairs
    position = 32
    (csw,) = struct.unpack_from("<H", word, position)
    position += 2 + 2 * csw
    (cslw,) = struct.unpack_from("<H", word, position)
    if cslw < 4:
        raise ValueError("its File Information Block is too short")
    (ccp_text,) = struct.unpack_from("<i", word, position + 2 + 12)
    position += 2 + 4 * cslw
    (pairs,) = struct.unpack_from("<H", word, position)
    if pairs <= _CLX:
        raise ValueError("its File Information Block has no piece table")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, position + 2 + 8 * _CLX)
    fc_bte, lcb_bte = struct.unpack_from("<II", word, position + 2 + 8 * _CHPX_BINS)
    fc_papx, lcb_papx = struct.unpack_from("<II", word, position + 2 + 8 * _PAPX_BINS)
    fc_styles, lcb_styles = struct.unpack_from("<II", word, position + 2 + 8 * _STYLE_SHEET)
    if not 0 <= ccp_text <= _LARGEST_TEXT:
        raise ValueError(f"its File Information Block gives {ccp_text:,} characters of text")
    table_name = "1Table" if flags & _WHICH_TABLE else "0Table"
    if not ole.exists(table_name):
        raise ValueError(f"it has no {table_name} stream")
    table = ole.openstream(table_name).read()
    if lcb_clx == 0 or fc_clx + lcb_clx > len(table):
        raise ValueError("its piece table lies outside its table stream")
    try:
        deleted = _deleted_ranges(word, table[fc_bte:fc_bte + lcb_bte])
    except (ValueError, struct.error):
        deleted, warnings = [], ["its tracked changes could not be read (its character formatting is damaged): text deleted with "
                                 "changes tracked, if any, is read as the article's"]
    text, first = _main_text(word, table[fc_clx:fc_clx + lcb_clx], ccp_text, deleted)
    paragraphs = _split(text)
    opening = text[:min((at for at in map(text.find, _PARAGRAPH_ENDS) if at >= 0), default=len(text))]
    styled = False
    if paragraphs and _split(opening) == paragraphs[:1]:  # the headline is the text's first paragraph, at the first piece's start
        try:
            styled = _style_number(word, table[fc_papx:fc_papx + lcb_papx], table[fc_styles:fc_styles + lcb_styles], first) in _HEADLINE_STYLES
        except (ValueError, struct.error, IndexError, StopIteration):
            pass  # damaged paragraph formatting: the headline is the first paragraph all the same
    return paragraphs, styled, warnings


def _main_text(word: bytes, clx: bytes, ccp_text: int, deleted: list[tuple[int, int]]) -> tuple[str, int]:
    """The first `ccp_text` characters, gathered piece by piece ([MS-DOC] 2.9.38 Clx, 2.9.177 PlcPcd),
    less those at the `deleted` byte ranges, and the byte offset of the first."""
    position = 0
    while position < len(clx) and clx[position] == 0x01:  # Prc: property modifiers, skipped
        (size,) = struct.unpack_from("<h", clx, position + 1)
        position += 3 + max(size, 0)
    if position >= len(clx) or clx[position] != 0x02:
        raise ValueError("its piece table is damaged")
    (size,) = struct.unpack_from("<I", clx, position + 1)
    plc = clx[position + 5:position + 5 + size]
    if len(plc) != size or size < 16 or (size - 4) % 12:
        raise ValueError("its piece table is damaged or cut short")
    count = (size - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}I", plc, 0)
    parts: list[str] = []
    offsets: list[int] = []
    for index in range(count):
        start, end = positions[index], min(positions[index + 1], ccp_text)
        if start >= ccp_text:
            break
        if end <= start:
            continue
        fc, _prm = struct.unpack_from("<IH", plc, 4 * (count + 1) + 8 * index + 2)
        length = end - start
        if fc & 0x40000000:  # fCompressed: cp1252 bytes at half the offset
            offset = (fc & 0x3FFFFFFF) // 2
            chunk = word[offset:offset + length]
            if len(chunk) != length:
                raise ValueError("its text is cut short")
            parts.append(_kept(chunk.decode("cp1252", errors="replace"), offset, 1, deleted))
            offsets.append(offset)
        else:
            offset = fc & 0x3FFFFFFF
            chunk = word[offset:offset + 2 * length]
            if len(chunk) != 2 * length:
                raise ValueError("its text is cut short")
            parts.append(_kept(chunk.decode("utf-16-le", errors="replace"), offset, 2, deleted))
            offsets.append(offset)
    return "".join(parts), (offsets or [-1])[0]


def _kept(text: str, offset: int, width: int, deleted: list[tuple[int, int]]) -> str:
    """`text`, read at byte `offset` with `width` bytes a character, less its characters in the deleted byte ranges."""
    end = offset + width * len(text)
    cuts = [(max(start, offset), min(stop, end)) for start, stop in deleted if start < end and stop > offset]
    if not cuts:
        return text
    kept, at = [], 0
    for start, stop in cuts:
        first, last = -(-(start - offset) // width), -(-(stop - offset) // width)  # (character indexes, rounded up)
        kept.append(text[at:max(first, at)])
        at = max(at, last)
    kept.append(text[at:])
    return "".join(kept)


def _deleted_ranges(word: bytes, bins: bytes) -> list[tuple[int, int]]:
    """The byte ranges of the WordDocument stream whose characters are tracked deletions (sprmCFRMarkDel
    in their character formatting: [MS-DOC] 2.8.6 PlcBteChpx, 2.9.33 ChpxFkp), kept in the file until
    someone accepts the change and never the article's text, as the .docx reader leaves out w:del."""
    if len(bins) < 12 or (len(bins) - 4) % 8:
        return []
    count = (len(bins) - 4) // 8
    ranges: list[tuple[int, int]] = []
    for page in struct.unpack_from(f"<{count}I", bins, 4 * (count + 1)):
        fkp = word[(page & 0x3FFFFF) * 512:(page & 0x3FFFFF) * 512 + 512]
        if len(fkp) != 512:
            raise ValueError("its character formatting lies outside its WordDocument stream")
        runs = fkp[511]
        if 5 * runs + 4 > 511:
            raise ValueError("its character formatting is damaged")
        bounds = struct.unpack_from(f"<{runs + 1}I", fkp, 0)
        for index in range(runs):
            if (at := 2 * fkp[4 * (runs + 1) + index]) and _marks_deleted(fkp[at + 1:at + 1 + fkp[at]]):
                if ranges and ranges[-1][1] == bounds[index]:
                    ranges[-1] = (ranges[-1][0], bounds[index + 1])
                else:
                    ranges.append((bounds[index], bounds[index + 1]))
    return ranges


def _style_number(word: bytes, bins: bytes, styles: bytes, offset: int) -> int:
    """The built-in style number (sti) of the paragraph whose text starts at byte `offset`: its style
    (istd) from the paragraph formatting pages ([MS-DOC] 2.8.5 PlcBtePapx, 2.9.175 PapxFkp), looked
    up in the style sheet (2.9.271 STSH); 4094 for a style of the writer's own, -1 where none is found."""
    count = (len(bins) - 4) // 8
    bounds = struct.unpack_from(f"<{count + 1}I", bins, 0)
    pages = struct.unpack_from(f"<{count}I", bins, 4 * (count + 1))
    page = next(page for index, page in enumerate(pages) if bounds[index] <= offset < bounds[index + 1])
    fkp = word[(page & 0x3FFFFF) * 512:(page & 0x3FFFFF) * 512 + 512]
    runs = fkp[511]
    starts = struct.unpack_from(f"<{runs + 1}I", fkp, 0)
    run = next(index for index in range(runs) if starts[index] <= offset < starts[index + 1])
    at = 2 * fkp[4 * (runs + 1) + 13 * run]
    (istd,) = struct.unpack_from("<H", fkp, at + 2 if fkp[at] == 0 else at + 1)
    (header,) = struct.unpack_from("<H", styles, 0)
    position = 2 + header
    for _ in range(istd):  # each style: its size, then the style
        position += 2 + struct.unpack_from("<H", styles, position)[0]
    size, sti = struct.unpack_from("<HH", styles, position)
    return sti & 0x0FFF if size else -1


_OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by a sprm's top three bits (spra); 6: the size byte follows


def _marks_deleted(grpprl: bytes) -> bool:
    """Whether a run's property modifiers include sprmCFRMarkDel set on."""
    position = 0
    while position + 2 < len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, position)
        position += 2
        if sprm == _MARK_DELETED:
            return grpprl[position] == 1
        position += 1 + grpprl[position] if sprm >> 13 == 6 else _OPERAND_SIZES[sprm >> 13]
    return False


def _split(text: str) -> list[str]:
    """The paragraphs of the main text: fields as their results, control characters as above."""
    paragraphs: list[str] = []
    current: list[str] = []
    # for each open field: its instructions so far (a str), or whether its result is read (True) or,
    # being generated from the document (a table of contents, an index), left out (False)
    fields: list[str | bool] = []
    for char in text:
        if char == _FIELD_BEGIN:
            fields.append("")
        elif char == _FIELD_SEPARATOR:
            if fields and isinstance(fields[-1], str):
                fields[-1] = (fields[-1].split() or [""])[0].upper() not in _GENERATED
        elif char == _FIELD_END:
            if fields:
                fields.pop()
        elif fields and isinstance(fields[-1], str):
            fields[-1] += char  # its instructions (HYPERLINK "...", PAGE, TOC \o "1-3"), never the text
        elif not all(field is True for field in fields):
            continue  # inside another field's instructions, or a generated table of contents
        elif char in _PARAGRAPH_ENDS:
            paragraphs.append("".join(current))
            current = []
        elif char in _KEPT:
            current.append(_KEPT[char])
        elif char >= " ":
            current.append(char)
    paragraphs.append("".join(current))
    return [p for p in paragraphs if p.strip()]


def _metadata(ole: olefile.OleFileIO) -> dict[str, str]:
    """The document's title, author and creation time from its SummaryInformation property set
    ([MS-OLEPS] 2.21), where set.  Read here, not with olefile's get_metadata, which loops over
    whatever count a damaged property claims (billions)."""
    try:
        data = ole.openstream("\x05SummaryInformation").read(1 << 20) if ole.exists("\x05SummaryInformation") else b""
        properties = _properties(data)
    except (OSError, struct.error, ValueError, IndexError):
        return {}  # a damaged property set: the text is still there
    codepage = properties.get(_CODEPAGE)
    encoding = {65001: "utf-8", 1200: "utf-16-le"}.get(codepage, f"cp{codepage}") if isinstance(codepage, int) else "cp1252"
    found: dict[str, str] = {}
    for key, identifier in (("document_title", _TITLE), ("author", _AUTHOR)):
        value = properties.get(identifier)
        if isinstance(value, bytes):
            try:
                value = value.decode(encoding, errors="replace")
            except LookupError:
                value = value.decode("cp1252", errors="replace")
        if isinstance(value, str) and (value := " ".join(value.replace("\x00", "").split())):
            found[key] = value
    created = properties.get(_CREATED)
    if isinstance(created, int) and 0 < created < 2650467743990000000:  # (0: not set; the largest, year 9999)
        moment = datetime(1601, 1, 1, tzinfo=timezone.utc) + timedelta(microseconds=created // 10)
        found["document_created"] = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return found


_CODEPAGE, _TITLE, _AUTHOR, _CREATED = 1, 2, 4, 12  # PIDSI_CODEPAGE, PIDSI_TITLE, PIDSI_AUTHOR, PIDSI_CREATE_DTM
_VT_I2, _VT_LPSTR, _VT_LPWSTR, _VT_FILETIME = 0x02, 0x1E, 0x1F, 0x40


def _properties(data: bytes) -> dict[int, int | bytes | str]:
    """The code page, title, author and creation time of a property set stream's first set."""
    if len(data) < 48:
        return {}
    (start,) = struct.unpack_from("<I", data, 44)  # the first set's offset, after the header and its FMTID
    _size, count = struct.unpack_from("<II", data, start)
    found: dict[int, int | bytes | str] = {}
    for index in range(min(count, 256)):
        identifier, offset = struct.unpack_from("<II", data, start + 8 + 8 * index)
        if identifier not in (_CODEPAGE, _TITLE, _AUTHOR, _CREATED):
            continue
        at = start + offset
        (kind,) = struct.unpack_from("<H", data, at)
        if kind == _VT_I2:
            found[identifier] = struct.unpack_from("<H", data, at + 4)[0]
        elif kind == _VT_LPSTR:
            (length,) = struct.unpack_from("<I", data, at + 4)
            found[identifier] = data[at + 8:at + 8 + min(length, 4096)].split(b"\x00", 1)[0]
        elif kind == _VT_LPWSTR:
            (length,) = struct.unpack_from("<I", data, at + 4)
            found[identifier] = data[at + 8:at + 8 + 2 * min(length, 4096)].decode("utf-16-le", errors="replace").split("\x00", 1)[0]
        elif kind == _VT_FILETIME:
            found[identifier] = struct.unpack_from("<Q", data, at + 4)[0]
    return found
