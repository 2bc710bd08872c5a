"""Canonical actors: a RULE-BASED resolver over spaCy NER and curated data files.

No coreference model can be had offline, so this module links mentions with explicit,
tested rules instead of a learned model.  Every mention is a ``(start, end)`` character
span into ``doc.text``.  The rules:

1. **Alias table** (``actor_aliases.tsv``): curated countries, blocs, organisations, leaders
   and places fix spaCy's noisy kinds ("Armenia" tagged PERSON) and canonical names.
   A table match glued to another capitalised word ("Washington Post", "George Washington")
   is not trusted; in title-case lines that check is skipped.
2. **Metonymy**: capitals and seats of power stand for their actor (Kremlin/Moscow -> Russia,
   Baku -> Azerbaijan, Washington/White House -> United States, Brussels -> European Union).
   Judgement calls: where the city is the place ("protests in Baku", "flew to Ankara", "toured Yerevan",
   "central Tbilisi", "the Ankara bombing", a dateline) it is a place (its own actor, kind ``other``); a seat of
   power ("in the Kremlin") is the government wherever it stands; as a modifier of an event/document noun ("Minsk
   agreements", "Karabakh war") it is no mention at all.
3. **Demonyms**: plural demonyms ("Russians") are a group actor of their own, never the state.
   A demonym adjective heading a state noun ("Armenian authorities", "Western countries") is
   the demonym's actor itself ("the West" for Western); with an organisation or group noun
   it is a separate actor named by the phrase ("Russian army", "Armenian nationalists"); before
   a deed noun the adjective alone is the state ("the Russian invasion" -> Russia).
   Head nouns and their class live in ``actor_nouns.tsv``.
4. **NER**: remaining PERSON/ORG/GPE/NORP/LOC/FAC entities become actors (GPE/LOC/FAC not
   in the table are places, kind ``other``); leading "the" and titles are stripped.  Person or not is one
   decision per name and article (the tagger's most frequent label for that text), and an ORG/GPE guess shaped
   like a person's name (known first name, or a surname tagged PERSON elsewhere, or in apposition to "son",
   "wife" ...) is a person. An entity run past a possessive ("Cruz's Iowa director") or, in a headline, into
   verbs and slogans ("Ben Carson Defends", "De Blasio: Trust Bratton") or common nouns the body writes in lower
   case ("Vale Snapshot") is cut back to the name; a heading run into its paragraph where a line break was lost
   ("Sharp RepliesVolkov’s remarks") is the table actor opening the paragraph, or no one; a work's title
   ("Los Hijos de Trump") and days, laws and programmes ("Armistice Day", "Medicare") are no actors.
   A name's last word can overrule the tagger's kind (``extract/lexicons/actor_name_heads.tsv``: "Drury Lane" is a
   place, "Whitney Museum" an organisation); a common noun's abbreviation alone ("LNG", "PAC") names no one; a party
   label or epithet before a person's name ("Democrat Jane Roe", "Crooked Jane") is no part of it; a generation
   ("Gen Z") is a group; a name after a noun for a kind of organisation ("steel company X", "insurers X, Y and Z")
   is an organisation; an outlet's writer ("Daily Planet's Jane Roe") is a person apart.  Organisation keys read
   "Department of X" as "X Department"; non-person names that differ only in case or a web address's ending
   ("Varnlight.com") are one actor whatever kinds the tagger gave them, and a handle spelling a person's name
   ("@JaneRoe") is that person.  A US state's dotted
   abbreviation ("Calif.") is the state, and a state is never a person (``actor_us_states.tsv``); the headline's
   capitals that the body never writes ("Quiet Novel About Lonely Baker") and site menus ("Top News") are no actors;
   context gives a text one kind for all its mentions ("Tarvosk, Ukraine;" a place, "Varnstead, a news outlet"
   an organisation, "Dorvakin, 24," a person). A lone surname the tagger calls a person stays one when it modifies a
   noun for a person's office, staff or deeds ("the Varnell administration", ``actor_namesake_nouns.txt``); a
   one-word guess capitalised only where it opens a sentence ("Counter to ...") is no actor; an ampersand keeps an
   organisation whole ("Oil & Money"); a feast ("Easter") is an event, no actor. A place guess that is a source
   ("according to Varnhold", "cited by The Tarbury", "told Varnhold Weekly") is an organisation unless the article
   also uses it as a place; a guess ending in a generation ("RVK Jr.") is a person; a title quoted whole wherever
   the article names it ("''Varna Nights''") is a work, no actor; an honorific takes a surname, not the table's
   bloc or country ("Dr. West", "Ms. Jordan"); a compass word before a table place is one region ("West Africa").
   A person guess of two or more words with no sign of a person joins the same-named organisation. A name whose
   last word makes it a plan, goals, a game, a clock time or a prize ("the Clean Air Plan", "the Anna Vell Cup") and
   a one-word organisation or place guess the article also writes in lower case ("Climate talks", "the climate")
   are no actors; a title the tagger ran into a name ("Spokeswoman Jane Roe") is that person's.
5. **Acronyms**: "Name (ACR)" teaches ACR as an alias of Name for the whole article; an acronym or dotted
   initials ("L.A.") spelling exactly one organisation or place named in full is that actor.
6. **Name variants**: a surname-only mention ("Pashinyan", "Lavrov-Kalantarov", even when NER
   calls it ORG/NORP or misses it) joins an earlier person with that surname: the one called by the bare
   surname most so far, else the one named most, the most recent on a tie (else a later one), so one "Michelle
   Obama" or "Eric Trump" named in full leaves the bare surname to the subject; hyphenated surnames match on
   any part; Sergei/Sergey-style
   transliterations compare equal (:func:`name_key`), and so do a nickname and its formal first name
   ("Chuck"/"Charles", ``extract/lexicons/actor_nicknames.tsv``) and a name with and without its middle part
   ("Jacob J. Lew"/"Jacob Lew"), and the last two words or more of one earlier longer name are that person (a
   two-part surname: "Ruiz Ferreyra" after "Juan Carlos Ruiz Ferreyra"), and a generation ("Jr.", "III") is no
   surname; initials with a generation ("RVK Jr.") are the one person they spell; a first name alone ("Donald") joins the one full-name person who has it, and a
   missed first name before a known surname that is not that person's ("German Ortega" beside "Freddy Ortega")
   makes a relative of their own; a known first name alone that the tagger calls a place or organisation is
   still that person ("Marco" beside "Marco Rubio").  Surname particles ("van der", "de la", "bin", "al-") belong to the
   surname and are never a surname of their own; an honorific ("Ms. Kovel") gives the person its gender.
7. **Appositives and titles** (``titles.tsv``): "the head of the National
   Statistics Bureau (NSB) Pavel Orlovsky", "Jan Novak, Director of ...",
   "X, who heads ..." teach the person a role class plus the words/actors of its organisation;
   a later definite role phrase ("the SVR head", "the director of the second department")
   resolves to the person whose role matches (most specific match wins).  A bare "the
   president" needs a specific title (``titles.tsv`` column 4) and one holder in the article;
   roles from the table (holders change over time) only serve phrases naming the organisation.
   A generic noun names a more specific role's one holder ("the Russian leader" for a president,
   "the diplomat" for an ambassador; ``extract/lexicons/actor_role_covers.tsv``), and a possessive
   role phrase ("the president's plan") is a mention too. An election's contenders are titles too ("Republican
   presidential candidate", "front-runner"; never alone); a "nominee" title only teaches the role ("the Republican
   candidate" later), since "the nominee" is often still to be chosen. A role that is the object of "accused ... of"
   does not run on through the verb's "of" (``extract/lexicons/actor_of_object_verbs.txt``), and one modifying a
   thing ("the front-runner mantle") is no mention.
8. **Pronouns**: he/him/his/himself and she/her/hers/herself -> the nearest preceding person
   of compatible gender (``gender_names.tsv``, titles, table; unknown fits both, until a narrator's he/she that
   had no one else of its gender in reach gives the person that gender), within a few
   sentences; a narrator's pronoun skips names inside quotations (a quoted one may take a name from an earlier quote); a he/she that opens its sentence as the main
   subject goes on with the previous sentence's main subject when the nearest name is tucked into a clause or a
   possessive there ('"...," Ivanov said, recalling Petrov's threats. He ...' is Ivanov); they/them/their -> the
   nearest plural subject earlier in the sentence, else the previous sentence's main-clause subject, and only when that subject is a group actor
   ("the West", "Armenian nationalists"); two coordinated people block it.  "its" goes the
   same way to a single country/organisation subject ("it" is left alone: often expletive), but an "its" owning the
   second of two joined things is the country or organisation just joined ("the US and its allies", not in "Taiwan
   and its other neighbours"), and one inside a phrase a country or organisation owns is that owner ("Israel's right
   to continue its occupation").
   First-person pronouns inside quotes are left to attribution.  Pronouns are mentions, not
   aliases.  A person named only in modifiers ("a Zelensky aide") is no antecedent.
9. **Short names**: an unknown organisation named by the tail of an earlier one ("the Foreign
   Ministry" after "the Ukrainian Foreign Ministry") joins it, else the one later name it is the tail of
   ("Senate" before "the Senate", also when it recurs alone); a one-word name opening exactly one longer name joins it ("Fox", "Fox News")
   unless the longer name's other words name an organisation ("Senate Ethics Committee").  Table acronyms
   also match in dotted form ("F.B.I.").  "the company", "the group", "the militant group"
   (``extract/lexicons/actor_anaphors.tsv``) is the organisation named in the same or the previous two sentences:
   one whose name ends in the noun, else the nearest that is no source, modifier or "of" complement; the same
   phrase again within reach means the same; not when a name follows it ("the firm Varnhold"), it is new ("the new
   company"), a set of members ("donors in the group"), or repeats an indefinite phrase ("a group of farmers").
10. **Owned groups** (``extract/lexicons/actor_owned_groups.txt``): "Varnell's soldiers", "his allies", "its backers"
   (such a plural with a possessive naming an actor, or a he/his/its/their bound to one) is a group actor of its own
   named by its owner ("Jan Varnell's allies"): the owner did not do what the group did. The mention covers the
   whole phrase, so the owner's tighter mention still answers for the owner. Not when the owner is only "the
   company" (rule 9), nor a "his" in what an unnamed person says ("the colonel said his troops ..."), unless the
   group is joined to its owner ("Varnell and his allies").

Lookups for extractors (all on :class:`ActorIndex`): ``actor_at(start, end)`` (most overlap,
tightest mention wins), ``actor_for_token(token)``, ``resolve_phrase(span)`` -> ``(actor|None,
name)``, ``mentions_in(start, end)``, ``is_pronoun_mention(start, end)``, ``gender(actor_id)``,
``actors_of_kind(*kinds)``, ``by_id(id)``.

Actor ids are "A1", "A2", ... in order of first mention; the same doc always gives the same
index.  The cost is linear in the number of tokens (bounded look-backs, dict lookups).
Known limits: no world knowledge beyond the table ("Georgia" is always the country, even in
US news); NER misses stay missed unless a surname or acronym rule recovers them.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional, Union

from spacy.tokens import Doc, Span, Token

from ..extract.word_classes import word_classes, word_list
from ..records import Actor
from .quotes import quote_regions, region_at

_DATA = Path(__file__).resolve().parent

# Entity labels that can name an actor; everything else (DATE, CARDINAL ...) is ignored.
_NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_NER_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "other", "LOC": "other", "FAC": "other", "NORP": "group"}
# A city after one of these is a place, not the state it usually stands for.
_LOCATIVE = {"in", "at", "near", "outside", "inside", "around", "throughout", "across", "within", "over"}
_HE = {"he", "him", "his", "himself"}
_SHE = {"she", "her", "hers", "herself"}
_THEY = {"they", "them", "their", "theirs", "themselves"}  # "its" is handled on its own
# Verbs of a relative clause that give its subject the role "head" ("X, who heads the ministry").
_HEAD_VERBS = {"head", "lead", "run", "chair", "direct", "command", "manage"}
# Surname particles ("van der Berg", "de la Vega", "bin Tarek", "al-Fayez"): part of the surname, never a
# surname of their own, and a name made of particles plus one word is a surname alone.
_PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "bint", "al", "el", "dos", "das"}
# Parts of speech an entity's edge never keeps ("Later the Foreign Ministry" -> Foreign Ministry);
# verbs and pronouns only when they are stop words, since the tagger calls some names VERB ("Trump").
# generational suffixes close a person's name and are no surname ("Robert Kessel Jr." is Mr. Kessel)
_GENERATIONS = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
_NOT_NAME = {"ADV", "ADP", "CCONJ", "SCONJ", "PART", "INTJ"}
_KEY_PREFIX = {"person": "P", "organization": "O", "country": "C", "group": "G", "other": "X"}
_NP_FUNCTION = {"of", "for", "(", ")", "'s", "’s", "-"}
# A possessive the tokenizer leaves on the name because the apostrophe is an opening quote ("Trump‘s").
_GLUED_POSSESSIVE = re.compile(r"[‘`´]s$")
# A site's address is its name: "Varnlight.com" and "Varnlight.io" are Varnlight
_WEB_SUFFIX = re.compile(r"\.(?:com|org|net|io|tv|news|info|co\.uk)$")
_CAMEL_JOIN = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]*)")  # "NeighboursVolkov": a word run into the next one
_TABLE_ROLE = "#table"  # marks a role known from actor_aliases.tsv rather than from the article
# An epithet ("the dictator") names no office that changes hands, so a table person's known role serves it bare too.
_EPITHET_ROLES = frozenset({"ruler"})
# Roles in a race (titles.tsv, round 36): run for, not held. A "nominee" is so often still to be chosen ("decide the
# nominee") that a phrase of its own names no one (the title before a name still teaches it), and neither is any
# sign of a person ("now called Varn Lodge, the candidate boasted": a misparsed subject, no apposition).
_RACE_ROLES = frozenset({"candidate", "nominee"})
_TEACHING_ONLY = frozenset({"nominee"})
# Titles of a town's or region's office: a place right before one ("Kyiv Mayor Anna Lenko") names the place she
# runs, not the state the city usually stands for, and the name after the title is a person.
_LOCAL_TITLES = {"mayor", "governor", "sheriff"}
# Articles that open a work's title ("The Trump Show", "Los Hijos de Trump"), never a person's name (the surname
# particles "La", "Le", "El", "De" may open one).
_TITLE_ARTICLES = {"The", "A", "An", "Los", "Las", "Les", "Die", "Il"}
# "Department of Labor", "Ministry of the Interior": keyed as "labor department" so both word orders meet.
_OFFICE_OF = re.compile(r"^(?:the )?(department|ministry|office|bureau) of (?:the )?(.+)$")
_FEMININE_NOUNS = {"aunt", "daughter", "girl", "granddaughter", "grandmother", "mother", "mum", "mom", "niece", "sister",
                   "widow", "wife", "woman"}  # person nouns a "he" never stands for
_MASCULINE_NOUNS = {"boy", "brother", "dad", "father", "grandfather", "grandson", "husband", "man", "nephew", "son", "uncle"}
_PRONOUN_SENTENCES = 6  # how far back (in sentences) a he/she may reach
_PRONOUN_CANDIDATES = 30  # how many earlier person mentions a he/she may inspect
_ROLE_WINDOW = 15  # longest appositive/role phrase, in tokens
_ANAPHOR_SENTENCES = 2  # how far back (in sentences) "the company" may find the organisation it stands for


# --------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class TableEntry:
    """One curated actor from ``actor_aliases.tsv``."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    adj: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    gender: Optional[str] = None
    of: Optional[str] = None
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    """All curated data, loaded once: aliases, titles, actor nouns and first-name genders."""

    entries: dict[str, TableEntry]
    surfaces: dict[tuple[str, ...], tuple[str, str]]  # token tuple -> (entry name, how)
    first_tokens: dict[str, list[tuple[str, ...]]]  # first token -> surfaces, longest first
    adjectives: dict[str, str]  # demonym adjective -> entry name
    titles: dict[tuple[str, ...], tuple[str, Optional[str]]]  # lower token tuple -> (role class, gender)
    title_first: dict[str, list[tuple[str, ...]]]
    alone: frozenset  # role classes a bare "the <title>" may resolve (titles.tsv, column 4)
    nouns: dict[str, str]  # head noun -> state | organization | group | none | deed
    genders: dict[str, str]  # name_key(first name) -> m | f
    surnames: dict[str, list[str]]  # name_key(surname) -> person entry names


def _rows(filename: str):
    for line in (_DATA / filename).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


def _split_words(text: str) -> tuple[str, ...]:
    """Tokenise an alias the way spaCy's English tokenizer does (so table lookups line up)."""
    return tuple(t.text for t in _tokenizer()(text))


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def name_key(word: str) -> str:
    """Normalise a name for comparison: case, accents and common transliteration variants.

    Sergei/Sergey, Dmitry/Dmitri/Dmitriy, Alexei/Aleksey and Zelensky/Zelenskyy/Zelenskiy
    all compare equal; hyphens and apostrophes are kept so parts can still be split.
    """
    w = unicodedata.normalize("NFKD", word.lower())
    w = "".join(c for c in w if not unicodedata.combining(c)).replace("’", "'")
    w = w.replace("ks", "x")
    for old, new in (("iy", "i"), ("yy", "i"), ("ey", "ei"), ("y", "i")):
        if w.endswith(old):
            w = w[: -len(old)] + new
            break
    return w


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, str]:
    """Nickname -> formal first name (``extract/lexicons/actor_nicknames.tsv``)."""
    return {name_key(nick): min(formal) for nick, formal in word_classes("actor_nicknames.tsv").items()}


def formal_name(word: str) -> str:
    """A first name as compared across mentions: name_key of its formal form ("Chuck" -> "charles")."""
    key = name_key(word)
    return name_key(_nicknames().get(key, key))


def _letters(word: str) -> str:
    """A word without the apostrophes of names such as O'Donnell or D'Souza."""
    return word.replace("'", "").replace("’", "")


@lru_cache(maxsize=1)
def _one_name_persons() -> frozenset[str]:
    """Historic and mythic figures named by one word (``extract/lexicons/actor_one_name_persons.txt``)."""
    return frozenset(name_key(w) for w in word_list("actor_one_name_persons.txt"))


def _full_key(words) -> str:
    """A full name as compared across mentions: formal first name, then each other word's name_key."""
    return " ".join([formal_name(words[0]), *(name_key(w) for w in words[1:])])


@lru_cache(maxsize=1)
def _work_nouns() -> dict[str, frozenset[str]]:
    """head | modifier | both -> nouns for deals, programmes and pipelines (``extract/lexicons/actor_work_nouns.tsv``)."""
    return word_classes("actor_work_nouns.tsv")


@lru_cache(maxsize=1)
def _name_heads() -> dict[str, str]:
    """Last word -> place | organization (``extract/lexicons/actor_name_heads.tsv``): "Drury Lane", "Whitney Museum"."""
    return {word: cls for cls, words in word_classes("actor_name_heads.tsv").items() for word in words}


def _handle_letters(text: str) -> str:
    """A name or handle as compared with each other: its letters and digits, lower case ("@JaneRoe" = "Jane Roe")."""
    return "".join(c for c in text.lower() if c.isalnum())


@lru_cache(maxsize=1)
def _place_cues() -> dict[str, frozenset[str]]:
    """verb | adjective | event | compass | noun | preposition | publication | naming | outlet -> words that make a
    name a place, or (publication, outlet) keep it from being one (``extract/lexicons/actor_place_cues.tsv``)."""
    return word_classes("actor_place_cues.tsv")


@lru_cache(maxsize=1)
def _staff_nouns() -> dict[str, frozenset[str]]:
    """any | place -> nouns for a company's staff or readers; preposition -> what joins one to the name after it
    (``extract/lexicons/actor_staff_nouns.tsv``)."""
    return word_classes("actor_staff_nouns.tsv")


@lru_cache(maxsize=1)
def _role_covers() -> dict[str, frozenset[str]]:
    """Generic role class -> the specific ones it may name (``extract/lexicons/actor_role_covers.tsv``)."""
    return word_classes("actor_role_covers.tsv")


@lru_cache(maxsize=1)
def _anaphor_words() -> dict[str, frozenset[str]]:
    """Nouns for "the company"-style phrases, and the modifiers and member words that refuse one
    (``extract/lexicons/actor_anaphors.tsv``)."""
    return word_classes("actor_anaphors.tsv")


@lru_cache(maxsize=1)
def _camp_adjectives() -> frozenset[str]:
    """Political-camp adjectives (``extract/lexicons/actor_camp_adjectives.txt``)."""
    path = _DATA.parent / "extract" / "lexicons" / "actor_camp_adjectives.txt"
    return frozenset(l.strip().lower() for l in path.read_text("utf-8").splitlines() if l.strip() and not l.startswith("#"))


@lru_cache(maxsize=1)
def _us_states() -> tuple[dict[str, str], dict[str, str]]:
    """US states: (lower-case full name -> name, dotted abbreviation as written -> name), from
    ``extract/lexicons/actor_us_states.tsv``."""
    names, abbreviations = {}, {}
    for state, forms in word_classes("actor_us_states.tsv").items():
        for form in forms:
            if form.endswith("."):
                abbreviations[form] = state  # case and all: "VA." at a sentence end is Veterans Affairs
            else:
                names[form.lower()] = state
    return names, abbreviations


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    """Reporting and belief verbs (attribution's fallback cue list): their subject is someone, not something."""
    return word_list("attribution_cues.txt")


@lru_cache(maxsize=1)
def load_table() -> Table:
    """Parse the data files under ``spinmap/nlp/`` (cached for the process)."""
    entries: dict[str, TableEntry] = {}
    surfaces: dict[tuple[str, ...], tuple[str, str]] = {}
    adjectives: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}

    def add_surface(text: str, name: str, how: str) -> None:
        variants = {text, text[:1].upper() + text[1:]}
        if 2 <= len(text) <= 5 and text.isalpha() and text.isupper():
            variants.add("".join(c + "." for c in text))  # "F.B.I.", the dotted house style of some papers
        for variant in variants:
            words = _split_words(variant)
            if words and words not in surfaces:
                surfaces[words] = (name, how)

    for row in _rows("actor_aliases.tsv"):
        name, kind = row[0], row[1]
        aliases = tuple(a for a in (row[2].split("|") if len(row) > 2 else []) if a)
        attrs: dict[str, tuple[str, ...]] = {}
        if len(row) > 3 and row[3]:
            for pair in row[3].split(";"):
                key, _, value = pair.partition("=")
                attrs[key.strip()] = tuple(v for v in value.split("|") if v)
        entry = TableEntry(
            name=name,
            kind=kind,
            aliases=aliases,
            adj=attrs.get("adj", ()),
            people=attrs.get("people", ()),
            metonyms=attrs.get("metonyms", ()),
            gender=(attrs.get("gender") or (None,))[0],
            of=(attrs.get("of") or (None,))[0],
            roles=attrs.get("role", ()),
        )
        entries[name] = entry
        for alias in (name, *aliases):
            add_surface(alias, name, "alias")
            if kind == "person":
                last = _split_words(alias)[-1]
                names = surnames.setdefault(name_key(last), [])
                if name not in names:
                    names.append(name)
        for metonym in entry.metonyms:
            add_surface(metonym, name, "metonym")
        for people in entry.people:
            add_surface(people, name, "people")
        for adj in entry.adj:
            adjectives.setdefault(adj, name)

    titles: dict[tuple[str, ...], tuple[str, Optional[str]]] = {}
    alone = set()
    for row in _rows("titles.tsv"):
        gender = row[2] if len(row) > 2 and row[2] in ("m", "f") else None
        titles[tuple(w.lower() for w in _split_words(row[0]))] = (row[1], gender)
        if row[0].endswith(".") and " " not in row[0]:
            titles[(row[0].lower(),)] = (row[1], gender)  # "Sen." is one token in running text, two alone
        if len(row) > 3 and row[3] == "yes":
            alone.add(row[1])
    nouns = {row[0].lower(): row[1] for row in _rows("actor_nouns.tsv")}
    genders = {name_key(row[0]): row[1] for row in _rows("gender_names.tsv")}
    return Table(
        entries=entries,
        surfaces=surfaces,
        first_tokens=_index_first(surfaces),
        adjectives=adjectives,
        titles=titles,
        title_first=_index_first(titles),
        alone=frozenset(alone),
        nouns=nouns,
        genders=genders,
        surnames=surnames,
    )


def _index_first(phrases) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        index.setdefault(words[0], []).append(words)
    for options in index.values():
        options.sort(key=lambda w: (-len(w), w))
    return index


# --------------------------------------------------------------------------- the index


@dataclass
class ActorIndex:
    """The article's canonical actors and lookups from spans, tokens and phrases to them.

    ``actors`` is the contract list; the lookups below are for the extractors.
    """

    actors: list[Actor] = field(default_factory=list)
    doc: Optional[Doc] = field(default=None, repr=False, compare=False)
    # (start, end, actor id, via) for every mention, sorted; via = table|ner|demonym|surname|role|pronoun|acronym|anaphor|owned
    _mentions: list[tuple[int, int, str, str]] = field(default_factory=list, repr=False, compare=False)
    _genders: dict[str, Optional[str]] = field(default_factory=dict, repr=False, compare=False)
    # start offsets of he/she pronouns left unresolved because an unnamed person stands nearer ("a gunman ... he")
    _unnamed: frozenset[int] = field(default_factory=frozenset, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._mentions:
            self._mentions = sorted((s, e, a.id, "") for a in self.actors for s, e in a.mentions)
        self._starts = [m[0] for m in self._mentions]
        self._longest = max((e - s for s, e, _, _ in self._mentions), default=0)
        self._ids = {a.id: a for a in self.actors}

    def by_id(self, actor_id: Optional[str]) -> Optional[Actor]:
        """The actor with this id ("A3"), or None."""
        return self._ids.get(actor_id) if actor_id else None

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Actor]]:
        """Every mention overlapping ``[start, end)`` as ``(s, e, actor)``, in text order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [(s, e, self._ids[a]) for s, e, a, _ in self._mentions[lo:hi] if min(e, end) > max(s, start)]

    def actor_at(self, start: int, end: int) -> Optional[Actor]:
        """The actor whose mention overlaps ``[start, end)`` most; ties go to the tightest mention.

        So the span of "the SVR head" gives Sergei Naryshkin, while "SVR" alone gives the
        service (its own, shorter mention inside that phrase).
        """
        best, best_score = None, None
        for s, e, actor in self.mentions_in(start, end):
            overlap = min(e, end) - max(s, start)
            score = (overlap, -((e - s) - overlap), -s)
            if best_score is None or score > best_score:
                best, best_score = actor, score
        return best

    def actor_for_token(self, token: Token) -> Optional[Actor]:
        """The actor a single token belongs to (a name, a pronoun, part of a role phrase), or None."""
        return self.actor_at(token.idx, token.idx + len(token.text))

    def is_pronoun_mention(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is exactly a resolved pronoun mention (he -> Naryshkin)."""
        return self._found_via(start, end, "pronoun")

    def means_unnamed_person(self, start: int) -> bool:
        """True for a he/she at ``start`` that stands for an unnamed person ("a gunman ... he"): no named actor."""
        return start in self._unnamed

    def is_demonym_mention(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is exactly a demonym mention ("Russian" in "the Russian invasion"), however
        the tagger filed the word (adjective or proper noun)."""
        return self._found_via(start, end, "demonym")

    def is_tagger_mention(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is a mention only the NER tagger found (no table entry, alias or demonym):
        such a name may be a place or a platform as well as an agent ("the Riverton attack")."""
        return self._found_via(start, end, "ner")

    def _found_via(self, start: int, end: int, via: str) -> bool:
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._mentions) and self._mentions[i][0] == start:
            if self._mentions[i][1] == end and self._mentions[i][3] == via:
                return True
            i += 1
        return False

    @staticmethod
    def pronoun_gender(word: str) -> Optional[str]:
        """'m' for he/him/his/himself, 'f' for she/her/hers/herself, else None (the resolver's own sets)."""
        low = word.lower()
        return "m" if low in _HE else "f" if low in _SHE else None

    def gender(self, actor_id: str) -> Optional[str]:
        """'m', 'f' or None (unknown or not a person), as used for pronoun resolution."""
        return self._genders.get(actor_id)

    def resolve_phrase(self, span: Union[Span, Token]) -> tuple[Optional[Actor], str]:
        """Map a noun phrase to ``(actor or None, display name)``.

        The phrase's head token decides: "some Western countries" -> the West, "the SVR head"
        -> Sergei Naryshkin, "he" -> the resolved person, "Armenian nationalists" -> that
        group actor.  Unresolved phrases give ``(None, phrase text)``, e.g. "some protesters".
        """
        if isinstance(span, Token):
            span = span.doc[span.i : span.i + 1]
        actor = self.actor_for_token(span.root)
        if actor is None:
            covering = [a for s, e, a in self.mentions_in(span.start_char, span.end_char) if s <= span.start_char and e >= span.end_char]
            actor = covering[0] if covering else self._closing_name(span) or self._named_before(span)
        if actor is not None:
            return actor, actor.name
        return None, span.text.strip()

    def _named_before(self, span: Span) -> Optional[Actor]:
        """"The ministry" after "the Ruritanian Foreign Ministry": a bare definite singular noun that is the last word
        of exactly one organisation named earlier in the article stands for it."""
        words = [t for t in span if not t.is_punct]
        if len(words) != 2 or words[0].lower_ != "the" or words[1].tag_ != "NN":
            return None
        named = [a for a in self.actors if a.kind == "organization" and a.name.lower().split()[-1] == words[1].lower_
                 and any(ms < span.start_char for ms, _ in a.mentions)]
        return named[0] if len(named) == 1 else None

    def _closing_name(self, span: Span) -> Optional[Actor]:
        """The person a title phrase ends with, set off as its name ("the director of the SVR Sergei
        Naryshkin", "the envoy of Ruritania, Ana Ruiz"), though the parse hangs the name under the title's
        preposition. Not a person who is the title's object ("the wife of Pat Lee", "Lee's wife")."""
        inside = [(s, e, a) for s, e, a in self.mentions_in(span.start_char, span.end_char) if s >= span.start_char]
        if not inside or inside[-1][2].kind != "person":
            return None
        s, e, person = inside[-1]
        if span.text.rstrip()[-1:].isalpha() and e < span.start_char + len(span.text.rstrip()):
            return None  # the phrase goes on past the name
        before = span.doc.char_span(span.start_char, s, alignment_mode="contract")
        last = next((t for t in reversed(before) if not t.is_space), None) if before is not None else None
        if last is None or last.pos_ in ("ADP", "DET", "PART") or last.tag_ == "POS":
            return None
        return person

    def actors_of_kind(self, *kinds: str) -> list[Actor]:
        """The actors of the given kinds, in id order (e.g. ``actors_of_kind("person")``)."""
        return [a for a in self.actors if a.kind in kinds]


@dataclass
class _Mention:
    start: int  # token index
    end: int  # token index (exclusive)
    key: str
    via: str


@dataclass
class _Info:
    name: str
    kind: str
    gender: Optional[str] = None
    roles: list[tuple[str, frozenset]] = field(default_factory=list)


def _one_letter_off(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one changed, added or dropped letter, not by a plural's "s"."""
    if a == b or abs(len(a) - len(b)) > 1 or a + "s" == b or b + "s" == a:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def resolve_actors(doc: Doc) -> ActorIndex:
    """Build the article's canonical actors from ``doc`` (see the module docstring for the rules)."""
    if len(doc) == 0:
        return ActorIndex([], doc=doc)
    return _Resolver(doc, load_table()).run()


_WEEKDAYS = frozenset(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))


def _bare(text: str) -> str:
    """A name's text without a leading "the" and the punctuation around it."""
    return re.sub(r"^(?:the|The|THE) ", "", text.strip(" \t\n:;,.-–—\"'“”‘’()"))


def _principal(seen: list[tuple[str, bool]]) -> str:
    """Of the people sharing a surname, given their earlier mentions in order as ``(key, bare surname?)``, the one a
    bare surname means. News keeps the bare surname for the article's subject and names relatives in full ("Eric
    Trump", "Michelle Obama"), so: the one called by the bare surname most so far; when no one was yet, the one
    named most; the most recent on a tie."""
    bare = [k for k, is_bare in seen if is_bare]
    keys = bare or [k for k, _ in seen]
    counts = Counter(keys)
    top = max(counts.values())
    return next(k for k in reversed(keys) if counts[k] == top)


class _Resolver:
    """One pass of the rules over one doc; holds the per-article state."""

    def __init__(self, doc: Doc, table: Table) -> None:
        self.doc = doc
        self.t = table
        self.n = len(doc)
        self.text = doc.text  # Doc.text re-joins every token on each access
        self.words = [t.text for t in doc]
        # an all-caps word ("ZELENSKY", "BIDEN") also matches the table in its title-case form
        self.alt_words = [t.text.title() if t.is_upper and t.is_alpha and len(t.text) > 2 else t.text for t in doc]
        self.owner: list[Optional[_Mention]] = [None] * self.n  # token -> mention covering it
        self.mentions: list[_Mention] = []
        self.info: dict[str, _Info] = {}
        self.appositive = [False] * self.n
        self.blocked: set[int] = set()  # tokens that name no actor (a modifier of an event noun)
        self.name_starts: set[int] = set()  # tokens a person's name is known to start at (no first name before)
        self.has_parse = doc.has_annotation("DEP")
        self.sent_of = [0] * self.n
        self.sent_starts = [0]
        if doc.has_annotation("SENT_START") or self.has_parse:
            for k, sent in enumerate(doc.sents):
                if k:
                    self.sent_starts.append(sent.start)
                for i in range(sent.start, sent.end):
                    self.sent_of[i] = k
        self.title_case, self.all_caps = self._headline_tokens()
        self._body_capitals: Optional[set[str]] = None  # capitalised words outside headlines (see _headline_only)
        self._body_text = ""
        self._body_lower: set[str] = set()  # the body's lower-case words (see _headline_run)
        self.title_at = self._find_titles()
        self.owned: dict[str, str] = {}  # owned group key -> its owner's key (rule 10)

    # ---------------------------------------------------------------- helpers

    def _headline_tokens(self) -> tuple[list[bool], list[bool]]:
        """Per token: is its line written in Title Case (a headline), where capitals say nothing? And is it in
        capitals ("KOVAC BLASTS HALE"), where the tagger runs names and verbs into one entity?"""
        line_of, line = [0] * self.n, 0
        counts: dict[int, list[int]] = {}
        for tok in self.doc:
            if tok.is_space and "\n" in tok.text:
                line += 1
            line_of[tok.i] = line
            if tok.is_alpha and len(tok.text) > 3:
                c = counts.setdefault(line, [0, 0, 0])
                c[0] += 1
                c[1] += tok.text[0].isupper()
                c[2] += tok.is_upper
        headline = {k for k, (total, upper, _) in counts.items() if total >= 3 and upper >= 0.7 * total}
        shouting = {k for k, (total, _, caps) in counts.items() if total >= 3 and caps >= 0.7 * total}
        return [line_of[i] in headline for i in range(self.n)], [line_of[i] in shouting for i in range(self.n)]

    def _find_titles(self) -> dict[int, tuple[int, str, Optional[str]]]:
        """Token index -> (end, role class, gender) for every title phrase, longest first."""
        found: dict[int, tuple[int, str, Optional[str]]] = {}
        lower = [t.lower_ for t in self.doc]
        i = 0
        while i < self.n:
            for words in self.t.title_first.get(lower[i], ()):
                if tuple(lower[i : i + len(words)]) == words:
                    role, gender = self.t.titles[words]
                    found[i] = (i + len(words), role, gender)
                    i += len(words) - 1
                    break
            i += 1
        return found

    def _is_title_token(self, i: int) -> bool:
        return any(start <= i < end for start, (end, _, _) in self._titles_near(i))

    def _race_title(self, i: int) -> bool:
        return any(role in _RACE_ROLES for _, (_, role, _) in self._titles_near(i))

    def _titles_near(self, i: int):
        for start in range(max(0, i - 4), i + 1):
            if start in self.title_at:
                yield start, self.title_at[start]

    def _local_title_before_name(self, i: int) -> Optional[int]:
        """The end of a local office title starting at token ``i`` when a capitalised name follows it ("Mayor Anna
        Lenko"), else None."""
        if i >= self.n or i not in self.title_at:
            return None
        stop, role, _ = self.title_at[i]
        if role not in _LOCAL_TITLES or stop >= self.n:
            return None
        nxt = self.doc[stop]
        return stop if nxt.is_alpha and nxt.text[0].isupper() and not nxt.is_upper and stop not in self.title_at else None

    def _capitalised_word(self, i: int) -> bool:
        """A capitalised name-like word mid-sentence (not a demonym such as "Nazi" or "Russian", nor a day or
        month: "on Wednesday Kyiv said" glues nothing)."""
        tok = self.doc[i]
        if tok.ent_type_ in ("NORP", "DATE", "TIME") or tok.pos_ == "ADJ" or tok.text in self.t.adjectives or tok.is_stop:
            return False  # a stop word ("If Finland decides") is a missed sentence start, not part of a name
        return tok.is_alpha and tok.text[0].isupper() and not tok.is_sent_start

    def _add(self, start: int, end: int, key: str, via: str, *, force: bool = False) -> Optional[_Mention]:
        """Record a mention over tokens [start, end) unless tokens are taken (force: allow overlap)."""
        if start >= end:
            return None
        if not force and any(self.owner[i] is not None for i in range(start, end)):
            return None
        m = _Mention(start, end, key, via)
        self.mentions.append(m)
        if not force:
            for i in range(start, end):
                self.owner[i] = m
        return m

    def _entry_key(self, name: str) -> str:
        entry = self.t.entries[name]
        key = "T:" + name
        if key not in self.info:
            gender = entry.gender if entry.kind == "person" else None
            self.info[key] = _Info(entry.name, entry.kind, gender)
        return key

    def _people_key(self, name: str) -> str:
        entry = self.t.entries[name]
        key = "T:" + name + "#people"
        if key not in self.info:
            self.info[key] = _Info(entry.people[0] if entry.people else name, "group")
        return key

    def _other_key(self, kind: str, text: str) -> str:
        norm = " ".join(text.lower().split())
        if kind == "organization":  # "Department of Labor" is the "Labor Department"
            norm = _OFFICE_OF.sub(r"\2 \1", norm)
        key = f"{_KEY_PREFIX[kind]}:{norm}"
        if key not in self.info:
            self.info[key] = _Info(" ".join(text.split()), kind)
        return key

    @staticmethod
    def _not_name(tok: Token) -> bool:
        return tok.pos_ in _NOT_NAME or (tok.is_stop and tok.pos_ in ("VERB", "AUX", "PRON"))

    def _strip(self, start: int, end: int, titles: bool = False) -> tuple[int, int, list[tuple[str, Optional[str]]]]:
        """Trim determiners, possessives, punctuation, a hyphenated lower-case tail and (optionally) leading titles off
        a span."""
        found: list[tuple[str, Optional[str]]] = []
        doc = self.doc
        while start < end:
            tok = doc[start]
            if tok.lower_ in ("the", "a", "an") or tok.is_punct or tok.is_space or self._not_name(tok):
                start += 1
            elif titles and start in self.title_at and self.title_at[start][0] < end:
                stop, role, gender = self.title_at[start]
                found.append((role, gender))
                start = stop
            else:
                break
        while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_punct or doc[end - 1].is_space or self._not_name(doc[end - 1])):
            end -= 1
        while end - start >= 3 and doc[end - 2].text == "-" and not doc[end - 2].whitespace_ and doc[end - 3].text[0].isupper() \
                and doc[end - 1].is_alpha and doc[end - 1].is_lower and doc[end - 1].lower_ not in _PARTICLES:
            end -= 2  # "Jeb Bush-spent", "Nadia Holm-backed": a hyphenated word after a name is no part of it
        return start, end, found

    # ---------------------------------------------------------------- rules

    def run(self) -> ActorIndex:
        table_matches = self._table_matches()
        person_spans = self._ner(table_matches)
        self._demonyms()
        self._persons(person_spans + self._who_names() + self._titled_names())
        self._acronyms()
        self._short_org_names()
        self._same_names()
        self._misspelt_surnames()
        self._handles()
        self._learn_roles()
        self._role_phrases()
        self._org_anaphors()
        # a modifier is no antecedent: a person named only in modifiers ("the Hale administration") takes no he/she
        # (persons also named as actors keep their modifiers, which already carry their pronouns)
        named = {m.key for m in self.mentions if m.via != "pronoun" and not self._modifier_mention(m)}
        modifiers = [m for m in self.mentions if self.info[m.key].kind == "person" and m.key not in named]
        self.mentions = [m for m in self.mentions if m not in modifiers]
        self._pronouns()
        self.mentions += modifiers
        self._owned_groups()
        return self._build()

    def _table_matches(self) -> list[tuple[int, int, str, str]]:
        """Longest-first alias-table matches, filtered by the adjacency/locative/modifier rules."""
        doc, raw = self.doc, []
        i = 0
        while i < self.n:
            for seq in ((self.words,) if self.alt_words[i] == self.words[i] else (self.words, self.alt_words)):
                hit = next((w for w in self.t.first_tokens.get(seq[i], ())
                            if i + len(w) <= self.n and tuple(seq[i : i + len(w)]) == w), None)
                if hit is not None:
                    name, how = self.t.surfaces[hit]
                    raw.append((i, i + len(hit), name, how))
                    i += len(hit) - 1
                    break
            i += 1
        compass = _place_cues().get("compass", frozenset())
        regions = {m for pair in zip(raw, raw[1:]) for m in pair if self._compass_region(*pair, compass)}
        raw = [m for m in raw if m not in regions]  # "West Africa": one region, neither the West nor Africa
        covered = {k for s, e, _, _ in raw for k in range(s, e)}
        kept = []
        for s, e, name, how in raw:
            if not self.title_case[s] and self._glued(s, e, covered):
                continue
            entry = self.t.entries[name]
            if entry.kind != "person" and self._after_honorific(s):
                continue  # "Dr. West", "Mr. Jordan": an honorific takes a surname, not a bloc or a country
            if how == "people" and self.has_parse and self.doc[e - 1].dep_ in ("amod", "compound") and self.doc[e - 1].head.i >= e:
                continue  # "the French foreign minister": an adjective here, not the people
            if entry.kind != "person" and how != "people" and self._modifier_of_nonactor(e - 1):
                self.blocked.update(range(s, e))  # nor may NER make an actor of "Minsk" here
                continue
            kept.append((s, e, name, how))
        return kept

    def _compass_region(self, first, second, compass) -> bool:
        """Two table matches that make one region: a compass word right before a place or country ("West Africa")."""
        s, e, _, _ = first
        return e - s == 1 and second[0] == e and self.doc[s].lower_ in compass and self.doc[s].whitespace_ == " " \
            and self.t.entries[second[2]].kind in ("other", "country")

    def _after_honorific(self, s: int) -> bool:
        """Token ``s`` follows an honorific that names no role ("Mr.", "Dr.", "Ms"; ``titles.tsv`` class "-")."""
        if s == 0 or not self.doc[s - 1].text[:1].isupper():
            return False
        role, _ = self.t.titles.get((self.doc[s - 1].lower_.rstrip("."),), (None, None))
        return role == "-" and self.doc[s - 1].lower_ != "sheikh"

    def _glued(self, s: int, e: int, covered: set[int]) -> bool:
        """True when a match is part of a longer capitalised name ("Washington Post")."""
        doc = self.doc
        if e < self.n and doc[e - 1].whitespace_ == " " and e not in covered and self._capitalised_word(e) and not self._is_title_token(e):
            return True
        prev = doc[s - 1] if s > 0 else None
        if (
            prev is not None
            and prev.whitespace_ == " "
            and (s - 1) not in covered
            and (self._capitalised_word(s - 1) or (prev.is_alpha and prev.text[0].isupper() and prev.pos_ == "PROPN" and prev.ent_type_ not in ("NORP", "DATE", "TIME") and not prev.is_stop))
            and not self._is_title_token(s - 1)
        ):
            return True
        return False

    def _thing_modifier(self, end: int) -> bool:
        """The guess ending at ``end`` modifies, within a few words, a noun for a weapon, craft, storm or festival
        ("the Kestrel cruise missile", "Varo Vx-9 aircraft"; ``actor_thing_nouns.txt``)."""
        if not self.has_parse:
            return False
        doc, tok = self.doc, self.doc[end - 1]
        while tok.dep_ in ("compound", "nmod", "amod") and tok.i < tok.head.i <= end + 3:
            # the noun or a word of the compound before it: "Kestrel missile defence systems"
            if any(t.pos_ == "NOUN" and t.lemma_.lower() in word_list("actor_thing_nouns.txt")
                   for t in doc[tok.i + 1 : tok.head.i + 1]):
                return True
            tok = tok.head
        return False

    def _work_name(self, start: int, end: int, label: str) -> bool:
        """The guess is named as a deal, programme or pipeline: its own last word says so ("the Varo Green Deal") or
        it modifies, within a few words, a noun that does ("the Varo Sound gas pipelines"; ``actor_work_nouns.tsv``).
        Places run programmes ("the Tarn program", "Tarn youth programs"): a place guess needs a pipeline."""
        nouns = _work_nouns()
        if end - start >= 2 and self.doc[end - 1].lower_ in nouns["head"] | nouns["both"] | nouns["prize"]:
            return True
        after = nouns["both"] if label == "GPE" else nouns["modifier"] | nouns["both"]
        tok = self.doc[end - 1]
        while self.has_parse and tok.dep_ in ("compound", "nmod", "amod") and tok.i < tok.head.i <= end + 3:
            if any(t.pos_ == "NOUN" and t.lower_ in after for t in self.doc[tok.i + 1 : tok.head.i + 1]):
                return True
            tok = tok.head
        return False

    def _prize(self, start: int, end: int) -> bool:
        """A name of two or more words ending in a prize noun ("the Mara Lenz Cup"): a thing, even after a first
        name (``actor_work_nouns.tsv`` class "prize")."""
        return end - start >= 2 and self.doc[end - 1].lower_ in _work_nouns()["prize"]

    def _speaks(self, end: int) -> bool:
        """The name ending at token ``end`` is the subject of a reporting verb ("Varnell said"): someone."""
        head = self.doc[end - 1]
        return self.has_parse and head.dep_ == "nsubj" and head.head.lemma_.lower() in _speech_lemmas()

    def _modifier_of_nonactor(self, i: int) -> bool:
        """True for a name modifying an event/document noun ("Minsk agreements", "Karabakh war")."""
        if not self.has_parse:
            return False
        tok = self.doc[i]
        return tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > i and self.t.nouns.get(tok.head.lower_) == "none"

    def _ner(self, table_matches) -> list[tuple[int, int, Optional[str], list]]:
        """Add table and NER mentions; return person spans (start, end, table name|None, titles)."""
        doc = self.doc
        persons: list[tuple[int, int, Optional[str], list]] = []
        match_at = {k: m for m in table_matches for k in range(m[0], m[1])}
        person_match_used = set()
        ent_spans = []
        votes: dict[str, Counter] = defaultdict(Counter)  # entity text -> label -> how often the tagger gave it
        body_words = {t.text for t in doc if not self.all_caps[t.i] and t.is_upper} if any(self.all_caps) else set()
        first_label: dict[str, str] = {}
        for ent in doc.ents:
            if ent.label_ in _NER_LABELS:
                votes[ent.text][ent.label_] += 1
                first_label.setdefault(ent.text, ent.label_)
        known_names = self._body_person_names()
        speakers = self._speaking_places()
        context_kind = self._context_kinds()
        for ent in (part for tagged in doc.ents for whole in self._line_parts(tagged)
                    for named in self._owner_part(whole, known_names)
                    for cut in self._headline_name(named, known_names) for part in self._coordinated_names(cut)):
            if ent.label_ not in _NER_LABELS:
                continue
            if ent.label_ == "PERSON" and len(ent) >= 3 and ent[0].text in _TITLE_ARTICLES:
                self.blocked.update(range(ent.start, ent.end))
                continue  # "Los Hijos de Trump", "The Trump Show": a work's title, not the person it names
            # person or not is one decision per name and article: the label the tagger gave the text most often
            vote = votes[ent.text]
            top = max(vote, key=vote.get, default=ent.label_)
            label = top if vote[top] > vote[ent.label_] and "PERSON" in (top, ent.label_) else ent.label_
            if len(ent) >= 2 and vote[top] == vote[ent.label_] and "PERSON" in (top, ent.label_) and top != ent.label_:
                label = first_label[ent.text]  # a tie: the first guess decides, one actor rather than two
            label = context_kind.get(ent.text, label)
            if label in ("ORG", "GPE", "LOC", "FAC") and self._title_run_into_name(ent.start, ent.end):
                label = "PERSON"  # "Spokeswoman Haley Morris": the title says who, and is no part of the name
            if label == "ORG" and self._filed_from(ent.start, ent.end):
                label = "GPE"  # "HARLOW FALLS, Vt. -": the dateline's town, whatever the tagger guessed
            if label in ("GPE", "LOC", "FAC") and ent.text in speakers:
                label = "PERSON"  # "Dorin said", "Dorin, a mother of two": a place the tagger guessed does not speak
            if label == "PERSON" and any(c.isdigit() for c in ent.text):
                label = "ORG"  # "Future45", "Pixel 7": no person's name has digits
            named_words = [t for t in ent if not t.is_punct]
            if label in ("ORG", "GPE", "LOC", "FAC") and len(named_words) >= 2 and named_words[-1].lower_.rstrip(".") in ("jr", "sr") \
                    and named_words[-2].text[:1].isupper():
                label = "PERSON"  # "RFK Jr.": only a person's name takes "Jr." ("Clean Cars II" and "WW III" do take numerals)
            start, end, titles = self._strip(ent.start, ent.end, titles=label == "PERSON")
            if start >= end or any(k in self.blocked for k in range(start, end)):
                continue
            if any(self._lost_break(k) for k in range(start, end)):
                self.blocked.update(range(start, end))
                key = self._run_on_name(start) if end - start == 1 else None
                if key is not None:
                    self._add(start, end, key, "table")  # "Sharp RepliesVolkov’s remarks": Volkov's
                continue  # "Sharp RepliesVarko’s remarks": a heading run into its paragraph names no one
            if label != "PERSON" and self._country_pair(start, end):
                continue  # "the U.S.-Mexico border", "Varo-Tessin talks": a relation between states, no actor
            end = self._headline_run(start, end)
            if label == "PERSON" and end - start >= 2 and doc[start].lower_ in word_list("actor_name_labels.txt"):
                start += 1  # "Democrat Jane Roe", "Crooked Jane": a party label or epithet is no part of her name
            label = self._head_label(start, end, label)
            if doc[start:end].text.lower() in word_list("actor_site_sections.txt"):
                continue  # "Top News | Sports News": a site's menu, no one
            if self._headline_only(start, end) and not any(k in match_at for k in range(start, end)):
                continue  # "Quiet Novel About Lonely Baker": a headline's capitals the body never names
            if label in ("PERSON", "GPE", "LOC", "FAC") and self._org_cued(start) and \
                    not (label == "PERSON" and name_key(doc[start].text) in self.t.genders):
                label = "ORG"  # "steel company Varnell", "insurers Corvia and Holm": the noun says what it is
            if label == "PERSON":  # "Zaporizhzhia Governor" tagged as one person: the place, then the office
                inner = next((k for k in range(start + 1, end) if self._local_title_before_name(k) is not None or
                              (k in self.title_at and self.title_at[k][1] in _LOCAL_TITLES and self.title_at[k][0] == end)), None)
                if inner is not None:
                    stop, role, gender = self.title_at[inner]
                    name_end = stop if stop < end else stop + next(
                        (j for j, t in enumerate(doc[stop : stop + 3]) if not (t.pos_ == "PROPN" and t.is_title and not t.ent_type_)), 3)
                    if name_end > stop:
                        persons.append((stop, name_end, None, [(role, gender)]))
                    ent_spans.append((start, inner, "GPE", []))
                    continue
            if self._local_title_before_name(end) is not None and label in ("PERSON", "ORG"):
                label = "GPE"  # "Lviv Mayor ...": the tagger's person or organisation is the town
            if all(self._is_title_token(k) for k in range(start, end)):
                continue  # "State" in "Secretary of State"
            if self.all_caps[start] and not any(k in match_at for k in range(start, end)) and doc[start:end].text not in body_words:
                continue  # "KOVAC BLASTS HALE", "BUDGET": a guess in a line in capitals; known surnames are linked word by word
            overlapping = {match_at[k] for k in range(ent.start, ent.end) if k in match_at}
            people = [m for m in overlapping if self.t.entries[m[2]].kind == "person"]
            if label == "PERSON" and len(people) == 1 and people[0][0] >= start and people[0][1] <= end:
                # "Sergey Lavrov-Kalantarov" contains the table's "Sergey Lavrov": keep the whole name.
                persons.append((start, end, people[0][2], titles))
                person_match_used.add(people[0])
                continue
            if overlapping:
                continue
            ent_spans.append((start, end, label, titles))
        for s, e, name, how in table_matches:
            if (s, e, name, how) in person_match_used or any(k in self.blocked for k in range(s, e)):
                continue
            entry = self.t.entries[name]
            if entry.kind == "person":
                persons.append((s, e, name, []))
            elif how == "people":
                self._add(s, e, self._people_key(name), "table")
            elif how == "alias" and entry.kind == "country" and self._state_homonym(s, e, entry):
                self._add(s, e, self._other_key("other", entry.name), "table")  # Georgia among Ohio and Iowa
            elif (how == "metonym" and self._place_use(s, e)) or self._local_title_before_name(e) is not None:
                ms, me, _ = self._strip(s, e)
                self._add(s, e, self._other_key("other", doc[ms:me].text), "table")
            else:
                self._add(s, e, self._entry_key(name), "table")
        lone_persons = {name_key(e.text) for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
        lone_persons |= {name_key(t) for t in speakers if " " not in t}  # "Dorin said": his full name is a person too
        # known first names that open a full name the tagger calls a person: "Marco" alone is him, whatever its label
        person_firsts = set()
        for s, e, label in [(s, e, "PERSON") for s, e, _, _ in persons] + [(s, e, label) for s, e, label, _ in ent_spans]:
            if e - s >= 2 and name_key(doc[s].text) in self.t.genders and (
                    label == "PERSON" or self._person_shaped(s, e, lone_persons)):
                person_firsts.add(formal_name(doc[s].text))
        # one decision per name and article: a thing's name whose first word the article writes nowhere else
        # ("Lockheed said ..." keeps "the Lockheed Martin missile systems" an actor)
        things = [(s, e) for s, e, _, _ in ent_spans if self._thing_modifier(e)]
        firsts = Counter(doc[s].text for s, _ in things)
        written = Counter(t.text for t in doc) if things else Counter()
        thing_names = {doc[s:e].text for s, e in things if firsts[doc[s].text] == written[doc[s].text]}
        # one decision per name and article: a title quoted whole wherever the article names it ("''Twin Peaks,''")
        quoted: dict[str, bool] = {}
        for s, e, label, _ in ent_spans:
            if not (label == "PERSON" and name_key(doc[s].text) in self.t.genders):  # "'Crooked Jane'" stays hers
                text = doc[s:e].text
                quoted[text] = quoted.get(text, True) and self._quoted_whole(s, e)
        # one decision per name and article: a deal, programme or pipeline the article names as one, even once
        # ("the Varo Sound pipeline" makes "Varo Sound was shut" no actor too), unless the article has it speak
        # ("Varo said") or uses it as a place ("in Varo"; a US state)
        guesses = [(s, e, label) for s, e, label, _ in ent_spans if name_key(doc[s].text) not in self.t.genders or self._prize(s, e)]
        works = {doc[s:e].text for s, e, label in guesses if self._work_name(s, e, label)}
        works -= {doc[s:e].text for s, e, label in guesses
                  if self._speaks(e) or self._us_state(s, e, label) is not None
                  or (self._place_use(s, e) and doc[e - 1].dep_ not in ("compound", "nmod", "amod"))}
        common = self._common_words(ent_spans) | self._day_openers(ent_spans)
        for start, end, label, titles in ent_spans:
            span = doc[start:end]
            if not any(c.isupper() for c in span.text):
                continue
            if end - start == 1 and span.text in common:
                self.blocked.add(start)
                continue  # "Digital campaigns ..." beside "digital ads": a common noun with a capital, no one
            if span.text in works and (name_key(doc[start].text) not in self.t.genders or self._prize(start, end)):
                self.blocked.update(range(start, end))
                continue  # "the Kessel Minors program", "the Varo Green Deal": a thing people make, no actor
            if span.text in thing_names and not (end - start == 1 and name_key(span.text) in self.t.genders):
                continue  # "the Kestrel cruise missile", "the Ulva cyclone": a name used only for a thing
            if quoted.get(span.text):
                self.blocked.update(range(start, end))
                continue  # "''Twin Peaks''", "the documentary “Citizen Vale”": a work's title, no actor
            if span.text.lower() in word_list("actor_cohorts.txt"):
                self._add(start, end, self._other_key("group", span.text), "ner")
                continue  # "Gen Z": a generation is a group of people, not a person
            if end - start == 1 and doc[start].pos_ not in ("PROPN",) and start not in self.name_starts \
                    and not (label == "NORP" and doc[start].tag_ in ("NNS", "NNPS")):
                continue
            if any(t.text in self.t.adjectives for t in span):
                if label in ("PERSON", "NORP") or end - start == 1:
                    continue  # "Russian Roulette" is no person; "Western" alone is no actor
            if end - start == 1 and label != "NORP" and self._family_plural(start):
                self._add(start, end, self._other_key("group", span.text), "ner")
                continue  # "the Varnells": a family, not a place
            if end - start == 1 and label != "PERSON" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in doc[start].children):
                continue  # "a super PAC", "an NGO": an abbreviation used as a common noun names no one
            if end - start == 1 and label != "PERSON" and doc[start].lower_ in word_list("actor_common_abbreviations.txt"):
                continue  # "LNG exports", "ESG rules": a common noun's abbreviation names no one
            if self.t.nouns.get(doc[end - 1].lower_) == "none" and not (end - start == 1 and name_key(doc[start].text) in self.t.genders):
                continue  # "Armistice Day", "the Patriot Act"; but "Bill" alone is a first name
            state = self._us_state(start, end, label)
            if state is not None:
                self._add(start, end, self._other_key("other", state), "ner")
                continue  # "Calif." beside "California" is one place; "South Carolina" is no person
            titled = self._after_title(start, end) if label not in ("PERSON", "NORP") else None
            if titled is not None:
                persons.append((titled, end, None, titles))
            elif label not in ("PERSON", "NORP") and self._first_name_before(start, end):
                persons.append((start - 1, end, None, titles))  # "Karen Dorin" with only "Dorin" tagged, as a place
            elif label == "PERSON" or (label != "NORP" and self._person_company(start, end)) or (
                    label != "NORP" and not self._place_named(start, end) and (
                    self._person_shaped(start, end, lone_persons)
                    or (end - start <= 2 and self._beside_person_noun(end))
                    or (end - start == 1 and name_key(span.text) in self.t.genders and formal_name(span.text) in person_firsts)
                    or (end - start == 1 and name_key(span.text) in _one_name_persons() and not self._place_use(start, end)))):
                persons.append((start, end, None, titles))
            elif label == "NORP":
                if doc[end - 1].tag_ in ("NNS", "NNPS") or doc[end - 1].text.endswith("s"):
                    hit = self.t.surfaces.get(tuple(self.words[start:end]))  # "Russians" the table let pass here
                    key = self._people_key(hit[0]) if hit and hit[1] == "people" else self._other_key("group", span.text)
                    self._add(start, end, key, "ner")
            else:
                hit = self.t.surfaces.get(tuple(self.words[start:end]))
                if hit and hit[1] == "alias" and self.t.entries[hit[0]].kind in ("organization", "country"):
                    # "Presumptive GOP nominee": the glue test set the table aside, but the tagger's name is the alias
                    self._add(start, end, self._entry_key(hit[0]), "table")
                else:
                    self._add(start, end, self._other_key(_NER_KIND[label], span.text), "ner")
        return persons

    def _common_words(self, ent_spans) -> set[str]:
        """Texts of one-word guesses of an organisation or place that the article also writes in lower case, not as
        a hashtag ("Digital" opening a sentence or "STEEL" shouted, "digital" and "steel" later): a common noun that
        took capitals, no name. A word also in a longer name the tagger found ("Times" beside "Daily Times"), in a
        person's name or the table's surnames, a noun for a state or an organisation, which capitalised names one
        ("Parliament", "Government"), written after a capitalised "The" mid-sentence ("for The Sun") or the subject of
        a reporting verb stays a name."""
        doc, lower = self.doc, self._lower_case_words
        words = {doc[s].text for s, e, label, _ in ent_spans if e - s == 1 and label in ("ORG", "GPE", "LOC", "FAC")
                 and (doc[s].is_title or (doc[s].is_upper and len(doc[s]) >= 4)) and doc[s].is_alpha and doc[s].lower_ in lower}
        if not words:
            return set()
        named = {t.text for ent in doc.ents if len(ent) > 1 or ent.label_ == "PERSON" for t in ent}
        kept = {w for w in words if w in named or name_key(w) in self.t.genders or name_key(w) in self.t.surnames
                or self.t.nouns.get(w.lower()) in ("organization", "state")}
        for tok in doc:
            if tok.text in words and ((tok.i > 0 and doc[tok.i - 1].text == "The" and not doc[tok.i - 1].is_sent_start)
                                      or self._speaks(tok.i + 1)):
                kept.add(tok.text)
        return words - kept

    def _day_openers(self, ent_spans) -> set[str]:
        """Texts of one-word guesses that open a named day the tagger cut in two ("Super" of "Super Tuesday",
        "Black" of "Black Friday"): the article writes the word only right before one and the same weekday, never
        as a verb's subject ("Varnell Tuesday said" is a name and a date), and the table knows no such name."""
        doc = self.doc
        words = {doc[s].text for s, e, label, _ in ent_spans if e - s == 1 and label != "PERSON"
                 and doc[s].is_title and doc[s].is_alpha and (doc[s].text,) not in self.t.surfaces}
        if not words:
            return set()
        after: dict[str, set] = defaultdict(set)
        for tok in doc[:-1]:
            if tok.text in words:
                day, subject = doc[tok.i + 1], tok.dep_ in ("nsubj", "nsubjpass")
                after[tok.text].add(day.text if day.text in _WEEKDAYS and tok.whitespace_ and not subject else None)
        return {w for w, days in after.items() if len(days) == 1 and None not in days}

    def _lost_break(self, i: int) -> bool:
        """Token ``i`` is two words run together where a line break was lost between a heading and its paragraph
        ("Anger at the NeighboursVolkov accused ..."): a lower-to-upper join after a capitalised word of four
        letters or more, in a line whose earlier words are all capitalised (or stop words), where the article also
        writes one of the two parts alone or the second is a stop word ("BudgetThe"). Handles, hashtags and web
        addresses ("@JaneRoe", "#VoteNow", "LedgerWatch.com") and a brand written at a line's start ("BrightLedger
        and ...") are no such join."""
        tok, text = self.doc[i], self.text
        glued = _CAMEL_JOIN.fullmatch(tok.text)
        if glued is None or text[tok.idx - 1 : tok.idx] in ("@", "#") or re.match(r"\.[a-z]", text[tok.idx + len(tok) :]):
            return False
        before = re.findall(r"[\w’']+", text[text.rfind("\n", 0, tok.idx) + 1 : tok.idx])
        if not before or not all(w[0].isupper() or w[0].isdigit() or self.doc.vocab[w.lower()].is_stop
                                 for w in before):
            return False
        first, second = glued.groups()
        return self.doc.vocab[second.lower()].is_stop or first in self.words or second in self.words

    def _run_on_name(self, i: int) -> Optional[str]:
        """The key of the table actor that a lost-break join at token ``i`` names: its second part, which opens the
        paragraph ("NeighboursVolkov accused ..."), or its first when the second is a stop word ("ChileIn June")."""
        first, second = _CAMEL_JOIN.fullmatch(self.doc[i].text).groups()
        word = first if self.doc.vocab[second.lower()].is_stop else second
        hit = self.t.surfaces.get((word,))
        if hit is not None and hit[1] != "people":
            return self._entry_key(hit[0])
        names = self.t.surnames.get(name_key(word), ())
        return self._entry_key(names[0]) if len(names) == 1 else None

    def _quoted_whole(self, start: int, end: int) -> bool:
        """The name is the whole of a quotation ("''Twin Peaks,''", "“Citizen Vale”"): an opening quotation mark right
        before it and a closing one right after it or after one comma or stop."""
        doc = self.doc
        if start == 0 or doc[start - 1].tag_ not in ("``", "''") or doc[start - 1].whitespace_:
            return False
        stop = end + 1 if end < self.n and doc[end].text in (",", ".", "?", "!") else end
        return stop < self.n and doc[stop].tag_ == "''" and not doc[end - 1].whitespace_ and doc[stop].text not in ("'s", "’s")

    def _speaking_places(self) -> set[str]:
        """Texts of one- or two-word place guesses (outside headlines, not in the table) used once as a person and
        never as a place: the subject of a reporting verb outlets do not share ("said", not "reported"), beside a
        person noun or with a title in apposition ("Dorin, Ohio Secretary of State,"). Places do not talk; the
        capitals and countries that do ("Ankara said") are table names
        (``extract/lexicons/actor_outlet_verbs.txt``)."""
        out, places = set(), set()
        for ent in self.doc.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC") or len(ent) > 2 or self.title_case[ent.start] or self.all_caps[ent.start]:
                continue
            if self._place_use(ent.start, ent.end):
                places.add(ent.text)  # "shelled Tarsk", "in Tarsk": the article uses it as a place
            if tuple(self.words[ent.start:ent.end]) in self.t.surfaces or any(
                    not (t.is_alpha and t.is_title) or self.t.nouns.get(t.lower_) or t.text in self.t.adjectives for t in ent):
                continue
            head = self.doc[ent.end - 1]
            verb = head.head.lemma_.lower()
            if (head.dep_ == "nsubj" and verb in _speech_lemmas() and verb not in word_list("actor_outlet_verbs.txt")) \
                    or self._beside_person_noun(ent.end) \
                    or any(c.dep_ == "appos" and self._is_title_token(c.i) for c in head.children):
                out.add(ent.text)
        return out - places

    def _context_kinds(self) -> dict[str, str]:
        """Entity text -> the label its context gives one of its mentions, for every mention of that text (one
        decision per name and article): a town followed by its country or US state ("Tarvosk, Ukraine;",
        "Jane Roe, Millbrook, Calif.") is a place; a name in apposition to a noun for a kind of organisation
        ("Varnstead, a regional news outlet") an organisation; a name followed by an age ("Dorvakin, 24,") a
        person; a place guess that is a source ("according to Varnhold"), or a place or person guess with staff
        ("a Varnhold analyst", "an economist at Varnhold"), an organisation, unless the article also uses it as a
        place. A known first name keeps a person guess a person
        (``extract/lexicons/actor_org_type_nouns.txt``)."""
        out: dict[str, str] = {}
        sources = set()  # names made organisations by a source cue, unless the article also uses them as places
        for ent in self.doc.ents:
            if ent.text in out or not ent[0].is_title or self.title_case[ent.start]:
                continue
            first_name = name_key(ent[0].text) in self.t.genders
            if ent.label_ in ("PERSON", "ORG") and not first_name and self._region_after(ent.end):
                out[ent.text] = "GPE"
            elif ent.label_ in ("PERSON", "GPE", "LOC", "FAC") and not first_name and self._beside_org_noun(ent.end):
                out[ent.text] = "ORG"
            elif ent.label_ in ("ORG", "GPE", "LOC", "FAC") and len(ent) <= 3 and self._age_after(ent.end) \
                    and tuple(self.words[ent.start:ent.end]) not in self.t.surfaces:
                out[ent.text] = "PERSON"
            elif ent.label_ in ("GPE", "LOC", "FAC", "PERSON") and not first_name \
                    and (self._staff_cued(ent.end, ent.label_ == "PERSON")
                         or (ent.label_ != "PERSON" and self._source_cued(ent.end))) \
                    and tuple(self.words[ent.start:ent.end]) not in self.t.surfaces:
                out[ent.text] = "ORG"
                sources.add(ent.text)
        places = {e.text for e in self.doc.ents if e.text in sources and self._place_use(e.start, e.end)
                  and not self._staff_cued(e.end, e.label_ == "PERSON")}  # "an analyst at Varnhold" is no place use
        out = {text: label for text, label in out.items() if text not in places}
        return {**{text: "GPE" for text in self._place_guesses()}, **out}

    def _place_guesses(self) -> set[str]:
        """Texts of short organisation or person guesses (outside headlines, not in the table, no known first name)
        the article writes where a place goes ("in Tarrow", "along the Quayside", "the Tarrow region", "the town of
        Tarrow", "Tarrow-based") in at least a third of their mentions and never as one who acts (a verb's subject
        other than "be", an owner "Tarrow's", "by Tarrow"): a town, promenade or district, not an organisation or
        person (``extract/lexicons/actor_place_cues.tsv``, classes ``noun``, ``naming``)."""
        doc, cues = self.doc, _place_cues()
        nouns, where, written_in = cues["noun"], cues["preposition"], cues["publication"]
        uses, place, acts = Counter(), Counter(), set()
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "PERSON") or len(ent) > 3 or self.title_case[ent.start] or self.all_caps[ent.start]:
                continue
            if not all(t.is_title or t.text == "-" for t in ent) or name_key(ent[0].text) in self.t.genders \
                    or any(tuple(f(w) for w in self.words[ent.start:ent.end]) in self.t.surfaces for f in (str, str.upper)):
                continue  # a table name, also written "Nato" for NATO
            uses[ent.text] += 1
            last, end = ent[-1], ent.end
            # "in the Varn Centre" but not "in the House": a one-word town takes no "the", a body does
            i = ent.start - 1 - (len(ent) > 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the")
            prep = doc[i] if i >= 0 else None
            tok = last
            while tok.dep_ == "conj" and tok.head.i < tok.i:
                tok = tok.head
            modifier = last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i  # "the Mormon church"
            if (prep is not None and prep.lower_ in where and prep.head.lemma_ not in written_in and not modifier) \
                    or (tok is not last and tok.dep_ == "pobj" and tok.head.i == tok.i - 1 and tok.head.lower_ in where
                        and tok.head.head.lemma_ not in written_in) \
                    or (modifier and last.head.lower_ in nouns) \
                    or self._named_place_of(tok, nouns, cues["naming"]) \
                    or (end + 1 < self.n and doc[end].text == "-" and doc[end + 1].lower_ == "based"):
                place[ent.text] += 1
            elif (last.dep_ == "nsubj" and last.head.lemma_ != "be") or last.dep_ == "poss" \
                    or (last.dep_ == "pobj" and last.head.dep_ == "agent") or (end < self.n and doc[end].text in ("'s", "’s")):
                acts.add(ent.text)
        return {text for text, n in place.items() if text not in acts and 3 * n >= uses[text]}

    @staticmethod
    def _named_place_of(tok: Token, nouns, naming) -> bool:
        """The guess (or the first of its conjuncts) names the place a place noun heads: "the town of Tarrow",
        "the cities of Varn and Ostrel", "cities like Tarrow" (``actor_place_cues.tsv``, classes noun, naming)."""
        prep = tok.head
        return tok.dep_ == "pobj" and prep.i < tok.i and prep.lower_ in naming and prep.dep_ == "prep" \
            and prep.head.i < prep.i and prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in nouns

    def _source_cued(self, end: int) -> bool:
        """The name ending at token ``end`` is a source no place can be: "according to Varnhold", "cited by The
        Tarbury", "told Varnhold Weekly", "Varnhold reported" (``extract/lexicons/actor_place_cues.tsv``, class
        ``outlet``: what outlets do to news, not what towns do)."""
        if not self.has_parse:
            return False
        head = self.doc[end - 1]
        prep, verb = head.head, head.head.head
        if head.dep_ == "nsubj" and prep.i > head.i and prep.lemma_.lower() in _place_cues()["outlet"]:
            return True
        if head.dep_ == "pobj" and prep.lower_ == "to" and verb.lower_ == "according":
            return True
        if head.dep_ == "pobj" and prep.dep_ == "agent" and verb.lemma_ in ("cite", "quote"):
            return True
        return head.dep_ in ("dobj", "dative") and prep.lemma_ == "tell" and prep.i < head.i

    def _staff_cued(self, end: int, person: bool) -> bool:
        """The name ending at token ``end`` employs or publishes people: it modifies or owns a noun for a company's
        staff ("a Varnhold analyst", "Varnhold's contributors") or follows one with "at", "for" or "with" ("an
        analyst at Varnhold"). Nouns a person has too ("a Roe spokesman") count only for a place guess
        (``extract/lexicons/actor_staff_nouns.tsv``)."""
        if not self.has_parse:
            return False
        head, cls = self.doc[end - 1], _staff_nouns()
        if head.dep_ in ("compound", "poss") and head.head.i > head.i:
            noun = head.head
        elif head.dep_ == "pobj" and head.head.lower_ in cls["preposition"] and head.head.head.i < head.head.i:
            noun = head.head.head
        else:
            return False
        return noun.pos_ == "NOUN" and (noun.lower_ in cls["any"] or (not person and noun.lower_ in cls["place"]))

    def _region_after(self, end: int) -> bool:
        """", <country or US state>" right after token ``end``, closed by punctuation or the line's end."""
        doc, names, abbreviations = self.doc, *_us_states()
        if end + 1 >= self.n or doc[end].text != ",":
            return False
        k = end + 1
        for size in (3, 2, 1):
            stop = k + size
            if stop > self.n or not doc[k:stop].text[:1].isupper():
                continue
            text = doc[k:stop].text
            if stop < self.n and doc[stop].text == "." and not doc[stop - 1].whitespace_ and text + "." in abbreviations:
                text, stop = text + ".", stop + 1  # "Wyo" + "."
            hit = self.t.surfaces.get(tuple(self.words[k:stop]))
            if text.lower() in names or text in abbreviations or (hit and hit[1] == "alias" and self.t.entries[hit[0]].kind == "country"):
                return stop >= self.n or doc[stop].text in (",", ";", ".", ")", ":") or doc[stop].is_space or "\n" in doc[stop - 1].whitespace_
        return False

    def _beside_org_noun(self, end: int) -> bool:
        """The name ending at token ``end`` is in apposition to a noun for a kind of organisation ("Varnstead, a
        regional news outlet")."""
        if not self.has_parse:
            return False
        head, nouns = self.doc[end - 1], word_list("actor_org_type_nouns.txt")
        pair = [head.head] if head.dep_ == "appos" and head.head.i > head.i else []
        return any(t.lower_ in nouns and t.pos_ == "NOUN" for t in pair + [c for c in head.children if c.dep_ == "appos"])

    def _age_after(self, end: int) -> bool:
        """An age in commas right after the name ("Dorvakin, 24, is accused"): a person."""
        doc = self.doc
        return end + 2 < self.n and doc[end].text == "," and doc[end + 1].text.isdigit() and 0 < int(doc[end + 1].text) < 110 \
            and doc[end + 2].text == ","

    def _state_homonym(self, start: int, end: int, entry: TableEntry) -> bool:
        """A table country that shares its name with a US state ("Georgia") is the state in an article that names
        at least three other US states and never the country's capital or adjective."""
        names = _us_states()[0]
        if self.doc[start:end].text.lower() not in names:
            return False
        if any(w in entry.metonyms or w in entry.adj for w in self.words):  # the token texts, without a Token each
            return False
        return len(self._named_states - {entry.name.lower()}) >= 3

    @cached_property
    def _named_states(self) -> frozenset[str]:
        """The US states the article names as places (lower case): read from ``doc.ents`` once, not per match."""
        names = _us_states()[0]
        return frozenset(e.text.lower() for e in self.doc.ents if e.label_ == "GPE" and e.text.lower() in names)

    def _us_state(self, start: int, end: int, label: str) -> Optional[str]:
        """The US state a guess names (``extract/lexicons/actor_us_states.tsv``): an abbreviation written with its
        dot ("Calif.", "Wyo" + "."), or the full name guessed as anything but a group, unless a person's
        first name ("Georgia Lenz" is hers; "Georgia" alone is the table's country)."""
        if label == "NORP":
            return None
        doc, names, abbreviations = self.doc, *_us_states()
        text = doc[start:end].text
        if text.lower() in names:
            return None if label == "PERSON" and name_key(doc[start].text) in self.t.genders else names[text.lower()]
        if not text.endswith(".") and end < self.n and doc[end].text == "." and not doc[end - 1].whitespace_:
            text += "."
        return abbreviations.get(text) if text.endswith(".") else None

    def _headline_only(self, start: int, end: int) -> bool:
        """A guess in a title-case headline (the first line) none of whose words the body writes with a capital,
        and whose text the body never has ("Lonely Baker" in "Quiet Novel About Lonely Baker"): the
        headline's capitals, no name. Title-case lines further down (sign-offs, credits, lists of names) are left
        alone: their names are often named nowhere else."""
        if not self.title_case[start] or "\n" in self.doc[:start].text:
            return False
        self._read_body()
        if not self._body_text:
            return False  # nothing but headlines: nothing to compare with
        words = [t.text for t in self.doc[start:end] if t.is_alpha and not t.is_stop]
        return bool(words) and not any(w in self._body_capitals for w in words) and self.doc[start:end].text not in self._body_text

    def _read_body(self) -> None:
        """The words outside headlines and lines in capitals: those it writes capitalised mid-sentence, and its text."""
        if self._body_capitals is None:
            body = [t for t in self.doc if not self.title_case[t.i] and not self.all_caps[t.i]]
            self._body_capitals = {t.text for t in body if t.is_alpha and t.text[:1].isupper() and not t.is_sent_start}
            self._body_text = " ".join(t.text for t in body)
            self._body_lower = {t.text for t in body if t.is_lower}

    def _headline_run(self, start: int, end: int) -> int:
        """The end of a guess in a title-case headline (the first line), cut before the first word the body writes
        only in lower case ("Vale Snapshot Leaks Online", "Tarbury Arson Culprit Caught": "snapshot", "arson"),
        when the body writes the part before it ("Vale", "Tarbury") and never the whole guess. Headline capitals run
        a name into the common nouns after it; a name the body writes whole ("Tarbury News Channel") stays, and so
        do names in title-case lines further down (a biography's "Varnell Trade Council")."""
        if not self.title_case[start] or end - start < 2 or self.text.find("\n", 0, self.doc[start].idx) >= 0:
            return end
        self._read_body()
        if not self._body_text or self.doc[start:end].text in self._body_text:
            return end
        for k in range(start + 1, end):
            word = self.doc[k].text
            if word.isalpha() and not self.doc[k].is_stop and word.lower() in self._body_lower and word not in self._body_capitals:
                return k if f" {self.doc[start:k].text} " in f" {self._body_text} " else end
        return end

    def _family_plural(self, i: int) -> bool:
        """A capitalised plural after "the" whose singular is the surname of someone the article or the table names
        ("the Varnells", "the Joneses"): a family."""
        word = self.doc[i].text
        if not (word.istitle() and word.endswith("s") and len(word) > 3 and i > 0 and self.doc[i - 1].lower_ == "the"):
            return False
        stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
        named = {e.text.split()[-1] for e in self.doc.ents if e.label_ == "PERSON"}
        return any(st in named or name_key(st) in self.t.surnames for st in stems)

    def _head_label(self, start: int, end: int, label: str) -> str:
        """A person or organisation guess of two or more words whose last word names a place ("Drury Lane",
        "Trump Tower") is a place, one whose last word names an institution ("Whitney Museum") an organisation.
        A place word that is also a surname keeps a known first name's person ("Anita Hill")."""
        if label in ("PERSON", "ORG") and self._place_named(start, end) and not self._person_company(start, end):
            return "GPE"
        if label == "PERSON" and end - start >= 2 and self._institution_named(end - 1):
            return "ORG"
        return label

    def _place_named(self, start: int, end: int) -> bool:
        """Two or more words ending in a place word, the first no known first name ("Capitol Hill", not "Susan Hill"),
        or in a landmark word, whatever the first ("George Vale Bridge")."""
        head = _name_heads().get(self.doc[end - 1].lower_) if end - start >= 2 else None
        return head == "landmark" or (head == "place" and name_key(self.doc[start].text) not in self.t.genders)

    def _first_name_before(self, start: int, end: int) -> bool:
        """One capitalised word the tagger calls a place or organisation right after a known first name it left
        untagged ("Karen Dorin"): the two are a person's name."""
        if end - start != 1 or start == 0 or not self.doc[start].is_title:
            return False
        prev = self.doc[start - 1]
        return (prev.is_title and prev.is_alpha and not prev.ent_type_ and prev.whitespace_ == " " and self.owner[start - 1] is None
                and name_key(prev.text) in self.t.genders and not self.title_case[start] and not self._is_title_token(start - 1))

    def _org_cued(self, start: int) -> bool:
        """A name right after a noun for a kind of organisation ("steel company Varnell"), after its "such as"
        ("lenders such as Marlex"), or listed after such a name ("insurers Corvia, Tenrax and Holm")
        (``extract/lexicons/actor_org_type_nouns.txt``)."""
        doc, k, nouns = self.doc, start - 1, word_list("actor_org_type_nouns.txt")
        while k >= 0 and start - k < 15 and self.sent_of[k] == self.sent_of[start] and doc[k].lower_ not in nouns and (
                doc[k].text in (",", "&") or doc[k].lower_ in ("and", "or") or (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper())):
            k -= 1
        if k >= 2 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "such":
            k -= 2
        return k >= 0 and doc[k].lower_ in nouns

    def _institution_named(self, last: int) -> bool:
        """A name whose last word names an institution ("Acme College", "Delta Media"), never a person."""
        word = self.doc[last].lower_
        return _name_heads().get(word) == "organization" or self.t.nouns.get(word) == "organization"

    def _after_title(self, start: int, end: int) -> Optional[int]:
        """An ORG/GPE guess of one or two capitalised words right after a capitalised title ("Mayor Eldar Azizov",
        the tagger's place being "Azizov"), maybe with an untagged first name between: the title says person.
        Returns where the name starts (its first name included), else None."""
        words = self.doc[start:end]
        if end - start > 2 or any(not (t.is_alpha and t.is_title) or self._noun_not_name(t) or t.text in self.t.adjectives for t in words):
            return None
        k = start - 1 if start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].is_title \
            and not self.doc[start - 1].ent_type_ and not self._is_title_token(start - 1) else start
        if any(stop == k and role != "-" and self.doc[i].is_title for i, (stop, role, _) in self._titles_near(k - 1)):
            return k
        return None

    def _title_run_into_name(self, start: int, end: int) -> bool:
        """A guess opened by a capitalised title and run on into a person's name ("Spokeswoman Haley Morris",
        "General Dorsk" with "Dorsk" a person elsewhere): one to three capitalised words after the title, opened by a
        known first name or ending in a surname the tagger calls a person elsewhere ("General Motors" is no one)."""
        if start not in self.title_at or not self.doc[start].is_title:
            return False
        stop, role, _ = self.title_at[start]
        words = self.doc[stop:end]
        if role == "-" or not 1 <= len(words) <= 3 or not all(t.is_alpha and t.is_title for t in words):
            return False
        return name_key(words[0].text) in self.t.genders or words[-1].text in self._person_surnames

    def _person_company(self, start: int, end: int) -> bool:
        """A guess of two or three capitalised words the article sets beside people: in apposition to a title or a
        person noun ("Ethan Vale, vice president of ...", "the mission's head, Ivo Rask"), or coordinated only with
        full names the tagger calls persons, side by side ("Jan Roe and Robyn Dale"): a person's name, its first
        word a first name known or not, its last a surname even when a street's ("Lane"). A first word the article
        also writes in lower case ("Storm Velka", "a storm"), a determiner ("the Kessel Royal") or a locative ("in
        Tarno Verde") says it is not one; an appositive proper name proves nothing (letters sign "Name, Town")."""
        doc, words = self.doc, self.doc[start:end]
        if not self.has_parse or not 2 <= len(words) <= 3 or self.title_case[start] or self._locative(start):
            return False
        if any(not (t.is_alpha and t.is_title) or self._noun_not_name(t) or t.text in self.t.adjectives
               or self._is_title_token(t.i) for t in words) or \
                _name_heads().get(words[-1].lower_) in ("organization", "landmark"):
            return False
        head = doc[end - 1]
        if head.head.i == head.i or not all(t.head.i == head.i for t in words[:-1]) or \
                any(c.dep_ == "det" or (c.dep_ == "compound" and c.pos_ == "NOUN") for c in head.children):
            return False
        if words[0].lower_ in self._lower_case_words:
            return False
        nouns = word_list("actor_person_nouns.txt")
        beside = ([head.head] if head.dep_ in ("appos", "conj") else []) + \
            [c for c in head.children if c.dep_ in ("appos", "conj")]
        if any((t.dep_ == "appos" or head.dep_ == "appos") and t.pos_ == "NOUN" and
               (t.lemma_.lower() in nouns or self._is_title_token(t.i) and not self._race_title(t.i)) for t in beside):
            return True
        names = [t for t in beside if t.pos_ == "PROPN"]
        full = self._full_name_tokens
        listed = [t for t in names if t.dep_ == "conj" or head.dep_ == "conj"]
        side_by_side = all(all(k in full or start <= k < end or doc[k].text in (",", "and", "&")
                               for k in range(min(t.i, start), max(t.i, end))) for t in listed)
        return bool(listed) and side_by_side and all(t.i in full for t in names)

    @cached_property
    def _lower_case_words(self) -> frozenset[str]:
        """Every word the article writes in lower case, not as a hashtag or handle ("#storm"): read once per
        article, not once per name guess (``_common_words``, ``_person_company``)."""
        doc = self.doc
        return frozenset(t.text for t in doc if t.is_lower and t.is_alpha and not (t.i and doc[t.i - 1].text in ("#", "@")))

    @cached_property
    def _person_surnames(self) -> frozenset[str]:
        """Last words of the names the tagger calls persons, read once per article."""
        return frozenset(e[-1].text for e in self.doc.ents if e.label_ == "PERSON")

    @cached_property
    def _full_name_tokens(self) -> frozenset[int]:
        """Token indices inside a name of two words or more that the tagger calls a person."""
        return frozenset(k for e in self.doc.ents if e.label_ == "PERSON" and len(e) >= 2 for k in range(e.start, e.end))

    def _noun_not_name(self, tok: Token) -> bool:
        """An actor noun ("Ministry", "Act") that is not also a first name ("Bill")."""
        return tok.lower_ in self.t.nouns and name_key(tok.text) not in self.t.genders

    def _person_shaped(self, start: int, end: int, lone_persons: set[str]) -> bool:
        """An ORG/GPE guess that is a person's name ("Eva-Maria Kessler", "Tucker Brandt" with "Brandt" a PERSON
        elsewhere): two or three capitalised words, the first a known first name or the last a surname the
        tagger calls a person elsewhere, and no actor noun, title or demonym among them."""
        words = self.doc[start:end]
        listed = (end < self.n and self.doc[end].text in (",", ";")) or (start > 0 and self.doc[start - 1].text in (",", ";"))
        if not 2 <= sum(1 for t in words if t.whitespace_ or t.i == end - 1) <= 3 or (self.title_case[start] and not listed):
            return False  # a headline's capitals say nothing, but a line listing names is no headline
        if any(not (_letters(t.text).isalpha() and t.text[0].isupper() and not t.is_upper) and t.text != "-" for t in words):
            return False
        if any(self._noun_not_name(t) or t.text in self.t.adjectives or self._is_title_token(t.i) for t in words):
            return False
        if _name_heads().get(words[-1].lower_) == "organization":
            return False  # "Whitney Museum": an institution whatever its first word
        if end + 1 < self.n and self.doc[end].text == "-" and self.doc[end + 1].lower_ == "based":
            return False  # "a Maria Bay-based charity": a base is a place, never a person
        first, last = name_key(words[0].text), name_key(words[-1].text)
        if first in self.t.genders:
            return True
        # a known person's surname after an unknown word is more often a label ("Paranoid Putin") than a relative
        return last in lone_persons and last not in self.t.surnames and words[0].pos_ != "ADJ"

    def _line_parts(self, ent: Span) -> list[Span]:
        """An entity the tagger ran over a line break ("... posted on X.", then "Vale argued" on the next line; a
        promo line's last word and the paragraph's first): no name spans two lines, and a run the tagger made this
        way is no evidence either, so only the parts on each line that the article names alone elsewhere stay, each
        with the entity's label ("Vale"; not "Trucks" opening a sentence, nor a promo line's "Quick Tips"); a part
        that holds another (a headline over its paragraph's first words) is cut to the name they share."""
        breaks = [t.i for t in ent if t.is_space and "\n" in t.text]
        if not breaks:
            return [ent]
        bounds = [ent.start - 1] + breaks + [ent.end]
        parts = [Span(self.doc, a + 1, b, label=ent.label_) for a, b in zip(bounds, bounds[1:])
                 if any(t.is_alpha and not t.is_stop for t in self.doc[a + 1 : b])]
        if len(parts) == 1:
            return parts
        kept = []
        for p in parts:
            held = [b for b in (_bare(o.text) for o in parts if o is not p) if b in p.text and b != _bare(p.text)]
            if held:  # "Tarbury News Channel Hires Anchor" over "The Tarbury News Channel said"
                at = p.start_char + p.text.index(held[0])
                kept.append(self.doc.char_span(at, at + len(held[0]), label=ent.label_) or p)
            elif _bare(p.text) in self._one_line_names or any(o is not p and _bare(p.text) in o.text for o in parts):
                kept.append(p)
        return kept

    @cached_property
    def _one_line_names(self) -> frozenset[str]:
        """The texts of the tagger's entities that stay within one line, without a leading "the"."""
        return frozenset(_bare(e.text) for e in self.doc.ents if "\n" not in e.text)

    def _owner_part(self, ent: Span, known: set[str]) -> list[Span]:
        """An entity the tagger ran past a possessive as the owner alone, when what follows is an actor the
        article names apart ("Cruz's Iowa director" with "Iowa" a place elsewhere) or a common noun
        ("Keosauqua's county"); a thing named nowhere else stays with its owner, as his ("Hale's Acme scandal" is
        his). An organisation whose own name has a possessive ("Samaritan's Purse") keeps it when a capitalised
        word follows, unless the owner is a person the body names ("Hunter's Burisma" beside "Hunter Vale"), or what
        follows is a person's full name (a known first name, or a surname the tagger calls a person alone elsewhere):
        "Daily Planet's Jane Roe" is the outlet, then its writer."""
        doc = self.doc
        for t in ent[1:-1]:
            if t.lower_ not in ("'s", "’s"):
                continue
            owner = doc[ent.start : t.i].text
            person = any(owner == n or owner in n.split() for n in known)
            owned = {doc[t.i + 1 : ent.end].text, doc[t.i + 1].text}
            named = any(e.text in owned for e in doc.ents if e.start != ent.start)  # the owned thing is an actor too
            if (ent.label_ == "PERSON" and named) or (ent.label_ != "PERSON" and (
                    person or not (doc[t.i + 1].is_alpha and doc[t.i + 1].text[0].isupper()))):
                alone = Counter(e.label_ for e in doc.ents if e.text == owner)  # "Keosauqua" a place elsewhere
                label = "PERSON" if person else max(alone, key=alone.get) if alone else ent.label_
                return [Span(doc, ent.start, t.i, label=label)]
            rest = doc[t.i + 1 : ent.end]
            if ent.label_ != "PERSON" and 2 <= len(rest) <= 3 and all(w.is_alpha and w.is_title for w in rest) and (
                    name_key(rest[0].text) in self.t.genders or rest[-1].text in known):
                # "Daily Planet's Jane Roe": the outlet and its writer, two actors
                return [Span(doc, ent.start, t.i, label=ent.label_), Span(doc, t.i + 1, ent.end, label="PERSON")]
        return [ent]

    def _body_person_names(self) -> set[str]:
        """Texts of the tagger's persons outside headlines: what a headline's name may be cut back to."""
        return {e.text for e in self.doc.ents if e.label_ == "PERSON" and not self.title_case[e.start]}

    def _headline_name(self, ent: Span, known: set[str]) -> list[Span]:
        """In headlines the tagger runs names into verbs and slogans ("Ben Carson Defends", "De Blasio: Trust
        Bratton"): split an entity at a colon or dash (anywhere: no name has one), and, in a title-case line or
        when split, cut each part to the longest run of its words
        that the body names as a person (a name alone, or the last word of one), which becomes a person."""
        doc = self.doc
        if ent.label_ not in ("PERSON", "ORG"):
            return [ent]
        surnames = {n.split()[-1] for n in known}
        parts, s = [], ent.start
        for t in ent:
            if t.text in (":", "—", "–") and t.i > s:
                parts.append((s, t.i))
                s = t.i + 1
        parts.append((s, ent.end))
        if len(parts) == 1 and not self.title_case[ent.start]:
            return [ent]
        out = []
        for ps, pe in parts:
            runs = [(a, b) for a in range(ps, pe) for b in range(pe, a, -1)
                    if doc[a:b].text in known or (b - a == 1 and doc[a].text in surnames)]
            if runs and (ent.label_ == "PERSON" or len(parts) > 1):
                a, b = max(runs, key=lambda r: (r[1] - r[0], -r[0]))
                while a > ps and name_key(doc[a - 1].text) in self.t.genders:
                    a -= 1  # "Mike Pence" in the headline, only "Pence" in the body: the first name stays
                out.append(Span(doc, a, b, label="PERSON"))
                self.name_starts.add(a)  # nor may a first-name rule take the cut-off word back
            elif len(parts) > 1 or (ps, pe) == (ent.start, ent.end):
                out.append(Span(doc, ps, pe, label=ent.label_))
        return out

    def _coordinated_names(self, ent: Span) -> list[Span]:
        """An entity the tagger ran over a coordination ("Xi and Harris", "Ryan, Cruz and Rubio") as its named
        parts, each with the entity's label, when every part is a capitalised name; else the entity itself, as
        is an organisation whose last word alone is an institution's ("Energy and Mining Institute")."""
        doc, parts, start = self.doc, [], ent.start
        for tok in ent:
            if tok.lower_ in ("and", "&", ",") and tok.i > ent.start:
                parts.append((start, tok.i))
                start = tok.i + 1
        if not parts or (ent.label_ == "ORG" and any(t.text == "&" for t in ent)):
            return [ent]  # "Oil & Money", "Procter & Gamble": an ampersand joins one name, lists are written with "and"
        parts.append((start, ent.end))
        if ent.label_ == "ORG" and not all(self._institution_named(e - 1) for _, e in parts if e > 0) and self._institution_named(ent.end - 1):
            return [ent]  # "Energy and Mining Institute": the head word ends one name, not the last of a list
        for s, e in parts:
            words = [t for t in doc[s:e] if not (s == t.i and t.lower_ == "and")]
            if not words or not all(t.is_alpha and t.text[0].isupper() and not self._is_title_token(t.i) for t in words):
                return [ent]
        return [Span(doc, s + (doc[s].lower_ == "and"), e, label=ent.label_) for s, e in parts]

    def _locative(self, s: int) -> bool:
        i = s + 1 if self.doc[s].lower_ == "the" else s
        j = i - 1
        if j >= 0 and self.doc[j].lower_ == "the":
            j -= 1
        return j >= 0 and self.doc[j].lower_ in _LOCATIVE

    def _place_use(self, s: int, e: int) -> bool:
        """A capital used as the place, not the state it stands for: after a locative preposition, a goal of travel
        or conquest ("toured Yerevan", "flew to Ankara", "seize Baku", also as a conjunct: "in Tarrow and Ankara"),
        under a place adjective ("central Tbilisi"), as a dateline ("ANKARA (Reuters) —") or naming where something
        happened ("the Ankara bombing"; not "the Baku regime", "Brussels funding"). A seat of power
        ("in the Kremlin", "at the White House") is the government wherever it stands
        (``extract/lexicons/actor_seats_of_power.txt``, ``actor_place_cues.tsv``)."""
        doc = self.doc
        if re.sub(r"^the ", "", doc[s:e].text.lower()) in word_list("actor_seats_of_power.txt"):
            return False
        if self._locative(s) or self._dateline(s, e):
            return True
        if not self.has_parse:
            return False
        cues, last = _place_cues(), doc[e - 1]
        if any(c.dep_ == "amod" and c.lower_ in cues.get("adjective", ()) for c in last.children):
            return True
        tok = last
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        if tok.dep_ in ("compound", "nmod") and tok.head.i > tok.i and tok.head.lower_ in cues.get("event", ()):
            return True
        verbs = cues.get("verb", ())
        if tok.dep_ == "pobj" and (tok.head.lower_ in _LOCATIVE or (tok.head.lower_ == "to" and tok.head.head.lemma_ in verbs)):
            return True
        return tok.dep_ == "dobj" and tok.head.lemma_ in verbs

    def _dateline(self, s: int, e: int) -> bool:
        """A city in capitals opening a line and followed by a bracket, dash or comma: the dateline says where the
        report was filed ("ANKARA (Reuters) —", "BAKU -")."""
        doc = self.doc
        opens_line = s == 0 or "\n" in doc[s - 1].text or "\n" in doc[s - 1].whitespace_
        return opens_line and all(t.is_upper for t in doc[s:e] if t.is_alpha) and e < self.n and \
            doc[e].text[:1] in ("(", "—", "–", "-", "―", ",")

    def _country_pair(self, s: int, e: int) -> bool:
        """A guess that opens with a country the table knows, joined by a bare hyphen to the next word ("U.S.-Mexico
        border", "U.S.-and-allied forces", one token or three): a compound naming a relation, a border or a side, not
        an actor."""
        doc = self.doc
        glued = re.fullmatch(r"(.+?[\w.])-\w.*", doc[s].text)
        if glued is not None:
            words = (glued.group(1),)
        else:
            k = next((k for k in range(s + 1, e - 1) if doc[k].text == "-" and not doc[k - 1].whitespace_
                      and not doc[k].whitespace_), None)
            words = tuple(self.words[s:k]) if k is not None else ()
        hit = self.t.surfaces.get(words) if words else None
        return hit is not None and hit[1] != "people" and self.t.entries[hit[0]].kind == "country"

    def _filed_from(self, s: int, e: int) -> bool:
        """A dateline in the wire shape: capitals opening a line, then a dash, a bracket or a comma before a
        capitalised word or a number ("HARLOW FALLS, Vt. -", "DUNMORE (AP) —", "KESTERVILLE, Aug. 3"); an acronym
        followed by a comma and lower-case words ("VARDO, a union of ...") is no dateline."""
        doc = self.doc
        if not self._dateline(s, e) or not any(len(t) >= 4 for t in doc[s:e] if t.is_alpha):
            return False
        return doc[e].text != "," or (e + 1 < self.n and (doc[e + 1].text[:1].isupper() or doc[e + 1].is_digit))

    def _demonyms(self) -> None:
        """Demonym adjective + actor noun: the state itself, or an organisation/group actor."""
        if not self.has_parse:
            return
        doc, camps = self.doc, _camp_adjectives()
        for tok in doc:
            name = self.t.adjectives.get(tok.text)
            if name is None and self.owner[tok.i] is None and tok.lower_ in camps:
                self._camp(tok)
                continue
            if name is None or self.owner[tok.i] is not None:
                continue
            head = tok.head
            if tok.dep_ == "conj" and head.text in self.t.adjectives:
                head = head.head
            while head.dep_ == "compound" and head.head.i > head.i and self.t.nouns.get(head.lower_) in (None, "none"):
                head = head.head  # "Azerbaijani drone strikes", parsed as [Azerbaijani drone] strikes: the noun is "strikes"
            if head.i <= tok.i or self.sent_of[head.i] != self.sent_of[tok.i] or head.i - tok.i > 4:
                continue
            noun = head.lower_
            two = f"{doc[head.i - 1].lower_} {noun}"
            cls = self.t.nouns.get(two) or self.t.nouns.get(noun)
            if cls in (None, "none"):
                continue
            if cls == "deed":  # "the Russian invasion": the adjective alone names the state that acts
                self._add(tok.i, tok.i + 1, self._entry_key(name), "demonym")
                continue
            contiguous = all(self.owner[k] is None for k in range(tok.i, head.i + 1)) and all(
                doc[k].text in self.t.adjectives or doc[k].pos_ in ("ADJ", "NOUN", "PROPN") or doc[k].is_quote
                for k in range(tok.i + 1, head.i)
            )
            end = head.i + 1 if contiguous else tok.i + 1
            quotes = sum(doc[k].is_quote for k in range(tok.i, end))
            if contiguous and quotes % 2 and end < self.n and doc[end].is_quote:
                end += 1  # Russian "peacekeepers" keeps its closing quote
            if cls == "state":
                self._add(tok.i, end, self._entry_key(name), "demonym")
            else:
                label = " ".join(t.text for t in doc[tok.i : end] if not t.is_quote) if contiguous else f"{tok.text} {head.text}"
                kind = "organization" if cls == "organization" else "group"
                noun_words = two if two in self.t.nouns else head.lemma_.lower()
                key = "D:" + name + "|" + noun_words
                if key not in self.info:
                    self.info[key] = _Info(label, kind)
                self._add(tok.i, end, key, "demonym")

    def _camp(self, tok: Token) -> None:
        """'Leftist elites', 'the Zionist regime': a political-camp adjective right before an actor noun names a
        group (an organisation for organisation and state nouns) of its own."""
        head = tok.head
        if head.i != tok.i + 1 or tok.dep_ not in ("amod", "compound") or self.owner[head.i] is not None:
            return
        cls = self.t.nouns.get(head.lower_)
        if cls in (None, "none", "deed"):
            return
        kind = "group" if cls == "group" else "organization"
        self._add(tok.i, head.i + 1, self._other_key(kind, f"{tok.text} {head.text}"), "camp")

    def _who_names(self) -> list[tuple[int, int, Optional[str], list]]:
        """Capitalised two- or three-word names NER missed that a 'who' right after marks as people ('Hollywood's
        Adam McKay, who pledged ...', 'the minister, Espen Barth Eide, who said ...')."""
        if not self.has_parse:
            return []
        doc, found = self.doc, []
        for tok in doc:
            if tok.pos_ != "PROPN" or self.title_case[tok.i]:
                continue
            m = self.owner[tok.i]
            if m is not None and not (m.via == "ner" and m.end == tok.i + 1 and self.info[m.key].kind in ("organization", "other")):
                continue  # taken, except by an NER guess of an organisation or place that 'who' corrects
            after = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
            if not (after[:1] == ["who"] or after == [",", "who"]):
                continue  # the parser may hang the 'who' clause on a title before the name: adjacency decides
            start = tok.i
            while start > 0 and tok.i - start < 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == tok.i and self.owner[start - 1] is None:
                start -= 1
            if m is not None:
                start = m.start
            words = doc[start : tok.i + 1]
            if len(words) < 2 or not all(w.is_alpha and w.text[0].isupper() and not w.is_upper for w in words) \
                    or any(w.text in self.t.adjectives or self._is_title_token(w.i) for w in words) \
                    or self._place_named(start, tok.i + 1) or self._institution_named(tok.i) \
                    or words.text.lower() in _us_states()[0]:
                continue  # "activists on Capitol Hill who ...", "chair at Acme College, who ...", "Democrat of
                # New Jersey, who ...": the 'who' is someone else
            if m is not None:  # the NER guess gives way
                self.mentions.remove(m)
                for k in range(m.start, m.end):
                    self.owner[k] = None
            found.append((start, tok.i + 1, None, []))
        return found

    def _titled_names(self) -> list[tuple[int, int, Optional[str], list]]:
        """Two or three capitalised words the tagger left untagged right after a capitalised office title ("Baku
        Mayor Eldar Rustamli"): the title says they name a person."""
        if not self.has_parse:
            return []
        doc, found = self.doc, []
        for start, (stop, role, gender) in self.title_at.items():
            if role == "-" or not doc[start].is_title or self.title_case[start]:
                continue
            end = stop
            while end < self.n and end - stop < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha \
                    and not doc[end].ent_type_ and self.owner[end] is None and end not in self.title_at \
                    and not self._noun_not_name(doc[end]) and doc[end].text not in self.t.adjectives:
                end += 1
            if end - stop >= 2 and (end == self.n or not (doc[end].is_title and doc[end].is_alpha)):
                found.append((stop, end, None, [(role, gender)]))
        return found

    def _persons(self, spans: list[tuple[int, int, Optional[str], list]]) -> None:
        """Cluster person mentions by full name, table identity and surname (rule 6)."""
        doc = self.doc
        full: dict[str, str] = {}  # name_key of full name -> person key
        by_surname: dict[str, list[tuple[int, str, bool]]] = {}  # surname part -> [(token, person key, bare surname?)]
        later: dict[str, str] = {}  # surname part -> first full-name person key anywhere in the doc
        lone_names: dict[str, bool] = {}  # one-word names linked to no one -> seen with a sign of a person

        def surname_parts(words: list[str]) -> list[str]:
            words = bare(words)
            last = name_key(words[-1]) if words else ""
            return [last] + [p for p in last.split("-") if p and p != last and p not in _PARTICLES]

        def bare(words: list[str]) -> list[str]:
            """The name without its generational suffix ("Kessel Jr." is "Kessel")."""
            return words[:-1] if len(words) > 1 and words[-1].lower() in _GENERATIONS else words

        def surname_only(words: list[str]) -> bool:
            """'De la Vega', 'bin Tarek': particles and one word (a capitalised 'Al' alone is a first name)."""
            return len(words) > 1 and all(name_key(w) in _PARTICLES for w in words[:-1]) and not (len(words) == 2 and words[0] in ("Al", "El"))

        def name_words(s: int, e: int) -> list[str]:
            words, buf = [], ""
            for tok in doc[s:e]:
                if tok.text not in ("[", "]"):  # "[Peter] Halvorsen": an editor's insertion is part of the name
                    buf += tok.text
                if (tok.whitespace_ or tok.i == e - 1) and buf:
                    words.append(_GLUED_POSSESSIVE.sub("", buf) or buf)
                    buf = ""
            return words

        def hyphen_end(e: int) -> int:
            while e + 1 < self.n and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ and doc[e + 1].text[:1].isupper() and self.owner[e + 1] is None:
                e += 2  # "Lavrov-Kalantarov": the tokenizer splits hyphenated surnames
            return e

        def first_name_start(s: int, e: int) -> int:
            while s > 0 and s not in self.name_starts and self.owner[s - 1] is None and not self._is_title_token(s - 1):
                prev = doc[s - 1]
                if prev.lower_ in _PARTICLES and prev.whitespace_ == " " and (prev.is_lower or prev.is_sent_start or (s > 1 and doc[s - 2].lower_ in _PARTICLES)):
                    s -= 1  # "Van der Berg": NER kept only "Berg"
                    continue
                if not (prev.is_alpha and prev.text[0].isupper() and prev.whitespace_ == " ") or prev.ent_type_ in ("DATE", "TIME"):
                    break  # "on Wednesday Kyiv said": a day is no first name
                if prev.lower_ in word_list("actor_name_labels.txt"):
                    break  # "Democrat Jane Roe", "Team Doe": a party label or epithet
                compound = prev.dep_ == "compound" and s <= prev.head.i < e and prev.pos_ == "PROPN"
                opened = e - s >= 2 and name_key(doc[s].text) in self.t.genders  # "Lawyer Dana Roe": a first name opens it
                if name_key(prev.text) in self.t.genders or (compound and not opened and not self.title_case[s - 1]):
                    s -= 1  # NER left "Pavel" out of "Pavel Orlovsky"
                else:
                    break
            return s

        spans = [(first_name_start(s, e), hyphen_end(e), name, titles) for s, e, name, titles in spans]
        multi = {" ".join(name_key(w) for w in name_words(s, e)) for s, e, _, _ in spans}
        named = [" ".join(name_key(w) for w in name_words(s, e)) for s, e, _, _ in spans]

        lasts: dict[str, set[str]] = {}  # surname -> full names (two words or more) that end in it
        for full_name in multi:
            name_words_only = bare(full_name.split())
            if len(name_words_only) > 1:
                lasts.setdefault(name_words_only[-1], set()).add(full_name)

        def drop_label(s: int, e: int) -> int:
            """'Vermonter Ann Hale' when 'Ann Hale' is named too: words before a known name that are no first
            names are a label. Before a known surname alone only in a headline, in capitals or as an adjective
            ("Paranoid Putin", "Rival Slams Hale"), since an unknown first name looks the same."""
            words = name_words(s, e)
            own = " ".join(name_key(w) for w in words)
            # "Hunter Biden" named twice (or inside a longer run) is a name, "Scorches Brekke" once is not
            headline = self.title_case[s] and (len(words) > 2 or sum(f" {own} " in f" {n} " for n in named) == 1)
            loud = (doc[s].is_upper and not doc[e - 1].is_upper) or doc[s].pos_ == "ADJ" or headline
            for k in range(1, len(words)):
                if name_key(words[k - 1]) in self.t.genders:
                    return s  # a first name is no label
                rest = bare(words[k:])
                if len(rest) > 1 and (" ".join(name_key(w) for w in rest) in multi or self._match_table_person(rest)) \
                        or len(rest) == 1 and loud and (lasts.get(name_key(rest[0]), set()) - {own} or len(self.t.surnames.get(name_key(rest[0]), ())) == 1):
                    for _ in range(k):
                        while s < e - 1 and not doc[s].whitespace_:
                            s += 1
                        s += 1
                    return s
            return s

        spans = [(drop_label(s, e), e, name, titles) for s, e, name, titles in spans]

        firsts_lasts: dict[tuple[str, str], list[tuple[bool, str]]] = {}  # (formal first, last) -> (has middle?, key)

        def loose(words: list[str]) -> Optional[str]:
            """The one person named with the same first name and surname where one of the two names has no middle
            part ("Jacob Lew" after "Jacob J. Lew", "Jeb Bush" after "John Ellis Bush")."""
            middle = len(words) > 2
            keys = {k for mid, k in firsts_lasts.get((formal_name(words[0]), name_key(words[-1])), ()) if not (mid and middle)}
            return next(iter(keys)) if len(keys) == 1 else None

        def paired(words: list[str]) -> bool:
            """'the Cruz-Rubio feud': a hyphenated word whose parts are the surnames of two different people (or the
            family name a full name opens with, one person's only: 'the Trump-Kim summit' after 'Kim Jong Un')."""
            parts = surname_parts(words)[1:]
            owners = [later.get(p) or (next(iter(firsts[p])) if len(firsts.get(p, ())) == 1 else None) for p in parts]
            return len(parts) > 1 and None not in owners and len(set(owners)) == len(owners)
        # Pass 1: decide every full-name person's key, so surnames can also point forward.
        resolved: list[tuple[int, int, str, list]] = []
        singles: list[tuple[int, int, Optional[str], list]] = []
        initials: dict[str, set[str]] = {}  # initials of a full name ("RFK" for "Robert F. Kennedy Jr.") -> persons
        tails: dict[tuple[str, ...], set[str]] = {}  # the last two words or more of an earlier longer full name -> persons
        for s, e, name, titles in sorted(spans, key=lambda x: x[0]):
            words = name_words(s, e)
            if name is not None and len(words) > 1:
                key = self._entry_key(name)
            elif name is None and len(bare(words)) > 1 and not surname_only(words):
                key = self._match_table_person(words) or full.get(_full_key(words)) or loose(words)
                ends = tails.get(tuple(name_key(w) for w in bare(words)), ())
                if key is None and len(ends) == 1:
                    key = next(iter(ends))  # "Ruiz Ferreyra" after "Juan Carlos Ruiz Ferreyra"
                if key is None:
                    key = self._other_key("person", " ".join(words))
                    self.info[key].gender = self._gender_from(words, titles)
                full.setdefault(_full_key(words), key)
            else:
                singles.append((s, e, name, titles))
                continue
            for part in surname_parts(words):
                later.setdefault(part, key)
            full_words = [name_key(w) for w in bare(words)]
            for k in range(1, len(full_words) - 1):
                tails.setdefault(tuple(full_words[k:]), set()).add(key)
            firsts_lasts.setdefault((formal_name(words[0]), name_key(words[-1])), []).append((len(words) > 2, key))
            if len(bare(words)) >= 2:
                initials.setdefault("".join(w[0] for w in bare(words)).upper(), set()).add(key)
            resolved.append((s, e, key, titles))
        for name in {n for _, _, n, _ in singles if n}:
            for part in surname_parts(_split_words(self.t.entries[name].name)[-1:]):
                later.setdefault(part, self._entry_key(name))
        firsts: dict[str, set[str]] = {}  # first name -> full-name persons who have it
        for s, e, key, _ in resolved:
            for first in {name_key(name_words(s, e)[0]), formal_name(name_words(s, e)[0])}:
                firsts.setdefault(first, set()).add(key)
        for name in {n for _, _, n, _ in singles if n and self.t.entries[n].kind == "person"}:
            first = _split_words(self.t.entries[name].name)[0]  # "Hillary" beside the table's "Clinton" alone
            for word in {name_key(first), formal_name(first)}:
                firsts.setdefault(word, set()).add(self._entry_key(name))
        # Pass 2: in text order, surname-only mentions join the latest earlier person.
        events = [(s, e, key, titles, True) for s, e, key, titles in resolved] + [(s, e, name, titles, False) for s, e, name, titles in singles]
        events.sort(key=lambda x: x[0])
        for s, e, key_or_name, titles, is_full in events:
            words = name_words(s, e)
            if is_full:
                key = key_or_name
            else:
                key = None
                if paired(words):
                    continue
                honorific = self._honorific_gender(s, titles)
                for part in surname_parts(words):
                    fits = [(k, bare) for _, k, bare in by_surname.get(part, ()) if not self._gender_clash(k, honorific)]
                    if fits:
                        key = _principal(fits)
                        break
                if key is None:
                    key = self._entry_key(key_or_name) if key_or_name else next(
                        (later[p] for p in surname_parts(words) if p in later), None
                    )
                short = bare(words)[0] if len(bare(words)) == 1 else ""
                if key is None and 2 <= len(short) <= 4 and short.isupper() and len(initials.get(short, ())) == 1:
                    key = next(iter(initials[short]))  # "RFK Jr." after "Robert F. Kennedy Jr."
                for first in (name_key(words[0]), formal_name(words[0])):
                    if key is None and len(firsts.get(first, ())) == 1:
                        key = next(iter(firsts[first]))  # "Donald" after "Donald Trump", "Chuck" after "Charles X"
                if key is None and len(self.t.surnames.get(surname_parts(words)[0], ())) == 1:
                    key = self._entry_key(self.t.surnames[surname_parts(words)[0]][0])  # "Putin" in a headline
                if key is not None and self._gender_clash(key, honorific):
                    key = None  # "Mr. Clinton" is not the table's (or the article's) Mrs. Clinton
                if key is None:
                    key = self._other_key("person", " ".join(words))
                    self.info[key].gender = honorific or self._gender_from(words, titles)
                    if len(words) == 1:
                        lone_names.setdefault(key, False)
                if key in lone_names and (titles or honorific or self._is_title_token(s - 1) or self._person_evidence(s, e)):
                    lone_names[key] = True
                if honorific and self.info[key].gender is None:
                    self.info[key].gender = honorific  # "Ms. Kovel" after "Marta Kovel": now she is known
            for role, gender in titles:
                info = self.info[key]
                if gender and info.gender is None:
                    info.gender = gender
                if role != "-":
                    self._append_role(info, role, frozenset())
            if self._add(s, e, key, "table" if key.startswith("T:") else "ner") is None:
                continue
            for part in surname_parts(words):
                by_surname.setdefault(part, []).append((s, key, not is_full))
        demoted: dict[str, str] = {}  # the word of a demoted one-word name -> its key, to link its untagged repeats
        for key, evidenced in lone_names.items():
            if evidenced or self.info[key].gender is not None or name_key(self.info[key].name) in _one_name_persons():
                continue
            # "Absolut", "Bermuda": one word the tagger guessed a person, with no sign of one; where it guessed a
            # place or organisation for the same word elsewhere, that is the actor
            name = self.info[key].name
            twin = next((m.key for m in self.mentions if m.key != key and m.via == "ner" and self.info[m.key].kind != "person"
                         and doc[m.start : m.end].text == name), None)
            own = [m for m in self.mentions if m.key == key]
            if twin is None and all(doc[m.start].is_sent_start for m in own) \
                    and not any(t.text == name and not t.is_sent_start for t in doc):
                # "Counter to his record, ...", "Gender roles ...": capitalised only because it opens a sentence
                self.mentions = [m for m in self.mentions if m.key != key]
                for m in own:
                    for i in range(m.start, m.end):
                        self.owner[i] = None
                continue
            if twin is None:
                self.info[key].kind = "other"
            else:
                for m in self.mentions:
                    if m.key == key:
                        m.key = twin
            demoted[name] = twin or key
        # Surnames the NER missed or mislabelled ("Lavrov-Kalantarov" as ORG, "Naryshkin" untagged).
        known = {}
        for m in self.mentions:
            if self.info[m.key].kind == "person":
                for part in surname_parts(name_words(m.start, m.end)):
                    known.setdefault(part, m.key)

        def latest(parts: list[str], before: int) -> str:
            """The principal person with this surname mentioned before token ``before`` (else the first one)."""
            for part in parts:
                seen = by_surname.get(part, [])
                earlier = [(k, bare) for s, k, bare in seen if s < before]
                if earlier:
                    return _principal(earlier)
            return next(known[p] for p in parts if p in known)

        def sibling(words: list[str], key: str) -> str:
            """A surname the tagger missed, with a first name before it: the person so named in full, else, when the
            surname's person has another first name ("German Ortega" beside "Freddy Ortega"), a relative of
            theirs, a person of their own."""
            own = full.get(_full_key(words)) or loose(words)
            if own is not None:
                return own
            known_words = self.info[key].name.split()
            if len(known_words) < 2 or formal_name(known_words[0]) == formal_name(words[0]) \
                    or [name_key(w) for w in known_words[-len(words):]] == [name_key(w) for w in words]:
                return key  # the same first name, or the end of the full name ("Vargas Llosa")
            key = self._other_key("person", " ".join(words))
            full.setdefault(_full_key(words), key)
            if self.info[key].gender is None:
                self.info[key].gender = self._gender_from(words, [])
            return key

        for m in sorted(self.mentions, key=lambda m: m.start):
            if self.info[m.key].kind in ("person",) or m.via not in ("ner",):
                continue
            words = name_words(m.start, m.end)
            if len(words) == 1 and surname_parts(words)[0] in known and not paired(words):
                m.key = latest(surname_parts(words), m.start)
                m.via = "surname"
                for part in surname_parts(words):
                    bisect.insort(by_surname.setdefault(part, []), (m.start, m.key, True))
        for tok in doc:
            if self.owner[tok.i] is None and tok.text in demoted:
                self._add(tok.i, tok.i + 1, demoted[tok.text], "ner")
                continue
            if self.owner[tok.i] is None and tok.i not in self.blocked and (tok.pos_ == "PROPN" or self.all_caps[tok.i] and tok.is_alpha) and tok.text[:1].isupper():
                if tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_ \
                        and doc[tok.i - 2].text[:1].isupper():
                    continue  # the second part of a hyphenated name: the whole decides
                s, e = tok.i, hyphen_end(tok.i + 1)
                parts = surname_parts(name_words(s, e))
                if any(p in known for p in parts) and all(self.owner[k] is None for k in range(s, e)) and not paired(name_words(s, e)):
                    s = first_name_start(s, e)
                    key = latest(parts, s)
                    words = name_words(s, e)
                    if len(words) > 1 and not surname_only(words):
                        key = sibling(words, key)
                    if self._add(s, e, key, "surname") is not None:
                        for part in parts:
                            bisect.insort(by_surname.setdefault(part, []), (s, key, True))

    def _person_evidence(self, s: int, e: int) -> bool:
        """A sign that the name at tokens [s, e) is a person's, for a one-word name the tagger alone calls one: it
        is a known first name, is listed with people, says or thinks something ("Hale said"), a 'who' clause or an
        age ("Hale, 24,") follows, or the next he/she takes it up."""
        doc = self.doc
        if name_key(doc[s].text) in self.t.genders:
            return True
        if e < self.n and (doc[e].lower_ == "who" or (doc[e].text == "," and e + 1 < self.n and doc[e + 1].lower_ == "who")):
            return True
        if self._age_after(e):
            return True  # "Hale, 24, is accused"
        head = doc[e - 1]
        if not self.has_parse:
            return False
        if any(t.ent_type_ == "PERSON" and not s <= t.i < e and (t.ent_iob_ == "I" or t.i + 1 < self.n and doc[t.i + 1].ent_iob_ == "I"
                                                                  or name_key(t.text) in self.t.surnames)
               for t in [head.head] * (head.dep_ == "conj") + [c for c in head.children if c.dep_ == "conj"]):
            return True  # "Brezhnev, Olof Palme and Jane Goodall": listed with people named in full or known ("Kharkiv
            # and Mykolaiv", two towns the tagger calls persons, vouch for nothing)
        if self._beside_person_noun(e) or self._namesake_modifier(e):
            return True
        if self._speaks(e):
            return True
        # a he/she that takes the name up before anyone else is named: for a subject in this sentence or the next
        # ("Hale resigned. He ..."), for a direct object in this sentence ("She attacked Hale, asking whether he
        # ..."); a name after a preposition or modifying a noun ("taught at Bucknell", "his Gmail inbox") never
        if head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        reach = self.sent_of[e - 1] + (2 if head.dep_ in ("nsubj", "nsubjpass") else 1)
        for tok in doc[e : self.sent_starts[reach] if reach < len(self.sent_starts) else self.n]:
            if tok.ent_type_ == "PERSON":
                return False
            if tok.lower_ in ("he", "she"):
                return True
        return False

    def _noun_modified(self, tok: Token, end: int) -> Optional[Token]:
        """The noun at or after token ``end`` that ``tok`` (a name's last word) modifies ("the Hale administration"),
        or None."""
        if not self.has_parse or tok.dep_ not in ("compound", "nmod", "amod"):
            return None
        return tok.head if tok.head.i >= end and tok.head.pos_ in ("NOUN", "PROPN") else None

    def _namesake_modifier(self, e: int) -> bool:
        """The name ending at token ``e`` (or the list it ends: "the X, Y and Z eras") modifies a noun for a person's
        office, staff or deeds ("the Hale administration", "a Hale aide", ``actor_namesake_nouns.txt``)."""
        tok = self.doc[e - 1]
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head
        noun = self._noun_modified(tok, e)
        return noun is not None and noun.lemma_.lower() in word_list("actor_namesake_nouns.txt")

    def _modifier_mention(self, m: _Mention) -> bool:
        """A name that modifies a noun ("the Hale administration", "a Hale aide"): it names the person but is no
        antecedent for a he/she, who is someone acting in the sentence."""
        return self._noun_modified(self.doc[m.end - 1], m.end) is not None

    def _beside_person_noun(self, e: int) -> bool:
        """The name ending at token ``e`` is in apposition to a noun that names a person ("their son, Humayun")."""
        if not self.has_parse:
            return False
        head = self.doc[e - 1]
        nouns = word_list("actor_person_nouns.txt")
        pair = [head.head] if head.dep_ == "appos" else []
        return any(t.lemma_.lower() in nouns and t.pos_ == "NOUN" for t in pair + [c for c in head.children if c.dep_ == "appos"])

    def _honorific_gender(self, s: int, titles: list) -> Optional[str]:
        """The gender an honorific right before token ``s`` (or stripped off the name) gives: Mr. m, Mrs./Ms. f."""
        for role, gender in titles:
            if role == "-" and gender:
                return gender
        if s > 0:  # the tokenizer keeps "Mr." whole, the title table splits it: compare without the dot
            role, gender = self.t.titles.get((self.doc[s - 1].lower_.rstrip("."),), (None, None))
            if role == "-" and gender:
                return gender
        return None

    def _gender_clash(self, key: str, gender: Optional[str]) -> bool:
        known = self.info[key].gender if key in self.info else None
        return gender is not None and known is not None and known != gender

    def _match_table_person(self, words: list[str]) -> Optional[str]:
        """A table person with the same first name and a matching surname part, if any."""
        first = formal_name(words[0])
        last = name_key(words[-1])
        for part in [last, *last.split("-")]:
            for name in self.t.surnames.get(part, ()):
                table_first = formal_name(_split_words(name)[0])
                if table_first == first:
                    return self._entry_key(name)
        return None

    def _gender_from(self, words: list[str], titles: list) -> Optional[str]:
        for _, gender in titles:
            if gender:
                return gender
        if len(words) < 2:
            return None
        first = name_key(words[0])
        return self.t.genders.get(first) or self.t.genders.get(first.split("-")[0])  # "Eva-Maria"

    def _acronyms(self) -> None:
        """'Name (ACR)': the acronym becomes an alias of Name for the whole article (rule 5)."""
        doc = self.doc
        learnt: dict[str, str] = {}
        ends = {m.end: m for m in self.mentions if self.info[m.key].kind != "person"}
        for m in list(self.mentions):
            e = m.end
            if self.info[m.key].kind == "person" or e + 2 >= self.n:
                continue
            acr = doc[e + 1]
            if doc[e].text == "(" and doc[e + 2].text == ")" and acr.is_alpha and acr.is_upper and 2 <= len(acr.text) <= 6:
                if m.start > 1 and doc[m.start - 1].is_lower and doc[m.start - 2].text[:1].isupper() \
                        and acr.text[0] != doc[m.start].text[:1].upper():
                    # "Citizens for Ethics in Westport (CEW)": the acronym names the whole, not its last place
                    m = ends.get(m.start - 1)
                    if m is None or acr.text[0] != doc[m.start].text[:1].upper():
                        continue
                known = self.t.surfaces.get((acr.text,))
                if known and m.key != "T:" + known[0]:
                    continue  # "NEW YORK (AP)": a dateline's agency, which the table knows, is no name of the place
                learnt.setdefault(acr.text, m.key)
        self._initialisms(learnt)
        if not learnt:
            return
        for m in self.mentions:
            if m.via in ("ner", "table") and self.info[m.key].kind != "person":
                text = doc[m.start : m.end].text
                if text in learnt and learnt[text] != m.key and m.end - m.start == 1:
                    m.key, m.via = learnt[text], "acronym"
        for tok in doc:
            if tok.text in learnt and self.owner[tok.i] is None:
                self._add(tok.i, tok.i + 1, learnt[tok.text], "acronym")

    def _initialisms(self, learnt: dict[str, str]) -> None:
        """An acronym the tagger found on its own ("FSA", "W.T.O.") spelling the initials of exactly one organisation
        named in full in the article ("Free Syrian Army") is that organisation: learnt like 'Name (ACR)'. Dotted
        initials ("L.A.", "B.C.") do the same for a place ("Los Angeles", "British Columbia")."""
        doc = self.doc
        by_initials: dict[str, set[str]] = {}
        for m in self.mentions:
            kind = self.info[m.key].kind
            if kind in ("organization", "other") and m.end - m.start > 1:
                words = [t.text for t in doc[m.start : m.end] if t.text[:1].isupper() and t.is_alpha]
                if len(words) > 1 and all(t.is_punct or t.text in ("'s", "’s") or t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the", "on")
                                          for t in doc[m.start : m.end]):
                    by_initials.setdefault("".join(w[0] for w in words), set()).add(m.key)
        for m in self.mentions:
            text = doc[m.start : m.end].text
            letters = text.replace(".", "")
            if m.via != "ner" or self.info[m.key].kind == "person" or not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
                continue
            keys = {k for k in by_initials.get(letters, set()) - {m.key} if letters != text or self.info[k].kind != "other"}
            if len(keys) == 1 and text not in learnt:
                learnt[text] = keys.pop()

    def _short_org_names(self) -> None:
        """'the Foreign Ministry' after 'the Russian Foreign Ministry': a shorter name joins the longer one (an
        earlier one, else the one later name it is the tail of: "Senate" before "the U.S. Senate"); a one-word name
        that opens exactly one longer name joins it ("Fox" and "Fox News") unless the rest is itself an
        organisation ("Senate" and "Senate Ethics Committee")."""
        by_suffix: dict[tuple[str, ...], str] = {}  # proper word suffix of an earlier organisation -> its key
        firsts: dict[str, set[str]] = {}  # first word of a longer organisation name -> keys
        opens: dict[str, set[str]] = {}  # first word of a longer name whose other words are no organisation noun
        later: dict[tuple[str, ...], set[str]] = defaultdict(set)  # proper word suffix of any organisation -> keys
        tails: dict[tuple[str, ...], set[str]] = defaultdict(set)  # the same without whole names
        for m in self.mentions:
            if self.info[m.key].kind == "organization" and m.end - m.start > 1:
                words = [t.lower_ for t in self.doc[m.start : m.end] if not t.is_punct and t.lower_ != "the"]
                firsts.setdefault(self.doc[m.start].lower_, set()).add(m.key)
                if len(words) > 1 and not any(self.t.nouns.get(w) == "organization" for w in words[1:]):
                    opens.setdefault(words[0], set()).add(m.key)
                for k in range(len(words)):  # the whole name too: "Senate" and the table's "the Senate"
                    later[tuple(words[k:])].add(m.key)
                    if k:
                        tails[tuple(words[k:])].add(m.key)
        for m in sorted(self.mentions, key=lambda m: m.start):
            if self.info[m.key].kind != "organization":
                continue
            words = tuple(t.lower_ for t in self.doc[m.start : m.end] if not t.is_punct)
            if m.key.startswith("O:") and len(words) == 1 and len(opens.get(words[0], ())) == 1 and m.key not in opens[words[0]]:
                m.key, m.via = next(iter(opens[words[0]])), "short"
                continue
            if m.key.startswith("O:") and words not in by_suffix and len(later.get(words, ())) == 1 and m.key not in later[words]:
                m.key, m.via = next(iter(later[words])), "short"
                continue
            # the same when the short name recurs on its own ("Supreme Court" before "the U.S. Supreme Court", then
            # "Supreme Court" again): one longer name ends with it, and no other organisation has just these words
            tail = tails.get(words, set())
            if m.key.startswith("O:") and words not in by_suffix and len(tail) == 1 and m.key not in tail \
                    and later[words] - {m.key} == tail:
                m.key, m.via = next(iter(tail)), "short"
                continue
            # "the Fed" is the Federal Reserve, not the "San Francisco Fed" named before it: a clipped first word
            # of exactly one longer name wins over the suffix rule
            clipped = {k for first, keys in firsts.items() if len(words) == 1 and len(words[0]) >= 3
                       and first != words[0] and first.startswith(words[0]) for k in keys}
            if len(clipped) > 1:  # "Federal Reserve" and "Federal Reserve Board": the name the others extend
                names = {k: self.info[k].name.lower().split() for k in clipped}
                clipped = {k for k, n in names.items() if all(o[: len(n)] == n for o in names.values())}
            if m.key.startswith("O:") and len(clipped) == 1 and m.key not in clipped:
                m.key, m.via = clipped.pop(), "short"
                continue
            if m.key.startswith("O:") and words in by_suffix and by_suffix[words] != m.key:
                m.key, m.via = by_suffix[words], "short"
                continue
            for k in range(1, len(words)):
                by_suffix[words[k:]] = m.key

    def _same_names(self) -> None:
        """One name is one actor: the tagger may call "Varnian Embassy" an organisation in one sentence and a place in
        the next, and a lower-case "Labour party" is the table's "Labour Party". Non-person actors whose names
        differ at most in case or a web address's ending ("Varnlight.com") join: the table's entry if one of them is,
        else the one of the kind the name's last word gives ("Embassy": an organisation), else the name without a web
        ending, then the one named most (on a tie the place: a town the tagger once calls an organisation is likelier
        than the reverse, else the first named). A person guess of two or more words with no sign of a person (no known first name, gender or role)
        joins a same-named non-person: the tagger's "Ansar al-Sharia" is the armed group the article also calls by
        that name."""
        order = Counter(m.key for m in sorted(self.mentions, key=lambda m: m.start))
        groups: dict[str, list[str]] = defaultdict(list)
        for key in order:
            if self.info[key].kind != "person" or self._unsigned_person(key):
                groups[_WEB_SUFFIX.sub("", " ".join(self.info[key].name.lower().split()))].append(key)
        target: dict[str, str] = {}
        for name, keys in groups.items():
            keys = [k for k in keys if self.info[k].kind != "person"] + [k for k in keys if self.info[k].kind == "person"]
            if len(keys) < 2 or self.info[keys[0]].kind == "person":
                continue
            head = name.split()[-1]
            kind = "organization" if self.t.nouns.get(head) == "organization" else \
                {"organization": "organization", "place": "other", "landmark": "other"}.get(_name_heads().get(head, ""))
            best = next((k for k in keys if k.startswith("T:")), None) or \
                next((k for k in keys if self.info[k].kind == kind), None) or \
                max((k for k in keys if self.info[k].kind != "person"),
                    key=lambda k: (not _WEB_SUFFIX.search(self.info[k].name.lower()), order[k], self.info[k].kind == "other"))
            target.update((k, best) for k in keys if k != best)
        for m in self.mentions:
            m.key = target.get(m.key, m.key)

    def _misspelt_surnames(self) -> None:
        """A lone capitalised word one letter off the surname of exactly one person the article names in full
        ("Varnel" beside "Jana Varnell", "Kovalenco" beside "Nadia Kovalenko") is that person misspelt, not a new
        actor: no table name, known first name, or plural ("Holmers" beside "Ida Holmer"). Each word is looked up by
        its one-letter deletions, so the check stays linear in the article."""
        def cuts(word: str) -> set[str]:
            return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}

        by_cut: dict[str, set[str]] = defaultdict(set)
        surnames: dict[str, str] = {}
        for key, info in self.info.items():
            words = info.name.split()
            if info.kind == "person" and len(words) >= 2 and len(words[-1]) >= 5 and words[-1].isalpha():
                surnames[key] = words[-1].lower()
                for cut in cuts(surnames[key]):
                    by_cut[cut].add(key)
        if not surnames:
            return
        target: dict[str, str] = {}
        for key, info in self.info.items():
            word = info.name
            if key.startswith("T:") or info.kind in ("group", "country") or " " in word \
                    or not (word.isalpha() and word.istitle() and len(word) >= 5) or name_key(word) in self.t.genders:
                continue
            low = word.lower()
            near = {k for cut in cuts(low) for k in by_cut.get(cut, ()) if _one_letter_off(low, surnames[k])}
            if len(near) == 1:
                target[key] = near.pop()
        for m in self.mentions:
            if m.key in target:
                m.key, m.via = target[m.key], "surname"

    def _unsigned_person(self, key: str) -> bool:
        """An article person of two or more words with nothing that marks a person: no known first name or surname
        particle ("Van Varnell"), no gender from a title or honorific, no role."""
        info, words = self.info[key], self.info[key].name.split()
        return key.startswith("P:") and len(words) >= 2 and name_key(words[0]) not in self.t.genders \
            and words[0].lower() not in _PARTICLES and info.gender is None and not info.roles

    def _handles(self) -> None:
        """A social-media handle spelling a person's full name ("@JaneRoe" beside "Jane Roe") is that person."""
        people: dict[str, str] = {}
        for m in self.mentions:
            if self.info[m.key].kind == "person" and m.via in ("ner", "table") and m.end - m.start >= 2:
                people.setdefault(_handle_letters(self.doc[m.start : m.end].text), m.key)
        for m in self.mentions:
            text = self.doc[max(0, m.start - 1) : m.end].text  # the tagger's "@" may have been stripped as punctuation
            text = text[text.index("@"):] if "@" in text else ""
            if text and people.get(_handle_letters(text)) not in (None, m.key):
                m.key, m.via = people[_handle_letters(text)], "surname"

    # ---------------------------------------------------------------- roles (rule 7)

    def _np_token(self, i: int) -> bool:
        tok = self.doc[i]
        if tok.text in _NP_FUNCTION:
            return True
        return tok.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") and not tok.is_space

    def _owner_kind(self, i: int) -> Optional[str]:
        m = self.owner[i]
        return self.info[m.key].kind if m is not None else None

    def _keys(self, start: int, end: int) -> frozenset:
        """The organisation words and actor keys of a role phrase ("SVR" -> svr, @T:...SVR's key)."""
        keys: set[str] = set()
        for alternatives in self._query(start, end):
            keys |= alternatives
        return frozenset(keys)

    def _query(self, start: int, end: int) -> list[frozenset]:
        """Per content token, the keys that would satisfy it: its word, and its actor if known."""
        out = []
        for i in range(start, end):
            tok = self.doc[i]
            if self._is_title_token(i) or tok.text in _NP_FUNCTION or tok.is_punct or tok.is_stop or tok.is_space:
                continue
            alternatives = {tok.lower_}
            owner = self.owner[i]
            if owner is not None and self.info[owner.key].kind != "person":
                alternatives.add("@" + owner.key)
            elif tok.text in self.t.adjectives:
                alternatives.add("@T:" + self.t.adjectives[tok.text])
            out.append(frozenset(alternatives))
        return out

    def _pick_title(self, start: int, end: int) -> Optional[tuple[int, int, str]]:
        """The role title heading a phrase: the first title not followed by a possessive."""
        for i in range(start, end):
            if i in self.title_at:
                stop, role, _ = self.title_at[i]
                if role == "-" or stop > end:
                    continue
                if stop < self.n and self.doc[stop].text in ("'s", "’s"):
                    continue
                return i, stop, role
        return None

    def _learn_roles(self) -> None:
        """Appositives before/after a person name and 'who heads ...' clauses give roles."""
        doc = self.doc
        for m in list(self.mentions):
            info = self.info[m.key]
            if info.kind != "person" or m.via == "pronoun":
                continue
            sent = self.sent_of[m.start]
            # before the name: "the director of the ... (SVR) Sergei Naryshkin"
            k = m.start - 1
            while k >= 0 and m.start - k <= _ROLE_WINDOW and self.sent_of[k] == sent and self._np_token(k) and self._owner_kind(k) != "person":
                k -= 1
            region = (k + 1, m.start)
            title = self._pick_title(*region)
            while title is None and region[0] < region[1] and doc[region[0]].text in _NP_FUNCTION:
                region = (region[0] + 1, region[1])
            if title:
                self._give_role(m.key, title, region)
            # after the name: "Jan Novak, Director of the Second Department ..."
            e = m.end
            if e + 1 < self.n and doc[e].text == "," and self.sent_of[e + 1] == sent:
                if doc[e + 1].lower_ == "who" and e + 2 < self.n and doc[e + 2].lemma_.lower() in _HEAD_VERBS:
                    k = e + 3
                    while k < self.n and k - e <= _ROLE_WINDOW and self.sent_of[k] == sent and self._np_token(k) and self._owner_kind(k) != "person":
                        k += 1
                    if k > e + 3:
                        self._append_role(info, "head", self._keys(e + 3, k))
                        for i in range(e + 3, k):
                            self.appositive[i] = True
                    continue
                k = e + 1
                while k < self.n and k - e <= _ROLE_WINDOW and self.sent_of[k] == sent and (self._np_token(k) or doc[k].lower_ == "and") and self._owner_kind(k) != "person":
                    k += 1
                title = self._pick_title(e + 1, min(k, e + 6))
                if title:
                    self._give_role(m.key, title, (e + 1, k))
        # Table persons carry their known roles ("Putin": president of Russia), marked _TABLE_ROLE:
        # holders change over time, so these serve only phrases naming the organisation
        # ("the Russian president"), never a bare "the president".
        for key, info in list(self.info.items()):
            if key.startswith("T:") and info.kind == "person":
                entry = self.t.entries[key[2:]]
                org = frozenset({_TABLE_ROLE} | ({"@" + self._entry_key(entry.of)} if entry.of in self.t.entries else set()))
                for role in entry.roles:
                    words = tuple(w.lower() for w in _split_words(role))
                    if words in self.t.titles and self.t.titles[words][0] != "-":
                        self._append_role(info, self.t.titles[words][0], org)

    @staticmethod
    def _append_role(info: _Info, role: str, keys: frozenset) -> None:
        if (role, keys) not in info.roles:
            info.roles.append((role, keys))

    def _give_role(self, key: str, title: tuple[int, int, str], region: tuple[int, int]) -> None:
        start, stop, role = title
        self._append_role(self.info[key], role, self._keys(region[0], region[1]))
        _, gender = self.t.titles[tuple(t.lower_ for t in self.doc[start:stop])]
        if gender and self.info[key].gender is None:
            self.info[key].gender = gender
        for i in range(region[0], region[1]):
            self.appositive[i] = True

    def _role_phrases(self) -> None:
        """Definite role phrases ("the SVR head") become mentions of the matching person."""
        doc = self.doc
        first_seen: dict[str, int] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            first_seen.setdefault(m.key, m.start)
        holders = [(key, info) for key, info in self.info.items() if info.kind == "person" and info.roles]
        if not holders:
            return
        for start, (stop, role, _) in sorted(self.title_at.items()):
            if role == "-" or role in _TEACHING_ONLY or self.appositive[start] or self.owner[start] is not None:
                continue
            if doc[stop - 1].pos_ not in ("NOUN", "PROPN") or (stop < self.n and self._owner_kind(stop) == "person"):
                continue
            if stop < self.n and doc[stop].pos_ == "NOUN" and doc[stop - 1].dep_ == "compound" and stop not in self.title_at:
                continue  # "the Republican front-runner mantle": the role modifies a thing (not "the despot leader")
            sent = self.sent_of[start]
            k = start - 1
            while k >= 0 and start - k <= 6 and self.sent_of[k] == sent and self._np_token(k) and doc[k].text not in ("of", "for", "(", ")") and self._owner_kind(k) != "person":
                k -= 1
            dets = [i for i in range(k + 1, start) if doc[i].lower_ == "the"]
            if dets:
                left = dets[-1]  # "the SVR head", "the country's president"
            elif any(doc[i].text in ("'s", "’s") for i in range(k + 1, start)):
                left = k + 1  # "Russia's president"
            else:
                continue  # a bare title ("ascension to Prime Minister") refers to no one
            right = stop
            while right + 1 < self.n and doc[right].lower_ in ("of", "for") and self.sent_of[right] == sent:
                if right == stop and self._verb_takes_of(left):
                    break  # "accused the Republican candidate of lying": the verb's "of", not the role's
                k = right + 1
                while k < self.n and k - stop <= _ROLE_WINDOW and self.sent_of[k] == sent and self._np_token(k) and doc[k].lower_ not in ("of", "for") and self._owner_kind(k) != "person":
                    k += 1
                if k == right + 1:
                    break
                right = k
            query = self._query(left, start) + self._query(stop, right)
            covered = _role_covers().get(role, frozenset())
            best, best_score, wider = None, None, set()
            for key, info in holders:
                if first_seen.get(key, self.n) >= start:
                    continue
                for r, keys in info.roles:
                    if (r != role and r not in covered) or not all(alternatives & keys for alternatives in query):
                        continue
                    if not query and _TABLE_ROLE in keys and role not in _EPITHET_ROLES:
                        continue
                    if r != role:
                        wider.add(key)  # "the Russian leader" for a president: only when he is the one such holder
                        continue
                    score = (-len(keys), first_seen[key])
                    if best_score is None or score > best_score:
                        best, best_score = key, score
            if best is None and len(wider) == 1:
                best = next(iter(wider))
            if best is None:
                continue
            if not query:
                # a bare "the president" only for specific titles, and when exactly one person holds it
                if role not in self.t.alone:
                    continue
                holding = [k2 for k2, info in holders if first_seen.get(k2, self.n) < start and any((r == role or r in covered) and (_TABLE_ROLE not in keys or role in _EPITHET_ROLES) for r, keys in info.roles)]
                if len(holding) != 1:
                    continue
            self._add(left, right, best, "role", force=True)
            for i in range(left, right):
                if self.owner[i] is None:
                    self.owner[i] = self.mentions[-1]

    def _verb_takes_of(self, left: int) -> bool:
        """The role phrase at ``left`` is the object of a verb with an "of" of its own ("accused ... of")."""
        k = left - 1
        while k >= 0 and self.doc[k].is_space:
            k -= 1
        return k >= 0 and self.doc[k].pos_ == "VERB" and self.doc[k].lemma_.lower() in word_list("actor_of_object_verbs.txt")

    def _org_anaphors(self) -> None:
        """"the company", "the group" (``extract/lexicons/actor_anaphors.tsv``) after an organisation named in the
        same or the previous two sentences is that organisation: one whose name ends in the noun ("the foundation"
        for "the Varna Foundation", within six sentences), else the nearest that is no source ("according to X"), no
        modifier ("a Varnhold analyst") and no "of" complement ("the chair of the X Committee"). The same phrase
        again within reach means the same thing, found or not. Not: a phrase a name follows ("the firm Varnhold",
        NER's), someone new ("the new company"), a set of members ("donors in the group"), or one repeating an
        indefinite phrase with its noun in between ("a group of donors ... the group")."""
        if not self.has_parse:
            return
        doc, words = self.doc, _anaphor_words()
        orgs = sorted((m for m in self.mentions if self.info[m.key].kind == "organization" and self._salient_org(m)),
                      key=lambda m: m.start)
        starts = [m.start for m in orgs]
        last: dict[str, tuple[int, Optional[str]]] = {}  # noun -> (sentence, actor key or None) of its last phrase
        for tok in doc:
            noun = tok.lower_
            if noun not in words["noun"] or tok.tag_ != "NN" or self.owner[tok.i] is not None or tok.dep_ == "compound":
                continue
            after = doc[tok.i + 1] if tok.i + 1 < self.n else None
            if after is not None and (after.lower_ == "of" or after.pos_ == "PROPN"
                                      or (after.text == "," and tok.i + 2 < self.n and doc[tok.i + 2].pos_ == "PROPN")):
                continue  # "the group of rabbis", "the law firm Varnhold", "the paper, The Varna Post"
            if any(c.dep_ == "appos" for c in tok.children) or tok.head.lemma_.lower() in words["member"]:
                continue  # "the organization I founded, X"; "donors in the group", "joined the group"
            left = tok.i - 1
            while left >= 0 and tok.i - left <= 3 and doc[left].is_lower and doc[left].pos_ in ("ADJ", "NOUN") \
                    and doc[left].head.i == tok.i and self.owner[left] is None:
                left -= 1
            if left < 0 or doc[left].lower_ != "the" or doc[left].head.i != tok.i \
                    or any(doc[i].lower_ in words["modifier"] or doc[i].ent_type_ == "ORDINAL" for i in range(left + 1, tok.i)):
                continue
            sent, key = self.sent_of[tok.i], None
            k = bisect.bisect_left(starts, left) - 1
            named = next((m for m in reversed(orgs[max(0, k - 30):k + 1]) if m.end <= left and doc[m.end - 1].lower_ == noun
                          and sent - self.sent_of[m.start] <= _PRONOUN_SENTENCES), None)
            if noun in last and sent - last[noun][0] <= _ANAPHOR_SENTENCES:
                key = last[noun][1]
            elif named is not None:
                key = named.key
            elif k >= 0 and orgs[k].end <= left and sent - self.sent_of[orgs[k].start] <= _ANAPHOR_SENTENCES \
                    and not any(doc[i].lemma_.lower() == tok.lemma_.lower() and doc[i].dep_ != "appos"
                                for i in range(orgs[k].end, left)):
                key = orgs[k].key
            last[noun] = (sent, key)
            if key is not None:
                self._add(left, tok.i + 1, key, "anaphor")

    def _salient_org(self, m: _Mention) -> bool:
        """An organisation mention a later "the company" may stand for: not a source ("according to X"), not a
        modifier of another noun ("a University of Varna professor") and not the complement of "of"."""
        if m.via == "anaphor" or self._source_cued(m.end):
            return False
        root = self.doc[m.start:m.end].root
        if root.dep_ in ("compound", "nmod", "amod", "poss") and root.head.i >= m.end and root.head.pos_ in ("NOUN", "PROPN"):
            return root.dep_ == "poss"  # "X's members" keeps X in view
        return not (root.dep_ == "pobj" and root.head.lower_ == "of")

    def _owned_groups(self) -> None:
        """Rule 10: "Varnell's soldiers", "his allies", "its imperialist backers" (a plural of
        ``actor_owned_groups.txt`` with a possessive that names an actor, or a pronoun bound to one) is a group of
        its own, named by its owner: the owner did not do what the group did. Its mention covers the whole phrase, so
        the owner's own, tighter mention still answers for the owner's name."""
        if not self.has_parse:
            return
        doc, nouns = self.doc, word_list("actor_owned_groups.txt")
        for tok in doc:
            if tok.tag_ != "NNS" or tok.lower_ not in nouns or self.owner[tok.i] is not None:
                continue
            poss = [c for c in tok.children if c.dep_ == "poss"]
            if len(poss) != 1 or any(c.dep_ == "det" for c in tok.children):
                continue
            owner = self._possessor(poss[0])
            if owner is None or self.info[owner.key].kind not in ("person", "organization", "country", "group"):
                continue
            start = poss[0].left_edge.i
            between = [t for t in doc[poss[0].i + 1:tok.i] if t.dep_ != "case"]
            if any(t.head.i != tok.i or t.dep_ not in ("amod", "compound") for t in between):
                continue  # "his allies' votes" or a list: the phrase is not one group
            key = f"G:{owner.key}'s {tok.lemma_.lower()}"
            if key not in self.info:
                words = " ".join(t.text for t in between + [tok])
                self.info[key] = _Info(words, "group")
                self.owned[key] = owner.key
            self._add(start, tok.i + 1, key, "owned", force=True)

    def _possessor(self, poss: Token) -> Optional[_Mention]:
        """The mention a possessive names: a bound pronoun ("his"), or a name whose mention ends at it ("Varnell's"),
        never a role phrase that only contains it, nor "the company" standing for an organisation."""
        m = self.owner[poss.i]
        if m is None or m.end != poss.i + 1 or (poss.pos_ == "PRON") != (m.via == "pronoun") or m.via == "anaphor":
            return None  # "the organization's members": rule 9's guess is too weak to name a group by (wider set 1:1)
        joined = poss.head.head if poss.head.dep_ == "conj" else None  # "Varnell and his allies": his is Varnell
        if joined is not None and self.owner[joined.i] is not None and self.owner[joined.i].key == m.key:
            return m
        return None if poss.lower_ in ("his", "her") and self._unnamed_speaker(poss) else m

    def _unnamed_speaker(self, pron: Token) -> bool:
        """"The general said his troops ...": a pronoun in what an unnamed person says is most likely that person,
        whom the he/she rule cannot see, so a group it owns is left unnamed."""
        for verb in pron.ancestors:
            if verb.pos_ in ("VERB", "AUX") and verb.dep_ == "ccomp":
                speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                return verb.head.lemma_.lower() in _speech_lemmas() and speaker is not None \
                    and self._unnamed_one(speaker)
        return False

    def _unnamed_one(self, tok: Token) -> bool:
        """A definite person noun or title with no name in its phrase ("the colonel", not "the group's head X")."""
        return tok.pos_ == "NOUN" and self.owner[tok.i] is None and any(c.lower_ == "the" for c in tok.children) \
            and (tok.lemma_.lower() in word_list("actor_person_nouns.txt") or tok.i in self.title_at) \
            and not any(t.pos_ == "PROPN" for t in tok.subtree)

    # ---------------------------------------------------------------- pronouns (rule 8)

    def _pronouns(self) -> None:
        doc = self.doc
        persons = sorted((m for m in self.mentions if self.info[m.key].kind == "person"), key=lambda m: m.start)
        starts = [m.start for m in persons]
        plural_subjects = self._plural_subjects() if self.has_parse else []
        state_subjects = [  # subjects that are a country or organisation, for "its"
            tok.i
            for tok in doc
            if self.has_parse
            and tok.dep_ in ("nsubj", "nsubjpass")
            and self._owner_kind(tok.i) in ("country", "organization")
            and not any(c.dep_ == "conj" for c in tok.children)  # "Russia and NATO" is no "it"
        ]
        regions = quote_regions(self.text)
        self.unnamed_pronouns: set[int] = set()
        # A person of unknown gender takes the gender of the first narrator's he/she it resolves when no one of that
        # gender was in reach ("President Roe ... He said"): a later "she" is someone else, or a thing ("she" for a
        # country inside a quote).
        learnt: dict[str, str] = {}
        for tok in doc:
            low = tok.lower_
            if tok.pos_ != "PRON" and low not in ("his", "her"):
                continue
            if low in _HE or low in _SHE:
                want = "m" if low in _HE else "f"
                own_quote = region_at(regions, tok.idx)
                k = bisect.bisect_left(starts, tok.i) - 1
                seen = 0
                bound = self._clause_subject(tok)
                while k >= 0 and seen < _PRONOUN_CANDIDATES:
                    m = persons[k]
                    if self.sent_of[tok.i] - self.sent_of[m.start] > _PRONOUN_SENTENCES:
                        break
                    if bound is not None and m.start <= bound < m.end:
                        k -= 1  # "X resigned for criticizing him": an object "him" is never its own clause's subject
                        continue
                    gender = self.info[m.key].gender or learnt.get(m.key)
                    # '"... Putin lied," he said': a name inside a quote is not who the narrator's "he" is; a quoted
                    # "he" may be a name from an earlier quote ('"X will win," said Y. "He has the money"' is X)
                    quoted_away = own_quote is None and region_at(regions, doc[m.start].idx) is not None
                    if m.end <= tok.i and gender in (None, want) and not quoted_away:
                        if self._unnamed_person_between(m.end, tok.i, want):
                            self.unnamed_pronouns.add(tok.idx)
                            break  # "X spoke. A gunman fired; he had planned it": "he" is the gunman, not X
                        if self._embedded(m.start):
                            m = self._main_subject_before(tok, want, regions, own_quote, learnt) or m
                        self._add(tok.i, tok.i + 1, m.key, "pronoun")
                        if own_quote is None and (self.info[m.key].gender or learnt.get(m.key)) is None \
                                and not self._known_in_reach(persons, k - 1, seen, tok.i, want, learnt):
                            learnt[m.key] = want
                        break
                    k -= 1
                    seen += 1
            elif low in _THEY and self.has_parse:
                subject = self._they_antecedent(tok.i, plural_subjects)
                owner = self.owner[subject] if subject is not None else None
                if owner is not None and (self.info[owner.key].kind == "group" or owner.key == "T:the West"):
                    self._add(tok.i, tok.i + 1, owner.key, "pronoun")
            elif low == "its" and self.has_parse:
                # possessive only: "it" is too often expletive ("it is clear that ...")
                subject = self._conjunct_before(tok)
                subject = self._possessor_above(tok) if subject is None else subject
                subject = self._they_antecedent(tok.i, state_subjects) if subject is None else subject
                if subject is not None:
                    self._add(tok.i, tok.i + 1, self.owner[subject].key, "pronoun")

    def _possessor_above(self, its: Token) -> Optional[int]:
        """A country or organisation that owns the phrase "its" is inside: "Israel's right to continue its occupation"
        is Israel's own occupation, whoever the clause's subject is."""
        for g in its.ancestors:
            if g.pos_ in ("VERB", "AUX") and g.dep_ not in ("xcomp", "acl", "pcomp"):
                return None  # (a finite clause of its own: its subject is the nearer owner)
            owner = next((c for c in g.children if c.dep_ == "poss" and c.i < its.i and c.pos_ != "PRON"), None)
            if owner is not None and self._owner_kind(owner.i) in ("country", "organization"):
                return owner.i
        return None

    def _conjunct_before(self, its: Token) -> Optional[int]:
        """The country or organisation joined by "and" right before what "its" owns: "the United States and its
        allies", "NATO and its partners" (rule 10's owned groups made such an "its" visible as a wrong owner)."""
        owned = its.head
        if its.dep_ != "poss" or owned.dep_ != "conj" or any(c.lower_ == "other" for c in owned.children):
            return None  # "threatening Taiwan and its other neighbours": one of them, so not its owner
        joined = [owned.head] + [c for c in owned.head.children if c.dep_ == "conj" and c.i < owned.i]
        before = max(joined, key=lambda c: c.i)
        return before.i if self._owner_kind(before.i) in ("country", "organization") else None

    def _unnamed_person_between(self, lo: int, hi: int, want: str) -> bool:
        """An unnamed person brought in between a name and a he/she ("a gunman", "a troubled man", "an Estonian
        Lutheran"; ``actor_person_nouns.txt``, or a nationality or faith): the nearer antecedent, so the pronoun does not
        reach past it to the name. Only an indefinite one, which is new to the text (a definite "the officer" may
        be the named person again); not one of the other gender."""
        if not self.has_parse:
            return False
        nouns = word_list("actor_person_nouns.txt")
        for t in self.doc[lo:hi]:
            if t.tag_ not in ("NN", "NNP") or self.owner[t.i] is not None and self.info[self.owner[t.i].key].kind == "person":
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                continue
            if t.lemma_.lower() in (_FEMININE_NOUNS if want == "m" else _MASCULINE_NOUNS):
                continue
            if t.lemma_.lower() in nouns or t.ent_type_ == "NORP" or (t.tag_ == "NNP" and (t.ent_type_ == "PERSON" or any(
                    c.dep_ in ("amod", "compound") and (c.ent_type_ == "NORP" or c.text in self.t.adjectives)
                    for c in t.children))):
                return True  # ("a/an" makes a person-tagged word a kind of person, not a name: "an Estonian Lutheran";
                # a place keeps its name: "an Edmonton news conference", "a post-war Ukraine")
        return False

    def _known_in_reach(self, persons: list, k: int, seen: int, i: int, want: str, learnt: dict) -> bool:
        """A person of gender ``want`` among the earlier candidates a he/she at token ``i`` could still reach: the
        nearest, unknown one it took is then a guess, too weak to give that person a gender."""
        while k >= 0 and seen < _PRONOUN_CANDIDATES and self.sent_of[i] - self.sent_of[persons[k].start] <= _PRONOUN_SENTENCES:
            if (self.info[persons[k].key].gender or learnt.get(persons[k].key)) == want:
                return True
            k -= 1
            seen += 1
        return False

    def _clause_subject(self, tok: Token) -> Optional[int]:
        """The subject of the nearest clause above an object "him"/"her" (through gerunds and infinitives without
        their own subject): a plain object pronoun never means that subject, which would say "himself"."""
        if not self.has_parse or tok.lower_ not in ("him", "her") or tok.dep_ not in ("dobj", "pobj", "dative"):
            return None
        for g in tok.ancestors:
            if g.pos_ in ("VERB", "AUX"):
                subj = next((c for c in g.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ in ("who", "that") and g.dep_ == "relcl":
                    ante = g.head.head if g.head.dep_ == "appos" else g.head
                    return ante.i  # "X, a rival who accused him": the one the relative clause is about
                if subj is not None:
                    return subj.i if subj.pos_ != "PRON" else None
            if g.dep_ in ("relcl", "ccomp", "advcl") and g.pos_ in ("VERB", "AUX"):
                return None  # (a subjectless clause of its own: its subject is not known here)
            if g.dep_ == "conj" and g.pos_ in ("VERB", "AUX") and g.head.dep_ == "ccomp":
                return None  # "X said Y is to blame and accused him": the parser may list X's act with Y's clause
        return None

    def _embedded(self, i: int) -> bool:
        """A name owned by a noun or inside a clause under its sentence's main verb ("Ivanov said, recalling Petrov's
        threats"), not an argument of that verb ("Ivanov met Petrov")."""
        if not self.has_parse:
            return False
        tok = self.doc[i]
        while tok.dep_ in ("compound", "flat"):
            tok = tok.head
        if tok.dep_ == "poss":
            return True
        for g in tok.ancestors:
            if g.dep_ == "ROOT":
                return False
            if g.pos_ in ("VERB", "AUX"):
                return True
        return False

    def _main_subject_before(self, tok: Token, want: str, regions, own_quote, learnt: dict) -> Optional[_Mention]:
        """'"...," Ivanov said, recalling Petrov's threats. He also claimed ...': a he/she that is its sentence's main
        subject, with no person named before it in that sentence, goes on with the previous sentence's main subject
        (a person of its gender, named or already resolved), not with a name tucked into a clause or a possessive
        there (``_embedded``)."""
        if not self.has_parse or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or tok.sent.start == 0:
            return None
        for i in range(tok.sent.start, tok.i):
            m = self.owner[i]
            if m is not None and self.info[m.key].kind == "person" and region_at(regions, self.doc[i].idx) in (None, own_quote):
                return None  # "Ivanov met Petrov, and he ...": a person named in its own sentence is nearer at hand
        root = self.doc[tok.sent.start - 1].sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        m = self.owner[subj.i] if subj is not None else None
        if m is None or self.info[m.key].kind != "person" or (self.info[m.key].gender or learnt.get(m.key)) not in (None, want) \
                or region_at(regions, subj.idx) not in (None, own_quote):
            return None
        return m

    def _plural_subjects(self) -> list[int]:
        """Token indices of plural noun subjects ("Armenians refused", "X and Y noted"), in order."""
        out = []
        for tok in self.doc:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON":
                if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
                    out.append(tok.i)
        return out

    def _they_antecedent(self, i: int, subjects: list[int]) -> Optional[int]:
        """The plural subject a they/their refers to: the nearest one earlier in the same sentence,
        else the previous sentence's main-clause subject, else its nearest one."""
        sent = self.sent_of[i]
        k = bisect.bisect_left(subjects, i) - 1
        if k >= 0 and self.sent_of[subjects[k]] == sent:
            return subjects[k]
        previous = []
        while k >= 0 and self.sent_of[subjects[k]] == sent - 1:
            previous.append(subjects[k])
            k -= 1
        for j in previous:
            head = self.doc[j].head
            if head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT"):
                return j
        return previous[0] if previous else None

    # ---------------------------------------------------------------- output

    def _build(self) -> ActorIndex:
        doc = self.doc
        seen_span: set[tuple[int, int, str]] = set()
        order: dict[str, list] = {}
        for m in sorted(self.mentions, key=lambda m: (m.start, m.end)):
            s, e = doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text)
            if (s, e, m.key) in seen_span:
                continue
            seen_span.add((s, e, m.key))
            order.setdefault(m.key, []).append((s, e, m.via))
        actors, flat, genders = [], [], {}
        final: dict[str, int] = {}  # key -> its actor's place in ``actors``
        for n, (key, spans) in enumerate(sorted(order.items(), key=lambda kv: kv[1][0][:2]), start=1):
            info = self.info[key]
            aid = f"A{n}"
            aliases: list[str] = []
            names: list[str] = []
            for s, e, via in spans:
                surface = self.text[s:e]
                if via not in ("pronoun", "anaphor", "owned") and surface not in aliases:
                    aliases.append(surface)
                surface = _GLUED_POSSESSIVE.sub("", surface.replace("[", "").replace("]", ""))  # "[Peter] Halvorsen" is named Peter Halvorsen
                if via in ("ner", "table", "surname") and surface not in names:
                    names.append(surface)
                flat.append((s, e, aid, via))
            name = info.name
            if key.startswith("P:") and names:
                name = max(names, key=lambda a: (len(a.split()), -names.index(a)))
            actors.append(Actor(id=aid, name=name, kind=info.kind, aliases=aliases, mentions=[(s, e) for s, e, _ in spans]))
            genders[aid] = info.gender if info.kind == "person" else None
            final[key] = len(actors) - 1
        for key, owner in self.owned.items():  # "his allies" is named by whom "his" turned out to be
            if key in final:
                a = actors[final[key]]
                whose = actors[final[owner]]
                mark = "'" if whose.name.endswith("s") and whose.kind != "person" else "'s"  # "United States' allies"
                actors[final[key]] = a.model_copy(update={"name": f"{whose.name}{mark} {a.name}"})
        flat.sort()
        return ActorIndex(actors, doc=doc, _mentions=flat, _genders=genders,
                          _unnamed=frozenset(getattr(self, "unnamed_pronouns", ())))
