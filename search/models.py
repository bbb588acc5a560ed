from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One searchable thing in one language: a page, or a document shown through the page
    that holds it. Its words are in SearchPosting (terms from search.analysis), so SQLite
    and PostgreSQL match and rank it the same way."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    document = models.ForeignKey(
        "core.CustomDocument", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(max_length=8, db_index=True)
    # The language the text is written in, when it is not the page's: a Polish PDF shown on an
    # English page. Results mark it with lang="..." and it is normalised with its own stemmer.
    content_language = models.CharField(max_length=8, blank=True)
    kind = models.CharField(max_length=30, db_index=True)
    title = models.CharField(max_length=500)
    date = models.DateField(null=True, blank=True)
    url = models.CharField(max_length=500)
    text = models.TextField(blank=True, help_text="Plain text for result snippets.")
    word_count = models.PositiveIntegerField(default=0)
    # A hash of the title, text and postings last written (search.postings.write_postings): indexing an
    # entry that did not change writes no postings and looks up no spelling keys, so a rebuild after a
    # deploy is mostly reads.
    postings_digest = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("search index entry")
        constraints = [
            models.UniqueConstraint(fields=["page", "document"], name="one_entry_per_page_document"),
            models.UniqueConstraint(
                fields=["page"], condition=models.Q(document__isnull=True), name="one_entry_per_page"
            ),
        ]

    def __str__(self):
        return self.title


class DocumentText(models.Model):
    """Text extracted from a document's file, kept so that re-indexing never re-reads files."""

    document = models.OneToOneField("core.CustomDocument", on_delete=models.CASCADE, related_name="extracted_text")
    file_name = models.CharField(max_length=255, help_text="The file the text came from.")
    text = models.TextField(blank=True)
    language = models.CharField(max_length=16, blank=True, help_text="Language the file declares (PDF /Lang).")
    extracted_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return self.file_name


class SearchQueryCount(models.Model):
    """How often a query was searched on a day, per language. The query is stored folded
    and trimmed; nothing about who searched."""

    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("query"), max_length=100)
    day = models.DateField(_("day"))
    searches = models.PositiveIntegerField(_("searches"), default=0)
    zero_results = models.PositiveIntegerField(_("without results"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [models.UniqueConstraint(fields=["language", "query", "day"], name="one_query_row_per_day")]

    def __str__(self):
        return f"{self.language}: {self.query} ({self.day})"


class SearchPosting(models.Model):
    """One term of one entry: the inverted index. `weight` is fixed at indexing (how often the
    term occurs, against the entry's length, plus bonuses for the title and headings), so a
    query only sums integers and both databases rank alike. `positions` (space-separated, the
    first few) serve the proximity and exact-phrase bonuses."""

    TITLE, HEADING, BODY = 2, 1, 0

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="postings")
    language = models.CharField(max_length=8)
    term = models.CharField(max_length=64)
    weight = models.PositiveIntegerField()
    field = models.PositiveSmallIntegerField(default=BODY)
    positions = models.CharField(max_length=200, blank=True)

    class Meta:
        indexes = [models.Index(fields=["language", "term", "entry", "weight"], name="search_posting_term")]
        constraints = [models.UniqueConstraint(fields=["entry", "term"], name="one_posting_per_entry_term")]

    def __str__(self):
        return f"{self.term} @ {self.entry_id}"


class SpellingKey(models.Model):
    """Words seen in indexed text, for "did you mean": each word under its folded spelling and
    under every spelling with one letter left out (symmetric-delete lookup). A superset:
    a word is offered only while its terms are in SearchPosting of entries the public sees."""

    language = models.CharField(max_length=8)
    key = models.CharField(max_length=40)
    word = models.CharField(max_length=40)

    class Meta:
        indexes = [models.Index(fields=["language", "key"], name="search_spelling_key")]
        constraints = [models.UniqueConstraint(fields=["language", "key", "word"], name="one_spelling_key")]

    def __str__(self):
        return f"{self.key} → {self.word}"


class Synonym(models.Model):
    """Words and phrases that mean the same to a visitor, applied when a query is run."""

    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE,
        help_text=_("The search in this language uses the group."),
    )
    terms = models.TextField(
        _("words and phrases"),
        help_text=_("Separated by commas, e.g. “osoby starsze, seniorzy”. A query with any of them also "
                    "finds pages with the others. Forms of a word need no entry of their own."),
    )

    class Meta:
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "terms"]

    def __str__(self):
        return self.terms[:80]

    def clean(self):
        from django.core.exceptions import ValidationError

        if len(self.phrases()) < 2:
            raise ValidationError({"terms": _("Give at least two words or phrases, separated by commas.")})

    def phrases(self):
        return [" ".join(part.split()) for part in self.terms.split(",") if part.strip()]
