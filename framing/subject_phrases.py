"""Where the source phrase before a cue begins and ends: scanned back from the cue over
auxiliaries, time phrases, appositives and party tags (`Sen. David Perdue (R-Ga.) on Tuesday said`),
or, for an `..., saying that` cue, the subject of the clause it hangs on (found by
`framing.clause_subjects`).

It exists to keep the backward scans, the longest part of reading an attribution, apart from the
readings after a cue (`framing.phrases_after_cue`); `framing.attribution` decides which one a cue gets.
Everything here works on token indices of one `ArticleText`.
"""

from __future__ import annotations

import bisect

from framing import appositives, pronoun_clauses, work_agents
from framing.article_text import AUX, CLAUSE_WORDS, LEADING_PREPOSITIONS, ArticleText
from framing.campus_names import CAMPUS_BODIES
from framing.clause_subjects import FINITE_WORDS, IRREGULAR_PAST, clause_subject, places_joined
from framing.phrase_names import BODY_NAME_JOINERS, share_of_a_group
from framing.plural_nouns import is_plural
from framing.phrases_after_cue import LONG_TAG_TOKENS, names_and_joiners
from framing.pronoun_clauses import BE  # (kept importable from here)
from framing.name_words import NOT_LY_NOUNS, PERSON_TITLES
from framing.opening_subjects import ORGANISATION_HEADS
from framing.speakers import NAME_PARTICLES, TIME_WORDS, TITLE_WORDS, in_title_case_line
from framing.time_phrases import TIME_OPENERS, before_time, before_time_phrase  # (TIME_OPENERS kept importable from here)

# Modals that are names when capitalised (`Theresa May said`, `Will Hurd said`), not auxiliaries.
_NAME_MODALS = frozenset("may will".split())
# Past participles that do not end in -ed/-en/-wn: after a form of "be" they make the cue passive.
_IRREGULAR_PARTICIPLES = frozenset(
    "said told thought taught sought brought heard held felt meant read put set found made paid left kept led won quoted".split()
)


def passive_participle(word: str) -> bool:
    """Can `word` be a passive participle ("is said", "was shown", "were told")?  An adjective
    cue after "be" ("is confident that", "are wary of", "has been critical of") is not: its
    subject is the source."""
    return word.endswith(("ed", "en", "wn")) or word in _IRREGULAR_PARTICIPLES


# Conjunctions that may open a participle clause after a comma (`..., while saying`).
_PARTICIPLE_OPENERS = frozenset("while after before when since by".split())
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
# Words after which a pronoun opens a relative clause of its own: `Americans who he says`
# (only these: PolNeAR's loose overlap measure rewards the longer phrase elsewhere).
_BEFORE_PRONOUN_SUBJECT = frozenset("who whom million billion".split())
# Quantifiers before "of whom" (`all of whom opposed`, `both of whom said`).
_QUANTIFIERS = frozenset("all both many most some several none each two three four".split())


# Every word the backward scan in `subject_before` may step over, besides adverbs in -ly: one
# set tested before the detailed conditions.
_SKIPPED_BEFORE_CUE = AUX | frozenset("so instead always long since likewise".split())


def subject_before(art: ArticleText, first: int, s_start: int) -> tuple[tuple[int, int] | None, bool]:
    """The subject phrase of the cue at token `first`: scanned backwards from the cue to a clause
    boundary, skipping auxiliaries ("has also said"), or, across an appositive
    (`Trump, speaking in Qatar, said`), the phrase before the first comma."""
    tokens, text = art.tokens, art.text
    k = first - 1
    passive = False
    while k >= 0:
        tok = tokens[k]
        norm = tok.norm
        if tok.start < s_start or not (norm in _SKIPPED_BEFORE_CUE or norm.endswith("ly")):
            break  # (one set and one suffix first: most words before a cue are none of these)
        if not (
            (norm in AUX and not (norm in _NAME_MODALS and text[tok.start].isupper()) and not art.name_ends_in_adverb(k))
            or norm in ("so", "instead", "always", "likewise")  # `California and New York likewise announced`
            or (norm == "long" and k > 0 and tokens[k - 1].norm in AUX)  # "have long claimed"
            or (norm == "since" and k > 0 and tokens[k - 1].norm in ("has", "have", "had"))
            or (norm.endswith("ly") and text[tok.start].islower() and norm not in NOT_LY_NOUNS)  # not "Kelly said", "Scott's family said"
        ) or not art.clean(k):
            break
        passive = passive or (norm in BE and passive_participle(tokens[first].norm))
        k -= 1
    if k < 0 or tokens[k].start < s_start:
        return None, passive
    norm = tokens[k].norm
    k0, k = k, (before_time(art, k, s_start) if norm == "ago" or norm in TIME_WORDS else k)  # (its own first test)
    if k != k0 and art.comma(k0):
        k = k0  # `President Obama, dedicating the museum on Saturday, said`: the time ends an appositive
    stepped = closed_appositive = False
    if tokens[k].norm in _QUANTIFIERS and k > 0 and tokens[k - 1].start >= s_start and art.gap(k - 1).lstrip(".").startswith(")"):
        k -= 1  # `Robert Menendez (D-N.J.) all suggested`: what floats after the tag is no part of the phrase
    elif tokens[k].norm in _QUANTIFIERS and (aside := _dash_aside_before(art, k, s_start)) is not None:
        k, stepped = aside, True  # `Republican establishment figures — whose party was ... — both suggested`: the subject before the aside
    if text[tokens[k].end : tokens[k + 1].start].lstrip(".").startswith(")"):  # (`art.gap(k)`)
        # `Sen. David Perdue (R-Ga.) said`: step over the tag to the name before it.
        j, tag_end = k, k
        while j > 0 and "(" not in art.gap(j - 1) and k - j < 4:
            j -= 1
        if j > 0 and "(" in art.gap(j - 1):
            k = j - 1
            stepped = True
            if "," in art.gap(tag_end):
                # `Elizabeth Lauten, the communications director for Rep. Stephen Fincher (R-Tenn.),
                # wrote`: the tagged name closes a role appositive; the subject is before it.
                a = k
                while a > 0 and tokens[a - 1].start >= s_start and not art.comma(a - 1) and k - a < 10:
                    a -= 1
                if a > 0 and tokens[a - 1].start >= s_start and art.comma(a - 1) and tokens[a].norm in ("the", "a", "an"):
                    k = a - 1
                    closed_appositive = True
    relative = None
    if tokens[k].norm in ("who", "which") and k > 0 and tokens[k - 1].start >= s_start and (
        art.clean(k - 1) or art.comma(k - 1)
    ):
        # `listeners ... who said`, `Trump, who says`: the phrase before the relative pronoun
        # (and the pronoun) is the source.
        relative = k
        k -= 1
    elif (
        tokens[k].norm == "whom" and k >= 3 and tokens[k - 1].norm == "of" and art.comma(k - 3)
        and tokens[k - 3].start >= s_start and tokens[k - 2].norm in _QUANTIFIERS
    ):
        # `Menendez, Manchin and Rubio, all of whom opposed the deal`: the names before the comma
        relative = k
        k -= 3
    if relative is None and tokens[k].norm in ("and", "but") and art.clean(k):
        found = clause_subject(art, s_start, k, coordinated=True)
        if found is not None and tokens[found[0]].norm.endswith("ing") and text[tokens[found[0]].start].isupper():
            found = _after_opening_participle(art, found[0], k) or found  # `Speaking Sunday on ABC, Carson admitted ... but said`
        return appositives.with_name_after(art, s_start, found), passive
    if relative is None and k + 1 < first and tokens[k + 1].norm == "then" and art.comma(k):
        # `Clinton paused, then revealed`: "then" after a comma joins two verbs as "and" does
        return appositives.with_name_after(art, s_start, clause_subject(art, s_start, k + 1, coordinated=True)), passive
    ing = tokens[first].norm.endswith("ing")
    if relative is None and ing and (
        art.comma(k) or tokens[k].norm in LEADING_PREPOSITIONS or art.gap(k).strip() in ("–", "—", "--")
    ):
        # (`Rubio flipped his choice on the spot – saying`: a dash sets the participle off too)
        return (
            _whole_titled_name(art, clause_subject(art, s_start, k)) or _opening_noun_phrase(art, s_start, k)
            or _opening_subject_of_verb(art, s_start, k)
        ), False
    if (
        relative is None and ing and tokens[k].norm in _PARTICIPLE_OPENERS and k > 0
        and art.comma(k - 1) and art.clean(k)
    ):
        # `Bolton had a comparable assessment, while saying`: the subject of the clause before
        return clause_subject(art, s_start, k - 1), False
    if relative is not None and art.comma(k):
        # `Trump, who says`: the name before the comma, not the clause before it (and a place
        # after it: `Sen. Amy Klobuchar of Minnesota, who tweeted`).
        k = appositives.before_party_tag(art, s_start, k)  # `Sen. Rand Paul, R-Ky., who opposes`: the name before the tag
        k = appositives.before_hometown(art, s_start, k)  # `Harry Bond, 30, of Raleigh, N.C., who was polled`: the name
        a = k
        while a - 1 >= 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and k - a < 7 and (
            art.text[tokens[a - 1].start].isupper() or tokens[a - 1].norm in TITLE_WORDS
            or (tokens[a - 1].norm == "of" and a >= 2 and art.text[tokens[a - 2].start].isupper())
        ):
            a -= 1
        if a > 0 and (named := appositives.name_before_role(art, a - 1, s_start)) is not None:
            return (named, relative), passive  # `Rod J. Rosenstein, the deputy attorney general, who made clear`: the name
        return (a, relative), passive
    # The usual gap before the cue's words, a single space, holds no comma and is clean: tested
    # here once without the calls.
    spaced = tokens[k + 1].start - tokens[k].end == 1 and text[tokens[k].end] == " "
    if relative is not None or closed_appositive:
        pass
    elif not spaced and art.comma(k):
        # An appositive: find the comma that opens it.
        j = k
        while j > 0 and tokens[j - 1].start >= s_start and not art.comma(j - 1):
            j -= 1
        if j == 0 or tokens[j - 1].start < s_start:
            return None, passive
        if k - j >= 3 and tokens[j].norm[:1].islower():
            j = _before_town_and_state(art, j, s_start)  # `who was to travel to Columbus, Ohio, on Wednesday ..., said`
        if k - j < 4 and all(art.text[t.start].isupper() or t.norm in NAME_PARTICLES for t in tokens[j : k + 1]):
            if appositives.PARTY_TAG_RE.fullmatch(art.text, tokens[j].start, tokens[k].end):
                pass  # `House Speaker Nancy Pelosi, D-Calif., tweeted`: the name before the tag
            elif not (art.text[tokens[j - 1].start].isupper() and tokens[j - 1].norm not in TITLE_WORDS):
                # `A spokeswoman, Maria Zakharova, said`: the description and the name (PolNeAR
                # marks both: "his top aide, Tad Devine"); the name alone without a description.
                return (appositives.appositive_head(art, j - 1, s_start), k), passive
            elif appositives.titled_head(art, j - 1, s_start):
                return (j, k), passive  # `The King of Jordan, Abdullah II, said`: the name (the description ends in a place)
            elif (d := appositives.described_head(art, j - 1, s_start, j, k)) is not None:
                return (d, k), passive  # `The director of the European Centre, Ina Kirsch,`: the description and the name
            else:
                # `Johnnie Wilson, of Springfield, Va., said`: the state belongs to the appositive,
                # which opens at the comma before.
                i = j - 1
                while i > 0 and tokens[i - 1].start >= s_start and not art.comma(i - 1):
                    i -= 1
                if i > 0 and tokens[i - 1].start >= s_start and j - i < 5:
                    j = i
                elif k + 1 < len(tokens) and tokens[i].norm not in ("the", "a", "an") and (t := _before_town_and_state(art, k + 1, s_start)) != k + 1:
                    j = t  # `Mr. Daniloff, now 81 and retired in Cambridge, Mass., said`: the aside's town and state
        elif k - j < 6 and all(art.text[t.start].isupper() for t in tokens[j : k + 1]) and (
            (d := appositives.described_head(art, j - 1, s_start, j, k)) is not None
        ):
            return (d, k), passive  # `The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr.,`
        k = j - 1
        if art.gap(k).lstrip(".").startswith(")"):
            # `Sen. David Perdue (R-Ga.), a close ally, said`: the name before the tag.
            t = k
            while t > 0 and "(" not in art.gap(t - 1) and k - t < 4:
                t -= 1
            if t > 0 and "(" in art.gap(t - 1) and tokens[t - 1].start >= s_start:
                k = t - 1
        if tokens[k].norm.isdigit() and k > 0 and art.comma(k - 1) and tokens[k - 1].start >= s_start:
            k -= 1  # `Elizabeth Lauten, 31, who has ..., wrote`: the name before the age
        k = appositives.before_party_tag(art, s_start, k)  # `Sen. Mitt Romney, R-Utah, whose views have fluctuated, said`
        k = appositives.before_hometown(art, s_start, k)  # `Harry Bond, 30, of Raleigh, N.C., who was polled, said`
        if (named := appositives.before_descriptions(art, s_start, k)) != k:
            # `Jim Jordan, Republican of Ohio, a founder of ..., asked if ..., said`: the name and its
            # first description, as PolNeAR marks `Scott Pruitt, the Republican attorney general of
            # Oklahoma, one of the states suing the EPA, said`; not the body the last one names
            a = named
            while a - 1 >= 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and named - a < 4 and (
                art.text[tokens[a - 1].start].isupper() or tokens[a - 1].norm in TITLE_WORDS
            ):
                a -= 1
            e = named + 1
            while e < k and not art.comma(e):
                e += 1
            return (a, e), passive
    elif not stepped and not spaced and not art.clean(k):
        return None, passive
    end = k
    if tokens[end].norm in CLAUSE_WORDS:
        return None, passive
    if tokens[end].norm in _SUBJECT_PRONOUNS and relative is None and end > 0 and tokens[end - 1].norm in _BEFORE_PRONOUN_SUBJECT:
        return (end, end), passive  # `Americans who he says`, `$18 million he says he raised`: the pronoun alone
    limit = 7
    joined_places = False
    # The phrase stops at a quotation: where the last one before it ends (or the sentence start).
    qi = bisect.bisect_right(art.quote_ends, tokens[end].start) - 1
    floor = max(s_start, art.quote_ends[qi]) if qi >= 0 else s_start
    text = art.text
    while k >= 1 and end - k < limit:
        before = tokens[k - 1]  # (each token read once a step: the loop runs for every cue)
        if before.start < floor:
            break
        gap_start, gap_end = before.end, tokens[k].start
        if not (gap_end - gap_start == 1 and text[gap_start] == " ") and (
            not art.clean(k - 1) or text[gap_start:gap_end] == " - "
        ):
            break  # (a single space, the usual gap, tested here without the call; " - " is a dash: `BRUSSELS - European leaders`)
        norm = before.norm
        if norm in CLAUSE_WORDS:
            if norm == "and" and (work := work_agents.agents_start(art, k, end, floor)) is not None:
                k = work  # `a 2014 study by Harvard and the University of California at Berkeley found`: both authors
                break
            if norm == "and" and (body := _body_name_across_and(art, k, end, floor)) is not None:
                k = _body_before_at(art, body, floor)  # `the Securities and Exchange Commission said`: one name, not "Exchange Commission"
                break
            if norm == "and" and k == end:
                joined = places_joined(art, k, floor)  # `Monitors in Kharkiv and Zaporizhzhia reported`
                if joined is not None:
                    k, joined_places = joined, True
                    break
            if norm != "who" or limit > 7:
                break
            limit = 13  # `a diplomat who spoke on condition of anonymity said`
        k -= 1
    if k > 0 and end - k <= 1 and tokens[k - 1].start >= floor and art.gap(k - 1) == ", " and all(
        text[tokens[t].start].isupper() for t in range(k, end + 1)
    ):
        body = _body_before_its_place(art, k, floor)
        if body is not None:
            return (body, end), passive  # `J. Bradford DeLong of the University of California, Berkeley suggest`
    if end - k == limit == 7 and names_and_joiners(art, k, end):
        k = _longer_name_phrase(art, k, end, floor)  # `A spokesman for Mayor Frank G. Jackson of Cleveland said`
    if k > 0 and tokens[k - 1].start >= floor and text[tokens[k].start].isupper() and art.gap(k - 1) == ". " and (
        len(tokens[k - 1].norm) <= 2 and text[tokens[k - 1].start].isupper()
    ):
        k -= 1  # the phrase ran out of words inside a name: `the St. Louis Tea Party issued ... calling`
    if relative is None and end > k and tokens[end].norm in _SUBJECT_PRONOUNS and pronoun_clauses.opens_own_clause(art, k, end, first):
        return (end, end), passive  # `a policy change he has supported`, `many reasons he believes`: the pronoun
    if tokens[k].norm == "who":
        if k > 0 and tokens[k - 1].start >= s_start and art.comma(k - 1) and any(
            t.norm in AUX or t.norm in LEADING_PREPOSITIONS for t in tokens[k + 1 : end + 1]
        ):
            # `Beck, who has in the past described`: what follows "who" is no subject; the
            # name before the comma and the pronoun are.
            a = k - 1
            while a - 1 >= 0 and tokens[a - 1].start >= s_start and art.clean(a - 1) and k - a < 5 and (
                art.text[tokens[a - 1].start].isupper() or tokens[a - 1].norm in TITLE_WORDS
            ):
                a -= 1
            return (a, k), passive
        k += 1
    if k < end and tokens[k].norm in LEADING_PREPOSITIONS:
        k += 1
        while k < end and tokens[k].norm in LEADING_PREPOSITIONS:
            k += 1
        # `In Wednesday's speech the senator said`: the subject opens at the last article after
        # the opening phrase.
        for d in range(end - 1, k, -1):
            if tokens[d].norm in ("the", "a", "an"):
                k = d
                break
    if relative is not None:
        k = _object_before_relative(art, k, end)
        named = appositives.name_before_appositive(art, k, relative, floor)
        if named is not None:
            return (named, relative), passive
    if relative is None:
        if not joined_places:  # (`Monitors in Kharkiv and Zaporizhzhia`: the places are the phrase's own)
            if end > k and not share_of_a_group(text[tokens[k].start : tokens[end].end]):  # (`Six in 10 say`)
                cut = before_time_phrase(art, k, end)  # (its own first test, made here without the call)
                if cut < end and not _name_goes_on(art, cut + 1) and not (cut == k and (opening_plural(art, k, s_start) or tokens[k].norm in _QUANTIFIERS)) and not (
                    _campus_after(art, k, cut)
                ):
                    end = cut
        if end - k >= 2:
            end = _before_participle_phrase(art, k, end)
        if ing and tokens[k].norm in FINITE_WORDS and k > 0 and tokens[k - 1].start >= s_start:
            # `Texas Sen. Ted Cruz is making a pitch to New York voters saying`: the phrase ran
            # back into a clause; its subject is the participle's
            found = clause_subject(art, s_start, k - 1)
            return found, False
        if ing:
            cut = _before_finite_verb(art, k, end)
            if cut < 0:
                k = -cut  # the object of `had`, `left`: `left many E.U. nations feeling`
            else:
                end = cut
    if relative is None and (named := appositives.name_before_description(art, k, floor)) is not None:
        return (named, end), passive  # `Scott Pruitt, the Republican attorney general of Oklahoma, ... said`
    return (k, end if relative is None else relative), passive


_DASHES = ("—", "–", "--")


def _dash_aside_before(art: ArticleText, k: int, s_start: int) -> int | None:
    """The last token before an aside set off by dashes that ends right before token `k` (a
    floating "both", "all": `figures — whose party was once respected — both suggested`), or None."""
    if k < 2 or art.gap(k - 1).strip() not in _DASHES:
        return None
    j = k - 2
    while j > 0 and k - j < 40 and art.tokens[j].start >= s_start:
        if art.gap(j).strip() in _DASHES:
            return j if art.tokens[j].start >= s_start else None
        j -= 1
    return None


def _whole_titled_name(art: ArticleText, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """A subject found as a lone capitalised title word, widened to the name it opens (`former
    Secretary of State Hillary Clinton, drew a contrast, saying`: "Secretary" was the source):
    the capitalised words and "of" after it, to the comma or lower-case word that ends them."""
    if found is None or found[0] != found[1]:
        return found
    tokens, text = art.tokens, art.text
    a = found[0]
    if tokens[a].norm not in TITLE_WORDS or not text[tokens[a].start].isupper():
        return found
    b = a
    while b + 1 < len(tokens) and art.clean(b) and b - a < 7 and (
        text[tokens[b + 1].start].isupper() or (tokens[b + 1].norm == "of" and b + 2 < len(tokens) and text[tokens[b + 2].start].isupper())
    ):
        b += 1
    return (a, b) if b > a and text[tokens[b].start].isupper() else found


def _before_town_and_state(art: ArticleText, j: int, s_start: int) -> int:
    """Where an aside opens when the comma before token `j` closes a town and its state inside it
    (`Joseph R. Biden Jr., who was to travel to Columbus, Ohio, on Wednesday to promote the new
    rules, said`): the token after the comma before the aside, found past "Town, State,"; `j`
    itself when no town and state close there (the state one or two capitalised words, the
    town's last word capitalised after a lower-case word)."""
    tokens, text = art.tokens, art.text
    state = j - 1
    first = state
    while first > 0 and state - first < 1 and not art.comma(first - 1) and text[tokens[first - 1].start].isupper():
        first -= 1
    if not (
        text[tokens[state].start].isupper() and first > 1 and art.gap(first - 1) == ", " and art.gap(state) in (", ", "., ")
        and text[tokens[first - 1].start].isupper()
    ):
        return j
    i = first - 1
    while i > 0 and tokens[i - 1].start >= s_start and not art.comma(i - 1) and first - i < 15:
        i -= 1
    if i == 0 or not art.comma(i - 1) or tokens[i - 1].start < s_start or not any(
        text[tokens[t].start].islower() for t in range(i, first - 1)
    ):
        return j
    return i


def _after_opening_participle(art: ArticleText, p: int, k: int) -> tuple[int, int] | None:
    """The subject after a participle phrase opening the sentence at token `p` and closed by a
    comma (`Speaking Sunday on ABC's "This Week," Carson admitted ... but said`: "Carson", not
    "Speaking Sunday"), for a verb coordinated with the clause's first (its "and"/"but" at `k`):
    the capitalised words right after the comma, up to the next lower-case word; None otherwise."""
    tokens, text = art.tokens, art.text
    c = p
    while c < k and not art.comma(c):
        c += 1
    if c >= k - 1:
        return None
    a = b = c + 1
    while b + 1 < k and art.clean(b) and text[tokens[b + 1].start].isupper():
        b += 1
    if not text[tokens[a].start].isupper() or tokens[a].norm in CLAUSE_WORDS:
        return None
    return a, b


def _body_name_across_and(art: ArticleText, k: int, end: int, floor: int) -> int | None:
    """Where a body's name begins when the "and" before token `k` is inside it: "the", then
    capitalised words, "and", capitalised words to the phrase's end (`the Securities and Exchange
    Commission`, `the Science and Technology Directorate of the Department of Homeland Security`,
    `The Department of Health and Human Services`).  People take no "the" before their names, so
    after "the" the words joined are one body ("Exchange Commission" alone is no speaker).  None
    otherwise (`Obama and Biden said`: names coordinated, read by `speaker_pairs`)."""
    tokens, text = art.tokens, art.text
    j = k - 2  # the word before "and"
    if j < 1 or not text[tokens[j].start].isupper() or not art.clean(j) or not art.clean(k - 1):
        return None
    if not all(text[t.start].isupper() or t.norm in BODY_NAME_JOINERS for t in tokens[k : end + 1]):
        return None
    while j > 0 and k - j < 8 and art.clean(j - 1) and tokens[j - 1].start >= floor and (
        (text[tokens[j - 1].start].isupper() and tokens[j - 1].norm != "the") or tokens[j - 1].norm in ("of", "for")
    ):
        j -= 1
    if j == 0 or not text[tokens[j].start].isupper() or tokens[j - 1].norm != "the" or tokens[j - 1].start < floor or not art.clean(j - 1):
        return None
    if any(t.norm.strip(".") in PERSON_TITLES for t in tokens[j : k - 1]):
        return None  # `the President and Obama said`: two people
    return j - 1


def _body_before_at(art: ArticleText, k: int, floor: int) -> int:
    """Where a source phrase starts when the body's name at token `k` ("the Urban Institute and
    Brookings Institution") follows "at" and the name of another body, which speaks (`The Tax
    Policy Center at |the Urban Institute and Brookings Institution estimates`); `k` otherwise."""
    tokens, text = art.tokens, art.text
    j = k - 2  # the word before "at"
    if j < 1 or tokens[k - 1].norm != "at" or tokens[j].norm not in ORGANISATION_HEADS or not text[tokens[j].start].isupper():
        return k
    while j > 0 and k - j < 8 and tokens[j - 1].start >= floor and art.clean(j - 1) and (
        (text[tokens[j - 1].start].isupper() and tokens[j - 1].norm != "the") or tokens[j - 1].norm in ("of", "for", "on")
    ):
        j -= 1
    if j > 0 and tokens[j - 1].norm == "the" and tokens[j - 1].start >= floor:
        j -= 1
    return j


def _body_before_its_place(art: ArticleText, k: int, floor: int) -> int | None:
    """Where a person's name begins when the capitalised word at `k`, after a comma, is the place
    closing the name of a body the person is "of" (`J. Bradford DeLong of the University of
    California, Berkeley suggest`, `Stacy Baker of Columbia, South Carolina says`): the scan
    stopped at the comma, and "Berkeley" alone would be the speaker.  The body's words (capitals, "of", "the") run back from the comma to an "of"
    after a capitalised word, the name's last; None where the words before the comma are no such
    body (`In California, Obama said`, `After the vote in the House, Ryan said`)."""
    tokens, text = art.tokens, art.text
    j, of = k - 1, None
    while j >= 0 and tokens[j].start >= floor and k - j < 10 and (j == k - 1 or art.clean(j)):
        norm = tokens[j].norm
        if norm == "of":
            of = j
        elif not (text[tokens[j].start].isupper() or norm == "the"):
            break
        j -= 1
    if of is None or of == 0 or not text[tokens[of - 1].start].isupper() or tokens[of - 1].norm in TITLE_WORDS:
        return None
    if not text[tokens[of + 1].start].isupper() and tokens[of + 1].norm != "the":
        return None
    a = of - 1
    while a > 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and of - a < 4 and (
        text[tokens[a - 1].start].isupper() and tokens[a - 1].norm not in CLAUSE_WORDS and tokens[a - 1].norm not in LEADING_PREPOSITIONS
    ):
        a -= 1
    if a > 0 and tokens[a - 1].start >= floor and art.clean(a - 1) and text[tokens[a - 1].start].islower() and tokens[a - 1].norm != "and":
        return None  # `Speaking at the University of California, Obama said`: a body, no person "of" it
    return a


# Time words a name may end in: `USA Today`, NBC's `Today`, `Nightline Tonight`.
_NAME_TIME_WORDS = frozenset("today tonight".split())


def _campus_after(art: ArticleText, k: int, cut: int) -> bool:
    """Is the place phrase a time-and-place cut would drop after token `cut` the campus of a
    university named in tokens k..cut (`the University of California at Berkeley found`, where
    "at Berkeley" is part of the name, not where the university spoke)?"""
    tokens, text = art.tokens, art.text
    return (
        cut + 2 < len(tokens)
        and tokens[cut + 1].norm == "at"
        and text[tokens[cut + 2].start].isupper()
        and any(tokens[t].norm in CAMPUS_BODIES and text[tokens[t].start].isupper() for t in range(k, cut + 1))
    )


def _name_goes_on(art: ArticleText, j: int) -> bool:
    """Is the time word at token `j`, where a time phrase would cut a subject after a name, part
    of the name instead: "Today" written with a capital inside a sentence, after a capitalised
    word, on a line not set in title case (`A reporter for USA Today said`, not `Trump Today
    Says` in a headline)?"""
    tokens, text = art.tokens, art.text
    return (
        tokens[j].norm in _NAME_TIME_WORDS and text[tokens[j].start].isupper() and j > 0
        and text[tokens[j - 1].start].isupper() and art.gap(j - 1) == " " and not in_title_case_line(text, tokens[j].start)
    )


def opening_plural(art: ArticleText, k: int, s_start: int) -> bool:
    """Is token `k`, opening its sentence, a plural common noun, capitalised only as the sentence's
    first word (`Majorities in many European countries say`, `Democrats in Congress said`, `Polls
    in New Hampshire show`), rather than a name a time or place phrase follows (`Sanders in Iowa
    said`, where the article names Bernie Sanders or titles him)?  Then the phrase goes on past
    the preposition: it says who speaks."""
    tok = art.tokens[k]
    if tok.start != s_start or not is_plural(tok.norm) or tok.norm in art.speakers.anonymous_heads:
        return False  # (`Officials in Kyiv said`: an unnamed source, "Officials", as before)
    word = art.text[tok.start : tok.end]
    speakers = art.speakers
    return not speakers.is_person(word) and " " not in speakers.full_name(word)


def _longer_name_phrase(art: ArticleText, k: int, end: int, floor: int) -> int:
    """The start of a subject phrase longer than the scan's eight tokens, when it goes on as a
    name or a description of those who speak for one (`phrases_after_cue.names_and_joiners`) to
    where a phrase opens (the sentence's start, a quotation's end, a clause word, a comma): `A
    spokesman for Mayor Frank G. Jackson of Cleveland said` is the spokesman's, an unnamed source,
    not "spokesman for ... Cleveland".  `k` unchanged otherwise (where the eight tokens are part
    of a clause, the longer phrase is no subject either)."""
    tokens, text = art.tokens, art.text
    j = k
    while j >= 1 and end - j < LONG_TAG_TOKENS:
        before = tokens[j - 1]
        if before.norm == "and" and (body := _body_name_across_and(art, j, end, floor)) is not None:
            return body  # `the Science and Technology Directorate of the Department of Homeland Security`
        if before.start < floor or not art.clean(j - 1) or before.norm in CLAUSE_WORDS:
            return j if names_and_joiners(art, j, end) else k
        j -= 1
    if j == 0 or tokens[j - 1].start < floor or not art.clean(j - 1) or tokens[j - 1].norm in CLAUSE_WORDS:
        return j if names_and_joiners(art, j, end) else k
    return k


def _opening_noun_phrase(art: ArticleText, s_start: int, k: int) -> tuple[int, int] | None:
    """`The group, calling for calm, said`: a short noun phrase opening the sentence, closed by
    the comma before the participle, is its subject (a name would have been found already)."""
    tokens = art.tokens
    first = art.token_at_or_after(s_start)
    if not (first < k and k - first <= 3 and art.comma(k) and tokens[first].norm in ("the", "a", "an")):
        return None
    if any(not art.clean(t) or tokens[t].norm in AUX or tokens[t].norm in CLAUSE_WORDS or tokens[t].norm.endswith("ed") for t in range(first, k)):
        return None
    return (first, k) if tokens[k].norm not in AUX and not tokens[k].norm.endswith("ed") else None



def _opening_subject_of_verb(art: ArticleText, s_start: int, k: int) -> tuple[int, int] | None:
    """`A grand jury indicted the officers on Friday, accusing them of`: a short lower-case noun
    phrase opening the sentence (an article and up to three words), then a verb in the past,
    is the subject of the clause the participle after the comma hangs on (a name would have
    been found already)."""
    tokens, text = art.tokens, art.text
    first = art.token_at_or_after(s_start)
    if not (first + 1 < k and art.comma(k) and tokens[first].norm in ("the", "a", "an")):
        return None
    for v in range(first + 1, min(first + 5, k)):
        norm = tokens[v].norm
        if not art.clean(v - 1) or not text[tokens[v].start].islower() or norm in AUX or norm in CLAUSE_WORDS:
            return None
        if v > first + 1 and ((norm.endswith("ed") and len(norm) > 4) or norm in IRREGULAR_PAST):
            return first, v - 1
    return None


# Words after which an article opens no new noun phrase of its own (`the head of the agency`).
_NOUN_LINKS = LEADING_PREPOSITIONS | frozenset("of to into about as than like among between through".split())


def _object_before_relative(art: ArticleText, k: int, end: int) -> int:
    """`k` moved to the noun phrase a relative pronoun hangs on, when the phrase before it holds
    a verb and its object (`The senator praised the head of the agency who said` -> "the head
    of the agency", `He met a group of farmers who said` -> "a group of farmers"): the first
    article after a lower-case word that is no preposition."""
    tokens, text = art.tokens, art.text
    for d in range(k + 1, end + 1):
        if tokens[d].norm in ("the", "a", "an"):
            before = tokens[d - 1].norm
            if before.isalpha() and text[tokens[d - 1].start].islower() and before not in _NOUN_LINKS:
                return d
    return k


_PARTICIPLE_COMPLEMENTS = frozenset("in on at last this earlier from over during".split())  # not "by": its agent may speak


def _before_participle_phrase(art: ArticleText, k: int, end: int) -> int:
    """`end` moved back to before a past participle that modifies the noun before it and opens a
    phrase of its own (`A Quinnipiac University poll released in late August found` -> "A
    Quinnipiac University poll")."""
    tokens, text = art.tokens, art.text
    if end - k < 2 or tokens[k].norm in AUX:
        return end
    for v in range(k + 1, end):
        norm = tokens[v].norm
        if norm.endswith("ed") and len(norm) > 4 and text[tokens[v].start].islower() and tokens[v + 1].norm in _PARTICIPLE_COMPLEMENTS:
            if _agent_after(art, v + 2, end):
                return end  # `One released this week by Fox News found`: the agent speaks, kept
            return v - 1
    return end


def _agent_after(art: ArticleText, a: int, end: int) -> bool:
    """Does "by" and a capitalised word stand among tokens a..end (the agent of a participle:
    `released this week by Fox News`)?"""
    tokens, text = art.tokens, art.text
    return any(tokens[j].norm == "by" and text[tokens[j + 1].start].isupper() for j in range(a, end))




# Verbs whose object does what the -ing participle after it says (`had Republicans wondering`,
# `left many nations feeling`, `had black artists writing songs`).
_OBJECT_CONTROL = frozenset("had left leaves keeps kept got gets saw sees heard hears found finds".split())
# First words of a phrase that is no subject to cut back to.
_NO_SUBJECT = frozenset("there this that these those what which it yet more many most some he she they we i you".split())


def _before_finite_verb(art: ArticleText, k: int, end: int) -> int:
    """`end` moved back to before the first verb after the first word of the phrase before an
    -ing cue: the participle's source is that clause's subject, not the clause
    (`the Security Council issued a statement calling` -> "the Security Council", `Rakeyia Scott
    can be heard yelling` -> "Rakeyia Scott"); after a verb whose object does the act, minus one
    plus the object's first token (`had Republicans wondering` -> "Republicans")."""
    tokens, text = art.tokens, art.text
    if tokens[k].norm in _NO_SUBJECT or not tokens[k].norm[:1].isalpha():
        return end  # `there is evidence suggesting`, `This prompted ...`, `800,000 was spent on ads attacking`
    for v in range(k + 1, end + 1):
        norm = tokens[v].norm
        if text[tokens[v].start].islower() and (
            (norm.endswith("ed") and len(norm) > 4) or norm in IRREGULAR_PAST or (norm in AUX and norm != "to")
        ):
            if norm in _OBJECT_CONTROL and v < end and not passive_participle(tokens[v + 1].norm) and tokens[v + 1].norm not in AUX:
                return -(v + 1)  # `... had Republicans wondering`: the object is the source
            return v - 1
    return end
