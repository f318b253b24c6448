"""The search index: one entry per published page or document, with its analysed terms.

Terms come from ``search.analysis`` (the same analysis as queries); each database matches
them with its own full text index (see ``SearchEntry``), so what matches is the same on
SQLite and PostgreSQL and only the storage differs.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import CollectionViewRestriction, PageViewRestriction


def view_restricted_paths() -> list[str]:
    """Tree paths of the pages under a view restriction now (their subtrees are hidden)."""
    return list(PageViewRestriction.objects.values_list("page__path", flat=True))


def restricted_collection_paths() -> list[str]:
    """Paths of the collections under a view restriction now (with their subcollections)."""
    return list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


class SearchEntryQuerySet(models.QuerySet):
    def visible(self):
        """Entries whose page or document is public right now (for the small lookups: the
        main search checks the same in its SQL, see ``search.fulltext``)."""
        now = timezone.now()
        pages = Q(page__live=True) & (Q(page__expire_at__isnull=True) | Q(page__expire_at__gt=now))
        for path in view_restricted_paths():
            pages &= ~Q(page__path__startswith=path)
        documents = Q(document__isnull=False)
        for path in restricted_collection_paths():
            documents &= ~Q(document__collection__path__startswith=path)
        return self.filter(pages | documents)


class SearchEntry(models.Model):
    """One published page, or one document (once per language), as the search index holds it.

    The entry holds what every search reads for each match (language, type, dates, path);
    the long texts live in ``SearchText``, so a search that matches thousands of entries
    reads only narrow rows.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", null=True
    )
    document = models.ForeignKey(
        get_document_model_string(), on_delete=models.CASCADE, related_name="+", null=True
    )
    locale = models.CharField(_("language"), max_length=8)
    page_type = models.CharField(_("type"), max_length=100)
    published_at = models.DateTimeField(_("published"), null=True)
    # The page's expiry and tree path as indexed: searches check both against the time and
    # the view restrictions of the moment, without reading every matched page.
    expire_at = models.DateTimeField(null=True)
    path = models.CharField(max_length=255, blank=True)
    indexed_at = models.DateTimeField(_("indexed"), auto_now=True)
    title = models.CharField(_("title"), max_length=255)
    # [{"slug", "name"}] as the page's language names them, for showing; filters and
    # facets use SearchAudience.
    audience_list = models.JSONField(default=list)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [models.Index(fields=["locale"], name="search_entry_locale")]
        constraints = [
            models.UniqueConstraint(fields=["document", "locale"], name="search_document_once"),
            models.CheckConstraint(
                condition=models.Q(page__isnull=False, document__isnull=True)
                | models.Q(page__isnull=True, document__isnull=False),
                name="search_entry_one_target",
            ),
        ]

    def __str__(self):
        return f"{self.locale}: {self.title}"


class SearchText(models.Model):
    """An entry's text and its analysed terms (``search.analysis``), space separated in
    text order. The database matches and ranks on the terms through its own full text
    index, kept in step by triggers on this table (a later migration that rebuilds it must
    create them again): an FTS5 table on SQLite (migration 0002), a table of ``tsvector``
    with a GIN index on PostgreSQL (migration 0004)."""

    entry = models.OneToOneField(
        SearchEntry, on_delete=models.CASCADE, primary_key=True, related_name="content"
    )
    title_terms = models.TextField()
    text_terms = models.TextField()
    text = models.TextField(_("text"))

    def __str__(self):
        return str(self.entry)


class SearchAudience(models.Model):
    """An audience the entry's page is tagged with, as the page's language names it."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="audiences")
    key = models.CharField(max_length=64)  # the audience's translation_key, same in every language
    slug = models.CharField(max_length=80)
    name = models.CharField(max_length=120)

    class Meta:
        indexes = [
            models.Index(fields=["slug", "entry"], name="search_audience_lookup"),
            # An audience's slugs in every language (a search across languages).
            models.Index(fields=["key"], name="search_audience_key"),
        ]

    def __str__(self):
        return self.name


class SearchWord(models.Model):
    """A word of the indexed titles and text in one language, where close spellings of a
    word the index does not know are looked for (typo tolerance, "did you mean").

    Written with the entries; words of pages unpublished, expired or made private since stay
    until the next rebuild: a close spelling only counts where it finds a visible page.
    Looked up by first letter and length, so a lookup reads a few hundred words, not the
    vocabulary."""

    locale = models.CharField(max_length=8)
    word = models.CharField(max_length=64)
    initial = models.CharField(max_length=1)
    length = models.PositiveSmallIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["locale", "word"], name="search_word_once"),
        ]
        indexes = [
            models.Index(fields=["locale", "initial", "length"], name="search_word_bucket"),
        ]

    def __str__(self):
        return self.word


class UnansweredQuery(models.Model):
    """Searches that found nothing: what readers look for and the portal does not answer.

    (All searches, with hit counts, go to Wagtail's own "Search terms" report.)
    """

    query_string = models.CharField(_("search"), max_length=255)
    locale = models.CharField(_("language"), max_length=8)
    count = models.PositiveIntegerField(_("times"), default=0)
    last_seen = models.DateTimeField(_("last searched"), auto_now=True)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        ordering = ["-count", "-last_seen"]
        constraints = [
            models.UniqueConstraint(fields=["query_string", "locale"], name="unique_unanswered")
        ]

    def __str__(self):
        return f"{self.query_string} ({self.locale})"
