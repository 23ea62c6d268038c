"""The senses of "call" that put no label on anyone: a telephone call ("Clinton called Sanders
shortly after the winner was declared"), a call into a programme ("called into Bill O'Reilly's
program"), "called to mind", and a race called ("Texas was called for Ted Cruz", "after Arizona
was called,").

Apart from `framing.cue_senses`, which asks them with the other verbs' senses before any pattern
runs, because "call" has more of them than any other reporting verb, each read from what follows
the verb; "called him a liar", "called the notion a hoax" and "has been called \"strategic
ambiguity\"" stay labels.
"""

from __future__ import annotations

from framing import article_text
from framing.name_words import CALENDAR_WORDS
from framing.pronoun_clauses import BE

# What may follow the one called on the telephone (`called Sanders shortly after`, `called her to
# get together`, `called Mr. Obama.`), where a label would ("called him a liar").
_AFTER_PHONED = frozenset("to after shortly earlier later last this yesterday today tonight".split())
_PHONED_PRONOUNS = frozenset("him her them me us".split())


def phoned_or_evoked(art: article_text.ArticleText, cue: article_text.Cue, after: str, s_end: int) -> bool:
    """"called" without a label: a telephone call ("Clinton called Sanders shortly after the
    winner was declared", "called her to get together again", "Mr. Obama called Naghmeh
    Abedini."), a call into a programme ("called into Bill O'Reilly's program", "called in to a
    town hall") or "called to mind" (evoked).  The one called is a pronoun or a capitalised name;
    then the sentence ends, or a time or an infinitive of purpose follows, not the label ("called
    him a liar", "called Haley 'very weak'").  "called into question", "calling into doubt", a
    passive ("is called No Respite") and "calling Yahoo News to ask" stay cues."""
    tokens, text = art.tokens, art.text
    k = cue.last + 1
    if after in ("into", "in"):
        return k + 1 < len(tokens) and tokens[k + 1].norm not in ("question", "doubt")
    if after == "to":
        return k + 1 < len(tokens) and tokens[k + 1].norm == "mind"
    if k >= len(tokens) or tokens[k].start >= s_end or not art.clean(cue.last) or tokens[cue.first].norm != "called":
        return False
    if after in _PHONED_PRONOUNS:
        k += 1
    else:
        run = k
        while (k < len(tokens) and tokens[k].start < s_end and text[tokens[k].start].isupper()
               and tokens[k].norm not in CALENDAR_WORDS and k - run < 4):
            if k > run and not art.clean(k - 1):
                break
            k += 1
        if k == run:
            return False  # (a lower-case object: "called the notion a hoax")
    if k >= len(tokens) or tokens[k].start >= s_end:
        return text[tokens[k - 1].end : tokens[k - 1].end + 1] == "."  # `Mr. Obama called Naghmeh Abedini.`
    if text[tokens[k - 1].end : tokens[k].start].strip():
        return False  # (a comma or a quotation mark before the label)
    nxt = tokens[k].norm
    if nxt == "to":
        return k + 1 < len(tokens) and text[tokens[k + 1].start].islower() and tokens[k + 1].norm not in BE
    return nxt in _AFTER_PHONED or nxt in CALENDAR_WORDS


def race_called(art: article_text.ArticleText, cue: article_text.Cue, after: str) -> bool:
    """"Texas was called for Ted Cruz", "after Arizona was called, ...", "states are called
    alphabetically": a race declared won or a roll read out, no label put on anyone (PolNeAR
    train/dev mark none).  A passive "called" with a capitalised name after "for" (not a day:
    "was called for Tuesday"), or with nothing after it but punctuation or one -ly adverb (not
    a quotation: `has been called "strategic ambiguity"`; not a name given: `as the bill is
    called,`)."""
    tokens, text = art.tokens, art.text
    if cue.first == 0 or tokens[cue.first - 1].norm not in BE or not art.clean(cue.first - 1):
        return False
    k = cue.first + 1  # (the cue may be "called for", a row of its own)
    if k < len(tokens) and tokens[k].norm == "for" and art.clean(cue.first):
        return (k + 1 < len(tokens) and art.clean(k) and text[tokens[k + 1].start].isupper()
                and tokens[k + 1].norm not in CALENDAR_WORDS)
    if cue.last != cue.first:
        return False
    if any(tokens[j].norm in ("as", "what") for j in range(max(0, cue.first - 5), cue.first - 1)):
        return False  # (`as the bill is called,`, `what is called`: a name given)
    if after.endswith("ly") and after.isalpha() and k < len(tokens):
        k += 1  # ("called alphabetically")
    return k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start].lstrip()[:1] in tuple(",.;:!?)")
