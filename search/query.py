"""Reading a query: its meaningful words, their terms, corrections and synonyms.

A query becomes *slots*, one per meaningful word (or per synonym phrase). A slot is met by
any of its alternatives; an alternative is a list of *units* (sets of terms), all of which
must be in an entry: the word's own stems (weight 1), its family term (FAMILY_WEIGHT), or
the words of a synonym phrase (search.synonyms.SYNONYM_WEIGHT).
"""

from dataclasses import dataclass, field

from django.db.models import Count

from core.text import fold
from search import synonyms
from search.analysis import exact_terms, family_term, is_stopword, tokens
from search.models import SearchPosting
from search.spelling import correction, family_words, spelled_variants

MAX_WORDS = 12
MAX_TOKENS = 200
FAMILY_WEIGHT = 0.5
PREFIX_WEIGHT = 0.8
MAX_PREFIX_TERMS = 20


@dataclass
class Slot:
    words: list
    position: int  # where its first word was typed (stop words count), for phrases
    end: int
    alternatives: list  # [(weight, [frozenset of terms, ...]), ...]

    def terms(self):
        return frozenset().union(*(unit for _weight, units in self.alternatives for unit in units))


@dataclass
class ParsedQuery:
    text: str
    slots: list = field(default_factory=list)
    corrections: dict = field(default_factory=dict)  # typed word -> word searched instead
    only_common_words: bool = False
    words_left_out: int = 0

    @property
    def corrected_text(self):
        """The query as searched, when a word was corrected."""
        if not self.corrections:
            return None
        return " ".join(self.corrections.get(word, word) for _p, word in tokens(self.text)[:MAX_TOKENS])

    def terms(self):
        return frozenset().union(*(slot.terms() for slot in self.slots)) if self.slots else frozenset()


def word_alternatives(word, language, variants, families):
    folded = fold(word.lower())
    exact = set(exact_terms(folded, language)) | exact_terms(word, language)
    for spelling in variants.get(folded, ()):
        exact |= exact_terms(spelling, language)
    alternatives = [(1.0, [frozenset(exact)])]
    kin = set()
    for relative in families.get(family_term(folded, language), ()):
        kin |= exact_terms(relative, language)
    kin -= exact
    if kin:
        alternatives.append((FAMILY_WEIGHT, [frozenset(kin)]))
    return alternatives


def lookups(words, language):
    """The spellings and families the index knows for these words (two small queries)."""
    folded = [fold(word.lower()) for word in words]
    families = [family for family in (family_term(word, language) for word in folded) if family]
    return spelled_variants(folded, language), family_words(families, language)


def has_postings(terms, language):
    """Whether any of the terms is in the index (an index seek, not a count)."""
    return bool(terms) and SearchPosting.objects.filter(language=language, term__in=sorted(terms)).exists()


def terms_starting(folded, language):
    """The commonest terms that start with a word of three letters or more (as the word is): what a
    visitor typed before picking a suggestion ("lid" → "lider") still finds something."""
    if len(folded) < 3 or not folded.replace("-", "").isalnum():
        return set()
    high = folded[:-1] + chr(ord(folded[-1]) + 1)
    rows = (SearchPosting.objects.filter(language=language, term__gte=folded, term__lt=high)
            .values_list("term").annotate(n=Count("id")).order_by("-n", "term")[:MAX_PREFIX_TERMS])
    return {term for term, _n in rows if term.startswith(folded)}


def parse(text, language, exact=False):
    """The slots of a query. Unless `exact`, a word that matches nothing in the index is
    replaced by its correction (search.spelling), once: a corrected word is an indexed word,
    so a correction never corrects itself again."""
    typed = tokens(text)[:MAX_TOKENS]
    meaningful = [(position, word) for position, word in typed if not is_stopword(word, language) and len(word) <= 60]
    parsed = ParsedQuery(text)
    if typed and not meaningful:
        parsed.only_common_words = True
        return parsed
    parsed.words_left_out = max(0, len(meaningful) - MAX_WORDS)
    meaningful = meaningful[:MAX_WORDS]
    words = [word for _p, word in meaningful]
    variants, families = lookups(words, language)
    alternatives = [word_alternatives(word, language, variants, families) for word in words]
    if not exact:
        for index, (word, alts) in enumerate(zip(words, alternatives, strict=True)):
            if has_postings(alts[0][1][0], language):  # its own stems are in the index
                continue
            started = terms_starting(fold(word.lower()), language)
            if started:  # "lodz" finds "Łódzki": the start of a word is not a typo
                alternatives[index] = [(PREFIX_WEIGHT, [frozenset(started)])]
                continue
            better = correction(word, language)
            if better:
                parsed.corrections[word] = better
                words[index] = better
                alternatives[index] = word_alternatives(better, language, *lookups([better], language))
    slots = [
        Slot([word], position, position, alts)
        for (position, _typed), word, alts in zip(meaningful, words, alternatives, strict=True)
    ]
    own_terms = [alts[0][1][0] for alts in alternatives]
    for start, end, others in reversed(synonyms.matches(own_terms, language)):
        merged = slots[start:end]
        own = (1.0, [unit for slot in merged for unit in slot.alternatives[0][1]])
        extra = [(synonyms.SYNONYM_WEIGHT, [exact_terms(fold(w.lower()), language) for w in other]) for other in others]
        if len(merged) == 1:
            merged[0].alternatives.extend(extra)
            continue
        slots[start:end] = [Slot([w for s in merged for w in s.words], merged[0].position, merged[-1].end, [own, *extra])]
    parsed.slots = slots
    return parsed
