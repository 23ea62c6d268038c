"""Speaker labels of an interview transcript (`TAPPER: ...`), as attributions, and who they name.

Articles print part of a broadcast interview as a transcript: each turn opens its paragraph with
the speaker's name in capitals and a colon.  Each label is an attribution (cue the colon, source
the label, content the turn: `framing.transcript_turns` says how far a turn runs).  An article
needs at least `MIN_TURNS` labels to be read as a transcript, since one capitalised word before a
colon is as likely a kicker (`EXCLUSIVE:`) as a speaker; a lone label keeps its line as content
and its speaker as the attribution stage reads the words.

In a transcript a label names its speaker the way the article does elsewhere: `TRUMP` is "Donald
Trump" where the article names him so (`PersonMemory.full_name_for`, the look-up every other
speaker goes through), `TAPPER` is the "Jake Tapper" of an earlier `JAKE TAPPER:` label, and a
label the article gives no fuller form of is written in title case ("Wallace", "McConnell",
"O'Rourke", "Bill de Blasio"; a "Mac" prefix is left as "Mac...": "Mack" and "Mace" are names too).
Broadcast transcripts introduce a guest once with party tag and role (`SEN. TED CRUZ (R-TX),
PRESIDENTIAL CANDIDATE:`): the tag, the role after the comma and the title are no part of the
name ("Ted Cruz").  A label for someone the transcript does not identify (`UNIDENTIFIED MALE:`,
`UNKNOWN:`, `QUESTION:` at a briefing) is `anonymous`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from framing import article_text, genders, phrases_after_cue, transcript_turns
from framing.mark_cues import KICKER_WORDS
from framing.models import Attribution, Range
from framing.name_words import GENDERED_TITLES, NAME_PARTICLES, PERSON_TITLES, capitalised, strip_titles
from framing.person_memory import PersonMemory

# An article needs this many labelled paragraphs before they are read as a transcript's turns.
MIN_TURNS = 2
# A speaker label at the start of a paragraph: `"WALLACE: Let's start ...`, `JAKE TAPPER: ...`,
# `SEN. TED CRUZ (R-TX), PRESIDENTIAL CANDIDATE: ...` (name, bracketed tag, role after a comma).
# Three words at most before the tag: with four, `STAT OF THE WEEK:` (PolNeAR train) reads as a speaker.
LABEL_RE = capitalised(
    r"^[\"“]?((?:[A-Z][A-Z.’'-]+ ){0,2}[A-Z][A-Z.’'-]{2,}(?: \([^()\n]{1,30}\))?(?:, [A-Z][A-Z.’' -]{1,40})?):[ ]+(?=\S)",
    re.MULTILINE,
)
# A label in title case, as HuffPost prints a panel (`Chris Matthews: ...`, then `Matthews: ...`):
# one to three capitalised words, not all in capitals (LABEL_RE reads those).
TITLE_LABEL_RE = capitalised(r"^[\"“]?((?:[A-Z][\w.’'-]* ){0,2}[A-Z][\w’'-]*[a-z][\w’'-]*):[ ]+(?=\S)", re.MULTILINE)
# Title-case labels are read only in a layout that is clearly a transcript: this many turns, by at
# least two speakers, one of them labelled again, most turns reading as talk.  One such line is as
# likely a heading (`Update: ...`, `Sanders: Win in a walk.`, `Hillary Clinton: 1,769.`).
MIN_TITLE_TURNS = 3
# Words a title-case turn needs on its label's line: `Clinton: 547.` is a table's row.
_MIN_TURN_WORDS = 3
# The longest label looked for, from its line's start to its colon.
_LONGEST_LABEL = 90
# Words of a label that say the speaker is not identified (`UNIDENTIFIED MALE`, `UNKNOWN`).
_UNIDENTIFIED_WORDS = frozenset("unidentified unknown unnamed unidentifiable".split())
# Whole labels that name no one: the person asking at a briefing, a voice from the room.
_UNNAMED_LABELS = frozenset(("question", "reporter", "male", "female", "man", "woman", "voice", "audience member"))
_ROMAN_NUMERALS = frozenset("ii iii iv".split())
_TAG_RE = re.compile(r"\s*\([^()]*\)")


def with_labels(art: article_text.ArticleText, found: list[Attribution]) -> tuple[list[Attribution], list[Attribution]]:
    """`found` plus an attribution for each speaker label whose colon no earlier cue took, in text
    order; and the labels that open a transcript turn (none unless the article is a transcript).
    In a transcript every label is named as a transcript names its speakers, also a label before a
    quotation (`MACRON: "We are shocked."`, an attribution `mark_cues` made)."""
    text = art.text
    label_like, matches = _transcript_labels(text, art.speakers)
    if not matches:
        return found, []
    by_colon = {a.cue.start: a for a in found}
    transcript = len(matches) >= MIN_TURNS
    names = _label_names([m.group(1) for m in matches], art.speakers) if transcript else {}
    ranges = {}
    if transcript:
        starts = [m.start() for m in matches]
        ranges = transcript_turns.turn_ends(text, starts, {m.start() for m in label_like}, _participants(names.values()))
    labels: list[Attribution] = []
    for m in matches:
        colon = m.end(1)
        named = names.get(m.group(1))
        if colon in by_colon:  # `MACRON: "We are shocked."`: its colon introduces a quotation
            if named is not None:
                by_colon[colon].speaker, by_colon[colon].anonymous = named
            continue
        line_end = text.find("\n", m.end())
        end = phrases_after_cue.trim_end(text, m.end(), ranges.get(m.start(), len(text) if line_end < 0 else line_end))
        src = _token_span(art, m.start(1), m.end(1))
        if end <= m.end() or src is None:
            continue
        source = Range(art.tokens[src[0]].start, art.tokens[src[1]].end)
        if named is None:
            speaker, anonymous = art.speakers.name_of(list(art.tokens[src[0] : src[1] + 1]), source.start)
        else:
            speaker, anonymous = named
        labels.append(Attribution(Range(colon, colon + 1), "colon", "neutral", speaker, source, Range(m.end(), end), anonymous))
    if not labels:
        return found, []
    return sorted(found + labels, key=lambda a: a.cue.start), labels if transcript else []


def note_speakers(text: str, speakers: PersonMemory) -> None:
    """Remember a transcript's speakers for a later "he" or "she" in the writer's narrative: each
    turn's speaker where the turn ends and narrative, not another turn, follows (`TRUMP: ... I
    don't regret it.` then `He later left the studio.`; a stage note, `(END VIDEO CLIP.)`, is no
    turn either: `TAPPER: How do you think he will ...` after Trump's clip is about Trump).  Not
    inside a run of turns, where a pronoun is a speaker's own word for someone else; not a
    speaker nobody identifies.  Called once per article, on its first pronoun
    (`PersonMemory.more_persons`)."""
    label_like, matches = _transcript_labels(text, speakers)
    if len(matches) < MIN_TURNS:
        return
    names = _label_names([m.group(1) for m in matches], speakers)
    label_lines = {m.start() for m in label_like}
    ends = transcript_turns.turn_ends(text, [m.start() for m in matches], label_lines, _participants(names.values()))
    for m in matches:
        name, anonymous = names[m.group(1)]
        end = ends[m.start()]
        after = end
        while after < len(text) and text[after] in "\n\r \t":
            after += 1
        if not anonymous and after < len(text) and after not in label_lines:
            speakers.note_person(end, name)


def _transcript_labels(text: str, speakers: PersonMemory) -> tuple[list[re.Match], list[re.Match]]:
    """The label-like lines of an article (speakers' and kickers', in capitals, and the title-case
    labels of a clear transcript: `_title_case_labels`), and of those the speakers' labels, in
    text order."""
    label_like = list(_labels(text))
    matches = [m for m in label_like if not all(w in KICKER_WORDS for w in m.group(1).lower().split())]
    titled = _title_case_labels(text, speakers)
    if titled:
        label_like = sorted(label_like + titled, key=lambda m: m.start())
        matches = sorted(matches + titled, key=lambda m: m.start())
    return label_like, matches


def _title_case_labels(text: str, speakers: PersonMemory) -> list[re.Match]:
    """The title-case speaker labels of a panel or interview printed as a transcript (HuffPost's
    `Chris Matthews: ...`, `Alex Seitz-Wald: ...`, `Matthews: Well, ...`), when the layout is
    clearly one: at least `MIN_TITLE_TURNS` labels naming people (a given name or a title first,
    a name the article writes elsewhere too, or one word the article or an earlier label gives a
    full name for: no `Update:`, `Photo:`,
    `Editor's Note:`), by two speakers or more, one labelled again, each line with words after it
    (not `Clinton: 547.`), and most reading as talk (`transcript_turns.shows_talk`).  Headings that
    name each candidate once (`Sanders: Win in a walk.`, `Cruz: Just hang on.`) are none."""
    if ": " not in text:
        return []
    candidates = []
    for m in _labels(text, TITLE_LABEL_RE):
        label = m.group(1)
        words = label.split()
        if label.isupper() or any(w.lower() in KICKER_WORDS or w.endswith(("'s", "’s")) for w in words):
            continue
        line_end = text.find("\n", m.end())
        line = text[m.end() : len(text) if line_end < 0 else line_end]
        if sum(1 for w in line.split() if any(c.isalpha() for c in w)) < _MIN_TURN_WORDS:
            continue
        candidates.append((m, line, words))
    last_words = [words[-1] for _, _, words in candidates]
    if len(candidates) < MIN_TITLE_TURNS or len(set(last_words)) == len(last_words):
        return []  # (most articles: no layout of turns, and no name looked up)
    found = []
    full_labels: set[str] = set()
    for m, line, words in candidates:
        label = m.group(1)
        if len(words) > 1:
            first = words[0].rstrip(".").lower()
            if not (genders.is_given_name(words[0], speakers.given_names) or first in PERSON_TITLES or text.count(label) > 1):
                continue  # (a name the article also writes elsewhere: `Reuters’ Luciana Lopez argued`)
            full_labels.add(label)
        elif not (any(f.endswith(" " + label) for f in full_labels) or " " in speakers.full_name(label)):
            continue
        found.append((m, line))
    if len(found) < MIN_TITLE_TURNS:
        return []
    who = [_speaker_key(m.group(1), full_labels) for m, _ in found]
    if len(set(who)) < 2 or len(set(who)) == len(who):
        return []
    if 2 * sum(transcript_turns.shows_talk(line) for _, line in found) < len(found):
        return []
    return [m for m, _ in found]


def _speaker_key(label: str, full_labels: set[str]) -> str:
    """The speaker a title-case label names, for counting turns: `Matthews` after `Chris Matthews`."""
    if " " in label:
        return label
    return next((f for f in full_labels if f.endswith(" " + label)), label)


def _labels(text: str, pattern=LABEL_RE) -> Iterator[re.Match]:
    """Transcript labels (`WALLACE: ...`; `Matthews: ...` with TITLE_LABEL_RE) at line starts,
    found from the colons: a pattern tried at every line start costs five times as much."""
    i = text.find(": ")
    while i >= 0:
        line_start = text.rfind("\n", 0, i) + 1
        if i - line_start <= _LONGEST_LABEL:
            m = pattern.match(text, line_start)
            if m is not None and m.end(1) == i:
                yield m
        i = text.find(": ", i + 2)


def _token_span(art: article_text.ArticleText, start: int, end: int) -> tuple[int, int] | None:
    a = art.token_at_or_after(start)
    b = art.token_at_or_after(end) - 1
    return (a, b) if a <= b else None


def _label_names(labels: list[str], speakers: PersonMemory) -> dict[str, tuple[str, bool]]:
    """Each label as written -> (speaker, anonymous): the fullest name the transcript's labels or
    the article give, in title case; `anonymous` for a speaker nobody identifies."""
    read = {label: _name_words(label) for label in labels}
    full = [" ".join(words) for words, _, _ in (r for r in read.values() if r is not None) if len(words) > 1]
    names: dict[str, tuple[str, bool]] = {}
    for label, reading in read.items():
        if reading is None:
            names[label] = ("anonymous", True)
            continue
        words, gender, title = reading
        name = " ".join(words)
        if len(words) == 1:
            # `TAPPER` after `JAKE TAPPER:`; else the article's fullest form (`TRUMP` -> "Donald Trump").
            name = next((f for f in full if f.endswith(" " + name)), None) or _without_owner(speakers.full_name_for(name, gender, title))
        names[label] = (name, False)
    return names


def _without_owner(name: str) -> str:
    """A speaker's name without the network or paper owning it in the run the article gives
    (`TAPPER` after `CNN's Jake Tapper`: "Jake Tapper"); a label names the person."""
    words = name.split()
    owner = next((i for i in range(len(words) - 3, -1, -1) if words[i].endswith(("’s", "'s"))), None)
    return name if owner is None else " ".join(words[owner + 1 :])


def _name_words(label: str) -> tuple[list[str], str | None, str | None] | None:
    """The name in a label as title-cased words, with the gender and title written before it
    (`MR. TRUMP`: "m", "mr"); None when the label names no one (`UNIDENTIFIED MALE`)."""
    head = _TAG_RE.sub("", label.split(",", 1)[0])
    words = head.split()
    norms = [w.lower().strip(".") for w in words]
    if not words or not _UNIDENTIFIED_WORDS.isdisjoint(norms) or " ".join(norms) in _UNNAMED_LABELS:
        return None
    cased = [title_case(w, i == 0) for i, w in enumerate(words)] if head.isupper() else words  # (`Seitz-Wald`, `DeSantis` as written)
    name = strip_titles(cased)
    before = norms[len(words) - len(name) - 1] if len(name) < len(words) else None
    gender = GENDERED_TITLES.get(before) if before is not None else None
    return name, gender, before if before in PERSON_TITLES else None


def title_case(word: str, first: bool = True) -> str:
    """A capitalised label word as a name writes it: "TAPPER" -> "Tapper", "MCCONNELL" ->
    "McConnell", "O'ROURKE" -> "O'Rourke", "SEITZ-WALD" -> "Seitz-Wald", "DE" (not first) -> "de",
    "III" and "J." kept."""
    low = word.lower()
    if not first and low in NAME_PARTICLES:
        return low
    if low.strip(".") in _ROMAN_NUMERALS:
        return word
    parts = re.split(r"([-'’])", word)
    out = "".join(p if p in "-'’" else (p.lower() if p in ("S", "s") and i > 0 else p[:1].upper() + p[1:].lower()) for i, p in enumerate(parts))
    if len(out) > 3 and out.startswith("Mc"):
        out = "Mc" + out[2].upper() + out[3:]
    return out


def _participants(names) -> frozenset[str]:
    """The words of the transcript's speakers' names ("Donald", "Trump"): a paragraph that names
    one of them in the third person is the writer's, not a turn going on."""
    words = set()
    for name, anonymous in names:
        if not anonymous:
            words.update(w for w in name.split() if len(w) > 2 and w[:1].isupper())
    return frozenset(words)
