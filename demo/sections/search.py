"""Demo synonyms for the site search (search.models.Synonym); editors change them in the admin."""

from demo.content import read
from search.models import Synonym

SYNONYMS = read("search/synonyms")["synonyms"]  # language -> groups of words that find each other


def load(command, home, en_home):
    """Add the demo groups that are not there yet (an editor's change or deletion of a group
    is not undone: only a language with no groups at all gets them)."""
    for language, groups in SYNONYMS.items():
        if Synonym.objects.filter(language=language).exists():
            continue
        Synonym.objects.bulk_create([Synonym(language=language, terms=terms) for terms in groups])
