"""The attribution patterns of `framing.attribution` that are functions of their own, and which
quotations an attribution credits:

- `according to X, ...` / `..., according to X`: X is the source, the rest of the sentence the
  content (`according_to`);
- postposed: `The talks were a show, Lavrov said.` / `..., said Lavrov.`: the content before the
  comma (`postposed`);
- `quotes_within`: the quotations inside an indirect content, credited to its source;
- `is_title`: a quotation that is the title of a show, book or song, which no cue credits.

`attribution._attribute` calls them in its pattern order; they sit apart so that order can be read
on one screen.
"""

from __future__ import annotations

import bisect
import re

from framing import article_text, aside_subjects, phrases_after_cue
from framing.cue_reading import ADDRESSEE_VERBS, TITLE_SMALL_WORDS, lemma
from framing.models import Attribution, Range
from framing.name_words import CALENDAR_WORDS, NOT_NAMES, TITLE_WORDS, in_title_case_line

# A particle that ends the sentence right after the cue (`..., and then he showed up.`): a particle verb, not a report.
_PARTICLE_TAIL_RE = re.compile(r"\s+(?:on|off|out|up|down|away)\b[\s.]*$")
# A short clause after the cue is its complement, not a tail: `..., Lavrov said it was over.`
_CLAUSE_TAIL_RE = re.compile(r"\s+(?:that\s+)?(?:he|she|it|they|we|i|this)\s+\w", re.IGNORECASE)
# What may follow a postposed cue: nothing, a few words ("on Tuesday"), or a prepositional phrase.
_POSTPOSED_TAIL_RE = re.compile(
    r"[\s.!?\"”’)]*|\s*;.*|(?:\s+[\w’'-]+){1,3}[\s.!?\"”’]*|\s+(?:on|in|at|during|after)(?:\s+[\w’'-]+){1,6}[\s.!?\"”’]*"
)
# A dash that sets off a postposed tag as a comma does (`... federal officers ― the Department of
# Justice said.`): an em dash, HuffPost's horizontal bar (U+2015), a spaced en dash, or "--".
_TAG_DASH_RE = re.compile(r"\s*[—―]\s*|\s+–\s+|\s*--\s*")
_SENTENCE_END_RE = re.compile(r"[\s.!?\"”’)]*")


def is_title(art: article_text.ArticleText, qi: int) -> bool:
    """Is quotation qi the title of a show, book or song (`MSNBC’s “Morning Joe”`, “Fox News
    Sunday,”) rather than words spoken: a few words, every one capitalised but the small ones,
    in running text (not in a Title Case headline)?"""
    q = art.quotes[qi]
    words = art.text[q.start : q.end].strip("“”\"‘’'`,.!? ").split()
    if len(words) == 1 and words[0][:1].isupper() and _show_owner_before(art.text, q.start):
        return not in_title_case_line(art.text, q.start)  # `On Fox News’ “Hannity,” she ...`: a show
    if not 2 <= len(words) <= 6:
        return False  # one capitalised word ("No," he said) is speech as often as a title
    if not all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words) or not words[0][:1].isupper():
        return False
    return not in_title_case_line(art.text, q.start)


def _show_owner_before(text: str, start: int) -> bool:
    """Does a capitalised possessive stand right before the quotation (`Fox News’ “Hannity”`,
    `MSNBC's “Hardball”`), whose one word is then the name of a show, not words spoken?"""
    before = text[max(0, start - 40) : start].rstrip()
    words = before.split()
    return bool(words) and words[-1][:1].isupper() and words[-1].endswith(("’s", "'s", "s’", "s'"))


def _name_follows(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """Does a capitalised word other than an article follow the cue (`..., noted NBC's Dante Chinni`)?"""
    k = cue.last + 1
    if k >= len(art.tokens):
        return False
    tok = art.tokens[k]
    return art.text[tok.start].isupper() and tok.norm not in ("the", "a", "an")


def quotes_within(art: article_text.ArticleText, r: Range) -> list[int]:
    """Quotations inside an indirect content: fragments of the source's words."""
    i = bisect.bisect_left(art.quote_starts, r.start)
    out = []
    while i < len(art.quotes) and art.quotes[i].end <= r.end + 1:
        out.append(i)
        i += 1
    return out


def according_to(art: article_text.ArticleText, cue: article_text.Cue, make, s_start: int, s_end: int):
    """`according to X, ...` or `..., according to X`: X is the source, the rest the content."""
    src = phrases_after_cue.phrase_after(art, cue.last, s_end)
    if src is None:
        k = cue.last + 1
        if k < len(art.tokens) and art.tokens[k].start < s_end:
            src = (k, k)
        else:
            return None
    src = phrases_after_cue.according_source(art, src, s_end)  # (`a report in Fox News`)
    text = art.text
    cue_start = art.tokens[cue.first].start
    src_end = art.tokens[src[1]].end
    before = text[s_start:cue_start].rstrip(" ,—–-")
    if len(before.strip()) > 3:
        content = Range(s_start + len(before) - len(before.lstrip()), s_start + len(before))
    else:
        after = src_end
        while after < s_end and text[after] in " ,":
            after += 1
        end = phrases_after_cue.trim_end(text, after, s_end)
        if end <= after:
            return make(src, None), []
        content = Range(after, end)
    return make(src, content), []


def joins_names(art: article_text.ArticleText, k: int) -> bool:
    """Is token k an "and" between two people (`..., he and Mr. Allen said.`)?"""
    if art.tokens[k].norm != "and" or k == 0 or k + 1 >= len(art.tokens):
        return False
    nxt, prev = art.tokens[k + 1], art.tokens[k - 1]
    def person(t) -> bool:
        return t.norm in article_text.PRONOUNS or art.text[t.start].isupper()
    return person(nxt) and person(prev)


def _joins_nouns(art: article_text.ArticleText, cue: article_text.Cue, k: int) -> bool:
    """Is token k an "and" inside one noun phrase (`current and former officials said`, `union
    members and leaders say`, `she and another reporter said`), not one that opens a clause after
    a comma (`..., and he said`)?  Not before a cue that reads as a plural noun (`free community
    college and tax credits`) or after an auxiliary (`the details and motivations were discussed`)."""
    tokens = art.tokens
    if tokens[k].norm != "and" or k == 0 or k + 1 >= len(tokens) or art.comma(k - 1):
        return False
    if (cue.match.entry.weight or 2) < 3 and tokens[cue.first].norm.endswith("s"):
        return False
    if tokens[cue.first - 1].norm in article_text.AUX:
        return False
    nxt = art.tokens[k + 1]
    return nxt.norm not in article_text.PRONOUNS and nxt.norm not in article_text.AUX and nxt.norm not in article_text.CLAUSE_WORDS


def _relative_before(art: article_text.ArticleText, k: int, s_start: int) -> bool:
    """Does the comma-bounded stretch ending at token k open with a relative pronoun (`Sen. Mitt
    Romney, R-Utah, whose views have fluctuated, said Trump ...`)?  Then the comma closes an
    appositive to the subject, and the cue is no inverted tag."""
    j = k
    while j > 0 and art.tokens[j - 1].start >= s_start and not art.comma(j - 1) and k - j < 15:
        j -= 1
    return j > 0 and art.comma(j - 1) and art.tokens[j].norm in ("who", "whose", "which")


# Words an appositive after a name opens with (`Alan Smith, a neurosurgeon,`, `Smith, the former
# minister,`, `Smith, former minister,`), besides a capitalised word.
_APPOSITIVE_OPENERS = frozenset("a an the his her their its former then of".split())
# Words that make a comma-bounded stretch a clause rather than an appositive.
_NOT_IN_APPOSITION = article_text.CLAUSE_WORDS | article_text.AUX | article_text.PRONOUNS


def _lone_name(art: article_text.ArticleText, word: str) -> bool:
    """May one capitalised word opening a sentence be a person's name: the article gives it as
    part of a full name ("Smith" after "Alan Smith"), or it may be a person on its own
    (`Speakers.is_person`: never written in lower case, no title, calendar word or group noun)
    and is no -ly adverb ("Clearly", "Finally")?"""
    if " " in art.speakers.full_name(word):
        return True
    return not word.lower().endswith("ly") and art.speakers.is_person(word)


def _appositive_subject(art: article_text.ArticleText, k: int, s_start: int) -> bool:
    """Does the sentence open with a subject and appositives set off by commas that end at token
    k, right before the cue (`Alan Smith, a neurosurgeon, said ...`, `Alan Smith, 54, of Ohio,
    said ...`, `The minister, Anna Berg, said ...`)?  Then the subject stands before the cue, and
    what follows it is the complement, not an inverted source (`The plan failed, said the
    minister.`, `Clearly, the plan failed, said the minister.` open with a clause).

    The subject is a name: capitalised words, none a sentence opener ("However", "On Monday"),
    and one word only when the article gives it as part of a full name ("Smith" after "Alan
    Smith"; "Clearly" never is).  Each appositive opens with a determiner, a title, a name, an
    age or "of" (`Mr. Smith, 54,`, `Smith, of Ohio,`) and does not run on into a verb of its own
    ("the plan failed").  Or the subject is a determiner and a noun and the appositive one name."""
    tokens, text = art.tokens, art.text
    first = art.token_at_or_after(s_start)
    bounds = [first - 1] + [i for i in range(first, k) if art.comma(i)] + [k]
    segments = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
    if not 2 <= len(segments) <= 3 or any(b < a or b - a > 9 for a, b in segments):
        return False
    if not all(art.clean(j) for a, b in segments for j in range(a, b)):
        return False
    if any(
        t.norm in _NOT_IN_APPOSITION and not (t.norm == "and" and i > segments[0][1] + 1 and text[tokens[i - 1].start].islower() and text[tokens[i + 1].start].islower())
        for i, t in enumerate(tokens[first : k + 1], first)
    ):
        return False  # (`Erin Brockovich, the environmental activist and lawyer,`: "and" joining two nouns of an appositive)
    def capital(t) -> bool:
        return text[t.start].isupper()
    (h0, h1), appositives = segments[0], segments[1:]
    head = tokens[h0 : h1 + 1]
    if head[0].norm in ("the", "a", "an"):  # `The minister, Anna Berg,`: one appositive, a name
        if len(appositives) != 1 or len(head) < 2:
            return False
        a, b = appositives[0]
        return all(capital(t) for t in tokens[a : b + 1]) and tokens[a].norm not in NOT_NAMES and tokens[a].norm not in CALENDAR_WORDS
    if not all(capital(t) and t.norm not in NOT_NAMES and t.norm not in CALENDAR_WORDS for t in head):
        return False
    if len(head) == 1 and not _lone_name(art, text[head[0].start : head[0].end]):
        return False  # `Clearly, ...`, `Again, ...`: a lone opener, no name
    for a, b in appositives:
        opener = tokens[a]
        if not (
            opener.norm in _APPOSITIVE_OPENERS or opener.norm in TITLE_WORDS or capital(opener) or opener.norm.isdigit()
        ) or phrases_after_cue.ends_in_verb(art, (a, b)):
            return False
    return True


# Nouns of acts and measures, not of speakers or of texts that speak ("a statement saying",
# "a letter urging", "a policy urging", "lawsuits alleging fraud", "a resolution condemning":
# PolNeAR credits those): an -ing cue right after one modifies it (`an executive order
# challenging birthright citizenship`, `actions attacking immigrants`).
_ACT_NOUNS = frozenset(
    """order orders action actions measure measures bill bills law laws
    legislation plan plans proposal proposals amendment amendments
    ruling rulings decision decisions move moves effort efforts messaging ban bans rule rules regulation
    regulations initiative initiatives provision provisions tactic tactics steps campaigns""".split()
)


def act_participle(art: article_text.ArticleText, cue: article_text.Cue, s_start: int) -> bool:
    """Is an -ing cue a participle modifying the noun of an act right before it, with no comma
    (`An executive order challenging birthright citizenship would ensure a legal battle`,
    `messaging and actions attacking undocumented immigrants`)?  An order or an action does not
    speak: no one is credited ("officials saying", "a statement saying" still report)."""
    k = cue.first
    if k == 0 or not art.tokens[k].norm.endswith("ing"):
        return False
    prev = art.tokens[k - 1]
    return prev.start >= s_start and prev.norm in _ACT_NOUNS and art.text[prev.end : art.tokens[k].start].isspace() and art.text[prev.start].islower()


# Prepositions a cue may end on when it is a participle before "by" (`called for by`, `relied on by`).
_PARTICIPLE_PREPOSITIONS = frozenset("for on to at of about upon".split())
# Words that open the noun phrase a participle modifies: they are its first word.
_PHRASE_OPENERS = frozenset("a an the this these those his her its their our my your some many several few any no".split())


def prepositional_participle(art: article_text.ArticleText, cue: article_text.Cue, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The noun phrase (first and last token) a cue like "called for" modifies when it is a
    reduced relative with an agent: `a constitutional convention called for by two-thirds of
    state legislatures` (the agent is the source, "a constitutional convention" what was called
    for; the phrase before it is no speaker).  A lower-case noun right before the participle,
    "by" right after its preposition; the phrase runs back over lower-case words to its
    determiner, at most five words, or is the noun alone.  None otherwise (`was called for by` is a passive, read as one)."""
    tokens, text = art.tokens, art.text
    first, last = cue.first, cue.last
    if last != first + 1 or first == 0 or not tokens[first].norm.endswith("ed") or tokens[last].norm not in _PARTICIPLE_PREPOSITIONS:
        return None
    k = last + 1
    if k >= len(tokens) or tokens[k].norm != "by" or tokens[k].start >= s_end or not (art.clean(first) and art.clean(last)):
        return None
    n = first - 1
    head = tokens[n].norm
    if (
        tokens[n].start < s_start or not art.clean(n) or not head.isalpha() or not text[tokens[n].start].islower()
        or head in article_text.AUX or head in article_text.PRONOUNS or head in article_text.CLAUSE_WORDS
        or head in _PHRASE_OPENERS or head.endswith("ly")
    ):
        return None
    j = n
    while j > n - 5 and j - 1 >= 0 and tokens[j - 1].start >= s_start and art.clean(j - 1):
        word = tokens[j - 1].norm
        if word in _PHRASE_OPENERS:
            opens_sentence = j - 1 == art.token_at_or_after(s_start)
            return (j - 1, n) if not opens_sentence or j == n else (n, n)  # (`The senators want changes called for`)
        if (
            not text[tokens[j - 1].start].islower() or word in article_text.AUX or word in article_text.CLAUSE_WORDS
            or word in _STOP_BEFORE_PHRASE or word.endswith("ed") or (word.endswith("s") and not word.endswith(("ss", "ous")))
        ):
            break
        j -= 1
    return n, n  # no determiner: the noun alone (`want changes called for by`: "want" is no part of it)


# Words before a noun phrase that are no part of it: prepositions and pronouns.
_STOP_BEFORE_PHRASE = article_text.PRONOUNS | article_text.LEADING_PREPOSITIONS | frozenset("of to through into about against via".split())


# Participles of questioning that open a sentence before its speaker: `Asked by reporters, ...`.
_ASKED_PARTICIPLES = frozenset("asked pressed questioned challenged queried".split())


def _asked_phrase(art: article_text.ArticleText, first: int, last: int) -> bool:
    """Is the stretch from token `first` to `last` (the words before the comma of a tag) a
    participle phrase of questioning (`Asked by reporters`, `Pressed on the issue`, `Asked about
    the plan`)?  It is no clause anyone said: the speaker's words follow the cue."""
    return art.tokens[first].norm in _ASKED_PARTICIPLES and last - first <= 8 and not any(
        art.tokens[i].norm in article_text.AUX for i in range(first + 1, last + 1)
    )


def postposed(art: article_text.ArticleText, cue: article_text.Cue, s_start: int, s_end: int):
    """`The talks were a show, Lavrov said.` / `..., said Lavrov.`: content before the comma."""
    text, tokens = art.text, art.tokens
    after = text[tokens[cue.last].end : s_end]
    k = cue.first - 1
    while k >= 0 and tokens[k].start >= s_start and tokens[k].norm in article_text.AUX and art.clean(k) and not art.name_ends_in_adverb(k):
        k -= 1  # (not the "Now" of `..., Democracy Now reported`)
    if k < 0 or tokens[k].start < s_start:
        return None
    inverted = (
        art.comma(k)
        and ((cue.match.entry.weight or 2) != 2 or _name_follows(art, cue))
        and lemma(cue.match.entry.term, art.single_word_verbs) not in ADDRESSEE_VERBS
        and cue.match.entry.category != "labeling"  # `..., called Mr. Obama's remarks "a wake-up call"`: an object
        and phrases_after_cue.inverted_source(art, cue, s_end) is not None
        and not _relative_before(art, k, s_start)
        and not _appositive_subject(art, k, s_start)
        and not aside_subjects.name_before_circumstance(art, k, s_start)  # (`Mrs. Clinton, in a book, said ...`)
    )
    parenthetical = after.lstrip().startswith(",")  # `The museum, Mr. Obama said, would make ...`
    if not (inverted or parenthetical) and (
        not _POSTPOSED_TAIL_RE.fullmatch(after) or _PARTICLE_TAIL_RE.match(after) or _CLAUSE_TAIL_RE.match(after)
    ):
        return None
    if inverted:  # `..., said Lavrov.` / `..., said Jeffrey N. Trimble, a senior official with ...`
        src = phrases_after_cue.inverted_source(art, cue, s_end)
        before = k
    elif art.comma(k):
        return None  # `Scott Pruitt, ..., said at ...`: an appositive, for the subject rules
    else:  # `..., Lavrov said.`
        # (a dash sets off only a strong verb's tag that ends the sentence, right after its source:
        # `― the Department of Justice said.`; not `― and dangerous ― anti-Latino remarks.`)
        dash_tag = (cue.match.entry.weight or 2) >= 3 and k == cue.first - 1 and _SENTENCE_END_RE.fullmatch(after) is not None
        j = k
        while True:
            if j - 1 < 0 or tokens[j - 1].start < s_start or k - j > 7:
                return None
            if art.comma(j - 1) or (dash_tag and _TAG_DASH_RE.fullmatch(text, tokens[j - 1].end, tokens[j].start)):
                break
            if not art.clean(j - 1) or (
                tokens[j - 1].norm in article_text.CLAUSE_WORDS and not joins_names(art, j - 1) and not _joins_nouns(art, cue, j - 1)
            ):
                return None
            j -= 1
        src = (j, k)
        if tokens[j].norm in _NO_SOURCE_OPENERS:
            return None  # `..., including walkouts and jeers, ...`: a list's tail, no one's words
        if any(
            (t.norm in article_text.CLAUSE_WORDS and t.norm != "and")
            or (t.norm in article_text.AUX and not (t.norm == "to" and tokens[i - 1].norm == "close") and not art.name_ends_in_adverb(i))
            for i, t in enumerate(tokens[j : k + 1], j)
        ):
            return None  # `..., but pledged to remain civil`: no subject between comma and cue ("people close to him" is one)
        before = j - 1
    if before < art.token_at_or_after(s_start) + (0 if parenthetical else 2):
        return None  # a content of at least three words (`The museum, Mr. Obama said, ...`: any)
    if not inverted and not parenthetical and _asked_phrase(art, art.token_at_or_after(s_start), before):
        return None  # `Asked by reporters, Earnest said the plan failed`: what he said follows the cue
    if parenthetical and _fronted_phrase(art, art.token_at_or_after(s_start), before):
        # `In the long run, many economists say, this effect could ripple ...`: the phrase before
        # the tag sets the scene; what is said is the clause after it
        start = tokens[cue.last].end + len(after) - len(after.lstrip()) + 1
        start += len(text[start:s_end]) - len(text[start:s_end].lstrip())
        end = phrases_after_cue.trim_end(text, start, s_end)
        if end > start:
            return src, Range(start, end)
    content_end = tokens[before].end
    while content_end < s_end and text[content_end] in "”\"’'":
        content_end += 1
    return src, Range(s_start, content_end)


# Words that open no source phrase between a comma and a postposed cue: what follows them is an
# example or a circumstance (`..., including walkouts and jeers, and ...`, `..., such as ...`).
_NO_SOURCE_OPENERS = article_text.LEADING_PREPOSITIONS | frozenset("including such like especially notably".split())


# Words that open a fronted phrase of time, place or manner (`In the long run,`, `Over the years,`,
# `Recently,`), perhaps after a connective (`And in those last nights,`).
_FRONTED_OPENERS = article_text.LEADING_PREPOSITIONS | frozenset(
    "recently later earlier meanwhile during through throughout within across since until".split()
)
_CONNECTIVES = frozenset("but and yet so still".split())


def _fronted_phrase(art: article_text.ArticleText, first: int, last: int) -> bool:
    """Are tokens first..last a fronted phrase with no verb (`In the long run`, `In 2008`, `Over
    the years`, `Recently`, `On top of that`), not a subject (`The museum`) or a clause?"""
    tokens = art.tokens
    if first < len(tokens) and tokens[first].norm in _CONNECTIVES:
        first += 1
    if first > last or tokens[first].norm not in _FRONTED_OPENERS:
        return False
    return not any(
        tokens[t].norm in article_text.AUX or tokens[t].norm in article_text.PRONOUNS or tokens[t].norm in article_text.CLAUSE_WORDS
        for t in range(first + 1, last + 1)
    )


# Between a speech verb with nothing to report and the participle cue that says what: a comma.
_SAID_PARTICIPLE_GAP_RE = re.compile(r",[^\S\n]+")
_SAID_FORMS = frozenset("said says".split())


def said_before_participle(
    art: article_text.ArticleText, said: article_text.Cue | None, cue: article_text.Cue, att: Attribution
) -> Attribution | None:
    """`Trump said, repeating a false claim that he opposed the invasion`: a speech verb whose
    only complement is the participle clause after its comma (no quotation, no clause of its
    own) reports what the participle does: the same source and content (PolNeAR marks "said"
    beside "repeating" in these sentences, with the quotation as its content where there is
    one).  None unless `said` is "said"/"says" right after the participle's source and right
    before its comma (a noun cue before a comma, `sent out a fundraising call, asking`, is none)."""
    if said is None or att.source is None or att.content is None or not art.tokens[cue.first].norm.endswith("ing"):
        return None
    entry = said.match.entry
    if said.first != said.last or art.tokens[said.first].norm not in _SAID_FORMS:
        return None
    said_start, said_end = art.tokens[said.first].start, art.tokens[said.last].end
    if _SAID_PARTICIPLE_GAP_RE.fullmatch(art.text, said_end, att.cue.start) is None:
        return None
    said_word = art.text[said_start:said_end]
    if att.source.end == said_end and att.source.start < said_start:
        # `The mayor said, adding ...`: the participle's subject was read through the verb
        # that gave no attribution ("The mayor said"); both take the subject before it.
        att.source = Range(att.source.start, art.tokens[said.first - 1].end)
        if att.speaker is not None and att.speaker.endswith(" " + said_word):
            att.speaker = att.speaker[: -len(said_word) - 1]
    if art.text[att.source.end : said_start].strip():
        return None  # (the participle's source right before the verb: `Trump said,`)
    verb = art.lemmas.get(entry.term) or entry.term
    return Attribution(Range(said_start, said_end), verb, entry.category, att.speaker, att.source, att.content, att.anonymous)
