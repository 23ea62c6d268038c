"""What an article tells of its people, for naming speakers: the fullest form of each name
("Lavrov" -> "Sergey Lavrov", never "Mr. Bush" -> "Barbara Bush"), whether a lone capitalised word
may be a person a later "he" or "she" stands for, and the people named so far in text order, with
the last one before a pronoun weighed by gender (`framing.genders.ArticleGenders`).
`framing.speakers.Speakers` builds on this memory to name a source phrase; split out of it to keep
each module small.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from framing import genders, lone_names
from framing.name_runs import first_full_name, run_name, runs_by_last_name
from framing.name_words import (
    CALENDAR_WORDS,
    MONTH_ABBREVIATIONS,
    NAME_PARTICLES,
    NOT_NAMES,
    PARTY_WORDS,
    PERSON_TITLES,
    PRONOUN_GENDERS,
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    SPOUSES_TITLES,
    TITLE_WORDS,
    without_role,
)
# (imported here, not in the functions that read it: an import statement costs about 8,000
# instructions a call, and `_body_named` is asked about twenty times an article)
from framing.opening_subjects import ORGANISATION_HEADS


@dataclass
class PersonMemory:
    """Per-article memory of people: the fullest form of each name, who may be a person, the
    people named so far."""

    text: str
    anonymous_heads: frozenset[str]
    _full: dict[str, str] = field(default_factory=dict)  # name -> its fullest form, as asked for
    _runs: dict[str, list[tuple[str, int]]] | None = None  # last name -> capitalised runs ending in it
    persons: list[tuple[int, str]] = field(default_factory=list)  # (offset, full name), in order
    # The persons of more than one word by their last one, in the same order: a lone name's fuller
    # form is looked for among these, not through every person named before it.
    _by_last_word: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    # Called once, on the first pronoun, to add people named elsewhere (sentence subjects): a
    # cost only articles with a "he said" pay.
    more_persons: Callable[[PersonMemory], None] | None = None
    _lone: dict[tuple[str, bool], bool] = field(default_factory=dict)  # one-word name -> a person?
    _genders: genders.ArticleGenders | None = None  # the gender of people a he/she is weighed against
    # The run's given-name table (`genders.given_names`: a user's --lexicon rows over ours); None: ours.
    given_names: dict[str, str] | None = None
    # The persons described, not named, by their entry in `persons`: the gender their words give
    # ("a spokeswoman": "f"), "" where they give none ("a senior official").
    _described: dict[tuple[int, str], str] = field(default_factory=dict)
    _person_named: dict[str, str | None] = field(default_factory=dict)  # name -> `_person_of` (as noted)

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
                self._runs = runs_by_last_name(self.text)
            keep = functools.partial(self._widens_to, name)
            full = self._full[name] = first_full_name(self.text, self._runs.get(name, ()), keep) or name
            if full == name and ("'" in name or "’" in name):
                # `NYPD Commissioner James O’Neill ... O'Neill said`: the same name, another apostrophe
                other = self.full_name(name.translate(_OTHER_APOSTROPHE))
                if " " in other:
                    full = self._full[name] = other
        return full

    def _widens_to(self, name: str, full: str) -> bool:
        """May a lone `name` stand for `full`, a capitalised run ending in it?  Not when the
        run's first word, no given name, is shaped like an adjective, a participle or a demonym
        ("Debating Clinton", "Central European", "Congressional Republicans", "Presumptive
        Democratic"), or like an epithet ("'Thin-skinned' Trump"); and a group noun ("Democrats")
        only with a given name first ("Virginia Democrats" is no widening of "some Democrats").
        (Also refusing a first word the article writes in lower case changed nothing on PolNeAR
        train+dev and cost a text search a name.)"""
        if name.lower() in PARTY_WORDS:
            return False  # `The Republican is also encouraging`: a party's member, not "Kent County Republican"
        first = full.split(None, 1)[0]
        low = first.lower()
        if low in NAME_PARTICLES and first[:1].isupper() and full.count(" ") == 1:
            return False  # `De Blasio said`, a particle capitalised by the sentence: no fuller name than "Bill de Blasio"
        if low in NAME_PARTICLES or low == "new" or genders.is_given_name(first, self.given_names):  # ("New York Times")
            return True
        if (first.endswith(("'", "’")) and not first[-2:-1] == "s") or _LOWER_AFTER_HYPHEN_RE.search(first):
            return False  # `'Thin-skinned' Trump quells critics`: a quoted epithet, no given name
        return not (name.lower().endswith(_GROUP_NAME_ENDINGS) or low.endswith(_ADJECTIVE_ENDINGS))

    def recent_full_name(self, name: str, offset: int, gender: str | None = None) -> str | None:
        """The person last named in full with the lone `name` as last word within `_RECENT_REACH`
        characters before `offset` ("Homeland Security Secretary Jeh Johnson says ... Johnson
        tells" is Jeh Johnson though the article named Gary Johnson first), if that full name
        opens with a given name fitting `gender`; None if there is none, or if the article's
        opening names `name` (its main person: "Trump's Son Says ... Eric Trump said ... Trump
        tweeted" is Donald Trump, the article's first full name)."""
        named = self._by_last_word.get(name)
        if not named or re.search(r"\b" + re.escape(name) + r"\b", self.text[:_OPENING]):
            return None  # (a surname in the headline or lede is the article's main person: `Trump's Son Says ... Trump tweeted`)
        i = bisect.bisect_left(named, (offset, "")) - 1
        if i < 0 or named[i][0] < offset - _RECENT_REACH:
            return None
        full = named[i][1]
        if not (self._opens_with_a_given_name(full) and self.is_person(name)):
            return None  # (only a full name opening with a given name: not "Does Rubio", "Republicans Jolly")
        if gender is not None and genders.given_name_gender(full, self.given_names) not in (gender, None):
            return None
        return full

    def _opens_with_a_given_name(self, full: str) -> bool:
        """Does a full name open with a given name: one in the table, or, where the table lacks
        it ("Reporter Jomana Karadsheh says:", "Salma Hayek"), a word shaped like one in a name
        shaped like a person's (`_person_shaped`: two or three plain capitalised words, no title,
        no body's head), that is no function word, auxiliary or party word ("Does Rubio") and
        does not end like a group noun or an adjective ("Republicans Jolly", "Central European")?
        On PolNeAR train+dev the shape added two people, both right (Jomana Karadsheh, Salma
        Hayek, each a lone surname after the full name in a Title Case line), and took none away."""
        words = full.split()
        first = words[0]
        if genders.is_given_name(first, self.given_names):
            return True
        low = first.lower()
        return (
            _person_shaped(words) and low not in _NO_GIVEN_NAMES
            and not low.endswith(_GROUP_NAME_ENDINGS) and not low.endswith(_ADJECTIVE_ENDINGS)
        )

    def full_name_for(self, name: str, gender: str | None, title: str | None = None) -> str:
        """`full_name`, but for a name titled `Mr.` or `Ms.` (`gender`) not a full name whose given
        name is of the other gender ("Mr. Bush" is not the article's first "Barbara Bush"): the
        first run that fits, else the name as written.  A name with a title (`title`, "president")
        takes the first full name the article gives with the same title, where there is one:
        "President Obama" is the "President Barack Obama" named after "Michelle Obama"; where
        there is none, a title in `SPOUSES_TITLES` reads as that gender's ("President Obama" is
        "Barack Obama" if the article names him, else "Obama"; never "Michelle Obama")."""
        full = self.full_name(name)
        if title is not None and " " not in name:
            titled = self._full_name_titled(name, title, gender)
            if titled is not None:
                return titled
            gender = gender or SPOUSES_TITLES.get(title)  # "President Obama" is not "Michelle Obama"
        if gender is None or " " in name or genders.given_name_gender(full, self.given_names) in (gender, None):
            return full
        runs = self._runs.get(name, ()) if self._runs is not None else ()
        return first_full_name(self.text, runs, lambda f: self._fits(name, f, gender)) or name

    def _fits(self, name: str, full: str, gender: str | None) -> bool:
        """May `name`, titled as of `gender` (or not by gender, None), stand for `full`?"""
        return self._widens_to(name, full) and (
            gender is None or genders.given_name_gender(full, self.given_names) in (gender, None)
        )

    def _full_name_titled(self, name: str, title: str, gender: str | None) -> str | None:
        """The first full name ending in `name` that the article writes after `title`."""
        for run, _ in self._runs.get(name, ()) if self._runs is not None else ():
            words = run.split()
            if len(words) < 3 or title not in (w.lower().strip(".") for w in words[:-2]):
                continue
            full = run_name(run)[1]
            if full is not None and self._fits(name, full, gender):
                return full
        return None

    def note_person(self, offset: int, name: str) -> None:
        # The readings of the name alone (before the offset is looked at) are kept per name: the
        # same people are noted again and again in an article.
        found = self._person_named.get(name, False)
        if found is False:
            found = self._person_named[name] = self._person_of(name)
        if found is None:
            return
        name = found
        if " " not in name or name.split(None, 1)[0].lower() in NAME_PARTICLES:
            # "Matthews" after "Chris Matthews" was named: the same person, by the fuller name.
            # (Any person ending in " " + name ends in its last word, and has a space.)
            named = self._by_last_word.get(name.rsplit(None, 1)[-1], []) if name.strip() else self.persons
            i = bisect.bisect_left(named, (offset, ""))
            name = next((named[j][1] for j in range(i - 1, -1, -1) if named[j][1].endswith(" " + name)), name)
        bisect.insort(self.persons, (offset, name))
        if " " in name:
            bisect.insort(self._by_last_word.setdefault(name.rsplit(None, 1)[-1], []), (offset, name))

    def _person_of(self, name: str) -> str | None:
        """The person `note_person` remembers for a name, from its words alone; None for no person."""
        if name.endswith(("’", "'")):
            return None  # `On Fox News’ “Hannity,” she ...`: an owner's possessive, no person named
        name = without_owner(name, self.given_names)  # `NBC's Lester Holt opened ... He asked`: Lester Holt
        name = owner_named(name, self.given_names)  # `Alan Grayson's Senate campaign raised ... He said`: Alan Grayson
        if " " in name:
            name = " ".join(without_role(name.split(" ")))  # `Moderator Lester Holt opened ... He asked`: Lester Holt
        if name.isupper():
            return None  # `DES MOINES — She is ...`: a dateline (or an acronym), no person
        if lone_names.not_a_person_run(name):
            return None  # `Indiana GOP`, `Washington D.C. He`, `THE BORROWING Back when`: a body, or a run across a sentence
        if " " in name and _body_named(name, self.given_names):
            return None  # `The New York Times reported ... She declined`: an outlet or a body, no "she"
        if name[:1].isdigit():
            return None  # `The 14th Amendment states`: a numbered thing, no person a later "he" may be
        if name.endswith(" I") and not genders.is_given_name(name.split(None, 1)[0], self.given_names):
            return None  # `Suddenly I looked over`: the writer, no person a later "she" may be
        return name

    def note_description(self, offset: int, speaker: str, gender: str | None = None) -> None:
        """Remember one person described, not named ("reporter for Agence France-Presse", or
        "anonymous" for `a senior official`), as the referent of a later "he" or "she": the
        closest person before a pronoun, as a named one is.  Kept apart from the names by last
        word, so no later lone name ("Today") widens to a description ("reporter for USA Today").
        `gender`: what the description's words say ("a spokeswoman": "f"); a pronoun of the
        other gender passes over this person (`last_person`)."""
        bisect.insort(self.persons, (offset, speaker))
        self._described[(offset, speaker)] = gender or ""

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
        if low in _NOT_PERSON_WORDS or low in self.anonymous_heads or low in PRONOUNS_PERSON or low in _BODY_WORDS:
            return False
        text = self.text
        if not lone_names.surname_shaped(name) or lone_names.thing_or_word(text, name):
            return False
        return titled or self.titled_elsewhere(name) or not lone_names.group_like(low)

    def titled_elsewhere(self, name: str) -> bool:
        """Does the article put a personal title right before `name` somewhere ("President
        Zelensky", "Mr. Sanders")?  On PolNeAR train+dev and BASIL, of the lone headline subjects
        before a verb whose article gives no full name, 20 of 21 persons were titled so (Trump,
        Obama, Biden, Boehner; not Pence), and none of the bodies and places (Senate, House,
        Congress, China, Germany, Wisconsin, ...)."""
        if self._runs is None:
            self._runs = runs_by_last_name(self.text)
        return any(
            len(words) > 1 and words[-2].lower().strip(".") in PERSON_TITLES
            for words in (run.split() for run, _ in self._runs.get(name, ()))
        )

    def last_person(self, offset: int, pronoun: str = "") -> str | None:
        """The last person named before `offset` (the referent of "he" or "she"), weighed by
        gender (`genders.ArticleGenders.referent`) when the pronoun has one."""
        if self.more_persons is not None:
            more, self.more_persons = self.more_persons, None
            more(self)
        i = bisect.bisect_left(self.persons, (offset, "")) - 1
        if i < 0:
            return None
        wanted = PRONOUN_GENDERS.get(pronoun)
        if wanted is None:
            return self.persons[i][1]
        while i >= 0 and self._described.get(self.persons[i], wanted) not in (wanted, ""):
            i -= 1  # `Mr. Smith spoke. A spokeswoman said ... he added`: not the spokeswoman
        if i < 0:
            return None
        if self._genders is None:
            self._genders = genders.ArticleGenders(self.text, self.given_names)
        found = self._genders.referent(self.persons, i, offset, wanted, self)
        if found is None:
            # The last person named is of the other gender and no earlier one is titled as of
            # this one: a person described before them, whose gender the words leave open, may
            # be (`A senior official said ... Mr. Smith said ... she added`: the official).
            found = next(
                (p for p in reversed(self.persons[max(0, i - _PRONOUN_REACH) : i]) if self._described.get(p) in (wanted, "")), (0, None)
            )[1]
        return found


def without_owner(name: str, table: dict[str, str] | None = None) -> str:
    """A person's name without an owner's possessive before it: "NBC's Lester Holt" -> "Lester
    Holt", "Fox’s Chris Wallace" -> "Chris Wallace" (the anchor speaks, not the network).  Only
    when two words or more follow, opened by a given name (`genders.is_given_name`) or after an
    owner in capitals ("NBC", "ABC News"), and no given name opens the owner: a person's
    possessive before a thing ("Trump's Mar-a-Lago Club") or a given name owning ("Hillary's
    Bill") stays as written."""
    if "'" not in name and "’" not in name:
        return name  # (most names: two searches in C)
    words = name.split()
    for i, word in enumerate(words[:-2]):
        if word.endswith(_POSSESSIVE_ENDINGS):
            owner = words[0] if i else word.rstrip("s").rstrip("'’")
            rest = words[i + 1 :]
            if not genders.is_given_name(owner, table) and (
                genders.is_given_name(rest[0], table) or (len(owner) > 1 and owner.isupper()) or _person_shaped(rest)
            ):
                return " ".join(rest)
            return name
    return name


def owner_named(name: str, table: dict[str, str] | None = None) -> str:
    """The person owning what a capitalised run goes on to name: "Alan Grayson's Senate" ->
    "Alan Grayson" (a sentence opening `Rep. Alan Grayson's Senate campaign raised ...` names
    him for a later "he", as `Alan Grayson's campaign` does).  Only an owner of two words or more
    opened by a given name (`genders.is_given_name`): "Trump's Mar-a-Lago Club" and "NBC's
    Lester Holt" (`without_owner`) stay as they were."""
    if "'" not in name and "’" not in name:
        return name
    words = name.split()
    for i in range(1, len(words) - 1):
        if words[i].endswith(("'s", "’s")) and len(words[i]) > 3:
            return " ".join([*words[:i], words[i][:-2]]) if genders.is_given_name(words[0], table) else name
    return name


def _body_named(name: str, table: dict[str, str] | None = None) -> bool:
    """Is a name of several words a body's or an outlet's, no person's: its last word the head of
    an organisation or a paper ("New York Times", "Justice Department", "Clinton Foundation";
    `opening_subjects.ORGANISATION_HEADS`), and no given name first ("Margaret Court", "Emily
    Post" stay people)?"""
    last = name.rsplit(None, 1)[-1].lower()
    return (last in ORGANISATION_HEADS or last in _OUTLET_HEADS) and not genders.is_given_name(name.split(None, 1)[0], table)


# Last words of a newspaper's or a broadcaster's name, beside ORGANISATION_HEADS.
_OUTLET_HEADS = frozenset("times post news journal tribune herald globe gazette chronicle inquirer examiner telegraph guardian".split())


def _person_shaped(words: list[str]) -> bool:
    """Are the words after an owner shaped like a person's name whatever the given name ("Fox's
    Zorbo Kleft"): two or three plain capitalised words, no title, and not a body's or place's
    ("Trump's Mar-a-Lago Club", "Clinton's Blue Room")?"""
    return (
        len(words) in (2, 3) and all(_PLAIN_NAME_WORD_RE.fullmatch(w) and w.lower() not in TITLE_WORDS for w in words)
        and words[-1].lower() not in ORGANISATION_HEADS and words[-1].lower() not in _PLACE_HEADS
    )


# A plain name word: a capital, then letters, with an apostrophe inside ("O'Neill") at most.
_PLAIN_NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:['’][A-Z]?[a-z]+)?|[A-Z][a-z]*[A-Z][a-z]+")
# Heads of places and things a person's possessive may own (beside ORGANISATION_HEADS).
_PLACE_HEADS = frozenset("room tower hotel building plaza hall estate ranch club resort park street avenue house".split())
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
_OTHER_APOSTROPHE = str.maketrans({"'": "’", "’": "'"})
# How many people named before the last one are tried for a described person a pronoun may
# stand for (as `genders` tries titled ones).
_PRONOUN_REACH = 6
# How far back a full name is read as the one a lone surname stands for (`recent_full_name`).
_RECENT_REACH = 600
# The opening of an article (headline and lede), where its main person is named.
_OPENING = 300
# A hyphen and a lower-case letter: a compound adjective ("Thin-skinned", "Trump-backed"), no name.
_LOWER_AFTER_HYPHEN_RE = re.compile(r"-[a-z]")
# Endings of group nouns and demonyms, which widen only to a run opening with a given name.
_GROUP_NAME_ENDINGS = ("ans", "ats", "ists")
# Endings of adjectives, participles and demonyms: such a word opening a run is no given name.
_ADJECTIVE_ENDINGS = ("ing", "al", "ive", "ic", "ican", "ean", "ern", "ish", "ese", "ed", "ary", "ous")
# Words that open a capitalised run without being a given name: "Does Rubio", "Senator Jolly".
_NO_GIVEN_NAMES = NOT_NAMES | TITLE_WORDS | PARTY_WORDS | frozenset("did does do is was were are has have had could would should".split())
_NOT_PERSON_WORDS = NOT_NAMES | TITLE_WORDS | CALENDAR_WORDS | MONTH_ABBREVIATIONS | PRONOUNS_OTHER
# Lone capitalised words of a body or a crowd, never the person a "he" or "she" stands for
# (`Police officials said ... "...," he said`: not "Police").
_BODY_WORDS = frozenset("police military government media press public crowd audience pentagon kremlin congress senate".split())
