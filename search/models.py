from django.db import models


class SearchEntry(models.Model):
    """One searchable thing in one language: a page, or a document shown through the page
    that holds it. Text is stored normalised (search.normalise.index_text) so that SQLite
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
    title_index = models.TextField(blank=True)
    index_text = models.TextField(blank=True)

    class Meta:
        verbose_name = "pozycja indeksu wyszukiwarki"
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

    language = models.CharField("język", max_length=8)
    query = models.CharField("zapytanie", max_length=100)
    day = models.DateField("dzień")
    searches = models.PositiveIntegerField("wyszukania", default=0)
    zero_results = models.PositiveIntegerField("bez wyników", default=0)

    class Meta:
        verbose_name = "zapytanie w wyszukiwarce"
        verbose_name_plural = "zapytania w wyszukiwarce"
        constraints = [models.UniqueConstraint(fields=["language", "query", "day"], name="one_query_row_per_day")]

    def __str__(self):
        return f"{self.language}: {self.query} ({self.day})"


class SearchWord(models.Model):
    """A word of the indexed text with Polish letters, under its folded spelling.

    A query typed without Polish letters ("utrzymac") is looked up here to find the
    spelled word ("utrzymać"), so that it gets the same stems and the same results."""

    folded = models.CharField(max_length=60, db_index=True)
    word = models.CharField(max_length=60)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["folded", "word"], name="one_search_word")]

    def __str__(self):
        return f"{self.folded} → {self.word}"
