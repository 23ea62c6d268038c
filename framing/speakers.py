"""Who a source noun phrase names: a person's full name, "anonymous", or the phrase itself.

Rules, in order: a third-person pronoun ("he", "she") is the last person named before it; a
phrase ending in a capitalised name gives that name without its titles ("Foreign Minister Sergey
Lavrov" -> "Sergey Lavrov"), widened to the fullest form the article gives ("Lavrov" ->
"Sergey Lavrov"); a phrase whose head is an unnamed-source noun ("one senior source",
"people familiar with the matter", "officials") is "anonymous"; anything else ("the US
president", "the Kremlin's press office") is kept as written, without a leading article.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from framing import lone_names
from framing.models import Token

# Words of a role or office that precede a name and are not part of it.  They are a rule table
# for name normalisation, not findings, so they stay beside the rule that reads them.
TITLE_WORDS = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice minister prime deputy foreign
    secretary state senator senators sen sens rep reps representative representatives congressman congresswoman gov governor mayor
    gen general lt col colonel maj major capt captain adm admiral sgt sheriff chancellor premier king queen
    prince princess pope rev reverend father judge justice chief chairman chairwoman chair
    spokesman spokeswoman spokesperson ambassador envoy commissioner director leader speaker
    attorney ministry office department defence defense interior finance trade home affairs
    agency press former acting then new senior us u s uk un eu nato white house kremlin""".split()
)
# Honorifics before a name: a title word after one is a surname ("Mr. King").
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady sen rep gov gen lt col maj capt adm sgt rev".split())
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
PRONOUNS_OTHER = frozenset({"i", "we", "they", "it", "you", "this", "that", "who", "which"})
DETERMINERS = frozenset(
    "the a an one two three four five several some many other another both all his her their its our".split()
)
# Capitalised words that start sentences but never names.
NOT_NAMES = DETERMINERS | frozenset(
    """why what when where how who in on at for after before despite while as but and if by with
    from to of this that these those earlier later meanwhile instead yet still even then now today
    yesterday however although though since because so also not no said says added asked""".split()
)  # the reporting verbs opening an inverted sentence (`Said Comey, "..."`) are no part of a name
# Days and months: capitalised, never a speaker at the head of a clause ("On September 27 they
# ..."), but part of some names ("Theresa May", "April Ryan"), so only the clause rules skip them.
CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)
_TITLES_AND_DETERMINERS = TITLE_WORDS | DETERMINERS
# Sentence openers before a name in a source phrase: "Even China", "Unlike Patriot", "But Reid".
_OPENERS = frozenset("even unlike but and yet also so then still only".split())
# Titles only a person holds: a lone surname after one names a person ("President Zelensky",
# "Mr. Trump"), where "Ministry" or "Kremlin" before a word name an office or a place.
PERSON_TITLES = HONORIFICS | frozenset(
    """president senator congressman congresswoman representative governor mayor minister chancellor
    premier secretary spokesman spokeswoman spokesperson ambassador envoy commissioner judge justice
    king queen prince princess pope chairman chairwoman speaker general colonel captain admiral
    reverend father sheriff""".split()
)
_NAME_PART_RE = re.compile(r"[A-Z][\w’'.-]*")
# Lower-case words inside a name: "Bill de Blasio", "Ludwig van Beethoven", "Osama bin Laden".
NAME_PARTICLES = frozenset("de da del della di du van von der den bin ibn dos das".split())


# What a person posts from: `Trump's Twitter account tweeted` is Trump speaking.
_ACCOUNT_WORDS = frozenset("account feed timeline".split())


@dataclass
class Speakers:
    """Per-article memory for naming speakers: the fullest form of each name, the last person."""

    text: str
    anonymous_heads: frozenset[str]
    _full: dict[str, str] = field(default_factory=dict)  # name -> its fullest form, as asked for
    _runs: dict[str, list[tuple[str, int]]] | None = None  # last name -> capitalised runs ending in it
    persons: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name), in order
    # Called once, on the first pronoun, to add people named elsewhere (sentence subjects): a
    # cost only articles with a "he said" pay.
    more_persons: Callable[[Speakers], None] | None = None
    _named: dict[str, tuple[str | None, bool]] = field(default_factory=dict)  # phrase -> speaker
    _lower: str | None = None  # the text in lower case, for finding role words
    # role -> (found by a title?, [(offset, holder)] in text order)
    _roles: dict[str, tuple[bool, list[tuple[int, str]]]] = field(default_factory=dict)
    _lone: dict[tuple[str, bool], bool] = field(default_factory=dict)  # one-word name -> a person?
    # While True, names found are not remembered as referents of a later "he"/"she": set for a
    # source inside another attribution's content (`Shields said that Griffin hoped ...`), since
    # the next pronoun more often goes back to the main clause's subject.
    muted: bool = False

    def full_name(self, name: str) -> str:
        """The fullest form of `name` the article gives: "Lavrov" -> "Sergey Lavrov", "de León"
        -> "Kevin de León"."""
        if " " in name:
            if name.split(None, 1)[0].lower() in NAME_PARTICLES:  # ("De León" opening a sentence)
                full = self.full_name(name.rsplit(None, 1)[-1])
                return full if full.lower().endswith(" " + name.lower()) else name
            return name
        full = self._full.get(name)
        if full is None:
            # Only the runs ending in `name` are read, and only once it is asked for: most
            # capitalised runs of an article end in no name anyone looks up.
            if self._runs is None:
                self._runs = _runs_by_last_name(self.text)
            full = self._full[name] = _first_full_name(self.text, self._runs.get(name, ())) or name
        return full

    def note_person(self, offset: int, name: str) -> None:
        if " " not in name or name.split(None, 1)[0].lower() in NAME_PARTICLES:
            # "Matthews" after "Chris Matthews" was named: the same person, by the fuller name.
            i = bisect.bisect_left(self.persons, (offset, ""))
            name = next((p for _, p in reversed(self.persons[:i]) if p.endswith(" " + name)), name)
        bisect.insort(self.persons, (offset, name))

    def _note(self, offset: int, name: str) -> None:
        if not self.muted:
            self.note_person(offset, name)

    def is_person(self, name: str, titled: bool = False) -> bool:
        """May `name` be the referent of a later "he" or "she"?  A full name may; a lone
        capitalised word ("Zelensky", "Merkel") may when the article never writes it in lower
        case ("Officials", "Talks"), never puts "the" or a place preposition before it ("the
        Kremlin", "in Ankara"), it is no title, calendar word or unnamed-source noun, and it does
        not end like a group noun ("Democrats", "Russians") unless a personal title goes before
        it here (`titled`) or elsewhere in the article ("President Zelensky", "Mr. Sanders")."""
        if " " in name:
            return True
        key = (name, titled)
        found = self._lone.get(key)
        if found is None:
            found = self._lone[key] = self._lone_person(name, titled)
        return found

    def _lone_person(self, name: str, titled: bool) -> bool:
        low = name.lower().replace("’", "'")
        if low in _NOT_PERSON_WORDS or low in self.anonymous_heads or low in PRONOUNS_PERSON:
            return False
        text = self.text
        if not lone_names.surname_shaped(name) or lone_names.thing_or_word(text, name):
            return False
        if not titled:
            if self._runs is None:
                self._runs = _runs_by_last_name(text)
            titled = any(
                len(words) > 1 and words[-2].lower().strip(".") in PERSON_TITLES
                for words in (run.split() for run, _ in self._runs.get(name, ()))
            )  # "President Zelensky", "Mr. Sanders" elsewhere in the article
        return titled or not lone_names.group_like(low)

    def last_person(self, offset: int) -> str | None:
        """The last person named before `offset` (the referent of "he" or "she")."""
        if self.more_persons is not None:
            more, self.more_persons = self.more_persons, None
            more(self)
        i = bisect.bisect_left(self.persons, (offset, "")) - 1
        return self.persons[i][1] if i >= 0 else None

    def name_of(self, tokens: list[Token], start_offset: int) -> tuple[str | None, bool]:
        """Speaker for a source phrase given as its tokens: (speaker, anonymous?)."""
        if not tokens:
            return None, False
        if len(tokens) > 1 and tokens[-1].norm in _REFLEXIVES:
            tokens = tokens[:-1]  # `Trump himself said`, `The president himself responded`
        if len(tokens) == 1:
            norm = tokens[0].norm
            if norm.endswith("'s") and norm[:-2] in PRONOUNS_PERSON:
                norm = norm[:-2]  # "he's said": the pronoun with "has" or "is"
            if norm in PRONOUNS_PERSON:
                return self.last_person(start_offset), False
            if norm in PRONOUNS_OTHER:
                return None, False
        key = self.text[tokens[0].start : tokens[-1].end]
        known = self._named.get(key)
        if known is not None:
            if known[0] is not None and not known[1] and (" " in known[0] or self.is_person(known[0], _titled(tokens))):
                self._note(start_offset, known[0])
            return known
        found = self._name_of(tokens, start_offset)
        self._named[key] = found
        return found

    def _name_of(self, tokens: list[Token], start_offset: int) -> tuple[str | None, bool]:
        s0 = tokens[0].start
        name, possessive, anonymous, phrase, role = _phrase_reading(
            self.text[s0 : tokens[-1].end], tuple([(t.start - s0, t.end - s0, t.norm) for t in tokens]), self.anonymous_heads
        )
        if name is not None:
            # A name: the capitalised words ending the phrase, titles removed.
            name = self.full_name(name)
            if " " in name or self.is_person(name, _titled(tokens)):
                self._note(start_offset, name)
            return name, False
        if possessive is not None:
            possessive = self.full_name(possessive)
            if " " in possessive:
                self._note(start_offset, possessive)
                return possessive, False
            if tokens[-1].norm in _ACCOUNT_WORDS and self.is_person(possessive, _titled(tokens)):
                return possessive, False  # `Trump's account tweeted`: the account holder posts
        if anonymous:
            return "anonymous", True
        if role and phrase is not None:  # a role always comes with its phrase
            holder = self._role_holder(phrase, start_offset)
            if holder is not None:
                self._note(start_offset, holder)
                return holder, False
        if phrase is not None and not any(c.isalpha() for c in phrase):
            return None, False  # `47% say`: a share of those polled, no one named
        if phrase is not None and _clause_like(phrase):
            return None, False  # `is seizing on recent comments his rival`: a clause, nobody named
        return phrase, False

    def _role_holder(self, role: str, offset: int) -> str | None:
        """`the US president` is the person the article names with that role before a name
        ("US president Donald Trump"), if it does: the first so named.  A bare role the article
        never writes before a name ("the senator", "the four-term congressman") is filled from
        its titles ("Sen. Marco Rubio", "Rep. Blake Farenthold"): the nearest holder before
        `offset`, else the first after it.  A role with a capitalised or time modifier ("the
        Florida senator", "the former president") is not filled from titles."""
        found = self._roles.get(role)
        if found is None:  # "The officials", "the officials": one search of the text per role
            found = self._roles[role] = self._find_role_holders(role)
        by_title, holders = found
        if not holders:
            return None
        if not by_title:
            return holders[0][1]
        i = bisect.bisect_left(holders, (offset, "")) - 1
        return holders[i][1] if i >= 0 else holders[0][1]

    def _find_role_holders(self, role: str) -> tuple[bool, list[tuple[int, str]]]:
        found = self._holders_after(role)
        if found:
            return False, found
        head = role.rsplit(None, 1)[-1].lower()
        if head in _ROLE_TITLES and not any(
            w in ("former", "ex", "then", "late") or not w.islower() for w in role.split()[:-1]
        ):
            for title in _ROLE_TITLES[head]:
                found += self._holders_after(title)
            found.sort()
        return True, found

    def _holders_after(self, role: str) -> list[tuple[int, str]]:
        if self._lower is None:
            self._lower = self.text.lower()
        low, needle = self._lower, role.lower()
        if len(low) != len(self.text) or len(needle) != len(role):
            low, needle = self.text, role  # lower-casing moved offsets ("İ"): match the case as written
        out: list[tuple[int, str]] = []
        i = low.find(needle)
        while i >= 0:
            # A plain substring search, then the name after it: far cheaper than compiling a
            # pattern per role and scanning the article with it.
            m = None if i > 0 and low[i - 1].isalnum() else _HOLDER_RE.match(self.text, i + len(needle))
            appositive = False
            if m is None and i > 0 and not low[i - 1].isalnum():
                m = self._appositive_holder(i, i + len(needle))
                appositive = m is not None
            if m is not None and not in_title_case_line(self.text, i):  # not `Indiana Governor Says Legislators May ...`
                words = _strip_titles(m.group(1).split())
                if len(words) == 1 and words[0][:1].isupper():
                    words = self.full_name(_strip_possessive(words)[0]).split()  # "President Trump" -> Donald Trump
                if len(words) > 1 and all(w[:1].isupper() for w in words):
                    out.append((i, " ".join(_strip_possessive(words))))
                elif len(words) == 1 and self.is_person(words[0], not appositive):
                    out.append((i, words[0]))  # "President Trump", and no fuller name in the article
            i = low.find(needle, i + 1)
        return out

    def _appositive_holder(self, start: int, end: int) -> re.Match[str] | None:
        """The name a role at text[start:end] stands in apposition to (`Hillary Clinton, the
        former secretary of state,`), as a match whose group 1 is the name; None if the role is
        not set off by commas right after a name."""
        text = self.text
        comma = text.rfind(",", max(0, start - 6), start)
        if comma < 0 or text[comma + 1 : start].strip().lower() not in ("the", "a", "an", "") or text[end : end + 1] not in (",", ")"):
            return None
        m = _NAME_BEFORE_RE.search(text, max(0, comma - 60), comma)
        if m is not None and text[max(0, m.start() - 4) : m.start()] == " of ":
            # `Senator Chuck Schumer of New York, the Democratic leader,`: the name before the place
            m = _NAME_BEFORE_RE.search(text, max(0, m.start() - 64), m.start() - 4) or m
        return m


_NAME_BEFORE_RE = re.compile(r"(?<![\w’'])((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*)$")

# Titles that name a role's holder where the article writes the role itself only bare ("the
# senator" after "Sen. Marco Rubio").
_ROLE_TITLES = {
    "senator": ("sen.", "senator"),
    "congressman": ("rep.", "representative", "congressman"),
    "congresswoman": ("rep.", "representative", "congresswoman"),
    "lawmaker": ("sen.", "rep.", "senator", "representative"),
    "governor": ("gov.", "governor"),
    "president": ("president",),
    "mayor": ("mayor",),
    "sheriff": ("sheriff",),
}


def _titled(tokens: list[Token]) -> bool:
    """Does a personal title go before the last word of a source phrase ("President Zelensky")?"""
    return any(t.norm.strip(".") in PERSON_TITLES for t in tokens[:-1])


_NOT_PERSON_WORDS = NOT_NAMES | TITLE_WORDS | CALENDAR_WORDS | PRONOUNS_OTHER
_HOLDER_RE = re.compile(r"[ \t]+((?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'-]*)")


@functools.lru_cache(maxsize=8192)
def _phrase_reading(
    phrase: str, spans: tuple[tuple[int, int, str], ...], anonymous_heads: frozenset[str]
) -> tuple[str | None, str | None, bool, str | None, bool]:
    """What a source phrase says of its speaker before the article is consulted: (the name it
    ends with, or None; else the name of a possessive before its head, "anonymous"?, the phrase
    without a leading article, and whether that may be a role the article fills with a name).
    `spans` are its tokens (offsets into `phrase`, norms).  It depends on these alone and the
    same phrases recur, so it is kept; `Speakers._name_of` does the rest."""
    comma = phrase.find(",")
    if comma > 0:
        # `Johnnie Wilson, of Springfield, Va.`: a full name before an appositive is the speaker.
        head = tuple(sp for sp in spans if sp[1] <= comma)
        if 1 < len(head) < len(spans):
            found = _phrase_reading(phrase[:comma], head, anonymous_heads)
            if found[0] is not None and " " in found[0]:
                return found
    norms = [n for _, _, n in spans]
    words = [phrase[a:b] for a, b, _ in spans]
    first = len(words)
    if _surname_like_title(words, norms):
        first -= 1  # "Mr. King", "Larry King", "John Major": the title word is the surname
    while first > 0 and (norms[first - 1] not in _TITLES_AND_DETERMINERS or _place_new(words, first - 1)) and (
        norms[first - 1] not in _OPENERS
    ) and _NAME_PART_RE.fullmatch(words[first - 1]):
        if first < len(words) and norms[first - 1].endswith("'s"):
            break  # "NBC’s Dante Chinni": the outlet's name is not part of the person's
        first -= 1
        if (
            first >= 2 and norms[first - 1] in NAME_PARTICLES and _NAME_PART_RE.fullmatch(words[first - 2])
            and norms[first - 2] not in _TITLES_AND_DETERMINERS
        ):
            first -= 1  # `Bill de Blasio`: the particle and the name before it
    if 2 <= first < len(words) and norms[first - 1] in ("of", "for") and _NAME_PART_RE.fullmatch(words[first - 2]):
        # `Sen. Susan Collins of Maine`: the person is the name before "of", not the place;
        # `Democracy for America`, `Bank of America`: one word before it, a body's name.
        k = first - 1
        while k > 0 and norms[k - 1] not in _TITLES_AND_DETERMINERS and _NAME_PART_RE.fullmatch(words[k - 1]):
            k -= 1
        if first - 1 - k >= 2 and not (k > 0 and norms[k - 1] == "the"):  # not `the Federal Bureau of Prisons`
            written = phrase[spans[k][0] : spans[first - 2][1]].split()  # initials' periods kept
            return " ".join(_strip_possessive(written)), None, False, None, False
        if (k == first - 2 or (k > 0 and norms[k - 1] == "the")) and norms[k] not in _TITLES_AND_DETERMINERS:
            first = len(words)  # the body as written, below
    if first < len(words) and not any(n in anonymous_heads for n in norms[first:]) and not _place_after_thing(words, norms, first):
        # The name as written, initials' periods included: "Jeffrey N. Trimble".
        written = phrase[spans[first][0] :].split()
        return " ".join(_strip_possessive(written)), None, False, None, False
    possessive = _possessive_run(words)
    anonymous = any(n in anonymous_heads for n in norms) and not any(
        _NAME_PART_RE.fullmatch(w) and n not in TITLE_WORDS and n not in DETERMINERS and i > 0
        for i, (w, n) in enumerate(zip(words, norms))
    )
    first = 1 if norms[0] in ("the", "a", "an") else 0
    rest = phrase[spans[first][0] :] if first < len(spans) else None
    return None, possessive, anonymous, rest, bool(norms[0] == "the" and rest and len(spans) <= 6)


_FINITE_WORDS = frozenset("is are was were be been can could will would has have had".split())
_NOT_SPEAKER_OPENERS = frozenset("perhaps came went got unlike".split())


def _clause_like(phrase: str) -> bool:
    """Does an unnamed source phrase read as a clause rather than a noun phrase, with an
    auxiliary, a verb or an adverb first ("is seizing on ...", "can be credited to ...", "came
    away", "perhaps", "Unlike Patriot")?  Then it names no speaker.  (A verb inside the phrase is no sign: "the
    embattled company", "Everyone I interviewed" still name whom they speak for.)"""
    first = phrase.split()[0]
    if first.lower() in _NOT_SPEAKER_OPENERS:
        return True
    return first in _FINITE_WORDS  # (not a participle first: "meddling the California congressman")


# Prepositions of place: "the mood in Kyiv", "voters across Iowa" (not "of"/"for": "the head of
# the IMF", "a spokesman for the Kremlin" name whom the speaker stands for).
_PLACE_PREPOSITIONS = frozenset("in at from across inside outside near around throughout".split())


def _place_new(words: list[str], i: int) -> bool:
    """Is words[i] the "New" of a place or paper ("New York Times", "New Jersey"), not the
    title-like "new" of "the new chairman"?"""
    return words[i] == "New" and i + 1 < len(words) and words[i + 1][:1].isupper()


def _place_after_thing(words: list[str], norms: list[str], first: int) -> bool:
    """Is the name at `first` a place after a common noun ("The setting in Turkey offered ...",
    "the president in Washington")?  Then the speaker is that noun's phrase (or the person the
    article names with that role), never the place."""
    if first < 2 or norms[first - 1] not in _PLACE_PREPOSITIONS:
        return False
    return words[first - 2][:1].islower()  # "Lavrov in Moscow" is another matter: a name, then a place


# Possessive quantifiers (`*+`): a word never gives back characters to the blank after it
# (the two classes are disjoint), so the matches are the same, found without backtracking.
_RUN_RE = re.compile(r"[A-Z][\w’'.-]*+(?:[ \t]+(?:(?:" + "|".join(sorted(NAME_PARTICLES)) + r")[ \t]+)?[A-Z][\w’'.-]*+)+")


def _runs_by_last_name(text: str) -> dict[str, list[tuple[str, int]]]:
    """Every run of capitalised words (with its offset), by the last name it ends with (as
    `_run_name` finds it: the last word without a possessive), in text order: one pass."""
    out: dict[str, list[tuple[str, int]]] = {}
    for m in _RUN_RE.finditer(text):
        run = m.group()
        last = run.rsplit(None, 1)[-1]
        if last.endswith(("’s", "'s")):
            last = last[:-2]
        runs = out.get(last)
        if runs is None:
            out[last] = [(run, m.start())]
        else:
            runs.append((run, m.start()))
    return out


def _first_full_name(text: str, runs: Sequence[tuple[str, int]]) -> str | None:
    """The first full name (titles removed) these runs give outside Title Case lines."""
    for run, start in runs:
        name = _run_name(run)[1]
        if name is not None and not in_title_case_line(text, start):
            return name
    return None


@functools.lru_cache(maxsize=8192)
def _run_name(run: str) -> tuple[str, str | None]:
    """The last name a capitalised run ends with and the full name it gives (None: fewer than two
    words once titles are removed).  It depends on the run alone, and the same runs recur from
    article to article, so it is kept."""
    words = run.split()
    if ". " in run or words[0].lower() in CALENDAR_WORDS:
        words = _within_sentence(words)
    last = words[-1]
    if last.endswith(("’s", "'s")):
        last = last[:-2]
    parts = _strip_titles(words)
    if len(parts) < 2:
        return last, None
    return last, " ".join(_strip_possessive(parts))


def _within_sentence(words: list[str]) -> list[str]:
    """The words of a capitalised run up to a sentence end inside it ("Florida Friday. Trump" ->
    "Trump"), and without leading days or months ("June Comey" -> "Comey")."""
    for i in range(len(words) - 1, 0, -1):
        w = words[i - 1]
        if w.endswith(".") and len(w) > 2 and w.lower().rstrip(".") not in HONORIFICS and "." not in w[:-1]:
            words = words[i:]
            break
    while len(words) > 1 and words[0].lower().strip(".,") in CALENDAR_WORDS:
        words = words[1:]
    return words


def in_title_case_line(text: str, pos: int) -> bool:
    """Is `pos` on a line set in Title Case (a headline or subhead)?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = end if end >= 0 else len(text)
    if end - start > 160:
        return False  # a paragraph, not a headline
    words = text[start:end].split()
    if len(words) < 4:
        return False
    capitals = sum(1 for w in words if w[:1].isupper())
    # Some outlets end a headline with a full stop ("..., Lindsey Graham Says."): taken as one
    # when its last word is capitalised too and no other sentence ends inside it; a question,
    # an exclamation or a quotation ends prose.
    if words[-1].endswith("."):
        if words[-1].endswith("..") or not words[-1][:1].isupper() or ". " in text[start:end].rstrip()[:-1]:
            return False
    return capitals >= 0.6 * len(words) and not words[-1].endswith(("?", "!", "”", '"'))


def _surname_like_title(words: list[str], norms: list[str]) -> bool:
    """Is the last word a title word used as a surname: after an honorific ("Mr. King") or after a
    capitalised first name ("Larry King", "John Major"), not after another title ("Prime
    Minister")?"""
    if len(words) < 2 or norms[-1].strip(".") not in TITLE_WORDS or not _NAME_PART_RE.fullmatch(words[-1]):
        return False
    before = norms[-2].strip(".")
    if before in HONORIFICS:
        return True
    return bool(_NAME_PART_RE.fullmatch(words[-2])) and before not in TITLE_WORDS and before not in NOT_NAMES


def _strip_titles(parts: list[str]) -> list[str]:
    """The name at the end of a capitalised run: walk left from the end until a title word."""
    out: list[str] = []
    norms = [p.lower().strip(".").replace("’", "'") for p in parts]
    if _surname_like_title(parts, norms):
        out.append(parts[-1])
        parts = parts[:-1]
    for i in range(len(parts) - 1, -1, -1):
        p = parts[i]
        low = p.lower().strip(".").replace("’", "'")
        if p in NAME_PARTICLES and out and i > 0 and _NAME_PART_RE.fullmatch(parts[i - 1]):
            out.append(p)  # `Bill de Blasio`
            continue
        if (low in TITLE_WORDS and not (out and _place_new(parts, i))) or low in NOT_NAMES or not _NAME_PART_RE.fullmatch(p):
            break
        out.append(p)
    out.reverse()
    return out or parts[-1:]


def _possessive_run(words: list[str]) -> str | None:
    """The capitalised run ending in the first possessive near the end of a phrase, as a name
    ("Donald Trump’s recent claims" -> "Donald Trump"), if there is one."""
    for i, w in enumerate(words):
        if w.endswith(("’s", "'s")) and len(words) - i <= 3 and _NAME_PART_RE.fullmatch(w):
            run = [w]
            j = i - 1
            while j >= 0 and _NAME_PART_RE.fullmatch(words[j]) and words[j].lower().strip(".") not in TITLE_WORDS | NOT_NAMES:
                run.insert(0, words[j])
                j -= 1
            return " ".join(_strip_possessive(run))
    return None


def _strip_possessive(run: list[str]) -> list[str]:
    last = run[-1]
    for suffix in ("’s", "'s"):
        if last.endswith(suffix):
            return run[:-1] + [last[: -len(suffix)]]
    if last.endswith(("s’", "s'")):
        return run[:-1] + [last[:-1]]  # "Sanders’ campaign"
    return run
