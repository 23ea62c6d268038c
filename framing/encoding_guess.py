"""Guess the encoding of a file that is not UTF-8, by which reading of its bytes looks like prose.

Python's codecs decode most byte strings under most legacy encodings without a fault, so a clean
decode proves little: a Korean page reads under GB18030 as a run of rare Chinese characters.  Each
candidate reading is judged instead by how odd its characters are (`_oddness`: controls, letters of
two scripts glued together, a lone CJK character among Latin ones) and, for the three East Asian
encodings that share one byte layout, by how common its characters are (`_familiar`).  Order of
trust: the charset an HTML page declares, if its bytes read cleanly so; else the cleanest of cp1252,
cp1251, Shift JIS and GB18030; GB18030 against Big5 and EUC-KR by their characters; EUC-JP for a
"GB18030" text with Japanese kana.  Each codec decodes the bytes at most once (`_Readings`).

`text_decoding.decode_bytes` asks here only after a byte-order mark and UTF-8 have failed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

CP1252_WARNING = "decoded as cp1252: not valid UTF-8 (check the characters, or save the file as UTF-8)"


@dataclass(slots=True)
class Guess:
    """The text of a non-UTF-8 file under the encoding judged likeliest, and the warning naming it."""

    text: str
    encoding: str
    warning: str


def guess_encoding(data: bytes, declared: str | None = None) -> Guess | None:
    """The likeliest reading of bytes that are not UTF-8, or None when no encoding reads cleanly.

    A page that says UTF-8 but was saved in Shift JIS (or cp1252, or Latin-1) is common, so the
    declaration (`declared`, an HTML <meta charset>) is believed only where the bytes agree: read
    as declared, it was an error or mojibake."""
    readings = _Readings(data)
    said = _web_codec(declared) if declared and _is_charset(declared) else None
    if said and said != "utf-8":
        reading = readings.get(said)
        if reading is not None and reading[1] <= _CLEAN:
            how = f"{declared}, as the file declares" if said == codecs.lookup(declared).name else \
                  f"{said}, as browsers read the {declared} the file declares"
            return Guess(reading[0], said, f"decoded as {how}: not valid UTF-8")
    best: tuple[str, str, float] | None = None  # (text, codec, oddness)
    for codec in _FALLBACKS:
        reading = readings.get(codec)
        if reading is None or (codec != "cp1252" and _non_ascii(reading[0]) < _EVIDENCE):
            continue  # (two stray bytes read as 'ЃЌ' or '″' are no evidence of Cyrillic or Japanese)
        if best is None or reading[1] + _MARGIN < best[2]:  # a later codec must be clearly cleaner
            best = (reading[0], codec, reading[1])
    if best is None or best[2] > _CLEAN or best[1] == "gb18030":
        best = _east_asian(readings) or best
    if best is None or best[2] > _CLEAN:
        return None
    text, codec, oddness = best
    if codec == "gb18030" and _KANA.search(text):  # kana are Japanese: EUC-JP, whose kana GB18030 shares (its kanji it does not)
        reading = readings.get("euc_jp")
        if reading is not None and reading[1] <= oddness + _MARGIN:
            text, codec = reading[0], "euc_jp"
    if codec == "cp1252" and not said:
        return Guess(text, codec, CP1252_WARNING)
    doubt = f", nor {declared} as the file declares" if said and said != "utf-8" else (", though the file declares it" if said else "")
    return Guess(text, codec, f"decoded as {_NAMES.get(codec, codec)}: not valid UTF-8{doubt} (check the characters, or save the file as UTF-8)")


class _Readings:
    """The readings of one file's bytes, each codec's decoded and judged once: the declared charset,
    the fallbacks and the East Asian comparison ask for some of the same codecs (GB18030 was decoded
    twice, the slowest step on a large Chinese or Korean page)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.done: dict[str, tuple[str, float] | None] = {}

    def get(self, codec: str) -> tuple[str, float] | None:
        """The text under `codec` and how odd it reads (`_oddness`), or None if it does not decode."""
        if codec not in self.done:
            self.done[codec] = _reading(self.data, codec)
        return self.done[codec]


# Tried in this order when a file is not UTF-8 and not what it declares: the Windows encodings of
# Western and of Cyrillic texts, then Japanese and Chinese.  (EUC-KR and Big5 read as GB18030
# without a fault Python's codecs could show: `_east_asian` tells them apart by their characters.)
_FALLBACKS = ("cp1252", "cp1251", "cp932", "gb18030")
_NAMES = {"cp932": "shift_jis (cp932)", "big5hkscs": "Big5 (big5hkscs)", "cp949": "EUC-KR (cp949)"}
_KANA = re.compile("[\u3041-\u30ff]")
_CLEAN = 0.2  # at most this share of the non-ASCII characters odd (`_oddness`) for a reading to stand
_MARGIN = 0.05
_EVIDENCE = 5  # non-ASCII characters a reading needs before it is preferred to cp1252's


def _east_asian(readings: _Readings) -> tuple[str, str, float] | None:
    """The reading of GB18030, Big5 and EUC-KR (as browsers read them) whose characters are the
    common ones of Chinese or Korean prose, if one clearly is.

    The three share one byte layout, so a Korean or Big5 page decodes under GB18030 without a
    fault, as a run of real but rare characters ('辑匡 矫厘篮' for '서울 시장은'): only what the
    characters are tells them apart.  In real prose a few hundred characters make up most of the
    text; in a wrong reading they are about as rare as any other."""
    judged = []
    for codec in ("gb18030", "big5hkscs", "cp949"):
        reading = readings.get(codec)
        if reading is not None and _non_ascii(reading[0]) >= _EVIDENCE:
            judged.append((_familiar(reading[0]), reading[0], codec, reading[1]))
    if not judged:
        return None
    judged.sort(key=lambda r: r[0], reverse=True)
    share, text, codec, oddness = judged[0]
    runner_up = judged[1][0] if len(judged) > 1 else 0.0
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
