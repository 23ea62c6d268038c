"""rtf_text: the text of a rich-text article as TextEdit, WordPad and Word save one (their headers
mimicked byte for byte in kind: TextEdit's \\cocoartf lines, WordPad's Riched20 generator, Word's
style sheet, \\info, theme data and pictures), and rows of the control words on their own."""

from __future__ import annotations

import pytest

from framing.office_text import UnreadableDocument
from framing.rtf_text import read_rtf

# TextEdit (macOS): \uc0 before each \uN, "\" at a line's end for a paragraph
TEXTEDIT = rb"""{\rtf1\ansi\ansicpg1252\cocoartf2761
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\tx1700\tx2267\tx2834\tx3401\tx3968\tx4535\tx5102\tx5669\tx6236\tx6803\pardirnatural\partightenfactor0

\f1\b\fs36 \cf0 Minister slams \uc0\u8220 reckless\u8221  dam plan\
\pard\tx566\tx1133\pardirnatural\partightenfactor0

\f0\b0\fs24 \cf0 \
Lavrov dismissed the plan as \uc0\u8220 pathetic\u8221  on Monday, and said it was a so-called reform.\
The caf\'e9 owner said: \uc0\u8216 It is a farce.\u8217 }"""

# WordPad (Windows): \uc1, \'hh bytes of cp1252, \par
WORDPAD = rb"""{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1 
\pard\sa200\sl276\slmult1\f0\fs22\lang9 Dam plan \ldblquote fails\rdblquote\par
The mayor said the plan was \'93a farce\'94 \endash  and \u8220?unfixable\u8221?.\par
}
"""

# Word: a style sheet, document properties, a theme, a picture, a footnote, a field, hidden text, a table
WORD = rb"""{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\stshfdbch31505\stshfloch31506\deflang2057\deflangfe2057
{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f40\fbidi \fswiss\fcharset204\fprq2 Arial Cyr;}}
{\colortbl;\red0\green0\blue0;\red0\green0\blue255;}
{\*\defchp \fs22\loch\af31506\hich\af31506\dbch\af31505 }
{\stylesheet{\ql \li0\ri0\sa160\sl259\slmult1 \fs22\lang2057 \snext0 \sqformat \spriority0 Normal;}
{\s1\ql \li0\ri0\sb240 \b\fs40 \sbasedon0 \snext0 \slink15 \sqformat heading 1;}}
{\*\rsidtbl \rsid1317365\rsid5120531}
{\info{\title Dam lesson}{\author Ann Teacher}{\operator Ann Teacher}{\creatim\yr2026\mo11\dy20\hr9\min12}{\revtim\yr2026\mo11\dy23\hr10\min4}
{\version2}{\edmins3}{\nofpages1}{\nofwords80}{\nofchars460}{\vern93}}
{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}
\paperw11906\paperh16838\margl1440\margr1440\margt1440\margb1440\gutter0\ltrsect
{\header \pard\plain \s15\ql \fs22 {\rtlch \ltrch\insrsid5120531 The Daily Example \endash  page }\par}
\pard\plain \ltrpar\s1\ql \li0\ri0\sb240\outlinelvl0 \b\fs40\lang2057 {\rtlch\fcs1 \ltrch\fcs0 \insrsid5120531 Minister slams \u8220\'93reckless\u8221\'94 dam plan}
{\rtlch\fcs1 \ltrch\fcs0 \insrsid1317365 \par }\pard\plain \ltrpar\ql \li0\ri0\sa160\sl259\slmult1 \fs22\lang2057 {\insrsid5120531 Lavrov dismissed the plan as }
{\*\bkmkstart _Hlk1}{\insrsid5120531 \'93pathetic\'94}{\*\bkmkend _Hlk1}{\cs16\super\chftn {\footnote \pard\plain \s17\ql \fs20 {\cs16\super\chftn }{ A note the article does not hold.}}}
{\insrsid5120531  on Monday, }{\v hidden comment }{\insrsid5120531 officials said (}{\field{\*\fldinst {\insrsid5120531  HYPERLINK "https://example.org/" }}
{\fldrslt {\cs17\ul\cf2\insrsid5120531 source}}}{\insrsid5120531 ).\par }
{\*\shppict{\pict{\*\picprop}\picscalex100\picscaley100\pngblip 89504e470d0a1a0a0000000d49484452}}{\nonshppict{\pict\wmetafile8 0100090000}}
\trowd \irow0\irowband0\ltrrow\ts11\trgaph108\trleft-108 \cellx4513\cellx9026\pard\plain \intbl {\insrsid5120531 Cost\cell \'a32bn\cell }
\pard\plain \intbl {\insrsid5120531 \trowd \irow0\irowband0\cellx4513\cellx9026\row }
\pard\plain {\f40\insrsid5120531 \'cf\'f0\'e8\'e2\'e5\'f2, }{\insrsid5120531 \u-10179\'3f\u-8704\'3f and done.}{\insrsid5120531 \par }
{\*\themedata 504b030414000600080000002100e9de0fbfff0000001c020000130000005b436f6e74656e745f54797065735d2e786d6cac91cb4ec3301045f7}
{\*\latentstyles\lsdstimax376\lsdlockeddef0{\lsdlockedexcept \lsdqformat1 \lsdpriority0 Normal;}}}
"""


@pytest.mark.parametrize("data, text, headline, styled, metadata", [
    (TEXTEDIT, "Minister slams “reckless” dam plan\n\nLavrov dismissed the plan as “pathetic” on Monday, and said it was a so-called "
               "reform.\n\nThe café owner said: ‘It is a farce.’", "Minister slams “reckless” dam plan", True, {}),
    (WORDPAD, "Dam plan “fails”\n\nThe mayor said the plan was “a farce” – and “unfixable”.", "Dam plan “fails”", False, {}),
    (WORD, "Minister slams “reckless” dam plan\n\nLavrov dismissed the plan as “pathetic” on Monday, officials said (source)."
           "\n\nCost\n\n£2bn\n\nПривет, 😀 and done.", "Minister slams “reckless” dam plan", True,
     {"document_title": "Dam lesson", "author": "Ann Teacher", "document_created": "2026-11-20T09:12:00"}),
], ids=["textedit", "wordpad", "word"])
def test_rtf_as_textedit_wordpad_and_word_save_it(data, text, headline, styled, metadata):
    document = read_rtf(data)
    assert (document.text, document.headline, document.styled_headline, document.metadata) == (text, headline, styled, metadata)


def _body(rtf: bytes) -> str:
    return read_rtf(rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Calibri;}{\f1\fnil\fcharset238 Arial CE;}}" + rtf + b"}").text


@pytest.mark.parametrize("rtf, text", [
    (rb"One\par Two", "One\n\nTwo"),
    (rb"One\line two\tab three", "One\ntwo\tthree"),
    (rb"A \{brace\} and a \\ backslash", "A {brace} and a \\ backslash"),
    (rb"non\~breaking, opt\-ional, non\_breaking", "non\u00a0breaking, optional, non-breaking"),
    (rb"\uc2\u8212\'97\'97 dash", "— dash"),  # two fallback bytes skipped after \uN
    (rb"{\uc0\u8220 quote\u8221} then\u8230?", "“quote” then…"),  # \uc0 in a group; \uc1 again after it
    (rb"caf\'e9 {\f1 Dvo\'f8\'e1k}", "café Dvořák"),  # a Central European font's bytes in cp1250
    (rb"{\*\generator x}{\*\unknownthing hidden}kept", "kept"),
    (b"{\\pict\\bin4 \x00}{\\}after", "after"),  # \bin's raw bytes (braces and a backslash among them) skipped whole
    (rb"shown{\v hidden}{\v0 shown again}", "shownshown again"),
    (rb"One\par\par\par  \par Two", "One\n\nTwo"),  # empty paragraphs left out
], ids=["par", "line-tab", "escapes", "symbols", "uc2", "uc0-group", "fcharset", "ignorable", "bin", "hidden", "empty-paragraphs"])
def test_control_words_as_text(rtf, text):
    assert _body(rtf) == text


@pytest.mark.parametrize("data, message", [
    (b"Dam fails\n\nIt failed.", "not a rich-text document (an RTF file starts with '{\\rtf', and this one does not); if it is an article, "
                                 "open it in Word, WordPad or TextEdit and save it again as rich text (.rtf), or save it as plain text "
                                 "(.txt, the headline on the first line)"),
    (rb"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\shppict{\pict\pngblip 89504e47}}\par}",
     "a rich-text document with no text in it (pictures alone are not read): nothing to analyse; fill it in or leave it out"),
], ids=["not-rtf", "no-text"])
def test_a_file_that_cannot_be_read_says_what_to_do(data, message):
    with pytest.raises(UnreadableDocument) as raised:
        read_rtf(data)
    assert str(raised.value) == message


def test_a_file_cut_short_keeps_the_text_before_the_cut():
    cut = WORDPAD[: WORDPAD.index(rb"\endash") + 12]
    assert read_rtf(cut).text == "Dam plan “fails”\n\nThe mayor said the plan was “a farce” – and"


def test_a_damaged_file_is_read_or_refused_in_one_line_never_a_traceback():
    """Bytes flipped or the file cut short: an unbalanced brace, a \\bin of a negative length, a \\u
    past Unicode's end are read as far as they go, or refused in one line."""
    import random

    rng = random.Random(3)
    outcomes = set()
    for base in (TEXTEDIT, WORD, WORDPAD):
        for _ in range(300):
            damaged = bytearray(base)
            for _ in range(rng.randrange(1, 20)):
                damaged[rng.randrange(len(damaged))] = rng.choice(b"{}\\0123456789-'uc abz\x00\xff")
            if rng.random() < 0.3:
                del damaged[rng.randrange(len(damaged)):]
            try:
                read_rtf(bytes(damaged))
                outcomes.add("read")
            except UnreadableDocument as e:
                assert "\n" not in str(e)
                outcomes.add("refused")
    assert outcomes == {"read", "refused"}


def test_the_info_title_is_decoded_in_the_documents_code_page():
    document = read_rtf(rb"{\rtf1\ansi\ansicpg1251{\info{\title \'cf\'f3\'f2\'e8\'ed talks \u8212?live}{\author Ann}}\fs22 Body\par}")
    assert (document.metadata, document.text) == ({"document_title": "Путин talks —live", "author": "Ann"}, "Body")
