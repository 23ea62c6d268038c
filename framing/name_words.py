"""How a capitalised run names someone, read from the words alone: the word lists (titles,
honorifics, determiners, calendar words, name particles) and the pure readings built on them
(titles stripped, roles dropped, Title Case lines); the full name a run gives is
`framing.name_runs`.  `framing.phrase_names` reads the name a
source phrase gives from these; `framing.speakers` adds what needs the article: full names from
elsewhere in it, the last person named, the holder of a role.  Kept apart so each module stays
small.
"""

from __future__ import annotations

import functools
import re

from framing.lazy_patterns import LazyPattern, compile_lazily

# Capital letters as the inside of a regex character class: ASCII plus the accented capitals of
# Latin-1 and Latin Extended-A/B, so that "Élisabeth Borne" and "José Ángel Gurría" are read as whole
# names rather than "Borne" and "Gurría".  Python's `re` has no \p{Lu}, hence the list.
CAPITALS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())


def capitalised(pattern: str, flags: int = 0) -> LazyPattern:
    """Compile `pattern` with every `A-Z` range widened to CAPITALS.  The name patterns are written
    with plain `[A-Z]` so that they stay readable; this is where they learn accented initials.
    Compiled at first use (framing.lazy_patterns): the long class makes each compile cost ~1 ms,
    and `import framing` made twenty of them."""
    return compile_lazily(pattern.replace("A-Z", CAPITALS), flags)


# Words of a role or office that precede a name and are not part of it.  They are a rule table
# for name normalisation, not findings, so they stay beside the rule that reads them.
TITLE_WORDS = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice minister prime deputy foreign
    secretary state senator senators sen sens rep reps representative representatives congressman congresswoman gov governor mayor
    gen general lt col colonel maj major capt captain adm admiral sgt sheriff chancellor premier king queen
    prince princess pope rev reverend father judge justice chief chairman chairwoman chair
    spokesman spokeswoman spokesperson ambassador envoy commissioner director leader speaker
    attorney ministry office department defence defense interior finance trade home affairs
    agency press former acting then new senior us u s uk un eu nato white house kremlin
    archbishop bishop cardinal rabbi imam pastor ayatollah sheikh patriarch coach detective inspector
    superintendent sergeant lieutenant corporal cpl pvt""".split()
)
# Offices a person holds in a body, written in lower case before "of" and its name (`the head
# of the IMF`, `the chief executive of Ora Media`: the holder speaks, `phrase_names`), or opening
# a description after a name (`RoseAnn DeMoro, executive director of National Nurses United,`,
# `founder of the Leadership Institute`: `appositives`).  One list for both readings; many are
# title words too (`TITLE_WORDS`, the words before a name, which also holds honorifics, bodies and
# places: "Mr.", "White House", "U.S.", a different kind of word).
OFFICES = frozenset(
    """head director president chairman chairwoman chair chief executive founder cofounder co-founder owner
    leader secretary commissioner administrator manager officer dean chancellor superintendent publisher
    ceo""".split()
)
# Words before an office that open its description as the office does (`managing director of`,
# `senior adviser to`, `associate dean at`, `assistant secretary for`).
OFFICE_MODIFIERS = frozenset("managing senior associate assistant".split())
# Honorifics before a name: a title word after one is a surname ("Mr. King").
HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady sen rep gov gen lt col maj capt adm sgt rev".split())
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
# Which people "he" or "she" can refer to, read from the words right before a name in the article:
# `Mr. Sanders`, `Ms. Warren`, `spokeswoman Maria Zakharova`.  Only the text's own words: a name
# alone says nothing here.
PRONOUN_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}
GENDERED_TITLES = {
    # ("spokesman", "chairman" and "congressman" are left out: news uses them for women too.)
    **dict.fromkeys("mr sir lord king prince".split(), "m"),
    **dict.fromkeys("mrs ms miss dame lady queen princess congresswoman spokeswoman chairwoman businesswoman".split(), "f"),
}
# Nouns that give the gender of a person described, not named (`A spokeswoman for the ministry
# said ... He added` is not she): the gendered titles, and the nouns of kin and sex.
DESCRIBED_GENDERS = {
    **{t: g for t, g in GENDERED_TITLES.items() if t not in HONORIFICS},
    **dict.fromkeys("man father husband son brother grandfather uncle nephew boy widower".split(), "m"),
    **dict.fromkeys("woman mother wife daughter sister grandmother aunt niece girl widow".split(), "f"),
}


def described_gender(norms: list[str]) -> str | None:
    """"m" or "f" when a description's words say so ("a spokeswoman for the ministry", "the
    victim's mother"), None when they say nothing or both ("a man and a woman")."""
    found = {DESCRIBED_GENDERS[n] for n in norms if n in DESCRIBED_GENDERS}
    return found.pop() if len(found) == 1 else None


# Titles that tell a titled surname from the spouse who shares it, where the article writes no
# full name after the title: "President Clinton" beside "Hillary Clinton" is Bill Clinton (PolNeAR
# train: "... she has repeatedly said ..., Secretary Clinton is interested in having President
# Clinton focus on ..."), "President Obama" beside "Michelle Obama" is not she.  A woman who holds
# the office is written with the title ("President Michelle Bachelet"), and that full name is taken first.
SPOUSES_TITLES = {"president": "m"}
_WORD_BEFORE_RE = re.compile(r"(?<!\w)(\w+)\.?[ \t]+$")
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
PRONOUNS_OTHER = frozenset({"i", "we", "they", "it", "you", "this", "that", "who", "which"})
DETERMINERS = frozenset(
    "the a an one two three four five several some many other another both all his her their its our".split()
)
# Adverbs and connectives opening a sentence: never part of a name, and no source by themselves.
SENTENCE_ADVERBS = frozenset(
    """besides indeed therefore ultimately nevertheless nonetheless moreover furthermore hence thus likewise
    similarly finally eventually initially previously separately additionally regardless otherwise accordingly
    consequently notably apparently perhaps maybe""".split()
)
# Capitalised words that start sentences but never names.
NOT_NAMES = DETERMINERS | frozenset(
    """why what when where how who in on at for after before despite while as but and if by with
    from to of this that these those earlier later meanwhile instead yet still even then now today
    yesterday however although though since because so also not no said says added asked there there's
    beneath amid amidst among behind beyond inside outside under over across around through throughout
    toward towards upon within without against along during until unlike neither either nor like""".split()
) | SENTENCE_ADVERBS  # the reporting verbs opening an inverted sentence (`Said Comey, "..."`) are no part of a name
# Adverbs that end some names when capitalised after a name word ("Democracy Now", "Apocalypse
# Now"): `ArticleText.name_ends_in_adverb` keeps them in the subject before a cue.
NAMES_ENDING_IN_ADVERBS = frozenset({"now"})
# Days and months: capitalised, never a speaker at the head of a clause ("On September 27 they
# ..."), but part of some names ("Theresa May", "April Ryan"), so only the clause rules skip them.
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
CALENDAR_WORDS = WEEKDAYS | frozenset("january february march april may june july august september october november december".split())
# Words of a time phrase: `on Saturday`, `this morning`, `last week`.
# Months abbreviated ("Feb. 28"): no name ("Jan", "Jun", "Mar" left out: "Jan Brewer").
MONTH_ABBREVIATIONS = frozenset("feb apr aug sep sept oct nov dec".split())
TIME_WORDS = CALENDAR_WORDS | frozenset("today yesterday tonight morning afternoon evening night week weekend month year".split())
TITLES_AND_DETERMINERS = TITLE_WORDS | DETERMINERS
# Titles only a person holds: a lone surname after one names a person ("President Zelensky",
# "Mr. Trump"), where "Ministry" or "Kremlin" before a word name an office or a place.
PERSON_TITLES = HONORIFICS | frozenset(
    """president senator congressman congresswoman representative governor mayor minister chancellor
    premier secretary spokesman spokeswoman spokesperson ambassador envoy commissioner judge justice
    king queen prince princess pope chairman chairwoman speaker general colonel captain admiral
    reverend father sheriff""".split()
)
NAME_PART_RE = capitalised(r"[A-Z][\w’'.-]*")
# The characters `[A-Z]` stands for in the name patterns (`capitalised`), for `is_name_part`.
_CAPITAL_CHARS = frozenset(map(chr, range(65, 91))) | frozenset(CAPITALS[3:])


def is_name_part(word: str) -> bool:
    """`NAME_PART_RE.fullmatch(word)`, as a bool: a capital, then word characters or ’'.- only.
    A capital then letters and digits only (most names: `str.isalnum` accepts exactly what `\\w`
    does but "_") is told without the pattern; a match call cost about twice this function."""
    return word[:1] in _CAPITAL_CHARS and (word.isalnum() or NAME_PART_RE.fullmatch(word) is not None)


# Heads of a source phrase that name others than the person after them or before "'s": `Trump's campaign`,
# `Pagliano's lawyer`, `Scott's family`, `Aides to Clinton` speak for themselves, not as that person.
OTHERS_OF_A_PERSON = frozenset(
    """campaign campaigns team aides aide staff staffers advisers adviser advisors lawyer lawyers attorney
    attorneys spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen spokespersons office family
    relatives supporters allies
    surrogates camp administration company firm foundation wife husband son daughter sons daughters
    mother father brother sister children friends lawmakers officials admirers backers strategists rivals
    confidants opponents associates representatives representative circle forces manager managers agency
    critics detractors donors fans loyalists colleagues followers voters defenders advocates partisans
    operatives organizers organisers people protesters demonstrators woman man""".split()
)
# Lower-case words inside a name: "Bill de Blasio", "Ludwig van Beethoven", "Osama bin Laden".
NAME_PARTICLES = frozenset("de da del della di du van von der den bin ibn dos das".split())


# Words that are no source on their own: connectives and adverbs opening a sentence, and verbs
# and conjunctions left as a source phrase by a wrong reading of the clause (`Meanwhile`,
# `Likewise`, `and`, `began`).  Not the determiners and quantifiers, which PolNeAR's annotators
# take as the speaker ("Some said", "Many believe", "Another tweeted").
_CONNECTIVES = SENTENCE_ADVERBS | frozenset(
    "meanwhile however instead essentially overwhelmingly and or but nor began stopped rather ahead right in "
    "with at on of to for by about as into asked".split()
)  # ("Rather than giving in to fear, the president said", "Ahead of the meeting", "Right now", "In remarks";
#    a preposition or "Asked" left alone by a wrong reading of the clause: `attacks with`, `Asked to describe`;
#    not "from": `Al From ... From said`)
# Participles that open a sentence before its subject ("Having announced ..., Berman said",
# "Speaking Sunday, Carson said"): capitalised, they are still no name.
_PARTICIPLE_OPENERS = frozenset(
    """having being speaking following according standing appearing continuing walking talking writing
    responding addressing referring noting citing arguing saying asking consulting looking pointing
    acknowledging adding calling making taking coming going getting seeing using leaving sitting turning
    returning testifying campaigning explaining reflecting describing commenting defending reacting
    insisting claiming warning urging utilizing utilising echoing""".split()
)


def is_participle_opener(word: str) -> bool:
    """Is a capitalised -ing word one of the participles that open sentences ("Having", "Speaking")?"""
    return word.lower() in _PARTICIPLE_OPENERS


NOT_LY_NOUNS = frozenset("family ally assembly supply italy daily weekly monthly quarterly".split())
# Contractions that open a clause, never a source ("That’s", "It’s").
_CLAUSE_CONTRACTIONS = frozenset("that's it's here's there's what's".split())


def not_a_source_word(norm: str) -> bool:
    """Is a one-word source phrase (its lower-cased norm) no one: a connective ("Meanwhile",
    "Likewise"), a day ("Tuesday", "Friday's"), a contraction ("That’s"), a participle or an
    adverb ("Having", "Speaking", "practically")?  (A capitalised -ing surname, "Manning", is a
    person by the full name the article gives, which `Speakers` asks before this.)"""
    norm = norm.rstrip(".")
    bare = norm[:-2] if norm.endswith("'s") else norm
    if bare in _CONNECTIVES or bare in WEEKDAYS or bare in MONTH_ABBREVIATIONS or norm in _CLAUSE_CONTRACTIONS:
        return True
    if norm.endswith(("jing", "qing")):
        return False  # Beijing, Chongqing
    return len(norm) > 5 and (norm.endswith("ing") or (norm.endswith("ly") and norm not in NOT_LY_NOUNS))


def place_new(words: list[str], i: int) -> bool:
    """Is words[i] the "New" of a place or paper ("New York Times", "New Jersey"), not the
    title-like "new" of "the new chairman"?"""
    return words[i] == "New" and i + 1 < len(words) and words[i + 1][:1].isupper()


# Words of a role written before a name, capitalised as a title or by the sentence start, that
# are no part of it ("Moderator Lester Holt", "Candidate Trump"), besides the job nouns
# (`framing.job_nouns`: "Anchor", "Reporter").  The offices are TITLE_WORDS.
ROLE_WORDS = frozenset(
    """moderator candidate nominee panelist panellist rival challenger opponent incumbent hopeful contender
    frontrunner front-runner billionaire businessman businesswoman mogul tycoon""".split()
)
# Party words before a name ("Democrat Hillary Clinton", "Republican Ted Cruz"): they say which
# side, not who; dropped only before a given name ("Republican Party", "Democrat Leaders" stay).
PARTY_WORDS = frozenset("democrat republican gop".split())
_NO_NAME_AFTER_ROLE = NOT_NAMES | TITLE_WORDS  # a word after a role word that shows it opens no name (built once: a union a call cost ~8 us)


def without_role(parts: list[str], job_nouns: frozenset[str] | None = None) -> list[str]:
    """A name's words without a role or party word opening them ("Moderator Lester Holt" ->
    "Lester Holt", "Democrat Hillary Clinton" -> "Hillary Clinton"), as titles are stripped
    ("Sen. Bernie Sanders" -> "Bernie Sanders", "President Trump" -> "Trump").  `job_nouns`: the
    run's (a user's --lexicon rows over ours); None: the packaged rows.  A role word is dropped
    before any name-shaped word ("Candidate Trump" -> "Trump"), a party word only before a given
    name (`genders.is_given_name`), so bodies stay whole ("Republican Party")."""
    if len(parts) < 2 or not is_name_part(parts[1]) or parts[1].lower().strip(".") in _NO_NAME_AFTER_ROLE:
        return parts
    first = parts[0].lower()
    if first in ROLE_WORDS or first in (_packaged_job_nouns() if job_nouns is None else job_nouns):
        return parts[1:]
    if first in PARTY_WORDS and len(parts) > 2:
        from framing import genders  # (genders reads this module: imported when first asked)

        if genders.is_given_name(parts[1]):
            return parts[1:]
    return parts


def from_given_name(parts: list[str], job_nouns: frozenset[str] | None = None, table: dict[str, str] | None = None) -> list[str]:
    """A name's words from a given name on, where capitalised words of an office or a job go
    before it ("Washington Managing Editor Bill Sammon" -> "Bill Sammon", "Chief Executive
    Officer Tim Cook" -> "Tim Cook"): the last given name (`genders.is_given_name`; `table`: the
    run's, None: ours) right after a title, job or office word.  Titles a run opens with are
    already gone (`strip_titles`); these are the ones a capitalised word before them kept in.
    `job_nouns`: the run's (a user's --lexicon rows over ours); None: the packaged rows."""
    if len(parts) < 3:
        return parts
    jobs = _packaged_job_nouns() if job_nouns is None else job_nouns
    for j in range(len(parts) - 2, 0, -1):
        before = parts[j - 1].lower().strip(".")
        if before in TITLE_WORDS or before in jobs or before in _OFFICE_WORDS:
            from framing import genders  # (genders reads this module: imported when first asked)

            if genders.is_given_name(parts[j], table):
                return parts[j:]
    return parts


# Last words of an office written before a name, besides the titles and job nouns: `Chief
# Executive Officer Tim Cook`, `Founder Jimmy Wales`.
_OFFICE_WORDS = frozenset("officer executive founder cofounder co-founder owner".split())


@functools.cache  # (the import inside cost more than the look-up it serves, once per name)
def _packaged_job_nouns() -> frozenset[str]:
    from framing.job_nouns import packaged_job_nouns  # (read from the lexicon file once, when first asked)

    return packaged_job_nouns()


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


def surname_like_title(words: list[str], norms: list[str]) -> bool:
    """Is the last word a title word used as a surname: after an honorific ("Mr. King") or after a
    capitalised first name ("Larry King", "John Major"), not after another title ("Prime
    Minister")?"""
    if len(words) < 2 or norms[-1].strip(".") not in TITLE_WORDS or not is_name_part(words[-1]):
        return False
    before = norms[-2].strip(".")
    if before in HONORIFICS:
        return True
    return is_name_part(words[-2]) and before not in TITLE_WORDS and before not in NOT_NAMES


def surname_like_function_word(words: list[str], norms: list[str]) -> bool:
    """Is the last word, a function word by its spelling ("From", "Still"), a surname: written
    capitalised right after a given name the table knows ("Al From", `genders.is_given_name`)?
    A function word opening its run ("From Washington, ...") or after another word ("Hillary For
    America" ends in "America" anyway) is none."""
    if len(words) < 2 or norms[-1] not in NOT_NAMES or norms[-1] in DETERMINERS or not words[-1][:1].isupper() or not words[-1][1:].islower():
        return False
    from framing import genders  # (genders reads this module: imported when first asked)

    return genders.is_given_name(words[-2])


# Auxiliaries that open a question in a headline before a name ("Did Donald Trump really scam
# students?"): no part of it ("Will" and "May" may be given names, "Can" too).
_QUESTION_OPENERS = frozenset("did does do is was were are has have had could would should".split())


def strip_titles(parts: list[str]) -> list[str]:
    """The name at the end of a capitalised run: walk left from the end until a title word."""
    out: list[str] = []
    norms = [p.lower().strip(".").replace("’", "'") for p in parts]
    if surname_like_title(parts, norms) or surname_like_function_word(parts, norms):
        out.append(parts[-1])
        parts = parts[:-1]
    for i in range(len(parts) - 1, -1, -1):
        p = parts[i]
        low = p.lower().strip(".").replace("’", "'")
        if p in NAME_PARTICLES and out and i > 0 and is_name_part(parts[i - 1]):
            out.append(p)  # `Bill de Blasio`
            continue
        if (
            (low in TITLE_WORDS and not (out and place_new(parts, i)) and not _middle_initial(parts, i))
            or low in NOT_NAMES
            or low in _QUESTION_OPENERS
            or not is_name_part(p)
        ):
            break
        out.append(p)
    out.reverse()
    if len(out) == 1 and len(parts) > 1 and out[0].lower().strip(".") in COMPANY_LAST_WORDS:
        return parts  # `General Motors`, `Cardinal Health`: a company whose name opens with a title word
    return out or parts[-1:]


# Last words of companies whose names open with a title word ("General Motors", "Cardinal Health",
# "Coach Inc."): after a title they leave no person's name, so the whole run is the name.
COMPANY_LAST_WORDS = frozenset("motors electric dynamics mills health foods inc corp co ltd llc plc group".split())


def _middle_initial(parts: list[str], i: int) -> bool:
    """Is parts[i] ("S." or "U.") a person's initial between name words ("Stephen S. Cohen"),
    not a letter of "U. S." ("U. S. Senator", the country's title word)?"""
    word = parts[i]
    if len(word) != 2 or word[1] != "." or word[0] not in "SU" or i == 0 or i + 1 >= len(parts):
        return False
    before, after = parts[i - 1].rstrip("."), parts[i + 1].rstrip(".")
    return not (word[0] == "S" and before == "U") and not (word[0] == "U" and after == "S") and is_name_part(parts[i - 1])


def strip_possessive(run: list[str]) -> list[str]:
    last = run[-1]
    for suffix in ("’s", "'s"):
        if last.endswith(suffix):
            return run[:-1] + [last[: -len(suffix)]]
    if last.endswith(("s’", "s'")):
        return run[:-1] + [last[:-1]]  # "Sanders’ campaign"
    return run


def gendered_title_before(text: str, pos: int) -> str | None:
    """"m" or "f" when the word right before `pos` (a name's first word) is a gendered title:
    `Mr. Sanders`, `spokeswoman Maria Zakharova`."""
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 16), pos)
    return GENDERED_TITLES.get(m.group(1).lower()) if m else None
