"""Cues taken on weaker evidence, and the subjects of cues that hang on another verb.

`framing.attribution` takes some cues that read as reports about as often as not in PolNeAR's
training articles, but only where no other attribution's content holds them (inside one, they
are part of what the outer source said, and annotators mark far fewer of them):

- a weight-2 cue with a one- or two-word complement (`Republicans rejected the bill`: 67% marked
  on train outside other content), except the classes and complements in `terse_turned_down`;
- a cue of weight 2 or more whose subject the rules do not reach (`The senator paused and
  recalled ...`: 53%), except the cases in `subjectless_turned_down`;
- a cue of weight 2 or more after "to" (`Trump continued to question ...`: 50%), except the
  cases in `infinitive_turned_down`; its source is the subject of the verb it hangs on
  (`infinitive_subject`);
- a base form after a noun with an object opener after it (`Police repeat the suspect's name`:
  57%, `framing.cue_reading.verb_after_noun`).

`in_fronted_clause` tells when a participle cue belongs to the main clause after it (`After Ryan
spoke, responding to ..., Biden responded`), not to the subject before it.
"""

from __future__ import annotations

from framing import article_text
from framing.genders import is_given_name
from framing.models import Attribution
from framing.name_words import PERSON_TITLES, PRONOUNS_PERSON
from framing.range_reach import RangeReach

# A terse complement is no report for these classes (PolNeAR train: raising 33%, labeling 38%
# right; an attack verb's short object is as often a door as a person) ...
_TERSE_NEVER = frozenset({"raising", "labeling", "aggressive"})
# ... nor when it is a time or a place (`testified in June`: 36%).
_PLACE_TIME_OPENERS = frozenset("in on at during since last this next earlier later".split())
# Before a cue whose subject the rules do not find: words that leave it to framing.cue_patterns
# or to the passive it is part of.
_NO_SUBJECT_BEFORE = frozenset("when as be being been".split())
# Before "to" and a cue: an obligation or habit, not a stance ("needs to tell the truth").
_OBLIGATION_BEFORE_TO = frozenset("need needs needed needing have has had having used ought".split())
# Sentence openers that are no subject of the verb an infinitive cue hangs on.
_NO_INFINITIVE_SUBJECT = frozenset("it it's it’s there yet but and so this that what".split())
# Verbs an infinitive cue hangs on that neither end in -ed/-ing nor are auxiliaries ("continues to").
_CONTROL_VERBS = frozenset(
    "like likes went goes go continue continues try tries want wants seem seems began begins came comes took takes spoke".split()
)
# Verbs whose object does what the infinitive after it says (`forced Stumpf to admit`).
_OBJECT_CONTROL_VERBS = frozenset(
    "forced forces force pressed presses press prompted prompts prompt urged urges urge pushed pushes persuaded "
    "compelled asked asks ask challenged challenges invited encouraged encourages".split()
)
# Verbs whose weakly evidenced uses are mostly another sense ("find peace", "challenging the
# incumbent" in an election, "thanks to"): PolNeAR train marks 7 of 35 such weak cues.
_NEVER_WEAK = frozenset("find challenge thank".split())


def terse_turned_down(category: str, participle: bool, first_word: str, time_words: frozenset[str]) -> bool:
    """Is a weight-2 cue with a one- or two-word complement no report: a participle, a class in
    `_TERSE_NEVER`, or a complement opening with a time or place ("slammed the door", "testified
    in June", "concluded Monday")?"""
    return participle or category in _TERSE_NEVER or first_word in _PLACE_TIME_OPENERS or first_word in time_words


# In a headline, the things a rejection or a dismissal acts on rather than answers in words:
# `Senate rejects the plan`, `Russia Dismisses Trump Pressure`.
_THING_OBJECTS = frozenset(
    """plan plans bill bills deal deals proposal proposals measure measures pressure offer offers request
    requests demand demands law laws budget treaty treaties resolution motion bid appeal appeals package
    legislation amendment order policy reform sanctions tariffs tariff ban agreement nomination repeal
    settlement funding""".split()
)
_HEADLINE_ACT_CLASSES = frozenset({"denial"})
_HEADLINE_ACT_VERBS = frozenset("dismiss challenge".split())


# After "refused to" / "declined to": acts PolNeAR train/dev mark as reported stances in fewer
# than 40% of their uses ("refuses to follow our laws" 1 of 8, "refused to let" 1 of 4, "declined
# to run" 0 of 2, "refused to give" 1 of 4, "take" 1 of 3; once each and unmarked: walk, live,
# keep, drop, get, bow, work, intervene, extend, assimilate, participate, accept).
# Refusals of stances, words or policies stay reports: "declined to comment" 30 of 30, "refused
# to answer" 10 of 12, and also "refused to punish" 5 of 5, "refused to sign", "to ban".  So do
# refusals to stop, pause or keep a thing running ("refused to halt the strikes", "declined to
# pause the project"): "pause", "halt", "stop" and "suspend" never follow a refusal on train/dev,
# and of their kin "renew", "reinstate", "proceed" and "extend", 3 of 5 uses are marked, above
# the 40% this list stands for ("extend", 0 of 1, stays as the one unmarked use it is).
_REFUSED_ACTS = frozenset(
    """use run leave let walk live keep drop get bow work intervene extend assimilate
    participate accept""".split()
)
_REFUSAL_VERBS = frozenset("refuse decline".split())


def refused_act(verb: str, next_word: str) -> bool:
    """Is "refused to X" / "declined to X" the refusal of an act PolNeAR does not read as a
    stance (`refused to follow her commands`, `declined to run for reelection`), rather than of
    words ("refused to comment", "declined to say whether") or of a policy ("refused to punish
    schools", "refused to halt the strikes")?"""
    return verb in _REFUSAL_VERBS and next_word in _REFUSED_ACTS


def headline_act(
    art: article_text.ArticleText, category: str, verb: str, content_start: int, content_end: int, subject: tuple[int, int] | None = None
) -> bool:
    """Is a headline's stance verb an act on a thing rather than reported speech: a rejection
    or a dismissal (`denial` class, "dismiss", "challenge") whose object, up to the first comma,
    is a short noun phrase ending in a plan, a bill, a deal, pressure (`Senate rejects the plan`,
    `Russia Dismisses Trump Pressure, Mocks Zelenskyy`)?  A body or a country acts by a vote
    or a policy; a person (`subject` names one: `Senator rejects the plan`, `Gov. Abbott
    rejects the plan`) rejects in words, read as in running text ("The senator rejected the
    plan").  "Rejects claims that ..." or "denies the report" keep their reading (words answer words)."""
    if category not in _HEADLINE_ACT_CLASSES and verb not in _HEADLINE_ACT_VERBS:
        return False
    if subject is not None and names_a_person(art, subject):
        return False
    tokens = art.tokens
    k0, k1 = art.token_at_or_after(content_start), art.token_at_or_after(content_end)
    if k1 <= k0:
        return False
    last = k0
    while last + 1 < k1 and art.clean(last) and not art.comma(last):
        last += 1
    if last - k0 >= 5 or (last + 1 < k1 and not art.comma(last)):
        return False  # (a longer object, or a clause: read as before)
    return tokens[last].norm in _THING_OBJECTS


def names_a_person(art: article_text.ArticleText, subject: tuple[int, int]) -> bool:
    """Does a subject name one person, by a personal title or a pronoun (`Senator`, `Gov.
    Abbott`, `She`), a given name and a surname (`Nancy Pelosi`), or a lone surname the article
    gives in full elsewhere (`known_surname`: "Trump" beside "Donald Trump").  Another lone
    capitalised word ("Senate", "Russia") is not taken for one: bodies and countries look the same."""
    tokens = art.tokens[subject[0] : subject[1] + 1]
    if any(t.norm.rstrip(".") in PERSON_TITLES or t.norm in PRONOUNS_PERSON for t in tokens):
        return True
    words = [art.text[t.start : t.end] for t in tokens]
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper():
        return known_surname(art, words[0])
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and is_given_name(words[0], art.speakers.given_names)


def known_surname(art: article_text.ArticleText, word: str) -> bool:
    """Is a lone capitalised word the surname of a person the article names in full, with a
    given name or a personal title before it (`Trump rejects the plan` over a body naming
    "Donald Trump"; "Gov. Abbott"), a surname the article titles elsewhere ("President Trump",
    "Mr. Trump": `PersonMemory.titled_elsewhere`), or a given name of the run's table that the
    article never writes as a place or a thing?  A body or a country ("Senate", "Russia") is none."""
    speakers = art.speakers
    full = speakers.full_name(word)
    if full == word or " " not in full:
        # (a lone given name, `Hillary rejects the plan`, unless the article writes it as a
        # place or a thing: "in Jordan", "the Georgia plan")
        return (is_given_name(word, speakers.given_names) and speakers.is_person(word)) or speakers.titled_elsewhere(word)
    first = full.split(None, 1)[0]
    return first.lower().rstrip(".") in PERSON_TITLES or is_given_name(first, art.speakers.given_names)


def subjectless_turned_down(art: article_text.ArticleText, cue: article_text.Cue, strength: int, passive: bool, before: str) -> bool:
    """Is a cue whose subject the rules do not find no report: weak (weight 1), part of a passive
    or after "when"/"as" (`is known for`, `When asked`, `As reported by`: framing.cue_patterns
    reads them), a capitalised imperative ("Read the rest"), or markup ("<tweet id=...>")?"""
    start = art.tokens[cue.first].start
    return (
        strength < 2 or passive or art.text[start].isupper() or before in _NO_SUBJECT_BEFORE
        or art.text[start - 1 : start] in ("<", "/")
    )


def infinitive_turned_down(art: article_text.ArticleText, cue: article_text.Cue, strength: int) -> bool:
    """Is a cue after "to" no report: weak (weight 1), after an obligation ("needs to tell the
    truth"), or the reason for another act ("chastised Snyder for refusing to ask")?"""
    tokens = art.tokens
    governing = tokens[cue.first - 2].norm if cue.first >= 2 else ""
    return strength < 2 or governing in _OBLIGATION_BEFORE_TO or (
        governing.endswith("ing") and cue.first >= 3 and tokens[cue.first - 3].norm == "for"
    )

# Words before a phrase that make it the object of a verb or preposition (`calls with both
# Sanders and Clinton to discuss`): the infinitive's subject is the clause's, found elsewhere.
_OBJECT_OPENERS = frozenset("with between".split())


def infinitive_subject(art: article_text.ArticleText, subject: tuple[int, int]) -> tuple[int, int] | None:
    """The subject of the verb an infinitive cue hangs on, without that verb: `Mr. Bush tried [to
    project]` -> "Mr. Bush", `The school declined [to comment]` -> "The school"; the named object
    of a verb like "forced" (`forced Stumpf [to admit]` -> "Stumpf"); none where the
    phrase opens with a lower-case word that is no pronoun (`used much of their time [to
    criticize]`) or with "It"/"Yet" (`It is important [to note]`)."""
    tokens, text = art.tokens, art.text
    for k in range(subject[0], subject[1]):
        if tokens[k].norm in _OBJECT_CONTROL_VERBS and text[tokens[k + 1].start].isupper() and art.clean(k):
            # `The senator forced Stumpf, ..., [to admit]`: the object does the reporting.
            b = k + 1
            while b < subject[1] and art.clean(b) and text[tokens[b + 1].start].isupper():
                b += 1
            return (k + 1, b)
    first = tokens[subject[0]]
    if any(tokens[j].norm in _OBJECT_OPENERS and text[tokens[j].start].islower() for j in range(max(0, subject[0] - 4), subject[0])) and (
        tokens[subject[0] - 1].norm in ("and", "both", "with")
    ):
        return None  # `arranging calls with both Sanders and Clinton [to discuss]`: an object, not who acts
    if first.norm in _NO_INFINITIVE_SUBJECT or (
        not text[first.start].isupper() and first.norm not in article_text.PRONOUNS - {"it", "you"}
    ):
        return None
    for k in range(subject[0] + 1, subject[1] + 1):
        t = tokens[k]
        if not text[t.start].isupper() and (
            t.norm in article_text.AUX or t.norm in _CONTROL_VERBS or t.norm.endswith(("ed", "ing"))
        ):
            return (subject[0], k - 1)
    return subject


def in_fronted_clause(art: article_text.ArticleText, s_start: int, first: int) -> bool:
    """Does the sentence open with a subordinate clause that runs up to a comma before the cue
    (`After Ryan spoke, responding ...`)?  Its subject is not the main clause's."""
    k = art.token_at_or_after(s_start)
    return k < first and art.tokens[k].norm in article_text.SUBORDINATORS and first > 0 and art.comma(first - 1)


def without_nested(found: list[Attribution], weak: set[int], credit: dict[int, Attribution]) -> list[Attribution]:
    """`found` without the weak cues (by start offset) that lie inside the content of an
    attribution taken on full evidence, or whose verb is in `_NEVER_WEAK`, unless they credit a
    quotation.  Whether a content holds a cue is one bisection (`RangeReach`), for long texts."""
    inside = RangeReach(
        (a.content.start, a.content.end) for a in found if a.content is not None and a.cue.start not in weak
    ).holds
    credited = {id(a) for a in credit.values()}
    return [
        a for a in found
        if a.cue.start not in weak or id(a) in credited or (a.verb not in _NEVER_WEAK and not inside(a.cue.start))
    ]
