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

from framing import appositives, aside_subjects, pronoun_clauses, work_agents
from framing.article_text import AUX, CLAUSE_WORDS, LEADING_PREPOSITIONS, ArticleText
from framing.clause_subjects import FINITE_WORDS, clause_subject, headline_conjunct_subject, places_joined
from framing.group_shares import share_of_a_group
from framing.phrases_after_cue import names_and_joiners
from framing.pronoun_clauses import BE  # (kept importable from here)
from framing.name_words import NAME_PARTICLES, NOT_LY_NOUNS, TIME_WORDS, TITLE_WORDS
from framing.time_phrases import TIME_OPENERS, before_time, before_time_phrase  # (TIME_OPENERS kept importable from here)
from framing.name_extents import (
    before_town_and_state, body_before_at, body_before_its_place, body_name_across_and, campus_after, longer_name_phrase,
    name_goes_on, owned_thing_start, person_of_body_appositive, whole_titled_name,
)
from framing.subject_cuts import (  # (passive_participle kept importable from here)
    aside_opening, gerund_subject, verb_after_aside,
    after_opening_participle, before_finite_verb, before_participle_phrase, dash_aside_before, object_before_participle, object_before_relative,
    opening_noun_phrase, opening_plural, opening_subject_of_verb, passive_participle,
)

# Modals that are names when capitalised (`Theresa May said`, `Will Hurd said`), not auxiliaries.
_NAME_MODALS = frozenset("may will".split())
# Conjunctions that may open a participle clause after a comma (`..., while saying`).
_PARTICIPLE_OPENERS = frozenset("while after before when since by".split())
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
# Words after which a pronoun opens a relative clause of its own: `Americans who he says`
# (only these: PolNeAR's loose overlap measure rewards the longer phrase elsewhere).
_BEFORE_PRONOUN_SUBJECT = frozenset("who whom million billion".split())
# Cues a bare subject may take between "who" and the clause it reports (`a suspect who police say
# pointed a gun`), not a verb's noun object (`who deserves credit`).
_SAY_BETWEEN_WHO = frozenset("say says said believe believes believed allege alleges alleged claim claims claimed".split())
# Quantifiers before "of whom" (`all of whom opposed`, `both of whom said`).
# Adverbs set off by commas between a subject and an appositive (`Sanders, meanwhile, who ...,`).
_FLOATING_ADVERBS = frozenset("meanwhile however too also though instead likewise".split())
# The words of a phrase of when that opens a participle's clause: `at one point`, `at times`, `in the end`.
_POINT_IN_TIME = frozenset("one some point points time times first last the end same other".split())
_QUANTIFIERS = frozenset("all both many most some several none each two three four".split())


# Every word the backward scan in `subject_before` may step over, besides adverbs in -ly: one
# set tested before the detailed conditions.
_SKIPPED_BEFORE_CUE = AUX | frozenset("so thus far instead always long since likewise".split())


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
            or norm in ("so", "thus", "instead", "always", "likewise")  # `California and New York likewise announced`
            or (norm == "long" and k > 0 and tokens[k - 1].norm in AUX)  # "have long claimed"
            or (norm == "far" and k > 0 and tokens[k - 1].norm in ("so", "thus"))  # `Trump so far hasn't attacked`
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
    elif tokens[k].norm in _QUANTIFIERS and (aside := dash_aside_before(art, k, s_start)) is not None:
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
    if tokens[k].norm in ("who", "which", "who's") and k > 0 and tokens[k - 1].start >= s_start and (
        art.clean(k - 1) or art.comma(k - 1)
    ):
        # `listeners ... who said`, `Trump, who says`, `Haugland, who’s argued`: the phrase
        # before the relative pronoun (and the pronoun) is the source.
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
            opened = after_opening_participle(art, found[0], k)  # `Speaking Sunday on ABC, Carson admitted ... but said`
            if opened is None and tokens[first].norm.endswith("ing") and gerund_subject(art, found[0], s_start):
                # `Attacking Hillary Clinton, his former opponent, and taking aim at his own Justice
                # Department struck familiar tones`: two gerunds are the subject; who attacks is not
                # said here (was "Attacking Hillary Clinton", a verb phrase)
                return None, passive
            found = opened or found
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
            whole_titled_name(art, clause_subject(art, s_start, k)) or opening_noun_phrase(art, s_start, k)
            or opening_subject_of_verb(art, s_start, k)
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
        if (shared := headline_conjunct_subject(art, s_start, k, first)) is not None:
            return shared, passive  # `Trump slams 'crooked' Hillary aide Huma, calls on 'Deep State' DOJ to act`
        if (named := aside_subjects.name_before_who(art, s_start, k)) is not None:
            return named, passive  # `Eddie Griffin, who at the time was a member of the AfroSpear, a group of bloggers, said`
        # An appositive: find the comma that opens it.
        j = k
        while j > 0 and tokens[j - 1].start >= s_start and not art.comma(j - 1):
            j -= 1
        if j == 0 or tokens[j - 1].start < s_start:
            return None, passive
        if k - j >= 3 and tokens[j].norm[:1].islower():
            j = before_town_and_state(art, j, s_start)  # `who was to travel to Columbus, Ohio, on Wednesday ..., said`
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
                elif k + 1 < len(tokens) and tokens[i].norm not in ("the", "a", "an") and (t := before_town_and_state(art, k + 1, s_start)) != k + 1:
                    j = t  # `Mr. Daniloff, now 81 and retired in Cambridge, Mass., said`: the aside's town and state
        elif k - j < 6 and all(art.text[t.start].isupper() for t in tokens[j : k + 1]) and (
            (d := appositives.described_head(art, j - 1, s_start, j, k)) is not None
        ):
            return (d, k), passive  # `The chairman of the Joint Chiefs of Staff, Gen. Joseph F. Dunford Jr.,`
        elif person_of_body_appositive(art, s_start, j, k):
            return (j, k), passive  # `One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said`
        if tokens[j].norm in ("a", "an", "the") and tokens[first - 1].norm != "to" and _fronted_time(art, s_start, j - 1):
            return (j, k), passive  # `Yesterday, a hacker known as "Guccifer," stated`: the time opens the sentence; the phrase after it speaks
        k = j - 1
        if tokens[k].norm in _FLOATING_ADVERBS and k > 0 and art.comma(k - 1) and tokens[k - 1].start >= s_start:
            k -= 1  # `Sanders, meanwhile, who sits at zero endorsements, said`: the name before the adverb
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
    if relative is None and end > 0 and tokens[end - 1].norm in ("who", "whom") and art.clean(end - 1) and (
        tokens[end].norm not in AUX and not tokens[end].norm.endswith("ly") and tokens[end].norm.isalpha()
        and tokens[first].norm in _SAY_BETWEEN_WHO
    ):
        return (end, end), passive  # `a suspect who police say pointed a gun`: the one word between "who" and the cue says
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
            if norm == "and" and (body := body_name_across_and(art, k, end, floor)) is not None:
                k = body_before_at(art, body, floor)  # `the Securities and Exchange Commission said`: one name, not "Exchange Commission"
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
    if tokens[k].norm in _LIKENESS and k < end and k > 0 and tokens[k - 1].norm in ("and", "but") and tokens[k - 1].start >= floor:
        # `Hunter represents a district in San Diego, and like Trump has spoken about`: the one
        # compared with is no subject; the clause before "and" has it (was "like Trump")
        return clause_subject(art, s_start, k - 1, coordinated=True), passive
    if k > 0 and end - k <= 1 and tokens[k - 1].start >= floor and art.gap(k - 1) == ", " and all(
        text[tokens[t].start].isupper() for t in range(k, end + 1)
    ):
        body = body_before_its_place(art, k, floor)
        if body is not None:
            return (body, end), passive  # `J. Bradford DeLong of the University of California, Berkeley suggest`
    if end - k == limit == 7 and names_and_joiners(art, k, end):
        k = longer_name_phrase(art, k, end, floor)  # `A spokesman for Mayor Frank G. Jackson of Cleveland said`
    elif end - k == limit == 7:
        k = owned_thing_start(art, k, floor)  # `His criminal record from the Florida Department of Law Enforcement indicates`
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
        if ing and k > 0 and art.comma(k - 1) and tokens[k - 1].start >= s_start and (
            all(tokens[d].norm in _POINT_IN_TIME for d in range(k + 1, end + 1))
            or (tokens[k].norm in ("in", "at") and all(text[tokens[d].start].isupper() for d in range(k + 1, end + 1)))
        ):
            # `he has battled with Guardian, at one point calling the mayor a "liar"`, `Trump
            # spoke, in Ohio saying`: a phrase of when or where opens the participle's clause;
            # the subject of the clause before calls
            return clause_subject(art, s_start, k - 1), False
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
        k = object_before_relative(art, k, end)
        named = appositives.name_before_appositive(art, k, relative, floor)
        if named is not None:
            return (named, relative), passive
    if relative is None:
        if not joined_places:  # (`Monitors in Kharkiv and Zaporizhzhia`: the places are the phrase's own)
            if end > k and not share_of_a_group(text[tokens[k].start : tokens[end].end]):  # (`Six in 10 say`)
                cut = before_time_phrase(art, k, end)  # (its own first test, made here without the call)
                if cut < end and not name_goes_on(art, cut + 1) and not (cut == k and (opening_plural(art, k, s_start) or tokens[k].norm in _QUANTIFIERS)) and not (
                    campus_after(art, k, cut)
                ):
                    end = cut
        if ing and end == first - 1 and end - k >= 2 and (obj := object_before_participle(art, k, end)) is not None:
            return (obj, end), passive  # `a van covered in stickers supporting Trump`: the stickers (was "took possession of a van")
        if end - k >= 2:
            end = before_participle_phrase(art, k, end)
        if ing and tokens[k].norm in FINITE_WORDS and k > 0 and tokens[k - 1].start >= s_start:
            # `Texas Sen. Ted Cruz is making a pitch to New York voters saying`: the phrase ran
            # back into a clause; its subject is the participle's
            found = clause_subject(art, s_start, k - 1)
            return found, False
        if ing and k > 0 and art.comma(k - 1) and tokens[k - 1].start >= s_start and verb_after_aside(art, k, end) and (
            (opening := clause_subject(art, s_start, k - 1)) is not None and opening[1] <= aside_opening(art, k - 1, s_start)
        ):
            # `Trump, returning to Washington ..., posted an early-morning tweet lashing out`: the
            # phrase opens with the clause's verb after an aside; its subject, before the aside,
            # is the participle's (was "posted an early-morning tweet"; a name inside the aside
            # is not: `The council, meeting in New York, issued`)
            return opening, False
        if ing:
            cut = before_finite_verb(art, k, end)
            if cut < 0:
                k = -cut  # the object of `had`, `left`: `left many E.U. nations feeling`
            else:
                end = cut
    if relative is None and (named := appositives.name_before_description(art, k, floor)) is not None:
        return (named, end), passive  # `Scott Pruitt, the Republican attorney general of Oklahoma, ... said`
    if relative is None and tokens[k].norm == "of":
        k = _head_before_of(art, k, floor)
    return (k, end if relative is None else relative), passive


# Prepositions of likeness opening a phrase after "and": `and like Trump has spoken`.
_LIKENESS = frozenset("like unlike".split())
# Words of a time phrase that may open a sentence before its subject: `Yesterday,`, `Late on Tuesday,`.
_FRONTED_TIME_WORDS = TIME_WORDS | TIME_OPENERS | frozenset("this last that the early late earlier".split())


def _fronted_time(art: ArticleText, s_start: int, k: int) -> bool:
    """Whether tokens from the sentence start to `k` are only a phrase of when (`Yesterday`,
    `On Tuesday morning`): a comma after one closes no appositive, so the phrase after it is
    the subject, not an aside to the time."""
    tokens = art.tokens
    a = k
    while a > 0 and tokens[a - 1].start >= s_start:
        a -= 1
    return tokens[a].start >= s_start and k - a < 4 and all(
        tokens[t].norm in _FRONTED_TIME_WORDS or tokens[t].norm.isdigit() for t in range(a, k + 1)
    )


# Words no head of a subject before its "of" is: the clause goes on before them.
_NOT_BEFORE_OF = CLAUSE_WORDS | AUX | LEADING_PREPOSITIONS


def _head_before_of(art: ArticleText, k: int, floor: int) -> int:
    """A phrase that came out opening with "of" (the scan reached its length limit inside it:
    `Organizers of the push to boycott Trump's AIPAC speech said`) widened back to the head noun
    and up to two words before it, within the clause (`Early results of an entrance poll ...`,
    `One of Mr. Santorum’s rivals ...`); `k` unchanged when a clause word stands there."""
    tokens = art.tokens
    a = k - 1
    if a < 0 or tokens[a].start < floor or not art.clean(a) or tokens[a].norm in _NOT_BEFORE_OF:
        return k
    while a - 1 >= 0 and k - a < 3 and tokens[a - 1].start >= floor and art.clean(a - 1) and tokens[a - 1].norm not in _NOT_BEFORE_OF:
        a -= 1
    return a
