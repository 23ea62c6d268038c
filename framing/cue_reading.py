"""How a reporting cue reads where it stands: its lemma, and whether the word is the verb that
reports speech or something else: a noun ("state law", "the claims", "terrorist attacks in
Paris", "a strong showing"), an adjective ("758 pledged delegates"), a participle that gives a
name ("a program called Sandy Hook Promise"), consent to a thing ("agreed to the talks"), or, in
a Title Case headline, a verb between a name and its object.  The senses of a cue word that report
nothing ("FEC reports show", "found herself", "reported from Oakland") are in `framing.cue_senses`.

`framing.attribution` asks these word-level tests of each cue at fixed points of its pattern order
(`headline_verb` first, the noun tests after pattern 1, `plural_noun` in pattern 5); they live
here so that `attribution._attribute`, the pattern order, stays short enough to read at once.  Each looks only at the tokens around the cue (and the
article's anonymous-source heads).  The one-line tests (a particle verb: "show up"; a bare
infinitive: "needs to tell"; "for telling") are in `framing.cue_context.read_context`.
"""

from __future__ import annotations

from framing import article_text
from framing.object_nouns import is_object_noun
from framing.phrases_after_cue import FINITE_AFTER_THAT

# Verbs whose first object is the addressee, not part of what was said: "told reporters (that) ...".
ADDRESSEE_VERBS = frozenset("tell ask assure inform warn remind urge advise caution".split())
# Words that open a noun phrase: after "agree to" they make it consent to a thing, not a commitment to do.
_NOUN_PHRASE_OPENERS = frozenset("the a an this that these those his her their its our my your any all some terms".split())
# Words before a cue that make it a noun ("the claims", "secretary of state"): such a cue needs
# a that-clause or a quotation to count.
NOUN_BEFORE = frozenset("of the a an his her their its our my your this these those".split())


def lemma(term: str, single_word_verbs: frozenset[str]) -> str:
    """`verb` of an attribution: "according to" -> "according_to", "tell reporters" -> "tell"."""
    words = term.split()
    if len(words) > 1 and words[0] in single_word_verbs:
        return words[0]
    return "_".join(words)


_EVIDENCE_VERBS = frozenset("shows reveals suggests indicates finds confirms".split())
# -s forms that are never plural nouns ("the email appears to contradict", "the issue seems to be").
_NEVER_NOUNS = frozenset("appears seems believes thinks argues insists explains".split())
# Verbs whose subject is often a thing (a poll, a record, a video) rather than a person.
_OBJECT_OPENERS = frozenset("the a an his her its their our my your this that these those".split())
# Small words a title leaves in lower case (`Meet the Press`, `Fox News Sunday`).
TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from is".split())


def base_form_after_noun(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """A cue in its base form right after a singular word cannot be a verb with that word as its
    subject ("a big question remains", "state law", "the McKinley plan"); after a plural ("officials
    say"), a pronoun ("they claim"), a modal or "to" it can."""
    tok = art.tokens[cue.first]
    if (cue.match.entry.weight or 2) >= 3 or tok.norm != cue.match.entry.term.split()[0]:  # (the cheaper test first)
        return False  # "Police say", "Mr. Grassley and Mr. Leahy say": the strongest cues are verbs
    if tok.norm in _PAST_AS_BASE:
        return False  # "as the senator put it", "the mayor hit back": the past tense looks like the base form
    before = art.tokens[cue.first - 1].norm
    if before in article_text.PRONOUNS or before in article_text.AUX or before in art.speakers.anonymous_heads:
        return False
    if (before.endswith("s") and before != "news") or before.endswith("ly") or before.isdigit():
        return False  # (but "his own Fox News show": "News" is no plural subject)
    return True


def verb_after_noun(art: article_text.ArticleText, cue: article_text.Cue, before: str, after: str) -> bool:
    """A base-form cue after a noun that is no determiner or possessive, with an object opener
    after it, reads as a verb as often as not ("Supporters of the law hope this ...", "Police
    repeat the suspect's name"; PolNeAR train: 57% marked outside other content)."""
    tok = art.tokens[cue.first]
    return (
        tok.norm == cue.match.entry.term.split()[0]
        and after in _OBJECT_OPENERS and after != "that"
        and before not in NOUN_BEFORE and not before.endswith(("'s", "’s"))
    )


# Nouns of evidence whose "show" is the verb though "show" is a noun too: "Polls there show Trump
# trailing", "FEC records from the 2008 cycle show he backed", "polls that show him leading".
_EVIDENCE_NOUNS = frozenset(
    """poll polls record records report reports survey surveys data figure figures study studies video videos
    footage analysis analyses document documents filing filings result results number numbers statistics
    emails photos photographs images tests""".split()
)
_SHOW_FORMS = frozenset("show shows showed".split())
_EVIDENCE_REACH = 8  # words between the evidence noun and its "show": "polls in the state he calls a second home show"


def evidence_shows(art: article_text.ArticleText, cue: article_text.Cue, s_start: int) -> bool:
    """Is the cue "show(s)"/"showed" the verb of an evidence noun before it in its clause, across a
    place, a phrase or a relative clause ("Polls there show Trump is trailing", "polls in the state
    he calls a second home show him with a big lead", "polls that show him leading"), though
    "show" is a noun too ("the show")?  Not across a comma or other punctuation."""
    tokens = art.tokens
    if cue.first != cue.last or tokens[cue.first].norm not in _SHOW_FORMS:
        return False
    j = cue.first - 1
    while j >= 0 and cue.first - j <= _EVIDENCE_REACH and tokens[j].start >= s_start and art.clean(j):
        if tokens[j].norm in _EVIDENCE_NOUNS:
            return True
        j -= 1
    return False


# Verbs whose past tense is their base form.
_PAST_AS_BASE = frozenset("put hit cast set read let cut".split())
_NAMED_THINGS = frozenset("program group website site book film movie show event class initiative organization bill song".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen hundred thousand million".split())


def modified_noun(art: article_text.ArticleText, cue: article_text.Cue, before: str) -> bool:
    """A cue right after a number or a hyphenated modifier is a noun or an adjective ("758
    pledged delegates", "35 states", "work-related emails", "State-linked attacks"); not after
    an age or a party tag ("Sarandon, 69, told", "Sanders (I-Vt.) defended"), nor the strongest
    cues ("4 in 10 say")."""
    if not (before[:1].isdigit() or before in _NUMBER_WORDS or "-" in before):
        return False  # the common case, decided without looking further
    if (cue.match.entry.weight or 2) >= 3 or not art.clean(cue.first - 1):
        return False
    if cue.first >= 2 and art.tokens[cue.first - 2].norm in ("the", "in", "of") and "-" not in before:
        return False  # "the two suggested", "6 in 10 backed" (but "a series of early-morning tweets")
    hyphenated = "-" in before and (
        before.rsplit("-", 1)[1].endswith(("ed", "ing", "place"))
        or (cue.first >= 2 and art.tokens[cue.first - 2].norm in ("a", "an") and not art.tokens[cue.first].norm.endswith("ed"))
    )  # ("a follow-up tweet")
    return before.isdigit() or before in _NUMBER_WORDS or hyphenated


def noun_before_preposition(art: article_text.ArticleText, cue: article_text.Cue, after: str) -> bool:
    """"an attack on the outpost", "attacks on his personal life": the noun, not the verb (which
    takes its object directly: "attacked the outpost"; "warned of", "accused of" stay verbs)."""
    return after == "on" and cue.first == cue.last and art.tokens[cue.first].norm in ("attack", "attacks")


def headline_verb(art: article_text.ArticleText, cue: article_text.Cue) -> bool:
    """In a Title Case headline, a weight-2 cue is a verb between a name and its object
    (`Mike Pence Calls for Special Prosecutor`, `Donald Trump Praises Breitbart’s ...`)."""
    if cue.first == 0 or not art.clean(cue.first - 1):
        return False
    prev = art.tokens[cue.first - 1]
    return art.text[prev.start].isupper() and prev.norm not in NOUN_BEFORE and prev.norm not in TITLE_SMALL_WORDS


# -s forms that are nouns as often as verbs: as verbs they take an object, a clause or "to"
# right away ("attacks Clinton", "claims he won", "plans to run"); "Paris attacks in",
# "terrorist attacks,", "the states that voted" are nouns.
_NOUN_OR_VERB = frozenset("attacks calls claims reports promises plans threats charges states pledges".split())
_VERB_OBJECT_OPENERS = frozenset(
    """the a an his her its their our my your this these those that him them it us me he she they we
    i you to how what why whether who where when""".split()
)
# Nouns after which a participle-looking cue is an adjective ("pledged delegates").
_MODIFIED_HEADS = frozenset("delegates delegate".split())
_SUBJECT_LIKE = frozenset("who which that what also".split())
_DETERMINERS = frozenset("a an the his her its their our my your this that".split())


# Words after "like" that make an -s cue before it a noun compared with others ("promises like these").
_LIKE_THESE = frozenset("these those this that them it".split())


def _next_norm(art: article_text.ArticleText, k: int) -> str:
    return art.tokens[k].norm if k < len(art.tokens) else ""


def ambiguous_noun(art: article_text.ArticleText, cue: article_text.Cue, before: str, after: str) -> bool:
    """Noun readings the other tests miss: an ambiguous -s word not followed by an object
    ("terrorist attacks in Paris", "the 35 states that") or compared with "like these"
    ("Campaign promises like these", after a capital too), a participle before "delegates"
    ("fewer pledged delegates"), an -ing word after a determiner and an adjective ("a strong
    showing"), "attack(s)" as a noun (`attack_noun`)."""
    tok = art.tokens[cue.first]
    if tok.norm in _ATTACK_FORMS:
        return attack_noun(art, cue, before, after)
    if tok.norm in _NOUN_BEFORE_VERB and after in FINITE_AFTER_THAT and cue.first == cue.last and before and art.clean(cue.last):
        # `The strong jobs report has cleared the way`, `the chemical weapons report will`: a noun, then
        # its verb (the verb would take an object: `Officials report that ...`, `report seeing smoke`)
        # (`Podliska's most explosive claim is that ...`: the noun, and what it says after "is that")
        return (
            before not in article_text.PRONOUNS and before not in article_text.AUX and before not in _SUBJECT_LIKE
            and _next_norm(art, cue.last + 2) != "that"
        )
    if after in _MODIFIED_HEADS and tok.norm == "pledged":
        return True
    if cue.first == cue.last and tok.norm in _NOUN_OR_VERB and before:
        if after == "like" and art.clean(cue.last) and _next_norm(art, cue.last + 2) in _LIKE_THESE:
            return True  # "Campaign promises like these", "Republican attacks like that": the noun, compared
        prev = art.tokens[cue.first - 1]
        if not art.text[prev.start].islower() or before in article_text.PRONOUNS or before.endswith("ly") or before in _SUBJECT_LIKE:
            return False  # "the Associated Press reports", "what he calls", "who states"
        k = cue.last + 1
        if not after or not art.clean(cue.last):
            return art.text[tok.end : tok.end + 2].strip()[:1] not in ("“", '"', ":")
        if after in _VERB_OBJECT_OPENERS or art.text[art.tokens[k].start].isupper():
            return tok.norm == "states"  # "the 35 states that ..."
        return True
    if tok.norm == "showing" and cue.first >= 2 and before and art.tokens[cue.first - 2].norm in _DETERMINERS:
        prev = art.tokens[cue.first - 1]
        return art.text[prev.start].islower() and art.clean(cue.first - 1) and before not in article_text.AUX
    return False


_ATTACK_FORMS = frozenset(("attack", "attacks"))
# Base forms that are nouns too, read as the noun right before an auxiliary.
_NOUN_BEFORE_VERB = frozenset("report claim call promise pledge plan warning comment statement estimate".split())
_OBJECT_AFTER_ATTACK = _VERB_OBJECT_OPENERS - {"that", "to", "how", "what", "why", "whether", "who", "where", "when"}


def attack_noun(art: article_text.ArticleText, cue: article_text.Cue, before: str, after: str) -> bool:
    """Is "attack(s)" the noun: `the Paris attacks`, `deadly attacks in Paris`, `the Dec. 2 attack
    that left 14 dead`, `Blistering attacks upend ...`, `with attacks that helped Republicans`?
    After a determiner, a number or a preposition it is; after a pronoun, "to", an auxiliary or
    an adverb it is the verb (`she attacks`, `to attack Trump`, `did not attack`); after any
    other word, the verb takes its object right away (`Trump attacks Clinton`, `critics attack
    the plan`), the noun does not (`Paris attacks test`, `personal attacks that have`).  Such a
    noun reports only with a that-clause (`the attacks that Clinton is untrustworthy`): PolNeAR
    train/dev mark 2 of the 24 nouns so read as cues before."""
    if cue.first != cue.last or not before or not art.clean(cue.first - 1):
        return False
    if before in NOUN_BEFORE or before[:1].isdigit() or before in article_text.LEADING_PREPOSITIONS:
        return True
    if before in article_text.PRONOUNS or before in article_text.AUX or before in _SUBJECT_LIKE or before.endswith("ly"):
        # (but `The first attack was treated as a crime`)
        return before == "first" and cue.first >= 2 and art.tokens[cue.first - 2].norm in NOUN_BEFORE
    k = cue.last + 1
    if not after or not art.clean(cue.last):
        return True  # `After the Paris attacks, ...`
    return after not in _OBJECT_AFTER_ATTACK and not art.text[art.tokens[k].start].isupper()


def object_noun(art: article_text.ArticleText, cue: article_text.Cue, before: str) -> bool:
    """"disputed claims of racism", "have challenged claims that", "despite claims from Tea
    Partiers that", "rejects calls for a minimum wage hike": "claims" or "calls" right after a
    word that takes it as its object (`framing.object_nouns`, the reading the loaded `noun-use`
    rule shares) is that word's object, a noun, and no reporting cue even before "that" or "for"
    (BASIL articles a teacher read).  Other -s cues go to `_plural_noun_phrase`.

    A determiner before the word is not this reading's business here, unlike for `noun-use`: "his
    claims that the vote was rigged" still credits him with words (PolNeAR marks such nouns as
    cues), so `cue_context.reads_as_noun` lets it stand before a that-clause."""
    if art.tokens[cue.first].norm not in ("claims", "calls") or not before or not art.clean(cue.first - 1):
        return _plural_noun_phrase(art, cue, before)
    return is_object_noun(art.text, art.tokens, cue.first, art.noun_markers)


# Auxiliaries that agree with a plural subject: an -s word right before one is that subject
# (not a modal: "a trend that the foundation predicts will continue").
_PLURAL_AUX = frozenset("have are were had do did".split())
_OBJECT_PRONOUNS = frozenset("him her them us me it you".split())  # (`reports against him blames Dena Grayson`)


def _plural_noun_phrase(art: article_text.ArticleText, cue: article_text.Cue, before: str) -> bool:
    """"Health worries have dogged ...": an -s cue of weight 2 or less right before a plural
    auxiliary is a plural subject; "seizing on recent comments his rival made": one after a
    noun marker (`framing.object_nouns`: a preposition, an object verb) and a lower-case modifier
    that is no marker itself is a noun (BASIL and PolNeAR dev articles; "responded with chants of"
    stays a cue, as PolNeAR marks it)."""
    tok = art.tokens[cue.first]
    if cue.first != cue.last or not tok.norm.endswith("s") or tok.norm.endswith("ss") or (cue.match.entry.weight or 2) >= 3:
        return False
    if tok.norm in _EVIDENCE_VERBS or tok.norm in _NEVER_NOUNS or before in _SUBJECT_LIKE or before in article_text.PRONOUNS:
        return False
    k = cue.last + 1
    if k < len(art.tokens) and art.clean(cue.last) and art.tokens[k].norm in _PLURAL_AUX:
        return True
    j = cue.first - 2
    return (
        j >= 0 and before and art.tokens[j].norm in art.noun_markers and art.clean(j) and art.clean(cue.first - 1)
        and art.text[art.tokens[cue.first - 1].start].islower() and before not in article_text.AUX
        and before not in _DETERMINERS and before not in art.noun_markers and before not in _SUBJECT_LIKE
        and before not in _OBJECT_PRONOUNS and not before.endswith(("s", "ly"))
    )


# Words before "state(s) that" that make it the noun: "a state that has gone blue", "the 35 states
# that vote in March", "campaigned in the state that she won" (PolNeAR train: 39 of 56 such cues
# were the noun; "he stated that", "the document states that" stay verbs).
_STATE_NOUN_BEFORE = NOUN_BEFORE | article_text.LEADING_PREPOSITIONS | _NUMBER_WORDS | frozenset(
    "those many other several all some both key battleground swing early remaining".split()
)


def state_noun(art: article_text.ArticleText, cue: article_text.Cue, before: str) -> bool:
    """"state" / "states" after a determiner, a number or a preposition is the noun, even before
    "that" (which then opens a relative clause, not what was stated)."""
    return art.tokens[cue.first].norm in ("state", "states") and (before in _STATE_NOUN_BEFORE or before[:1].isdigit())


def _indefinite_phrase(art: article_text.ArticleText, head: int) -> bool:
    """Does the noun at token `head` close a phrase opened by "a"/"an" within three lower-case
    words (`a group`, `a meandering mountain stream`, `a newly formed super PAC`)?"""
    for j in range(head - 1, max(head - 5, -1), -1):
        if not art.clean(j):
            return False
        norm = art.tokens[j].norm
        if norm in ("a", "an"):
            return True
        if norm in article_text.PRONOUNS or norm in article_text.AUX or norm in article_text.CLAUSE_WORDS or norm in NOUN_BEFORE:
            return False
    return False


def naming_participle(art: article_text.ArticleText, cue: article_text.Cue, before: str) -> bool:
    """"a program called Sandy Hook Promise", "a group named ...": a lower-case noun, then the
    participle, then a capitalised name."""
    if art.tokens[cue.first].norm not in ("called", "named", "dubbed", "titled", "entitled") or cue.first != cue.last:
        return False
    if cue.first < 2 or (not _indefinite_phrase(art, cue.first - 1) and before not in _NAMED_THINGS):
        return False
    k = cue.last + 1
    if k + 1 < len(art.tokens) and art.tokens[k].norm == "the" and art.gap(k).strip() in ("", "“", "\"", "‘"):
        k += 1  # "a group called the St. Louis Tea Party"
    if k >= len(art.tokens) or not (art.text[art.tokens[k].start].isupper() or art.text[art.tokens[k].start - 1] in "“\"‘"):
        return False  # (a name, or a quoted one: `a formula called the "chained CPI"`)
    prev = art.tokens[cue.first - 1]
    word = art.text[prev.start : prev.end]
    return (
        word.islower()
        and before not in article_text.PRONOUNS
        and before not in article_text.AUX
        and before not in ("whom", "which", "they", "we", "him", "them")
        and not before.endswith("ly")
        and before not in art.speakers.anonymous_heads
        and art.clean(cue.first - 1)
    )


def plural_noun(art: article_text.ArticleText, cue: article_text.Cue, subject: tuple[int, int] | None) -> bool:
    """Is an -s cue a plural noun ("verbal attacks", "public calls for") rather than a verb?"""
    tok = art.tokens[cue.first]
    if not tok.norm.endswith("s") or (cue.match.entry.weight or 2) >= 3 or subject is None:
        return False  # the strongest cues ("says", "claims", "endorses") are verbs after a noun
    if cue.first != cue.last and art.tokens[cue.last].norm == "for":
        return False  # "his plan calls for rates that rise" (but "0.1 percentage points to 1.8 percent")
    if tok.norm in _EVIDENCE_VERBS or tok.norm in _NEVER_NOUNS:
        return False  # "a poll shows", "video of the incident shows": evidence as the source; "the email appears to"
    before = art.tokens[subject[1]]
    word = art.text[before.start : before.end]
    if not word.islower() or before.norm in art.speakers.anonymous_heads or before.norm in article_text.PRONOUNS:
        return False
    # A verb after a singular noun takes an object: a determiner or a name ("the candidate
    # mentions her granddaughter", "the ad slams Kasich"); anything else after the -s word reads
    # as a plural noun ("verbal attacks reflected", "comments he made", "reports through Jan.").
    k = cue.last + 1
    if k >= len(art.tokens) or not art.clean(cue.last) or before.norm.endswith("s"):
        return True
    nxt = art.tokens[k]
    return not (nxt.norm in _OBJECT_OPENERS or art.text[nxt.start].isupper())


def object_follows(art: article_text.ArticleText, k: int, s_end: int) -> bool:
    """Does a noun phrase (a determiner, a number or a name) start at token k of the sentence?"""
    tokens = art.tokens
    if k >= len(tokens) or tokens[k].start >= s_end:
        return False
    first = art.text[tokens[k].start]
    return tokens[k].norm in _NOUN_PHRASE_OPENERS or first.isupper() or first.isdigit()


# Forms of a weight-1 cue that can only be the verb, or mostly are: "state" the noun, "support"
# and "name" the nouns, "consider" as a bare act need a that-clause; these forms need only a phrase
# of a few words (PolNeAR train, taken one at a time: each raised train and dev cue F1).
VERB_ONLY_FORMS = frozenset("stated stating supported considered named sees backed".split())
# Forms of the commonest tag verbs: a cue right before one is a noun in the source (`the report said`).
TAG_VERB_FORMS = frozenset(
    "said says say added told wrote writes concluded noted stated found find finds shows show showed suggest suggests".split()
)


def in_headline(text: str, pos: int) -> bool:
    """Is `pos` on the first line of an article of several lines, its headline?"""
    line_end = text.find("\n", 0, 200)
    return pos < line_end
