"""A reporting verb inside a clause that modifies a noun, read as such rather than as the verb of
its sentence with that noun as its subject.

A past participle right after a noun is often no verb of the sentence but a reduced relative
clause (`Engineers found cracks reported last year in the dam`: the cracks were reported, by no
one named; `He questioned the figures cited by the ministry`: the ministry cited them).  The
backward scan for a subject (`framing.subject_phrases`) would run over the verb before the noun
and credit "Engineers found cracks".  `reduced_relative` tells the cue that it is such a
participle and gives the noun phrase it modifies: `framing.attribution` then reads it as a
passive, whose agent after "by" is the source (PolNeAR marks `a practice criticized by Miller`
with source "Miller" and content "a practice") and which, without an agent, credits no one.

Why this is its own module: the test looks back over a whole noun phrase to the word that takes
it as its object, a reading neither the word-level tests of `framing.cue_reading` nor the
subject scans need.
"""

from __future__ import annotations

from framing import article_text
from framing.clause_subjects import FINITE_WORDS, IRREGULAR_PAST
from framing.name_words import TIME_WORDS, TITLE_WORDS
from framing.subject_phrases import passive_participle

# Verbs that take a name or a label after the participle (`a group called the X`, `a loophole
# called an "inversion"`, `a host considered one of the most influential`): an object-like
# phrase after them does not make them the sentence's verb.
_NAMING = frozenset("called named dubbed labeled labelled titled entitled known considered deemed".split())
# Words after a participle that open no object: it lacks one, as a passive does.
NO_OBJECT_AFTER = frozenset(
    """in on at as for with of to during over by from under into after before about against among since
    until through amid across last this earlier previously recently later late early""".split()
) | TIME_WORDS
# Prepositions that take the noun phrase before a participle as their object (`according to exit
# polls reported by CNN`): with an agent after "by", a reduced relative too.
_PREPOSITIONS = frozenset(
    """of to in for with about from against on at among including like over under into toward towards than despite
    through across around near behind beyond within without inside outside along between upon onto during via after
    before since by""".split()
)
# Forms of "be" that take the noun phrase as complement or object (`is a group known as`).
_LINKING = frozenset("is was were are".split())
_DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your some many several few all both each every any no".split()
)
_NOT_HEADS = article_text.PRONOUNS | article_text.AUX | article_text.CLAUSE_WORDS | _DETERMINERS | frozenset(
    """and or nor but yet then so him her them us me it twice best better well much more most least less ever
    become became get got remain remained nonetheless nevertheless however therefore thus instead indeed perhaps
    nobody somebody someone anyone everyone everybody anybody none one""".split()
)
# Cues whose subject is what seems so, not a speaker (`the politician seemed to be shrinking`).
_RAISING = frozenset("appeared seemed".split())
# -ing words that are nouns, not verbs taking the phrase as object ("the meeting", "during").
_ING_NOUNS = frozenset("during according morning evening nothing something anything everything thing king spring building meeting hearing funding spending".split())


_RELATIVE_PRONOUNS = frozenset("who which that".split())


def _opens_noun_phrase(art: article_text.ArticleText, k: int) -> bool:
    """Does a determiner, a number or a capitalised word stand at token k?"""
    tok = art.tokens[k]
    first = art.text[tok.start]
    return tok.norm in _DETERMINERS or first.isdigit() or first.isupper()


def _lacks_object(art: article_text.ArticleText, first: int, s_end: int, naming: bool) -> bool:
    """Does the participle at token `first` stand without an object, as a passive does: a
    preposition, a time word or the sentence's punctuation after it, not a quotation or a colon
    (`chanted "What curfew?"`), not an infinitive (`agreed to release`)?  A naming participle
    takes a name or label after it (`a movement called the EPRP`) and lacks no object."""
    tokens, text = art.tokens, art.text
    k = first + 1
    if k >= len(tokens) or tokens[k].start >= s_end:
        return True
    gap = text[tokens[first].end : tokens[k].start].strip()
    if gap:
        return gap[0] in ",.;)"  # (a quotation, a colon or a dash after the cue introduces what was said)
    if naming:
        return True
    for t in tokens[k : k + 6]:
        if t.norm == "that" and t.start < s_end:
            return False  # `warned on Tuesday that ...`: a clause of what was said
    norm = tokens[k].norm
    if norm == "to":
        return k + 1 < len(tokens) and _opens_noun_phrase(art, k + 1)  # `likened to the Star of David`
    return norm in NO_OBJECT_AFTER


def _takes_object(art: article_text.ArticleText, j: int) -> bool:
    """Is token j a verb that takes the phrase after it as its object ("found", "defended",
    "offering", "is")?  Lower case only: "Trump" is no verb, whatever it ends in."""
    tok = art.tokens[j]
    norm = tok.norm
    if not art.text[tok.start].islower():
        return False
    return (
        norm in IRREGULAR_PAST or norm in _LINKING or (norm.endswith("ed") and len(norm) > 4)
        or (norm.endswith("ing") and len(norm) > 5 and norm not in _ING_NOUNS)
    )


def reduced_relative(art: article_text.ArticleText, cue: article_text.Cue, s_start: int, s_end: int) -> tuple[int, int] | None:
    """The noun phrase (first and last token) a past-participle cue modifies, when the cue is a
    reduced relative clause: a participle right after a lower-case noun that a verb before it
    takes as object (`found cracks reported last year`, `defended people accused of rape`), with
    no object of its own after it unless it names (`joined a movement called the EPRP`); or,
    with an agent after "by", after a preposition's object too (`according to exit polls
    reported by CNN`).  None when the participle can be the sentence's verb (`The bank said`,
    `the head of the agency said on Monday`, `Officials said Monday the deal ...`)."""
    first = cue.first
    tokens, text = art.tokens, art.text
    n = first - 1
    if cue.last != first or n < 0 or tokens[n].start < s_start:
        return None
    word = tokens[first].norm
    if not passive_participle(word) or not art.clean(n):
        return None
    k = first + 1
    by = k < len(tokens) and tokens[k].start < s_end and tokens[k].norm == "by" and art.clean(first)
    if by and tokens[n].norm.endswith("ly") and text[tokens[n].start].islower() and art.gap(n) == " " \
            and n > 0 and tokens[n - 1].start >= s_start and art.clean(n - 1):
        n -= 1  # (`an action specifically rejected by Congress`: the adverb, then the noun)
    head = tokens[n].norm
    if (
        not head.isalpha() or head in _NOT_HEADS or head in _PREPOSITIONS or head.endswith("ly") or head in TIME_WORDS
        or passive_participle(head) or not text[tokens[n].start].islower() or art.gap(n) != " "
    ):
        return None  # (`was held called`, `opportunities - seen as`)
    if word in _RAISING:
        return None
    start = _phrase_start(art, first, n, s_start, s_end, by)
    if start is None or (not by and not _lacks_object(art, first, s_end, word in _NAMING)):
        return None  # (`the senators blasted the plan`, `agreed to release`: the verb of a clause)
    return start, n


def _phrase_start(art: article_text.ArticleText, first: int, n: int, s_start: int, s_end: int, by: bool) -> int | None:
    """The first token of the noun phrase ending at token `n`, the noun the participle at token
    `first` modifies, when a verb or (with an agent) a preposition takes it as object, or it opens
    the sentence before the sentence's own verb; else None."""
    tokens = art.tokens
    j = n - 1
    while j >= 0 and tokens[j].start >= s_start and art.clean(j) and art.gap(j) != " - " and n - j <= 6:
        if _takes_object(art, j) and not (j > 0 and tokens[j - 1].norm in _DETERMINERS and art.clean(j - 1)):
            # (not an adjective: `in a televised interview appeared`)
            v = j - 1
            while v >= 0 and tokens[v].norm in article_text.AUX and art.clean(v):
                v -= 1
            if v >= 0 and tokens[v].norm in _RELATIVE_PRONOUNS:
                # `One of the docs who sent the letter called Oz`, `Republicans who have praised
                # his candidacy warned`: the object of a relative clause, before the main verb
                return None
            return j + 1
        if tokens[j].norm in _PREPOSITIONS:
            if tokens[j].norm == "to" and not _opens_noun_phrase(art, j + 1):
                return None  # `to win all 155 delegates offered by`: an infinitive, not a preposition
            return j + 1 if by else None
        if tokens[j].norm in article_text.CLAUSE_WORDS or tokens[j].norm in article_text.PRONOUNS or tokens[j].norm in article_text.AUX:
            return None  # `the bank detailed`... after "which", a clause of its own
        j -= 1
    if (j < 0 or tokens[j].start < s_start) and tokens[j + 1].norm in _DETERMINERS and _finite_after_phrase(art, first, s_end):
        return j + 1  # `The deal announced on Monday will cut tariffs`: the sentence's verb comes after
    return None


def _finite_after_phrase(art: article_text.ArticleText, first: int, s_end: int) -> bool:
    """After a participle opening a sentence's subject (`The deal announced on Monday will ...`):
    does a phrase of time or place (a preposition, then up to four words ending on a time word, a
    number or a name) lead straight to a finite verb, the sentence's own?  Not after a noun
    (`said on Monday the deal would`), whose clause the verb is."""
    tokens, text = art.tokens, art.text
    k = first + 1
    if k >= len(tokens) or tokens[k].norm not in NO_OBJECT_AFTER or not art.clean(first):
        return False
    for f in range(k + 1, min(k + 6, len(tokens))):
        if tokens[f].start >= s_end or not art.clean(f - 1):
            return False
        if tokens[f].norm in FINITE_WORDS and text[tokens[f].start].islower():
            prev = tokens[f - 1]
            return prev.norm in TIME_WORDS or prev.norm.isdigit() or text[prev.start].isupper() or (
                tokens[first].norm != "said" and _one_noun_phrase(art, k + 1, f) and _agrees(art, first - 1, f)
            )
    return False


# Finite verbs that agree with a singular or a plural subject only.
_SINGULAR_FINITE = frozenset("is was has does".split())
_PLURAL_FINITE = frozenset("are were have".split())
# Words that cannot stand inside a preposition's noun phrase: pronouns, auxiliaries, clause words.
_NOT_IN_PHRASE = _NOT_HEADS - _DETERMINERS


def _agrees(art: article_text.ArticleText, head: int, finite: int) -> bool:
    """Can the noun at token `head` be the subject of the finite verb at token `finite` (`emails
    ... are`, not `The company announced at the meeting officials were`)?  A noun ending in one
    "s" is taken as plural; modals and "had" agree with either."""
    noun, verb = art.tokens[head].norm, art.tokens[finite].norm
    plural = noun.endswith("s") and not noun.endswith("ss")
    return not ((plural and verb in _SINGULAR_FINITE) or (not plural and verb in _PLURAL_FINITE))


def _one_noun_phrase(art: article_text.ArticleText, start: int, end: int) -> bool:
    """Do tokens `start` to `end` (exclusive) form one noun phrase, the preposition's object,
    so that the finite verb after them is the sentence's (`The emails found on Mr. Weiner's
    computer are a sore spot`)?  A determiner only first, no time word, no word of a clause, and
    a capitalised word run into a lower-case noun only through a possessive: `said on Monday the
    deal would`, `said in Iowa voters were` are a clause of what was said after a phrase."""
    tokens, text = art.tokens, art.text
    for j in range(start, end):
        norm = tokens[j].norm
        if not art.clean(j) or not norm.replace("'", "").replace("’", "").isalpha():
            return False
        if (norm in _DETERMINERS and j > start) or norm in TIME_WORDS or norm in _NOT_IN_PHRASE:
            return False
        if j > start and text[tokens[j - 1].start].isupper() and text[tokens[j].start].islower() \
                and not tokens[j - 1].norm.endswith(("'s", "’s")):
            return False
    last = tokens[end - 1]
    return text[last.start].islower() and not last.norm.endswith("ly")


def agent_phrase(art: article_text.ArticleText, agent: tuple[int, int]) -> tuple[int, int]:
    """The agent after "by" cut before the sentence's own verb: `a memo seen by Reuters said
    investigators were unable` -> "Reuters"."""
    for t in range(agent[0] + 1, agent[1] + 1):
        norm = art.tokens[t].norm
        if (norm in article_text.CLAUSE_WORDS or norm in FINITE_WORDS) and art.text[art.tokens[t].start].islower():
            agent = agent[0], t - 1
            break
        if art.gap(t - 1).strip() in ("-", "–", "—"):
            agent = agent[0], t - 1  # `opposed by Israel - set a hawkish tone`
            break
    for t in range(agent[0] + 1, agent[1] + 1):
        if art.tokens[t].norm in ("concerning", "regarding", "including"):
            agent = agent[0], t - 1  # `proposed by the government concerning naturalization`
            break
    if agent[1] > agent[0] and art.tokens[agent[1]].norm in _PREPOSITIONS:
        agent = agent[0], agent[1] - 1  # `backed by big-bucks super PACs with whom`
    return agent


# Determiners that open a singular noun phrase: a plural noun right after its noun starts a new
# phrase (`a move critics slammed`), where after "the" it may be a compound (`the campaign officials`).
_SINGULAR_DETERMINERS = frozenset("a an another every each one".split())
_OBJECT_DETERMINERS = _SINGULAR_DETERMINERS | frozenset("the this that these those his her their its our my your".split())
# Nouns before a name in apposition, not the object of a relative clause after it: roles and
# kinds of named things (person nouns in -er, -or, -ist, -ian, -ant, -ent are caught by suffix).
_ROLE_NOUNS = frozenset(
    """host colleague prophet chief aide head boss leader member friend wife husband son daughter mother father
    brother sister partner ally rival judge nominee candidate site website newspaper paper network group company
    show book magazine channel outlet publication organization firm agency party band film program blog station
    columnist pundit expert official spokesman spokeswoman""".split()
)
_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman")


def contact_relative(
    art: article_text.ArticleText, subject: tuple[int, int], cue: article_text.Cue, s_end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A relative clause without "that" (`a move critics slammed as reckless`, `the candidates
    Sanders named in his email`): the cue lacks the object it would take, which is the noun
    phrase before its subject.  Returns the subject (the source: "critics", "Sanders") and that
    noun phrase (the content: "a move", "the candidates"), or None.  The subject found before the
    cue ran over a determiner, its lower-case words and a noun into a name (not after a role,
    `campaign manager Robby Mook said`) or, after "a"/"an", a plural noun (`a move critics`, which
    cannot be one phrase; `the campaign officials` can).  A verb after the cue that belongs to
    the noun's own clause (`a sum experts say is needed`) counts as the missing object too."""
    tokens, text = art.tokens, art.text
    k, end = subject
    if end - k < 2 or tokens[cue.first].norm.endswith("ing"):
        return None  # (a participle, `a statement Tuesday saying`, has the subject of its clause)
    if any(tokens[t].norm in _LINKING for t in range(end + 1, cue.first)):
        return None  # `Some top Democrats are confident in`: an adjective after "be"
    found = _contact_phrases(art, k, end, cue, s_end)
    entry = cue.match.entry
    if found is None and end + 1 == cue.first and ((entry.weight or 2) >= 2 or entry.category == "thought"):
        # (a weak cue other than a stance, `the strategy she pushed`, is no report in PolNeAR;
        # nor one after an auxiliary, `the meeting he had so loudly called for`)
        found = _pronoun_contact(art, k, end)
    if found is None or not _cue_lacks_object(art, cue, s_end):
        return None
    return found


def _contact_phrases(
    art: article_text.ArticleText, k: int, end: int, cue: article_text.Cue, s_end: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The subject and the object phrase of `contact_relative` in tokens k..end, if they have
    the shapes it describes."""
    tokens, text = art.tokens, art.text
    for s in range(k + 2, end + 1):
        n1 = s - 1
        head = tokens[n1].norm
        if not art.clean(n1) or art.gap(n1) != " " or not text[tokens[n1].start].islower() or not text[tokens[s].start].isalpha():
            continue
        if (
            not head.isalpha() or head in _NOT_HEADS or head in _PREPOSITIONS or head.endswith("ly") or head in TIME_WORDS
            or passive_participle(head) or _takes_object(art, n1) or head in TITLE_WORDS or head in art.speakers.anonymous_heads
        ):
            continue
        obj = n1 - 1
        while obj >= k and n1 - obj <= 3 and art.clean(obj) and tokens[obj].norm not in _DETERMINERS:
            norm = tokens[obj].norm
            if not text[tokens[obj].start].islower() or norm in _NOT_HEADS or norm in _PREPOSITIONS or _takes_object(art, obj):
                obj = -1
                break
            obj -= 1
        if obj < k or n1 - obj > 3 or tokens[obj].norm not in _OBJECT_DETERMINERS or not art.clean(obj):
            continue
        if _name(art, s, end) and (head.endswith("s") or not _role_noun(head)):
            return (s, end), (obj, n1)
        if tokens[obj].norm in _SINGULAR_DETERMINERS and _plural_subject(art, s, end) and _past_or_before_verb(art, cue, s_end):
            return (s, end), (obj, n1)
    return None


# Subject pronouns: after a noun, one opens a relative clause without "that" (`provisions he
# said were unfair`), since no noun phrase goes on into a pronoun.
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())


def _pronoun_contact(art: article_text.ArticleText, k: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """`contact_relative` with a pronoun as the clause's subject (`including provisions he said
    were unfair`, `the very place he proposed`): the pronoun is the source, the noun phrase before
    it (a lower-case head after a determiner, or a bare plural after a preposition or a verb that
    takes it) what the cue lacks.  Only a noun goes before the pronoun: not a verb (`Analysts say
    she`), "and" (`Trump and he`), an adjective after "be", or a wh-word (`how she`)."""
    tokens, text = art.tokens, art.text
    n1 = end - 1
    if tokens[end].norm not in _SUBJECT_PRONOUNS or n1 < k or not art.clean(n1) or art.gap(n1) != " ":
        return None
    head = tokens[n1].norm
    if (
        not head.isalpha() or not text[tokens[n1].start].islower() or head in _NOT_HEADS or head in _PREPOSITIONS
        or head.endswith("ly") or head in TIME_WORDS or passive_participle(head) or _takes_object(art, n1)
        or head in _QUESTION_WORDS or head in TITLE_WORDS
    ):
        return None
    obj = n1
    while obj - 1 >= k and n1 - obj < 3 and art.clean(obj - 1) and tokens[obj].norm not in _OBJECT_DETERMINERS:
        before = tokens[obj - 1].norm
        if before in _OBJECT_DETERMINERS:
            return (end, end), (obj - 1, n1)  # `the very place he`
        if before in _PREPOSITIONS or _takes_object(art, obj - 1):
            break  # `including provisions he`: a bare noun phrase after the word that takes it
        if not text[tokens[obj - 1].start].islower() or before in _NOT_HEADS or before.endswith(("ly", "s")):
            return None  # (`The bill includes provisions he`: "includes" is a verb, no modifier)
        obj -= 1
    else:
        return None
    if obj != n1 or not head.endswith("s"):
        return None  # (a bare noun phrase: only a plural noun, `provisions`, not `is why critics say he`)
    return (end, end), (obj, n1)


_QUESTION_WORDS = frozenset("how why what when where whether whom whose".split())


def _role_noun(word: str) -> bool:
    """Can `word` name a role or a kind of named thing before a name in apposition (`the host
    Steve Doocy`, `his campaign manager Jeff Weaver`, `the news site RTL Info`)?"""
    return word in _ROLE_NOUNS or word.endswith(_ROLE_SUFFIXES)


def _past_or_before_verb(art: article_text.ArticleText, cue: article_text.Cue, s_end: int) -> bool:
    """Is the cue a past form (`a move critics slammed`), or a present one before the verb of the
    clause it sits in (`a policy critics say is flawed`)?  Not a bare base form, which after a
    plural noun is as often a compound's head (`a public records request`, `a civil rights protest`)."""
    tokens = art.tokens
    word = tokens[cue.first].norm
    if cue.first == cue.last and (passive_participle(word) or word in IRREGULAR_PAST):
        return True
    k = cue.last + 1
    return k < len(tokens) and tokens[k].start < s_end and art.clean(cue.last) and tokens[k].norm in FINITE_WORDS


def _name(art: article_text.ArticleText, s: int, end: int) -> bool:
    """Are tokens s..end a name of up to four capitalised words (not a day: `a statement Tuesday`)?"""
    text, tokens = art.text, art.tokens
    return (
        end - s < 4 and all(text[tokens[t].start].isupper() and art.clean(t) for t in range(s, end))
        and text[tokens[end].start].isupper() and not any(tokens[t].norm in TIME_WORDS for t in range(s, end + 1))
    )


def _plural_subject(art: article_text.ArticleText, s: int, end: int) -> bool:
    """Are tokens s..end a lower-case plural noun after capitalised modifiers at most ("critics",
    "Senate Republicans" is a name, "Democratic lawmakers")?"""
    tokens, text = art.tokens, art.text
    last = tokens[end].norm
    return (
        end - s < 3 and last.isalpha() and last.endswith("s") and not last.endswith("ss") and text[tokens[end].start].islower()
        and last not in _NOT_HEADS and all(text[tokens[t].start].isupper() and art.clean(t) for t in range(s, end))
    )


def _cue_lacks_object(art: article_text.ArticleText, cue: article_text.Cue, s_end: int) -> bool:
    """Does the cue stand without its object (see `_lacks_object`), or before a finite verb of
    the clause it sits in (`the money experts say is needed`)?"""
    k = cue.last + 1
    if k < len(art.tokens) and art.tokens[k].start < s_end and art.clean(cue.last) and art.tokens[k].norm in FINITE_WORDS:
        return True
    naming = art.tokens[cue.first].norm in _NAMING and k < len(art.tokens) and art.text[art.tokens[k].start].islower()
    return _lacks_object(art, cue.last, s_end, naming)  # (`a decision critics called a mistake`; not `a PAC called Future45`)
