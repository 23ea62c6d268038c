"""pdf_line_hyphens: a hyphen at a PDF line's end, the word's own or the line break's.  The fixture
libreoffice-hyphenated.pdf is LibreOffice Writer's own export of seeds/independent-putin-no-show.txt
set justified in a narrow column with automatic hyphenation on (tests/fixtures/pdf/make_office_pdf.py):
15 lines end in a hyphen-minus, 12 of them Writer's cuts ("Eu-|rope's", "ne-|gotiations?") and 3
the text's own ("30-|day" twice, "full-|scale").  Word's automatic hyphen is a hyphen-minus too; the
same file labelled as Word's (its /Producer and /Creator rewritten) is read as Word's would be."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdf
import pytest

from framing.pdf_known_words import known_words
from framing.pdf_line_hyphens import WrittenWords, join_lines, word_processor_words, written_words
from framing.pdf_text import read_pdf
from test_pdf_text import HEADLINE, SEED_PARAGRAPHS, _pdf

FIXTURE = Path(__file__).parent / "fixtures" / "pdf" / "libreoffice-hyphenated.pdf"
WORD = "Microsoft® Word for Microsoft 365"


def _made_by(data: bytes, maker: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(data))
    writer.add_metadata({"/Producer": maker, "/Creator": maker})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_libreoffices_automatic_hyphens_are_mended_and_typed_ones_kept_the_article_as_the_seed_has_it():
    """Writer draws the hyphen of a word it breaks as a text run of its own, apart from the word; a
    typed hyphen is in its word's run.  So every cut is mended and every own hyphen kept."""
    document = read_pdf(FIXTURE.read_bytes())
    paragraphs = document.text.split("\n\n")
    assert (document.headline, paragraphs[:2]) == (HEADLINE, [HEADLINE, "Bel Trew · Wednesday 14 May 2025 19:42 BST"])
    assert paragraphs[2:] == SEED_PARAGRAPHS
    assert "a 30-day unconditional ceasefire" in document.text and "the full-scale invasion" in document.text  # "30-|day", "full-|scale"


@pytest.mark.parametrize("cut, read", [
    ("Eu-|rope’s", "end Europe’s biggest war"),  # "Europe" written elsewhere
    ("ne-|gotiations?", "offers direct negotiations?"),
    ("Is-|tanbul", "meeting in Istanbul in March"),
    ("Rus-|sians", "again, Russians do not"),  # "Russia" written: the whole form's first six letters
    ("any-|thing", "Is there anything stronger"),  # "anything" written
    ("Mos-|cow’s", "called Moscow’s bluff"),  # no evidence, no part written alone: a cut, in an article shown hyphenated
    ("peo-|ple’s", "to few people’s suprise"),
    ("ad-|viser", "presidential adviser Vladimir"),
    ("30-|day", "for a 30-day unconditional"),  # "30-day" written elsewhere: the word's own
    ("full-|scale", "the full-scale invasion"),  # "full" written alone: may be a compound, kept
    # "in" written alone, no other "intention": the words framing ships know "intentional", and "tention" is no word
    ("in-|tention", "not their intention: to be open"),
])
def test_in_a_word_processors_pdf_the_articles_own_words_decide(cut, read):
    text = read_pdf(_made_by(FIXTURE.read_bytes(), WORD)).text
    assert read in text
    assert text.split("\n\n")[2:] == SEED_PARAGRAPHS  # every paragraph as the seed has it (was "in-tention")


@pytest.mark.parametrize("lines, words, joined", [
    (["a 30-", "day truce"], {"30-day", "30", "day"}, "a 30-day truce"),  # hyphenated form written: kept
    (["end Eu-", "rope’s war"], {"europe"}, "end Europe’s war"),  # whole form written: mended
    (["again, Rus-", "sians said"], {"russia"}, "again, Russians said"),  # a word begins with its first 6 letters
    (["the so-", "cial media"], {"social"}, "the social media"),
    (["the ex-", "president said"], {"expressed", "president"}, "the ex-president said"),  # "expres": 6 letters of 11, too few
    (["the cross-", "border raid"], {"crossbow", "border"}, "the cross-border raid"),
    (["direct ne-", "gotiations"], {"negotiate"}, "direct negotiations"),  # "negotiat": 8 of 12
    (["the so-", "called reform"], {"so", "soviet"}, "the so-called reform"),  # "so" written; "socall" begins no word
    (["the full-", "scale war"], {"full"}, "the full-scale war"),  # a part written alone: kept
    (["a 12-", "page plan"], set(), "a 12-page plan"),  # a number: kept
    (["called Mos-", "cow’s bluff"], set(), "called Moscow’s bluff"),  # nothing explains it, and the article is hyphenated
    (["Putin-", "led talks"], {"putin"}, "Putin-led talks"),  # a name written alone: kept
], ids=["hyphenated", "whole", "beginning", "so-cial", "ex-president", "cross-border", "ne-gotiations", "so-called", "part-alone", "number", "cut", "name"])
def test_a_word_processors_line_end_hyphen_minus(lines, words, joined):
    assert join_lines(lines, WrittenWords(frozenset(words), hyphenates=True)) == joined


@pytest.mark.parametrize("lines, joined", [
    (["a cash-", "strapped council"], "a cash-strapped council"),
    (["called Mos-", "cow’s bluff"], "called Mos-cow’s bluff"),  # (a cut, perhaps, but nothing shows the maker hyphenates)
    (["end Eu-", "rope’s war"], "end Europe’s war"),  # the whole word written elsewhere still mends it
])
def test_in_a_document_not_shown_hyphenated_an_unexplained_hyphen_is_the_writers(lines, joined):
    """Word hyphenates only when asked: with no cut in the article proven by its own words, a
    line-end hyphen nothing explains is the one the writer typed."""
    assert join_lines(lines, WrittenWords(frozenset({"europe"}))) == joined


@pytest.mark.parametrize("lines, words, joined", [
    (["not their in-", "tention"], {"in", "not"}, "not their intention"),  # "intentional" known, "tention" no word
    (["an at-", "tempt to"], {"an", "at"}, "an attempt to"),  # "attempt" known as it is
    (["the com-", "panies said"], set(), "the companies said"),
    (["an e-", "mail from"], set(), "an e-mail from"),  # "email" known, but so is "mail": a doubt keeps the hyphen
    (["be-", "cause of it"], {"be"}, "be-cause of it"),  # "cause" a word: kept (a word missed, none made up)
    (["a mega-", "donor gave"], set(), "a mega-donor gave"),  # "megadonor" unknown
    (["a 12-", "ing"], set(), "a 12-ing"),  # a number before the hyphen
    (["the 30-", "day truce"], {"30-day"}, "the 30-day truce"),  # the article's hyphenated form first
], ids=["in-tention", "at-tempt", "com-panies", "e-mail", "be-cause", "mega-donor", "number", "hyphenated-first"])
def test_a_word_framing_knows_mends_a_cut_the_article_cannot_explain(lines, words, joined):
    """Step 3: in a document not shown hyphenated by its own words, a whole form framing knows
    (the shipped model's vocabulary, the lexicons' words) mends the cut when the part after the
    break is no word."""
    assert join_lines(lines, WrittenWords(frozenset(words), known=known_words())) == joined


@pytest.mark.parametrize("lines, joined", [
    (["a mega-", "donor gave"], "a mega-donor gave"),  # "mega", "donor" known, "megadonor" not: a compound's hyphen
    (["the assault-", "style rifles"], "the assault-style rifles"),
    (["a grand-", "jury subpoena"], "a grand-jury subpoena"),
    (["that every-", "thing was"], "that everything was"),  # "everything" known: a cut
    pytest.param(["a cash-", "strapped council"], "a cash-strapped council",  # (the one typed hyphen of the 60 still joined)
                 marks=pytest.mark.xfail(reason="'strapped' is no word framing knows: the typed 'cash-strapped' is joined", strict=True)),
    (["called Mos-", "cow’s bluff"], "called Moscow’s bluff"),  # ("mos" no word known)
], ids=["mega-donor", "assault-style", "grand-jury", "every-thing", "cash-strapped", "Mos-cow"])
def test_in_a_hyphenated_article_two_known_words_whose_whole_is_unknown_keep_their_hyphen(lines, joined):
    """Step 4: in an article shown hyphenated, a cut nothing explains is mended (step 5) unless it
    may be a compound's: both parts words framing knows, of four letters or more, and the whole none."""
    assert join_lines(lines, WrittenWords(frozenset(), hyphenates=True, known=known_words())) == joined


def test_the_words_framing_knows_are_the_models_and_the_lexicons():
    known = known_words()
    assert {"intentional", "issued", "email", "mail", "cause", "because"} <= known  # the model's vocabulary
    assert {"pantomime", "claimed", "allegedly"} <= known  # the lexicons' terms (loaded, reporting verbs, hedges)
    assert {"intention", "tention", "tempt", "megadonor"}.isdisjoint(known)


@pytest.mark.parametrize("lines, hyphenates", [
    (["the start of Eu-", "rope’s war", "and Europe said"], True),  # a cut the article's own "Europe" proves
    (["a cash-", "strapped council", "in Europe"], False),
    (["the nego-", "tiations and nego-", "tiations"], False),  # a cut never vouches for another of the same word
])
def test_an_article_is_shown_hyphenated_by_a_cut_its_own_words_prove(lines, hyphenates):
    assert word_processor_words(lines).hyphenates is hyphenates


@pytest.mark.parametrize("lines, words", [
    (["the start of nego-", "tiations on Monday"], {"the", "start", "of", "on", "monday"}),  # a cut word's pieces are no words
    (["a no-show in", "Istanbul, we’re told"], {"a", "no-show", "no", "show", "in", "istanbul", "we’re", "told"}),
    (["it was revealed -", "to few"], {"it", "was", "revealed", "to", "few"}),  # a dash: no cut
])
def test_the_words_an_article_writes_leave_out_the_pieces_of_a_cut(lines, words):
    assert written_words(lines) == words


def test_a_word_document_typed_without_hyphenation_keeps_its_line_end_hyphens():
    stream = (b"BT /F1 20 Tf 1 0 0 1 72 720 Tm (Council cuts) Tj /F1 11 Tf 1 0 0 1 72 690 Tm (The cash-) Tj "
              b"0 -14 Td (strapped council met the so-) Tj 0 -14 Td (called experts.) Tj ET")
    assert read_pdf(_pdf(stream, producer=WORD)).text == "Council cuts\n\nThe cash-strapped council met the so-called experts."


def test_cli_score_reads_a_libreoffice_pdfs_hyphenated_words_whole(tmp_path):
    """`framing score` on Writer's hyphenated PDF: a teacher's loaded term "posture and pantomime",
    set "pos-|ture" by Writer, is found, and the article's "30-day" keeps its hyphen."""
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nposture and pantomime\tdismissive\t1\t\tteacher\n",
                                                  encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for name, data in (("writer.pdf", FIXTURE.read_bytes()), ("word.pdf", _made_by(FIXTURE.read_bytes(), WORD))):
        (tmp_path / name).write_bytes(data)
        result = CliRunner().invoke(app, ["score", str(tmp_path / name), "--no-model", "--lexicon", str(tmp_path / "mine"), "--out", str(out)])
        assert result.exit_code == 0, result.output
        record = json.loads(out.read_text(encoding="utf-8"))
        assert [(s["text"], s["voice"]) for s in record["spans"] if s["term"] == "posture and pantomime"] == [
            ("posture and pantomime", "author")], name
        assert record["title"] == HEADLINE


def test_cli_score_mends_a_word_processors_cut_only_the_words_framing_knows_explain(tmp_path):
    """`framing score` on the fixture labelled as Word's: "in-|tention", a cut the article's own
    words cannot explain ("in" is written alone, "intention" nowhere else), reads "intention", and a
    teacher's loaded term "no intention" is found in it."""
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\ntheir intention\tdismissive\t1\t\tteacher\n",
                                                  encoding="utf-8")
    (tmp_path / "word.pdf").write_bytes(_made_by(FIXTURE.read_bytes(), WORD))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "word.pdf"), "--no-model", "--lexicon", str(tmp_path / "mine"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["voice"]) for s in record["spans"] if s["term"] == "their intention"] == [("their intention", "quoted")]


@pytest.mark.parametrize("lines, joined", [
    (["what he needed—", "that Bergoglio has"], "what he needed—that Bergoglio has"),  # a closed dash at the line's end stays closed
    (["what he needed", "—that Bergoglio has"], "what he needed—that Bergoglio has"),  # LibreOffice breaks before it
    (["from 2019–", "2020"], "from 2019–2020"),
    (["in years –", "talks that"], "in years – talks that"),  # a spaced dash stays spaced
    (["in years", "– talks that"], "in years – talks that"),
], ids=["em-end", "em-start", "en-range", "spaced-end", "spaced-start"])
def test_a_closed_dash_where_the_line_broke_stays_closed(lines, joined):
    """Writer and browsers break a line at a dash set closed; a space there would be one the writer never typed."""
    assert join_lines(lines, None) == joined


# a Word PDF's page set by hand: a cut its own words prove ("Eu-|rope's", "Europe" written), so it reads
# as hyphenated, and two typed compounds at lines' ends whose parts framing knows and whose whole it does not
MEGA_DONOR = (b"BT /F1 20 Tf 1 0 0 1 72 720 Tm (Donors back the plan) Tj /F1 11 Tf 1 0 0 1 72 690 Tm (At the start of Eu-) Tj "
              b"0 -14 Td (rope's season a mega-) Tj 0 -14 Td (donor gave money to Europe and the grand-) Tj 0 -14 Td (jury met.) Tj ET")


def test_a_word_pdf_keeps_a_typed_compound_whose_parts_framing_knows():
    assert read_pdf(_pdf(MEGA_DONOR, producer=WORD)).text == (
        "Donors back the plan\n\nAt the start of Europe’s season a mega-donor gave money to Europe and the grand-jury met.")


def test_cli_score_finds_a_term_in_a_typed_compound_at_a_word_pdfs_line_end(tmp_path):
    from typer.testing import CliRunner

    from framing.cli import app

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "loaded.tsv").write_text("term\tcategory\tweight\tnote\tsource\nmega-donor\tdismissive\t1\t\tteacher\n",
                                                  encoding="utf-8")
    (tmp_path / "donors.pdf").write_bytes(_pdf(MEGA_DONOR, producer=WORD))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["score", str(tmp_path / "donors.pdf"), "--no-model", "--lexicon", str(tmp_path / "mine"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [(s["text"], s["voice"]) for s in record["spans"] if s["term"] == "mega-donor"] == [("mega-donor", "author")]

