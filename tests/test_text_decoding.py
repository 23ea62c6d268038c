"""framing.text_decoding: which encoding a file is read in, and the warning that says so.

Order: a byte-order mark; valid UTF-8; the declared <meta charset> if the bytes read cleanly under
it; else the cleanest of cp1252, cp1251, Shift JIS and GB18030, and of GB18030, Big5 and EUC-KR the
one whose characters are common ones (GB18030 reads the other two without a fault).  A page that says UTF-8 but is
Shift JIS was an "undecodable" error; one that says Latin-1 read its curly quotes as invisible
control characters (the quotes then found no quotation)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import framing
from framing.cli import app
from framing.models import IngestError
from framing.text_decoding import NotText, decode_bytes

runner = CliRunner()
JA = "東京都の小池知事は14日、記者会見で「新しい計画は茶番だった」と述べた。野党は批判している。"
ZH = "外交部发言人在例行记者会上表示，“这个计划是一场闹剧”。反对派批评称这是政治作秀。"
TW = "外交部發言人在例行記者會上表示，「這個計畫是一場鬧劇」。反對派批評稱這是政治作秀。"
KO = "외교부 대변인은 정례 브리핑에서 “이 계획은 한 편의 촌극”이라고 말했다. 야당은 이를 정치적 쇼라고 비판했다."
RU = "Путин заявил, что «переговоры провалились». Встреча перенесена на следующую неделю."
FR = "L’été dernier, le maire a déclaré : « C’est une farce ». Naïve, l’opposition s’est réjouie."
EN = "The plan was “a farce,” the mayor’s critics said — naïve, they added."


def guess(codec: str, doubt: str = "") -> str:
    return f"decoded as {codec}: not valid UTF-8{doubt} (check the characters, or save the file as UTF-8)"


DECODINGS = [
    # (what, text, saved in, declared charset, codec read, warning)
    ("Shift JIS saying UTF-8", JA, "shift_jis", "utf-8", "cp932", guess("shift_jis (cp932)", ", though the file declares it")),
    ("Shift JIS saying nothing", JA, "shift_jis", None, "cp932", guess("shift_jis (cp932)")),
    ("Shift JIS saying so", JA, "shift_jis", "Shift_JIS", "cp932", "decoded as cp932, as browsers read the Shift_JIS the file declares: not valid UTF-8"),
    ("EUC-JP saying nothing (kana: not Chinese)", JA, "euc_jp", None, "euc_jp", guess("euc_jp")),
    ("GB2312 saying UTF-8", ZH, "gb2312", "utf-8", "gb18030", guess("gb18030", ", though the file declares it")),
    ("GB2312 saying nothing", ZH, "gb2312", None, "gb18030", guess("gb18030")),
    ("Big5 saying nothing (GB18030 read it as rare characters)", TW, "big5", None, "big5hkscs", guess("Big5 (big5hkscs)")),
    ("Big5 saying UTF-8", TW, "big5", "utf-8", "big5hkscs", guess("Big5 (big5hkscs)", ", though the file declares it")),
    ("Big5 saying so", TW, "big5", "big5", "big5hkscs", "decoded as big5hkscs, as browsers read the big5 the file declares: not valid UTF-8"),
    ("EUC-KR saying nothing (GB18030 read it as rare characters)", KO, "euc_kr", None, "cp949", guess("EUC-KR (cp949)")),
    ("EUC-KR saying UTF-8", KO, "euc_kr", "utf-8", "cp949", guess("EUC-KR (cp949)", ", though the file declares it")),
    ("cp1251 saying nothing", RU, "cp1251", None, "cp1251", guess("cp1251")),
    ("cp1251 saying so", RU, "cp1251", "windows-1251", "cp1251", "decoded as windows-1251, as the file declares: not valid UTF-8"),
    ("cp1252 saying UTF-8", FR, "cp1252", "utf-8", "cp1252", guess("cp1252", ", though the file declares it")),
    ("cp1252 saying nothing", FR, "cp1252", None, "cp1252", guess("cp1252")),
    ("cp1252 saying Latin-1 (curly quotes)", EN, "cp1252", "iso-8859-1", "cp1252",
     "decoded as cp1252, as browsers read the iso-8859-1 the file declares: not valid UTF-8"),
    ("cp1252 saying windows-1251 (a lie the bytes show)", FR, "cp1252", "windows-1251", "cp1252", guess("cp1252", ", nor windows-1251 as the file declares")),
    ("cp1252 saying Shift_JIS (a lie the bytes show)", FR, "cp1252", "shift_jis", "cp1252", guess("cp1252", ", nor shift_jis as the file declares")),
    ("UTF-8 saying Shift_JIS", JA, "utf-8", "shift_jis", "utf-8", None),
]


@pytest.mark.parametrize("what, text, saved, declared, codec, warning", DECODINGS, ids=[d[0] for d in DECODINGS])
def test_the_encoding_read_and_the_warning_naming_it(what, text, saved, declared, codec, warning):
    decoded = decode_bytes(text.encode(saved), declared=declared)
    assert (decoded.text, decoded.encoding, decoded.warnings) == (text, codec, [warning] if warning else [])


def test_a_stray_byte_cp1252_lacks_no_longer_loses_a_western_text():
    # 0x81 is no character in cp1252: the whole file was "undecodable"; browsers read it as U+0081
    decoded = decode_bytes(b"Bad \x81 byte, \x93quoted\x94 caf\xe9 na\xefve \xe9t\xe9")
    assert (decoded.text, decoded.encoding) == ("Bad \x81 byte, “quoted” café naïve été", "cp1252")


@pytest.mark.parametrize("data", [b"Headline\n\nBad bytes \x81\x8d here\n", b"\x81\x8d\x8f\x90\x9d" * 3])
def test_bytes_no_encoding_reads_cleanly_are_undecodable(data):
    # (read as cp1251 'ЃЌ' or Shift JIS '″', two bytes are no evidence: it stays an error)
    with pytest.raises(NotText, match=r"^undecodable: neither UTF-8 nor cp1252 \(byte 0x81 at offset \d+\), nor cp1251, Shift JIS, "
                                      r"GB18030, Big5 or EUC-KR; find the file's encoding and re-save it as UTF-8$"):
        decode_bytes(data)


def _page(charset: str, body: str) -> str:
    return f'<html><head><meta charset="{charset}"><title>T</title></head><body><h1>Talks</h1><p>{body}</p></body></html>'


def test_a_shift_jis_page_that_says_utf8_through_analyze_corpus_and_the_cli(tmp_path):
    page = tmp_path / "tokyo.html"
    page.write_bytes(_page("utf-8", JA).encode("shift_jis"))
    [analysis] = list(framing.analyze_corpus([page]))
    assert not isinstance(analysis, IngestError), analysis
    assert analysis.article.text == f"Talks\n\n{JA}"
    assert analysis.article.warnings == [guess("shift_jis (cp932)", ", though the file declares it")]
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(page), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["warnings"] == [guess("shift_jis (cp932)", ", though the file declares it")]
    assert "1 article with input warnings" in result.stderr and "the first: tokyo: decoded as shift_jis (cp932)" in result.stderr


def test_a_latin1_page_keeps_its_curly_quotes_and_so_its_quotation(tmp_path):
    page = tmp_path / "mayor.html"
    page.write_bytes(_page("iso-8859-1", "\x93The plan is a farce,\x94 the mayor said.").encode("latin-1"))
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(page), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    farce = [s for s in record["spans"] if s["text"] == "farce"]
    assert farce and farce[0]["voice"] == "quoted" and farce[0]["speaker"] == "mayor"  # was the outlet's: U+0093 is no quote mark


def test_a_korean_text_saved_in_euc_kr_is_read_as_korean_from_the_cli(tmp_path):
    # GB18030 decodes EUC-KR bytes without a fault, '외교부 대변인은' as '寇背何 措函牢篮':
    # the text was scored as Chinese gibberish with a warning naming the wrong encoding
    story = tmp_path / "seoul.txt"
    story.write_bytes(f"Seoul briefing\n\n{KO}\n".encode("euc_kr"))
    out = tmp_path / "scores.jsonl"
    result = runner.invoke(app, ["score", str(story), "--no-model", "--out", str(out)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["warnings"] == [guess("EUC-KR (cp949)")]
    assert "the first: seoul: decoded as EUC-KR (cp949)" in result.stderr
    [analysis] = list(framing.analyze_corpus([story]))
    assert analysis.article.text == f"Seoul briefing\n\n{KO}\n"
