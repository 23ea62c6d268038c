"""framing.encoding_guess: each codec decodes a non-UTF-8 file's bytes at most once.

The declared charset, the fallbacks (cp1252, cp1251, Shift JIS, GB18030) and the East Asian
comparison (GB18030, Big5, EUC-KR) ask for some of the same codecs; GB18030 was decoded and judged
twice, the slowest step on a large Chinese or Korean page.  The answers themselves are tabled in
tests/test_text_decoding.py."""

from __future__ import annotations

from collections import Counter

import pytest

from framing import encoding_guess
from framing.encoding_guess import guess_encoding

TW = "外交部發言人在例行記者會上表示，「這個計畫是一場鬧劇」。反對派批評稱這是政治作秀。"
KO = "외교부 대변인은 정례 브리핑에서 “이 계획은 한 편의 촌극”이라고 말했다. 야당은 이를 정치적 쇼라고 비판했다."
ZH = "外交部发言人在例行记者会上表示，“这个计划是一场闹剧”。反对派批评称这是政治作秀。"
JA = "東京都の小池知事は14日、記者会見で「新しい計画は茶番だった」と述べた。野党は批判している。"

GUESSES = [
    # (text, saved in, declared, encoding guessed)
    (TW, "big5", None, "big5hkscs"),
    (KO, "euc_kr", None, "cp949"),
    (ZH, "gb2312", None, "gb18030"),
    (ZH, "gb2312", "gbk", "gb18030"),
    (JA, "euc_jp", None, "euc_jp"),
    (JA, "shift_jis", "utf-8", "cp932"),
]


@pytest.mark.parametrize("text, saved, declared, encoding", GUESSES, ids=[f"{g[1]} saying {g[2]}" for g in GUESSES])
def test_each_codec_decodes_the_bytes_once(monkeypatch, text, saved, declared, encoding):
    decoded = Counter()
    reading = encoding_guess._reading

    def counted(data, codec):
        decoded[codec] += 1
        return reading(data, codec)

    monkeypatch.setattr(encoding_guess, "_reading", counted)
    guess = guess_encoding(text.encode(saved), declared)
    assert (guess.text, guess.encoding) == (text, encoding)
    assert decoded and max(decoded.values()) == 1, decoded


def test_bytes_no_codec_reads_cleanly_have_no_guess():
    assert guess_encoding(b"\x81\x8d\x8f\x90\x9d" * 3) is None
