"""framing/report_language.py: which articles a report says do not look English."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.report_language import language_note, looks_english

SPANISH = ("El ministro dijo el viernes que las conversaciones de paz en Estambul fueron una farsa y que Rusia no tiene "
           "ninguna intención de negociar. \"Es un circo\", dijo Lavrov a los periodistas. Las delegaciones se reunieron "
           "durante dos horas en el palacio, y los diplomáticos europeos dijeron que el resultado era previsible.")
GERMAN = ("Der Minister sagte am Freitag, die Friedensgespräche in Istanbul seien eine Farce gewesen und Russland habe keine "
          "Absicht zu verhandeln. Die Delegationen trafen sich zwei Stunden lang im Palast, und europäische Diplomaten "
          "sagten, das Ergebnis sei vorhersehbar gewesen, was niemanden überraschte.")
ENGLISH = ("The minister said on Friday that the peace talks in Istanbul were a farce and that Russia had no intention "
           "of negotiating. The delegations met for two hours at the palace, and European diplomats said the outcome was "
           "predictable, which surprised nobody.")
CHINESE = "俄罗斯和乌克兰代表团周五在伊斯坦布尔会面。土耳其外交部说，双方同意再次会面。"
RUSSIAN = "Делегации России и Украины встретились в пятницу в Стамбуле. Министр сказал, что переговоры были фарсом."


@pytest.mark.parametrize("text, english", [
    (ENGLISH, True),
    (SPANISH, False),
    (GERMAN, False),
    (CHINESE, False),
    (RUSSIAN, False),
    ("Cumbre en Estambul", True),  # too short to tell: not named
    ("Erdoğan’s gamble: " + ENGLISH, True),  # accents in an English text are Latin letters
])
def test_looks_english(text, english):
    assert looks_english(text) is english


def test_language_note_names_the_articles():
    assert language_note([]) is None
    assert language_note(["el-pais"]) == ("1 article does not look English (el-pais). framing's lexicons and rules are English, "
                                          "so few or no findings there means nothing about how the article is written; compare articles in English.")
    assert language_note([f"a{i}" for i in range(12)]).startswith("12 articles do not look English (a0, a1, a2, a3, a4, a5, a6, a7, a8, a9 and 2 more).")


def test_a_report_says_which_articles_are_not_english(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "el-pais.txt").write_text("Cumbre en Estambul\n\n" + SPANISH + "\n", encoding="utf-8")
    (news / "wire.txt").write_text("Talks in Istanbul\n\n" + ENGLISH + "\n", encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", str(news), "--out", str(out), "--no-model"])
    assert result.exit_code == 0, result.output
    assert "1 article does not look English (el-pais)." in " ".join(result.output.split())  # the terminal says it too
    page = out.read_text(encoding="utf-8")
    notes = re.findall(r'<p class="note">(.*?)</p>', page)
    assert notes[0].startswith("1 article does not look English (el-pais). framing&#39;s lexicons and rules are English")
