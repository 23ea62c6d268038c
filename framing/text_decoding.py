"""Turn the bytes of an input file into text, or say clearly why they are not text.

Order of trust: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; else UTF-8; else the charset an
HTML page declares, if its bytes read cleanly so; else the cleanest of cp1252 (the usual encoding of
texts saved on Windows), cp1251, Shift JIS and GB18030, with a warning naming it, because the guess
can be wrong (`decode_bytes`); Big5 and EUC-KR, which GB18030 reads without a fault, are told from it
by how common their characters are (`_familiar`).  A file
with NUL bytes or many control characters is binary, not an article.  Nothing is stripped or
normalised: offsets index into the decoded text exactly (a UTF-8 BOM is not part of the text).

Whole files (.txt, .md, .html) go through `decode_bytes`; tables (.csv, .jsonl) are streamed line
by line through `stream_lines`, so a file of millions of rows never sits in memory.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

CP1252_WARNING = "decoded as cp1252: not valid UTF-8 (check the characters, or save the file as UTF-8)"

_BOMS = (  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Leading bytes of common non-text formats, to say what a file is rather than just "binary".
_MAGIC = (
    (b"%PDF", "a PDF document: extract its text first (e.g. `pdftotext`)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt): unpack it, or save the document as plain text"),
    (b"\x1f\x8b", "a gzip archive: decompress it first"),
    (b"\x89PNG", "a PNG image, not an article"),
    (b"\xff\xd8\xff", "a JPEG image, not an article"),
    (b"GIF8", "a GIF image, not an article"),
    (b"{\\rtf", "an RTF document: save it as plain text"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document: save it as plain text"),
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

    Order: a byte-order mark; valid UTF-8; the charset the file declares (`declared`, an HTML
    <meta charset>) if the bytes read cleanly under it; else the cleanest reading of cp1252, Shift
    JIS and GB18030, with a warning naming it.  A page that says UTF-8 but was saved in Shift JIS
    (or cp1252, or Latin-1) is common, so the declaration is believed only where the bytes agree:
    read as declared, it was an error or mojibake.  "Cleanly" is judged by `_oddness`, with
    Python's codecs only."""
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
    said = _web_codec(declared) if declared and _is_charset(declared) else None
    if said and said != "utf-8":
        reading = _reading(data, said)
        if reading is not None and reading[1] <= _CLEAN:
            how = f"{declared}, as the file declares" if said == codecs.lookup(declared).name else \
                  f"{said}, as browsers read the {declared} the file declares"
            return Decoded(reading[0], said, [f"decoded as {how}: not valid UTF-8"])
    best: tuple[str, str, float] | None = None  # (text, codec, oddness)
    for codec in _FALLBACKS:
        reading = _reading(data, codec)
        if reading is None or (codec != "cp1252" and _non_ascii(reading[0]) < _EVIDENCE):
            continue  # (two stray bytes read as 'ЃЌ' or '″' are no evidence of Cyrillic or Japanese)
        if best is None or reading[1] + _MARGIN < best[2]:  # a later codec must be clearly cleaner
            best = (reading[0], codec, reading[1])
    if best is None or best[2] > _CLEAN or best[1] == "gb18030":
        best = _east_asian(data) or best
    if best is None or best[2] > _CLEAN:
        raise NotText(
            f"undecodable: neither UTF-8 nor cp1252 (byte 0x{data[bad]:02x} at offset {bad}), nor cp1251, Shift JIS, GB18030, "
            "Big5 or EUC-KR; find the file's encoding and re-save it as UTF-8"
        )
    text, codec, oddness = best
    if codec == "gb18030" and _KANA.search(text):  # kana are Japanese: EUC-JP, whose kana GB18030 shares (its kanji it does not)
        reading = _reading(data, "euc_jp")
        if reading is not None and reading[1] <= oddness + _MARGIN:
            text, codec = reading[0], "euc_jp"
    if codec == "cp1252" and not said:
        return Decoded(text, codec, [CP1252_WARNING])
    doubt = f", nor {declared} as the file declares" if said and said != "utf-8" else (", though the file declares it" if said else "")
    return Decoded(text, codec, [f"decoded as {_NAMES.get(codec, codec)}: not valid UTF-8{doubt} (check the characters, or save the file as UTF-8)"])


# Tried in this order when a file is not UTF-8 and not what it declares: the Windows encodings of
# Western and of Cyrillic texts, then Japanese and Chinese.  (EUC-KR and Big5 read as GB18030
# without a fault Python's codecs could show: `_east_asian` tells them apart by their characters.)
_FALLBACKS = ("cp1252", "cp1251", "cp932", "gb18030")
_NAMES = {"cp932": "shift_jis (cp932)", "big5hkscs": "Big5 (big5hkscs)", "cp949": "EUC-KR (cp949)"}
_KANA = re.compile("[\u3041-\u30ff]")
_CLEAN = 0.2  # at most this share of the non-ASCII characters odd (`_oddness`) for a reading to stand
_MARGIN = 0.05
_EVIDENCE = 5  # non-ASCII characters a reading needs before it is preferred to cp1252's


def _east_asian(data: bytes) -> tuple[str, str, float] | None:
    """The reading of GB18030, Big5 and EUC-KR (as browsers read them) whose characters are the
    common ones of Chinese or Korean prose, if one clearly is.

    The three share one byte layout, so a Korean or Big5 page decodes under GB18030 without a
    fault, as a run of real but rare characters ('辑匡 矫厘篮' for '서울 시장은'): only what the
    characters are tells them apart.  In real prose a few hundred characters make up most of the
    text; in a wrong reading they are about as rare as any other."""
    readings = []
    for codec in ("gb18030", "big5hkscs", "cp949"):
        reading = _reading(data, codec)
        if reading is not None and _non_ascii(reading[0]) >= _EVIDENCE:
            readings.append((_familiar(reading[0]), reading[0], codec, reading[1]))
    if not readings:
        return None
    readings.sort(key=lambda r: r[0], reverse=True)
    share, text, codec, oddness = readings[0]
    runner_up = readings[1][0] if len(readings) > 1 else 0.0
    if share < _FAMILIAR or share - runner_up < _FAMILIAR_MARGIN or oddness > _CLEAN:
        return None
    return text, codec, oddness


def _familiar(text: str) -> float:
    """The share of a text's CJK characters and Hangul syllables that are among the commonest of
    Chinese (simplified or traditional) or Korean prose (`_COMMON_CJK`)."""
    sample = [c for c in text[:_LOOK] if c >= "\u3000" and c.isalpha()][:_JUDGED]
    return sum(c in _COMMON_CJK for c in sample) / len(sample) if sample else 0.0


# About 600 of the commonest Chinese characters, each in both its simplified and traditional form,
# and 100 of the commonest Hangul syllables.  Right readings of news prose: 0.7 of their characters
# here; a Korean or Chinese text read in the wrong one of the three: under 0.2.
_COMMON_CJK = frozenset(
    "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說"
    "产產种種面而方后多定行学學法所民得经經十三之进進着著等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去"
    "把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反你明看原又么麼利比或但质質气氣第向道"
    "此变變条條只没沒结結解问問意建月公无無系係军軍很情者最立代想已通并並提直题題党黨程展五果员員位入常文总總次品式活设設及管特件长長求老头頭基资資"
    "边邊路级級少山统統接知将將组組见見计計别別她手期根论論运運农農几幾区區强強决決西被做必战戰先回则則任取据據处處队隊南给給光门門即保治北造百规規"
    "领領海口东東导導器志世金增争爭济濟思术術交受联聯什认認共权權收证證改清美再更单單风風打教速带帶安场場身车車例真务務万萬每目至达達走示议議报報完"
    "类類离離华華名确確科张張信马馬节節话話整空元况況今集传傳许許步群广廣记記需段研界林律且究观觀越装裝影算持音众眾书書复復容须須际際商非验驗连連"
    "近千周委技备備办辦省列响響约約支般史感便团團历歷市克何除构構府称稱太准準值号號率维維选選标標写寫存候亲親快效院查型王按格易置派层層片始专專状狀"
    "育京识識适適属屬包调調满滿县縣局照参參红紅引听聽该該价價严嚴警察官舉导記者"
    "이다는의에하고가을지서로기한도를으리사자대어아나인일시정부수해들게적주과비전상보있장국라년원제경은와만요면그우동"
    "관여무계성내마소신것화모세문위회생오중않개할했던발구조연실등공선미결법및까당분금스방재행명간학통음말야"
)
_FAMILIAR = 0.3  # at least this share of common characters for a reading to be chosen by them ...
_FAMILIAR_MARGIN = 0.2  # ... and this much more than any other reading has


def _non_ascii(text: str) -> int:
    return len(text[:_LOOK].encode("utf-8")) - len(text[:_LOOK].encode("ascii", "ignore"))  # (bytes; enough to compare with _EVIDENCE)
# What browsers read a declared charset as (the WHATWG Encoding standard): a page that says
# Latin-1 is read as windows-1252, whose curly quotes Latin-1 has as invisible control characters.
_WEB_CODECS = {"iso8859-1": "cp1252", "ascii": "cp1252", "latin-1": "cp1252", "iso8859-9": "cp1254", "shift_jis": "cp932",
               "gb2312": "gb18030", "gbk": "gb18030", "euc_kr": "cp949", "big5": "big5hkscs", "cp950": "big5hkscs", "tis-620": "cp874", "iso8859-11": "cp874"}


def _web_codec(declared: str) -> str:
    name = codecs.lookup(declared).name
    return _WEB_CODECS.get(name, name)


def _web_table(codec: str) -> str:
    """The 256 characters of a single-byte Windows codec, its undefined bytes (cp1252's 0x81, 0x8d,
    0x8f, 0x90, 0x9d) read as the control characters of the same number, as browsers read them: one
    stray byte no longer makes a whole Western text undecodable, and they count as odd in `_oddness`."""
    return "".join(bytes([b]).decode(codec, errors="replace").replace("\ufffd", chr(b)) for b in range(256))


_WEB_TABLES = {codec: _web_table(codec) for codec in ("cp1252", "cp1254")}


def _reading(data: bytes, codec: str) -> tuple[str, float] | None:
    """The text of `data` under `codec` and how odd it reads, or None if it does not decode."""
    try:
        text = codecs.charmap_decode(data, "strict", _WEB_TABLES[codec])[0] if codec in _WEB_TABLES else data.decode(codec)
    except UnicodeError:
        return None
    return text, _oddness(text)


_LOOK = 200_000  # characters looked at, at most ...
_JUDGED = 2_000  # ... and non-ASCII ones judged: enough to tell, and a 5 MB page costs no more (0.1 s)


def _oddness(text: str) -> float:
    """The share of the non-ASCII characters that a wrong decoding makes and real text seldom has:
    controls, private-use and unassigned code points; half-width katakana (what Western accented
    letters become in Shift JIS); a letter touching a letter of another script ('cafй', 'caf薄s');
    a CJK character alone between non-CJK ones; a capital after a small letter ('‚ÌŒÃ'); a symbol
    glued to another non-ASCII character, bar the marks of Western prose ('‚±': Japanese read as
    cp1252)."""
    odd = seen = 0
    sample = text[:_LOOK]
    last = len(sample) - 1
    for m in _NON_ASCII.finditer(sample):
        i, c = m.start(), m.group()
        if c.isspace():
            continue
        if seen == _JUDGED:
            break
        seen += 1
        category = unicodedata.category(c)
        if category in ("Cc", "Co", "Cn", "Cs") or c in _RARE_IN_PROSE:
            odd += 1
            continue
        before = sample[i - 1] if i else " "
        after = sample[i + 1] if i < last else " "
        if c >= "\u3000":
            script = _script(c)
            if script == "halfwidth" or (before < "\u3000" and after < "\u3000" and not c.isdigit()):
                odd += 1
            elif script and (_script(before) not in (None, script) or _script(after) not in (None, script)):
                odd += 1
        elif category[0] == "L":
            script = _script(c)
            if (_script(before) not in (None, script) or _script(after) not in (None, script) or (c.isupper() and before.islower())
                    or (script == "LATIN" and _accented(before) and _accented(after))):
                odd += 1  # (three accented Latin letters in a row: Cyrillic or Greek read as cp1252, 'ïåðåãîâîðû')
        elif c not in _PROSE_MARKS and (_glued(before) or _glued(after)):
            odd += 1
    return odd / seen if seen else 0.0


_NON_ASCII = re.compile("[^\x00-\x7f]")


def _accented(c: str) -> bool:
    return "\x80" <= c < "\u3000" and c.isalpha()


def _glued(c: str) -> bool:
    return "\x80" <= c < "\u3000" and not c.isspace()


# cp1252's 0x83, 0x88, 0x98, 0x86, 0x87, 0x89, what Shift JIS katakana and kanji become, and cp1251's
# letters at 0x80-0x9f (Serbian and Macedonian, a few in a hundred there; stray bytes elsewhere)
_RARE_IN_PROSE = set("ƒˆ˜†‡‰\ufffdЂЃЉЊЌЋЏђѓљњќћџ")
_PROSE_MARKS = set("“”‘’„«»‹›¿¡—–…•·°§©®™€£¥¢")


def _script(c: str) -> str | None:
    """A letter's script, by the first word of its Unicode name ("LATIN", "CYRILLIC", "CJK" ...);
    None for what is no letter (digits, punctuation, space)."""
    if c < "\x80":
        return "LATIN" if c.isalpha() else None
    if c not in _SCRIPTS:
        _SCRIPTS[c] = _script_of(c)
    return _SCRIPTS[c]


def _script_of(c: str) -> str | None:
    if not unicodedata.category(c).startswith("L"):
        return None
    name = unicodedata.name(c, "")
    if name.startswith("HALFWIDTH KATAKANA"):
        return "halfwidth"
    word = name.split(" ", 1)[0]
    return "CJK" if word in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "FULLWIDTH", "IDEOGRAPHIC", "BOPOMOFO") else word or None


_SCRIPTS: dict[str, str | None] = {}


# Codecs Python knows that are no character set of a web page: a <meta charset> naming one lies
# (base64, rot13, zlib are not even text encodings: bytes.decode raised LookupError, a traceback).
_NOT_CHARSETS = {"undefined", "unicode_escape", "raw_unicode_escape", "idna", "punycode", "utf_7", "palmos", "mbcs", "oem"}


def _is_charset(encoding: str) -> bool:
    """Whether `encoding`, as a file declares it, names a character set to decode text with."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return False
    name = info.name.replace("-", "_")
    # a declaration framing could read as ASCII is not in UTF-16/32 (those come with a BOM, read
    # above): the HTML standard reads such a page as UTF-8; decoded as UTF-16 it was CJK mojibake
    return getattr(info, "_is_text_encoding", True) and name not in _NOT_CHARSETS and not name.startswith(("utf_16", "utf_32"))


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
