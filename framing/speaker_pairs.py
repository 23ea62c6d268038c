"""People who speak together: "Mr. Grassley and Mr. Leahy said ...", "Ben Carson, Ted Cruz and
Rand Paul have all attacked ...", "Merkel and Macron met in Paris. They said ...".

The speaker names them all, each by the fullest name the article gives, joined as the article
joins them: "Chuck Grassley and Patrick J. Leahy".  Read from the words alone here (which
capitalised runs are coordinated, and whether they open their clause); `framing.speakers` decides
whether each is a person and widens the names.  Only where the names open the clause (at a
sentence start, or after "But", "Both", ...): "Obama met Merkel and Macron said" is no pair.
"""

from __future__ import annotations

import re

from framing.name_words import HONORIFICS, NOT_NAMES, TITLE_WORDS, capitalised, strip_titles, surname_like_title
from framing.opening_subjects import ORGANISATION_HEADS, people_plural

# A name run as a conjunct: up to four capitalised words (titles included: "Mr. Grassley").
_CONJUNCT = r"(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*"
# A party-and-state tag after a conjunct, which says nothing of who speaks: "John McCain
# (R-Ariz.)", "Bob Corker, R-Tenn.", "Bernie Sanders (I)".
_TAG = r"(?:[ \t]*\((?:[RDI]|GOP)(?:[ \t]*-[ \t]*[A-Z][\w.]*)?\)|,[ \t]*[RDI]-[A-Z][\w.]*)?"
# A place after a conjunct, which says where from, not who: "Senator Ted Cruz of Texas".
_PLACE = r"(?:[ \t]+of[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?"
_AND_BEFORE_RE = capitalised(r"(?:,[ \t]*(" + _CONJUNCT + r")" + _TAG + r")?,?[ \t]+and[ \t]+$")
_LAST_RUN_RE = capitalised(r"(" + _CONJUNCT + r")" + _TAG + r"$")
_LAST_RUN_PLACE_RE = capitalised(r"(" + _CONJUNCT + r")" + _PLACE + _TAG + r"$")
_LIST_ITEM_RE = capitalised(r"(" + _CONJUNCT + r")" + _TAG + r",[ \t]*$")
# Words that may open a clause before its subject: "But Mr. Grassley and Mr. Leahy say".
_OPENERS = frozenset("but and yet so both then now still also even".split())
# Words that open a subordinate clause, whatever stands before them: "when Rubio and Bush both
# made the case".
_SUBORDINATORS = frozenset("when while as because after before if since though although whereas".split())
# What may close the text before a clause: a sentence end, a line break, an opening quotation mark.
_CLAUSE_BEFORE = (".", "!", "?", "\n", ":", ";", "“", '"', "‘", "—")
# The words that may follow a coordinated subject before its verb ("Merkel and Macron met",
# "... have both argued"): a lower-case word.
_VERB_AFTER_RE = re.compile(r"[ \t]+(?:both[ \t]+|all[ \t]+|also[ \t]+)?[a-z]")
_REACH = 160  # characters looked at before a source phrase


def _name_words(run: str) -> list[str] | None:
    """A conjunct's name without titles and openers ("But Mr. Grassley" -> ["Grassley"]), or None
    when a word in it is no name ("Neither", "The")."""
    words = run.split()
    while words and words[0].lower() in _OPENERS | _SUBORDINATORS:
        words.pop(0)
    if not words or any(w.lower().strip(".") in NOT_NAMES for w in words):
        return None
    name = strip_titles(words)
    if len(name) == 1 and name[0].lower().strip(".") in TITLE_WORDS and not surname_like_title(words, [w.lower() for w in words]):
        return None  # `Fox News Vice President and ... Editor Bill Sammon`: an office, no one ("Mr. King" is)
    return name


def _person_of_a_place(text: str, lo: int, end: int) -> re.Match[str] | None:
    """The conjunct before "and" when a place follows it ("Senator Ted Cruz of Texas and |Senator
    Rand Paul of Kentucky"): a name of two words or more whose last is no body's noun (not "Bank
    of America", "Federal Bureau of Investigation": a body's name goes on past "of")."""
    m = _LAST_RUN_PLACE_RE.search(text, lo, end)
    if m is None:
        return None
    words = m.group(1).split()
    return m if len(words) >= 2 and words[-1].lower() not in ORGANISATION_HEADS else None


def titles_start(text: str, start: int) -> int:
    """Where the titles before a source phrase at `start` begin ("Trump, Ryan and |RNC Chairman
    Reince Priebus" for a phrase "Reince Priebus"): up to three words, each a title ("Chairman",
    "Sen.") or an acronym of the body the title is of ("RNC", "GOP"); `start` when there are none."""
    at = start
    for _ in range(3):
        m = _TITLE_BEFORE_RE.search(text, max(0, at - 16), at)
        if m is None:
            break
        word = m.group(1)
        if not (word.lower().strip(".") in TITLE_WORDS or (word.isupper() and word.isalpha() and 2 <= len(word) <= 5)):
            break
        at = m.start(1)
    return at


_TITLE_BEFORE_RE = re.compile(r"(?<![\w.’'-])([A-Z][\w.]*)[ \t]+$")


def _within_sentence(run: str, offset: int) -> tuple[str, int]:
    """The part of a capitalised run at `offset` after the last sentence end inside it: in
    "Pennsylvania. Sens. Mark Kirk" the first word's stop ends a sentence ("Pat Toomey of
    Pennsylvania. Sens. Mark Kirk of Illinois and Susan Collins of Maine were"), so the conjunct is
    "Sens. Mark Kirk", which opens its clause.  A stop after a title ("Sens."), an initial ("J.")
    or a dotted abbreviation ("U.S.") ends nothing."""
    cut = 0
    for word in re.finditer(r"\S+", run):
        w = word.group()
        if word.end() < len(run) and w.endswith(".") and len(w) > 3 and w[:-1].isalpha() and w[:-1].lower() not in _NOT_SENTENCE_ENDS:
            cut = word.end() + 1
    return (run, offset) if cut == 0 else (run[cut:].lstrip(), offset + cut + (len(run[cut:]) - len(run[cut:].lstrip())))


# Words whose stop ends no sentence inside a run of names: titles ("Sens.", "Gov.") and suffixes.
_NOT_SENTENCE_ENDS = TITLE_WORDS | frozenset("govs gens drs cmdr supt insp jr sr st mt ft".split())


def _opens_clause(text: str, pos: int) -> bool:
    """Does nothing but opener words and blanks stand between the clause's start and `pos`?  A
    clause starts after a sentence end (also one closed by a quotation: `... helps.''`), a line
    break, or an opening quotation mark."""
    raw = text[max(0, pos - 40) : pos]
    head = raw.rstrip()
    if "\n" in raw[len(head) :]:
        return True  # a paragraph's first words
    words = head.rsplit(None, 1)
    while words and words[-1].lower().strip(",") in _OPENERS | _SUBORDINATORS:
        if words[-1].lower() in _SUBORDINATORS:
            return True
        raw = words[0] if len(words) > 1 else ""
        head = raw.rstrip()
        if "\n" in raw[len(head) :]:
            return True
        words = head.rsplit(None, 1)
    return (
        (not head and pos <= 40) or head.endswith(_CLAUSE_BEFORE) or not head.strip()
        or head.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_ENDS)
        or raw.endswith((" - ", " -- "))  # a spaced hyphen as a dash: `JUST TOO EARLY - Mark Blumenthal and Jon Cohen:`
    )


_CLOSING_QUOTES = "”’'\""
_SENTENCE_ENDS = (".", "!", "?")


def conjuncts_before(text: str, start: int) -> list[tuple[list[str], bool]] | None:
    """The names coordinated with a source phrase starting at `start` ("Mr. Grassley and |Mr.
    Leahy"), first to last, each as (its words without titles, titled?), when they open the
    clause; None when no "and" joins a name to it there."""
    runs = _runs_before(text, start)
    if runs is None:
        return None
    out = []
    for run, _ in reversed(runs):
        words = _name_words(run)
        if words is None:
            return None
        titled = len(words) < len(run.split())
        out.append((words, titled))
    return out


def conjuncts_start(text: str, start: int) -> int | None:
    """Where the first of the names coordinated with a source phrase at `start` begins ("|Mr.
    Grassley and Mr. Leahy"): the source's range covers them all, as its speaker names them all.
    None when `conjuncts_before` finds none."""
    runs = _runs_before(text, titles_start(text, start))
    if runs is None or any(_name_words(run) is None for run, _ in runs):
        return None
    run, offset = runs[-1]
    for word in re.finditer(r"\S+", run):  # ("But Mr. Grassley": the names, not the opener)
        if word.group().lower() not in _OPENERS | _SUBORDINATORS:
            return offset + word.start()
    return None


def _runs_before(text: str, start: int) -> list[tuple[str, int]] | None:
    """The capitalised runs coordinated before `start` (last first), each with its offset, when
    they open the clause; None otherwise."""
    lo = max(0, start - _REACH)
    m = _AND_BEFORE_RE.search(text, lo, start)
    if m is None:
        return None
    runs: list[tuple[str, int]] = []
    end = m.start()
    if m.group(1) is not None:
        runs.append((m.group(1), m.start(1)))  # "A, B, and |C": the item before the serial comma
        end = m.start(1)
        last = _LIST_ITEM_RE.search(text, lo, end)
    else:
        last = _person_of_a_place(text, lo, end) or _LAST_RUN_RE.search(text, lo, end)
        if last is not None:
            run, at = _within_sentence(last.group(1), last.start(1))
            runs.append((run, at))
            end = at
            last = None if at != last.start(1) else _LIST_ITEM_RE.search(text, lo, end)
    while last is not None and len(runs) < 4:  # "Ben Carson, Ted Cruz and |Rand Paul"
        runs.append((last.group(1), last.start(1)))
        end = last.start(1)
        last = _LIST_ITEM_RE.search(text, lo, end)
    if not runs:
        return None
    opens = _opens_clause(text, end) or _opens_clause(text, _description_start(text, end)) or _after_control_verb(text, end)
    if opens:
        if all(_name_words(run) is not None for run, _ in runs):
            return runs
    for n in range(len(runs), 0, -1):
        # `Ahead of the meeting, |France and Germany unveiled`; `On Friday, |Smith and Jones said`:
        # after a fronted phrase, whose last words ("On Friday") the list reading took for a conjunct
        if _after_fronted_phrase(text, runs[n - 1][1]) and all(_name_words(run) is not None for run, _ in runs[:n]):
            return runs[:n]
    return runs if opens else None


# Verbs whose object does what an infinitive cue after it says: `lead Sens. Tester and Vitter to
# invoke`, `prompted France and Germany to warn`.  The names coordinated after one are the
# subject of the infinitive, as much as names opening a clause are of its verb.
_CONTROL_VERB_BEFORE_RE = re.compile(
    r"(?:^|[ \t])(?:lead|leads|led|prompted|prompts|prompt|forced|forces|force|pushed|pushes|pressed|presses|urged|urges|"
    r"persuaded|compelled|encouraged|encourages|invited|spurred|spurs|caused|causes)[ \t]+$"
)


def _after_control_verb(text: str, end: int) -> bool:
    """Does a verb whose object acts (`led`, `prompted`, `urged`) stand right before the
    coordinated names at `end`?  (Whether an infinitive follows them is the cue's business:
    only a cue's source phrase is asked about.)"""
    return _CONTROL_VERB_BEFORE_RE.search(text, max(0, end - 14), end) is not None


# First words of a phrase fronted before a clause's subject: `Ahead of Friday's meeting, France and
# Germany unveiled`, `On Tuesday, Mr. Grassley and Mr. Leahy said`, `In a joint statement, ...`.
_FRONTED_OPENERS = frozenset(
    """in on at after before ahead during since following amid despite with without for from by over under
    throughout across earlier later meanwhile separately last yesterday today tonight""".split()
)
# A fronted phrase: an opener, then words with no comma or sentence end, then a comma, then the names.
_FRONTED_RE = re.compile(r"([A-Za-z]+)[^,.;:!?\n“”\"]{0,80},[ \t]+$")


def _after_fronted_phrase(text: str, end: int) -> bool:
    """Do the coordinated names at `end` open their clause after a fronted phrase set off by a
    comma, itself opening the clause (`Ahead of Friday's meeting, |France and Germany unveiled`)?
    Its first word must be a preposition or an adverb of time; `Obama met Merkel, and Macron
    said` has no such phrase."""
    m = _FRONTED_RE.search(text, max(0, end - 100), end)
    if m is None:
        return False
    start = m.start()
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
        return False  # (inside a word)
    return m.group(1).lower() in _FRONTED_OPENERS and _opens_clause(text, start)


# A description before coordinated names: `Presidential candidates Hillary Clinton and Donald
# Trump`, `Republican presidential hopefuls Jeb Bush and Chris Christie`: up to two words, then a
# lower-case plural noun.
_DESCRIPTION_BEFORE_RE = re.compile(r"(?:[A-Za-z][\w-]*[ \t]+){0,2}[a-z]+s[ \t]+$")


def _description_start(text: str, end: int) -> int:
    """Where a description of the coordinated people right before `end` begins, or `end`."""
    m = _DESCRIPTION_BEFORE_RE.search(text, max(0, end - 60), end)
    if m is None:
        return end
    head = m.group().split()[-1]
    return m.start() if people_plural(head) or head in _PLURALS_OF_CANDIDATES else end  # (not `Trump meets`)


_PLURALS_OF_CANDIDATES = frozenset("hopefuls rivals".split())


def subject_pair_before(text: str, offset: int) -> list[tuple[list[str], bool]] | None:
    """For a "They" opening its sentence at `offset` (perhaps after "But" or "And"): the names
    coordinated as the subject opening the sentence before ("Angela Merkel and Emmanuel Macron
    met in Paris. |They said"; "Mr. Rubio and Mr. Cruz, who have been fierce adversaries, had
    moments ..."), in the same paragraph; None otherwise."""
    opener = _OPENER_BEFORE_RE.search(text, max(0, offset - 8), offset)
    if opener is not None:
        offset = opener.start()  # `And they are hoping`: the sentence opens at "And"
    head = text[max(0, offset - 3) : offset].rstrip(" \t“\"‘")
    if not head.endswith((".", "!", "?")) or "\n" in text[max(0, offset - 3) : offset]:
        return None
    end = len(text[:offset].rstrip(" \t“\"‘")) - 1  # the full stop ending the sentence before
    para = text.rfind("\n", 0, end) + 1
    starts = [
        m.end() for m in _SENTENCE_END_RE.finditer(text[para:end])
        if m.group(1) is None or (m.group(1).lower() not in HONORIFICS and len(m.group(1)) > 1)
    ]  # (not after "Mr." or an initial: `Mr. Rubio and Mr. Cruz`)
    start = para + (starts[-1] if starts else 0)
    m = _SUBJECT_PAIR_RE.match(text, start, end)
    if m is None:
        return None
    relative = _RELATIVE_AFTER_RE.match(text, m.end(), end)  # (`, who have been fierce adversaries,`)
    if _VERB_AFTER_RE.match(text, m.end() if relative is None else relative.end() - 1) is None:
        return None
    out = []
    for run in (m.group(1), m.group(2)):
        words = _name_words(run)
        if words is None:
            return None
        out.append((words, len(words) < len(run.split())))
    return out


# A sentence end, with the word before a full stop (an honorific or an initial ends no sentence).
_SENTENCE_END_RE = re.compile(r"(?:\b(\w+)\.|[!?])[”\"’]?[ \t]+")
# A conjunction opening a "They" sentence: `And they are hoping`, `But they also see`.
_OPENER_BEFORE_RE = re.compile(r"(?:But|And|Yet|So)[ \t]+$")
# A relative clause set off by commas after a coordinated subject, before its verb.
_RELATIVE_AFTER_RE = re.compile(r",[ \t]+who[ \t][^,.;:!?\n]*,[ \t]")
_SUBJECT_PAIR_RE = capitalised(r"(" + _CONJUNCT + r")[ \t]+and[ \t]+(" + _CONJUNCT + r")(?=[ \t,])")
