"""Who a source noun phrase names: a person's full name, "anonymous", or the phrase itself.

Rules, in order: a third-person pronoun ("he", "she") is the last person named before it (or
described by a cue's source: "a reporter for AFP", `anonymous` for "a senior official"), and
"it" or "they" the body or group a cue credited just before (`pronoun_sources`); a
phrase ending in a capitalised name gives that name without its titles ("Foreign Minister Sergey
Lavrov" -> "Sergey Lavrov"), widened to the fullest form the article gives ("Lavrov" ->
"Sergey Lavrov"); a phrase whose head is an unnamed-source noun ("one senior source",
"people familiar with the matter", "officials") is "anonymous"; anything else ("the US
president", "the Kremlin's press office") is kept as written, without a leading article.
A phrase that runs on into its clause gives its subject ("Trump avoids" -> "Donald Trump",
"he barely" -> the pronoun's referent, "It is worth" -> no one; `name_words.subject_before_verb`).
Two searches live beside this memory: who holds a role ("the senator" -> "Marco Rubio",
`framing.role_holders`) and which person a "he" or "she" stands for when the last one named is
of the other gender (`framing.genders.ArticleGenders`).  The memory of people itself (full names,
who may be a person, the last one named) is `framing.person_memory.PersonMemory`, and the reading
of a phrase from its words alone `framing.phrase_names.phrase_reading`; people named together are
joined into one speaker by `framing.joint_speakers`, a title before a name read by
`framing.source_titles`, and the shapes of a phrase that need no memory of people ("the
spokesman", "None tweeted", `A court document filed`) by `framing.speaker_phrase_shapes`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from framing import genders, lone_names, outlet_referents, speaker_pairs, speaker_phrase_shapes, work_agents
from framing.job_nouns import one_described_person, packaged_job_nouns
from framing.joint_speakers import joint_speaker, joint_statement_issuers, joint_with
from framing.models import Token
from framing.person_memory import PersonMemory
from framing.pronoun_sources import CreditedSources
from framing.role_holders import RoleHolders
from framing.speaker_asides import QUANTIFIER_HEADS, named_in_aside
from framing.speaker_predicates import name_described
from framing.speaker_phrase_trims import body_name_start, speaker_part
from framing.name_words import (
    NOT_NAMES,
    OTHERS_OF_A_PERSON,
    PARTY_WORDS,
    PERSON_TITLES,
    PRONOUNS_OTHER,
    PRONOUNS_PERSON,
    REFLEXIVES,
    WEEKDAYS,
    is_participle_opener,
    not_a_source_word,
    described_gender,
    from_given_name,
    without_role,
)
from framing.affiliated_names import lone_name_before_body
from framing.phrase_names import phrase_reading
from framing.source_clauses import clause_like, closing_pronoun, described_name_before_verb, description_before_auxiliary, name_before_occasion, subject_before_verb
from framing.source_titles import title_before_name, title_gender, titled

# What a person posts from: `Trump's Twitter account tweeted` is Trump speaking.
_ACCOUNT_WORDS = frozenset("account feed timeline".split())


@dataclass
class Speakers(PersonMemory):
    """Per-article memory for naming speakers: the fullest form of each name, the last person
    (`PersonMemory`), and the speaker each source phrase names."""

    _named: dict[str, tuple[str | None, bool]] = field(default_factory=dict)  # phrase -> speaker
    _roles: RoleHolders | None = None  # who holds "the senator", "the US president" (as asked for)
    # While True, names found are not remembered as referents of a later "he"/"she": set for a
    # source inside another attribution's content (`Shields said that Griffin hoped ...`), since
    # the next pronoun more often goes back to the main clause's subject.
    muted: bool = False
    # The bodies and groups credited so far, for a later "it" or "they"; None: those stay unnamed.
    credited: CreditedSources | None = None
    # Nouns of a person's work for a body (`framing.job_nouns`): "a reporter for USA Today" speaks
    # as the reporter.  The run's (a user's --lexicon rows over ours); ours by default.
    job_nouns: frozenset[str] = field(default_factory=packaged_job_nouns)
    # Where the anonymous_sources phrases start ("spokesman", "diplomat"), sorted: a source holding
    # one is made anonymous after naming (`framing.anonymous_ranges`), and a later "he" is it too.
    unnamed_starts: list[int] = field(default_factory=list)
    # Where a source phrase starts that an unnamed source's noun holds but that goes back to the
    # one person named with it before ("the spokesman" after "Pentagon spokesman John Kirby"):
    # `framing.anonymous_ranges` leaves those named.
    named_roles: set[int] = field(default_factory=set)

    def _note(self, offset: int, name: str) -> None:
        # Not the asker of a passive question (`Rubio was asked by moderator Gerard Baker whether
        # ... "The most important job ...," he said`): the next "he" is the one asked, who answers.
        if not self.muted and not self.text.endswith(" asked by ", max(0, offset - 10), offset):
            self.note_person(offset, name)

    def name_of(self, tokens: list[Token], start_offset: int) -> tuple[str | None, bool]:
        """Speaker for a source phrase given as its tokens: (speaker, anonymous?)."""
        if not tokens:
            return None, False
        if tokens[0].norm in _NEGATIVE_QUANTIFIERS:
            negated = speaker_phrase_shapes.negated(self.text, tokens)
            if negated is not None:
                return negated
        if len(tokens) > 2 and tokens[0].norm == "that" and tokens[1].norm in _THAT_CLAUSE_SUBJECTS:
            return None, False  # `that he had access to the server`: a that-clause, what was said, never who
        if 1 < len(tokens) <= 3 and tokens[1].norm in _PREPOSITIONS_AFTER_PARTICIPLE and tokens[0].norm.endswith("ing") and (
            tokens[0].norm != "according" and all(self.text[t.start].islower() for t in tokens)
        ):
            return None, False  # `..., warning against allowing`, `saying in a`: a participle's words, no one
        described = name_described(self, tokens)
        if described is not None:
            return described, False  # `Donald Trump is a serial liar, ... birther and bully who has pledged`
        issuers = joint_statement_issuers(self, tokens)
        if issuers is not None:
            return issuers, False  # `Pelosi and Schumer released a joint statement ... the joint statement said`
        if tokens[-1].norm in QUANTIFIER_HEADS and all(t.norm in _ARTICLES for t in tokens[:-1]):
            listed = named_in_aside(self, tokens[-1].end)
            if listed is not None:
                return listed, False  # `a handful — including Representative Ed Royce ...; and Senator Ben Sasse — urged`
        if len(tokens) > 1 and tokens[-1].norm == "who's":
            tokens = tokens[:-1]  # `Curly Haugland, who’s argued`: the name, not the pronoun and its "has"
        if len(tokens) > 1 and tokens[-1].norm in REFLEXIVES:
            tokens = tokens[:-1]  # `Trump himself said`, `The president himself responded`
        if tokens[-1].norm in _FLOATING_WORDS:
            k = len(tokens) - 1
            while k > 0 and tokens[k - 1].norm in _FLOATING_WORDS:
                k -= 1
            if k > 0 and self.text[tokens[k - 1].start : tokens[k - 1].start + 1].isupper():
                tokens = tokens[:k]  # `Rand Paul have all`, `Menendez both`: the name, without what floats after it
        if len(tokens) > 1:
            # The words and norms of the phrase, made once for the readings below (each made its own).
            text = self.text
            words, norms = [text[t.start : t.end] for t in tokens], [t.norm for t in tokens]
            a, b = speaker_part(words, norms)
            tokens = tokens[a:b]  # `Mr. Rubio only occasionally`, `a speech Mrs. Clinton delivered`: who speaks
            if a or b < len(words):
                words, norms = words[a:b], norms[a:b]
        if len(tokens) > 1 and tokens[0].norm in _NOT_NAMED_OPENERS and closing_pronoun(norms[-2:]) is not None:
            tokens = tokens[-1:]  # `It is a topic he`, `There are many reasons he`: the pronoun, not "It" or "There"
        if len(tokens) > 1:  # (`words` and `norms` are still the tokens')
            subject = self._subject_of_clause(tokens, words, norms)
            if subject is None and len(tokens) > 2:
                end = description_before_auxiliary(words, norms)
                subject = tokens[:end] if end is not None else None  # `Coal miners are still smarting`: "Coal miners"
            if subject is not None:
                tokens = subject  # `Trump avoids`, `Cruz made an unprompted`: the subject, without its clause
                if len(tokens) == 1 and tokens[0].norm in PRONOUNS_OTHER:
                    return None, False  # `It is hard`, `I got`: no one the text names
        if len(tokens) > 1 and (
            (tokens[-1].norm in _PRONOUNS and all(t.norm in NOT_NAMES for t in tokens[:-1]))
            or closing_pronoun([t.norm for t in tokens[-2:]]) is not None  # it reads the last two words
        ):
            tokens = tokens[-1:]  # `Later they`, `But he`, `a policy change he`: the subject the phrase ends in
        if len(tokens) == 1:
            norm = tokens[0].norm
            if "'" in norm and norm.split("'", 1)[0] in _CONTRACTED_SUBJECTS:
                norm = norm.split("'", 1)[0]  # "he's said", "they're": the pronoun with its auxiliary
            norm = _POSSESSIVE_SUBJECTS.get(norm, norm)  # `His claim that`: whoever "he" would be
            if norm in PRONOUNS_PERSON:
                found = self.last_person(start_offset, norm)
                return found, found == "anonymous"  # (`A senior official said ... He added`: still unnamed)
            if norm in _IT_THEY and self.credited is not None:
                found = self.credited.resolve(start_offset, norm, tokens[0].end, self.is_person)
                if found is None and norm == "it":
                    found = self.credited.body_subject_before(tokens[0].start, tokens[0].end)
                if found is None and norm == "they" and not self.credited.quoted(start_offset):
                    found = joint_speaker(self, speaker_pairs.subject_pair_before(self.text, tokens[0].start))
                return found, False
            if norm in PRONOUNS_OTHER or (not_a_source_word(norm) and not self._full_name_given(tokens[0])):
                return None, False  # (`That’s`, `Having`, `Tuesday`, `meanwhile`, `both`: no one named)
        if (
            len(tokens) > 2 and tokens[-1].norm in _PARTS_OF_DAY and tokens[-2].norm.strip(".") in WEEKDAYS
            and self.text[tokens[-3].start].isupper()
        ):
            tokens = tokens[:-1]  # `Broaddrick Sunday night recounted`: a name, then when (the day goes below)
        while len(tokens) > 1 and tokens[-1].norm.strip(".") in WEEKDAYS:
            tokens = tokens[:-1]  # `Speaking Sunday`, `A court document filed Thursday`: no part of a name
            while len(tokens) > 1 and tokens[-1].norm in _BEFORE_A_DAY and self.text[tokens[0].start].isupper():
                tokens = tokens[:-1]  # `Sanders during a Sunday thanked`: nor the words that led to the day
        if len(tokens) > 2 and speaker_phrase_shapes.trailing_participle(self.text, tokens):
            tokens = tokens[:-1]  # `A court document filed (Thursday)`, `early results of exit polls conducted`: the document
        if len(tokens) == 1 and not_a_source_word(tokens[0].norm) and not self._full_name_given(tokens[0]):
            return None, False
        key = self.text[tokens[0].start : tokens[-1].end]
        known = None if speaker_phrase_shapes.spokes_role(self.text, tokens) or outlet_referents.outlet_noun(tokens) else self._named.get(key)  # ("the spokesman", "the network": which one depends on where)
        if known is not None:
            if known[0] is not None and not known[1] and (" " in known[0] or self.is_person(known[0], titled(tokens))):
                self._note(start_offset, known[0])
        else:
            known = self._named[key] = self._name_of(tokens, start_offset)
        if known[0] is not None and not self.muted and (known[1] or known[0][:1].islower()):
            unnamed = known[1] or self._holds_unnamed(tokens)
            if one_described_person([t.norm for t in tokens], self.job_nouns, unnamed) and not speaker_phrase_shapes.parenthetical(self.text, tokens):
                # `A reporter for AFP said ... He added`: the reporter; `A spokesman for the
                # ministry said ... He added`: unnamed, as the first mention is.
                self.note_description(start_offset, "anonymous" if unnamed else known[0], described_gender([t.norm for t in tokens]))
        if known[0] is not None and not known[1]:
            joint = joint_with(self, tokens, known[0])
            if joint is not None:
                known = (joint, False)
        if known[0] is not None:
            self._credit(tokens, start_offset, known[0], known[1])
        return known

    def _holds_unnamed(self, tokens: list[Token]) -> bool:
        """Does an anonymous_sources phrase start inside this source phrase (`a spokesman for`)?"""
        i = bisect.bisect_left(self.unnamed_starts, tokens[0].start)
        return i < len(self.unnamed_starts) and self.unnamed_starts[i] < tokens[-1].end

    def _subject_of_clause(self, tokens: list[Token], words: list[str], norms: list[str]) -> list[Token] | None:
        """The subject of a source phrase that runs on into its clause (`Trump avoids`, `Mr.
        Rhodes sought`, `He also acknowledged`; `name_words.subject_before_verb`), or None.  A
        verb in -s or -ed counts only after a person: a pronoun, a titled or given name, or one
        word that may be a person and has a full name in the article ("Merkel deserves", not
        "Early polls" or "Democrats involved").  `words` and `norms` are the tokens' text and norms."""
        found = subject_before_verb(words, norms)
        if found is None:
            described = described_name_before_verb(words, norms)
            if described is not None and genders.is_given_name(words[described[0]], self.given_names):
                return tokens[: described[1]]  # `Former presidential candidate Mitt Romney tweeted his`: the candidate
            end = name_before_occasion(words, norms)
            return None if end is None else tokens[:end]  # `Dan Golvach when asked`
        k, only_if_person = found
        subject, first = tokens[:k], words[0]
        if only_if_person and not (
            (k == 1 and norms[0] in PRONOUNS_PERSON)
            or any(n.strip(".") in PERSON_TITLES for n in norms[: k - 1])
            or (k > 1 and genders.is_given_name(first, self.given_names))
            or (k == 1 and self.is_person(first) and " " in self.full_name(first))
        ):
            return None
        return subject

    def _full_name_given(self, token: Token) -> bool:
        """Is this capitalised -ing or -ly word a name: the article gives a full name ending in it
        ("Chelsea Manning" for "Manning"), writes it as a place ("in Reading"), or, for an -ing
        word, neither writes it in lower case nor is it a participle that opens sentences
        ("Schilling told", not "Having announced", "Speaking Sunday")?"""
        word = self.text[token.start : token.end]
        if not word[:1].isupper():
            return False
        if word.endswith("ing") and not is_participle_opener(word) and not lone_names.written_in_lower_case(self.text, word):
            return True  # `Schilling told`: a capitalised -ing word is a participle only on evidence
        return " " in self.full_name(word) or lone_names.used_as_place(self.text, word)

    def _credit(self, tokens: list[Token], start_offset: int, speaker: str, anonymous: bool) -> None:
        """Remember a source as a possible referent of a later "it" or "they"; it is read (a body,
        a group, a person?) only if a pronoun looks back at it."""
        if self.credited is not None:
            self.credited.seen.append((start_offset, tokens, speaker, anonymous, self.muted))

    def _name_of(self, tokens: list[Token], start_offset: int) -> tuple[str | None, bool]:
        s0 = tokens[0].start
        if len(tokens) > 4:
            authors = work_agents.agents_named([self.text[t.start : t.end] for t in tokens], [t.norm for t in tokens])
            if authors is not None:
                return authors, False  # `a 2014 study by Harvard and the University of California at Berkeley`: both authors
        phrase_text, spans = self.text[s0 : tokens[-1].end], tuple([(t.start - s0, t.end - s0, t.norm) for t in tokens])
        name, possessive, anonymous, phrase, role = phrase_reading(phrase_text, spans, self.anonymous_heads, self.job_nouns)
        if name is not None and " " not in name and " " not in self.full_name(name) and lone_name_before_body(phrase_text, spans):
            # `Empire of the Fund`: a lone word before "of the" is a surname only where the article
            # gives the full name ("Heiserman of the CORE Teachers" after "Drew Heiserman")
            name, possessive, anonymous, phrase, role = phrase_reading(phrase_text, spans, self.anonymous_heads, self.job_nouns, False)
        if name is not None and name.endswith(" I") and not genders.is_given_name(name.split(None, 1)[0], self.given_names):
            name = "I"  # `America I`, `Had I`: the writer, as a lone "I" source gives it ("Elizabeth I" is a name)
        body = None if name is None else body_name_start([self.text[t.start : t.end] for t in tokens], [t.norm for t in tokens], name)
        if body is not None:
            return self.text[tokens[body].start : tokens[-1].end], False  # `The Committee for a Responsible Federal Budget`
        if name is not None:
            # A name: the capitalised words ending the phrase, titles and roles removed
            # ("Moderator Lester Holt" is Lester Holt, as "Sen. Bernie Sanders" is Bernie Sanders).
            name = " ".join(from_given_name(without_role(name.split(" "), self.job_nouns), self.job_nouns, self.given_names))
            recent = self.recent_full_name(name, start_offset, title_gender(tokens)) if " " not in name and title_before_name(tokens) is None else None
            name = recent or self.full_name_for(name, title_gender(tokens), title_before_name(tokens))
            if " " in name or self.is_person(name, titled(tokens)):
                self._note(start_offset, name)
            return name, False
        if possessive is not None and tokens[-1].norm not in OTHERS_OF_A_PERSON and speaker_phrase_shapes.owner_opens(self.text, tokens):
            possessive = self.full_name(possessive)
            if " " in possessive:
                self._note(start_offset, possessive)
                return possessive, False
            if tokens[-1].norm in _ACCOUNT_WORDS and self.is_person(possessive, titled(tokens)):
                return possessive, False  # `Trump's account tweeted`: the account holder posts
        if speaker_phrase_shapes.spokes_role(self.text, tokens):
            # `Pentagon spokesman John Kirby said ... the spokesman said`: the one named before
            if self._roles is None:
                self._roles = RoleHolders(self.text)
            role = self.text[tokens[1].start : tokens[-1].end]
            holder = self._roles.one_named_before(role, start_offset, self)
            if holder is not None:
                self._note(start_offset, holder)
                self.named_roles.add(tokens[0].start)
                return holder, False
        if anonymous:
            return "anonymous", True
        if (kind := outlet_referents.outlet_noun(tokens)) and (outlet := outlet_referents.outlet_named_before(self.text, s0, kind)):
            return outlet, False  # `CNN reported ... according to the network`: CNN, as "the president" is its holder
        if role and phrase is not None and phrase.lower() not in PARTY_WORDS:  # a role always comes with its phrase
            # (`The Republican is also encouraging`: a party's member is no office a name holds)
            if self._roles is None:
                self._roles = RoleHolders(self.text)
            holder = self._roles.holder(phrase, start_offset, self)
            if holder is not None:
                self._note(start_offset, holder)
                return holder, False
        if phrase is not None and not any(c.isalpha() for c in phrase):
            return None, False  # `47% say`: a share of those polled, no one named
        if phrase is not None and (
            clause_like(phrase) or speaker_phrase_shapes.opens_with_verb(phrase) or speaker_phrase_shapes.verb_with_object_inside(phrase)
        ):
            return None, False  # `is seizing on recent comments his rival`, `tried to walk`: a clause, nobody named
        return phrase, False


_IT_THEY = frozenset(("it", "they"))
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
# Subject pronouns after "that" that make a source phrase a that-clause (`that he had access`).
_THAT_CLAUSE_SUBJECTS = frozenset("he she they we i it you".split())
_PRONOUNS = PRONOUNS_PERSON | _IT_THEY
# First words of a phrase that name no one, before a clause that ends in a pronoun.
_NOT_NAMED_OPENERS = frozenset("it this that there here".split())
# Subject pronouns read alone when written with an auxiliary ("he's said", "they're"; "who’s called
# for" after a dash, whose "who" names no one); not "it's".
_CONTRACTED_SUBJECTS = frozenset("he she they we who".split())
# A possessive owning a claim noun stands for its subject ("her" is already a person pronoun).
_POSSESSIVE_SUBJECTS = {"his": "he", "their": "they", "its": "it"}
# Words that float after a coordinated or plural subject, before its verb: `Rand Paul have all`.
# Words opening a subject that denies the report: `None of them tweeted`, `Nobody said`.
_NEGATIVE_QUANTIFIERS = frozenset("none nobody neither".split())
_ARTICLES = frozenset(("a", "an", "the"))
# Words before a day in a time phrase after a name (`Sanders during a Sunday`, `Trump on Monday`).
_BEFORE_A_DAY = frozenset("on during a an the last this early late".split())
# Prepositions after a lower-case -ing word that make it a participle, not a name's first word.
_PREPOSITIONS_AFTER_PARTICIPLE = frozenset("against about for to on in at with from over into".split())
_FLOATING_WORDS = frozenset("both all each have has had were was are is also".split())
