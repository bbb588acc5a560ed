"""How text becomes index terms, and a query becomes the terms it looks for.

One analysis for indexing and for queries, so SQLite and PostgreSQL see the same terms:

- words are cut out with their positions (search.normalise.WORD);
- each word gives its Snowball stem, taken with its Polish letters and then folded
  ("seniorów" → "senior"); a query typed without Polish letters reaches it through the
  spellings the index knows, so "seniorow" and "seniorów" meet;
- Polish words also give the stem of their base after a consonant alternation of the
  plural ("seniorzy" → "senior", "oszuści" → "oszust") and a *family* key, "~" plus the
  first seven folded letters of the word (after "-stwo" → "-st", so "oszustwa" meets
  "oszust"; words of five letters or more); a query word also looks for the indexed words
  of its family, at a lower weight
  ("przypomnienie" and "przypominać" → "~przypom", "rejestracja" and "rejestrować" →
  "~rejestr"). A small table covers the irregular words (LEMMAS);
- common words (STOPWORDS: conjunctions, prepositions, question and filler words) are
  not indexed and do not decide a query; a query of only such words says so.
"""

import re
from functools import lru_cache

import snowballstemmer

from core.text import fold
from search.normalise import WORD

# Words that decide nothing: conjunctions, prepositions, pronouns, question and filler
# words. Folded, so "się" and "sie" are both here.
STOPWORDS = {
    "pl": set("""
        a i w we z ze o od do na po dla oraz lub albo czy jak jaki jaka jakie jakiego jakim to ten ta te tego tej
        sie u za przy pod nad bez ale gdzie kiedy co kto kogo komu czego czym ktory ktora ktore ktorych ktorej
        mozna moge mozemy moja moj moje mi mnie my nas nam wy ja ty on ona ono oni one jego jej ich go mu je
        jest sa byc by aby zeby ze tak nie czyli np itp przez tez juz jeszcze tylko bardzo sobie swoj swoja swoje
        czyli ile jakos prosze chce chcialbym chcialabym potrzebuje szukam robic zrobic trzeba
    """.split()),
    "en": set("""
        a an the of and or for to in on at by with how is are be was were do does did i my me we our you your
        yourself it its this that these those what where when why who whom which can could should would will
        from as into about if so not no please want need find
    """.split()),
}
# Irregular Polish words and their base (folded); both sides are folded.
LEMMAS = {
    "ludzie": "czlowiek", "ludzi": "czlowiek", "dzieci": "dziecko", "dziecmi": "dziecko", "muzea": "muzeum",
    "muzeow": "muzeum", "muzeach": "muzeum", "oczy": "oko", "braci": "brat", "przyjaciele": "przyjaciel",
    "lekarze": "lekarz", "lata": "rok", "lat": "rok", "mail": "e-mail", "maila": "e-mail", "maile": "e-mail",
    "email": "e-mail", "emaila": "e-mail",
}
# Plural forms of masculine personal nouns: the consonant alternates ("seniorzy", "oszuści").
ALTERNATIONS = (("rzy", "r"), ("sci", "st"), ("scy", "ski"), ("dzy", "g"), ("cy", "k"), ("ci", "t"))
# Abstract nouns made from a person or a quality: "oszustwo" from "oszust", "partnerstwo" from "partner".
DERIVATIONS = (("stwami", "st"), ("stwach", "st"), ("stwem", "st"), ("stwie", "st"), ("stwom", "st"),
               ("stwa", "st"), ("stwo", "st"), ("stw", "st"))
FAMILY_LENGTH, FAMILY_MIN = 7, 5
MAX_WORD = 60


def base_language(language):
    return (language or "pl")[:2]


@lru_cache(maxsize=50_000)
def is_stopword(word, language):
    return fold(word.lower()) in STOPWORDS.get(base_language(language), set())


def _alternated(folded):
    if folded in LEMMAS:
        return LEMMAS[folded]
    for ending, replacement in ALTERNATIONS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 4:
            return folded[: -len(ending)] + replacement
    return None


@lru_cache(maxsize=4)
def _stemmer(language):
    return snowballstemmer.stemmer({"pl": "polish", "en": "english"}.get(base_language(language), "polish"))


@lru_cache(maxsize=50_000)
def exact_terms(word, language="pl"):
    """The stems a word is indexed and looked up under (a frozenset of strings): the stem of
    the word as spelled, folded ("seniorów" → "senior"), and for Polish the stem of its base
    after a plural alternation ("seniorzy" → "senior"). One term per word in most cases, so
    the index stays small; a query typed without Polish letters reaches the spelled stems
    through the spellings the index knows (search.spelling.spelled_variants)."""
    lower = word.lower()[:MAX_WORD]
    stemmer = _stemmer(language)
    terms = {fold(stemmer.stemWord(lower))}
    if base_language(language) == "pl":
        base = _alternated(fold(lower))
        if base:
            terms.add(fold(stemmer.stemWord(base)))
    return frozenset(terms)


@lru_cache(maxsize=50_000)
def family_term(word, language="pl"):
    """The family term of a long Polish word ("~przypom"), or None."""
    if base_language(language) != "pl":
        return None
    folded = fold(word.lower())
    folded = _alternated(folded) or folded
    for ending, replacement in DERIVATIONS:
        if folded.endswith(ending) and len(folded) - len(ending) + len(replacement) >= FAMILY_MIN:
            folded = folded[: -len(ending)] + replacement
            break
    if len(folded) < FAMILY_MIN or "-" in folded[:FAMILY_LENGTH] or not folded.isalpha():
        return None
    return "~" + folded[:FAMILY_LENGTH]


def tokens(text):
    """(position, word) for every word of the text; positions count every word, so
    "poczta elektroniczna na co dzień" keeps "dzień" three places after "elektroniczna"."""
    return list(enumerate(WORD.findall(text or "")))


def analyse(text, language, start=0):
    """{term: [positions]} for a text, stopwords left out, positions from `start`. Family
    terms are not stored: a query finds a family through the words the index knows."""
    postings = {}
    for position, word in tokens(text):
        if len(word) > MAX_WORD or is_stopword(word, language):
            continue
        for term in exact_terms(word, language):
            postings.setdefault(term, []).append(start + position)
    return postings


def plain_words(text):
    return [word for word in WORD.findall(text or "") if len(word) <= MAX_WORD]


def osa_distance(a, b, limit=3):
    """Optimal string alignment distance (insertions, deletions, substitutions and swaps
    of neighbours), stopping early once it is over `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2 = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def deletes(word, depth=1):
    """The word with up to `depth` letters left out (for looking up spelling neighbours)."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))} - found
        found |= frontier
    return found


SPACES = re.compile(r"\s+")
