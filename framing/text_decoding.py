"""Turn the bytes of an input file into text, or say clearly why they are not text.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; else UTF-8; else the likeliest
legacy encoding (cp1252, the usual one of texts saved on Windows, cp1251, Shift JIS, GB18030, Big5,
EUC-KR: `encoding_guess`), with a warning naming it, because the guess can be wrong.  A file
with NUL bytes or many control characters is binary, not an article.  Nothing is stripped or
normalised: offsets index into the decoded text exactly (a UTF-8 BOM is not part of the text).

Whole files (.txt, .md, .html) go through `decode_bytes`; tables (.csv, .jsonl) are streamed line
by line through `stream_lines`, so a file of millions of rows never sits in memory.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from framing.encoding_guess import CP1252_WARNING, guess_encoding

__all__ = ["CP1252_WARNING", "UNDECODABLE", "Decoded", "LineStream", "NotText", "bom_encoding", "check_not_binary", "decode_bytes", "stream_lines"]


_BOMS = (  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Leading bytes of common non-text formats, to say what a file is rather than just "binary".
_MAGIC = (
    (b"%PDF", "a PDF document: give it the extension .pdf, which framing reads"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt): unpack it, or give a document its own extension (.docx, .odt)"),
    (b"\x1f\x8b", "a gzip archive: decompress it first"),
    (b"\x89PNG", "a PNG image, not an article"),
    (b"\xff\xd8\xff", "a JPEG image, not an article"),
    (b"GIF8", "a GIF image, not an article"),
    (b"{\\rtf", "an RTF document: give it the extension .rtf, which framing reads"),
    (b"\xd0\xcf\x11\xe0", "an old Word 97-2003 document (or another Office file): give it the extension .doc, which framing reads"),
)

_SNIFF = 8192  # bytes looked at to decide whether a file is binary
_CONTROL = bytes(b for b in range(0x20) if b not in (0x09, 0x0A, 0x0C, 0x0D))


class NotText(ValueError):
    """The bytes are not a text article; the message says what they are and what to do."""


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `head` declares, if any."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def check_not_binary(head: bytes, table: bool = False) -> None:
    """Raise NotText when the first bytes of a file (without a UTF-16/32 BOM) are not text.

    In a `table` (CSV, JSONL) a few NUL bytes are one row's damage, not a binary file: rejecting
    the file for them lost every other row of it.  Text in UTF-16 without a BOM, which is what NUL
    bytes most often mean, has one in every two or four bytes."""
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise NotText(f"binary file: {what}")
    if b"\x00" in head and not (table and head.count(b"\x00") * 10 < len(head)):
        raise NotText(
            "binary file (contains NUL bytes): not a text article; save it as UTF-8 text "
            "(UTF-16 needs a byte-order mark) or leave it out"
        )
    controls = len(head) - len(head.translate(None, _CONTROL)) - (head.count(b"\x00") if table else 0)  # counted in C
    if head and controls / len(head) > 0.05:
        raise NotText("binary file (mostly control characters): not a text article; save it as UTF-8 text or leave it out")


def decode_bytes(data: bytes, declared: str | None = None, table: bool = False) -> Decoded:
    """Decode a whole file; a `table` (manifest.csv) may hold a few NUL bytes, one row's damage,
    which its reader reports on that row (see `check_not_binary`).

    Order: a byte-order mark; valid UTF-8; else the likeliest legacy encoding, weighing the charset
    the file declares (`declared`, an HTML <meta charset>) against what its bytes look like, with a
    warning naming it (`encoding_guess.guess_encoding`)."""
    bom = bom_encoding(data[:4])
    if bom:
        try:
            return Decoded(data.decode(bom), bom)
        except UnicodeDecodeError as e:
            raise NotText(f"undecodable: starts with a {bom.upper()} byte-order mark but byte {e.start} is invalid; re-save the file as UTF-8") from None
    check_not_binary(data[:_SNIFF], table=table)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        bad = e.start
    guess = guess_encoding(data, declared)
    if guess is None:
        raise NotText(
            f"undecodable: neither UTF-8 nor cp1252 (byte 0x{data[bad]:02x} at offset {bad}), nor cp1251, Shift JIS, GB18030, "
            "Big5 or EUC-KR; find the file's encoding and re-save it as UTF-8"
        )
    return Decoded(guess.text, guess.encoding, [guess.warning])


UNDECODABLE = "line {line} is neither UTF-8 nor cp1252, so this row was not read; find the file's encoding and re-save it as UTF-8"


@dataclass(slots=True)
class LineStream:
    """Decoded lines of a file, read lazily.  `fallbacks` counts the lines so far that were not
    UTF-8 and were decoded as cp1252: a caller that notes it before and after reading a row knows
    whether to warn on that row (a count, not a list, so memory stays flat on huge files)."""

    lines: Iterator[str]
    fallbacks: int = 0
    undecodable: int = 0  # lines neither UTF-8 nor cp1252 so far (yielded with U+FFFD for the bytes cp1252 lacks)
    undecodable_line: int | None = None  # the number of the last such line


def stream_lines(handle: BinaryIO) -> LineStream:
    """Lines of a binary file as text, keeping their line endings (what `csv` expects).

    Raises NotText at once if the start of the file is binary.  A line that is neither UTF-8 nor
    cp1252 is counted in `undecodable` (its number in `undecodable_line`) and still yielded, so the
    caller can report that row and read the rows after it (they were lost when it raised).
    """
    head = handle.peek(_SNIFF)[:_SNIFF] if hasattr(handle, "peek") else b""
    bom = bom_encoding(head[:4])
    if bom:
        if bom == "utf-8-sig":
            handle.read(3)
        else:
            return LineStream(iter(io.TextIOWrapper(handle, encoding=bom, newline="")))
    else:
        check_not_binary(head, table=True)
    stream = LineStream(iter(()))
    # lines ended by a lone CR (Excel's "CSV (Macintosh)", old Mac files) came as one line: the
    # header "line" held every row and the whole file was one error
    # (the first line break tells: a lone CR in a cell of an LF file is not one, and a CR file's
    # quoted cells may hold LF)
    cr, lf = head.find(b"\r"), head.find(b"\n")
    cr_only = cr >= 0 and (lf < 0 or cr + 1 < lf)
    stream.lines = _decode_lines(_cr_lines(handle) if cr_only else handle, stream)
    return stream


def _cr_lines(handle: BinaryIO, size: int = 1 << 16) -> Iterator[bytes]:
    """The lines of a file whose lines end in a lone CR, each with its CR, read in blocks."""
    rest = b""
    for block in iter(lambda: handle.read(size), b""):
        *lines, rest = (rest + block).split(b"\r")
        for line in lines:
            yield line + b"\r"
    if rest:
        yield rest


def _decode_lines(handle: Iterable[bytes], stream: LineStream) -> Iterator[str]:
    for number, raw in enumerate(handle, start=1):
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp1252")
            except UnicodeDecodeError:
                stream.undecodable += 1
                stream.undecodable_line = number
                yield raw.decode("cp1252", errors="replace")
                continue
            stream.fallbacks += 1
            yield line
