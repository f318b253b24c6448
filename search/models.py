"""The search index: one entry per published page, its analysed terms in their own table.

Terms come from ``search.analysis`` (the same analysis as queries), so matching is a plain
indexed equality lookup that works the same on SQLite and PostgreSQL.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    locale = models.CharField(_("language"), max_length=8, db_index=True)
    page_type = models.CharField(_("type"), max_length=100)
    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("text"))
    published_at = models.DateTimeField(_("published"), null=True)
    indexed_at = models.DateTimeField(_("indexed"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return f"{self.locale}: {self.title}"


class SearchAudience(models.Model):
    """An audience the entry's page is tagged with, as the page's language names it."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="audiences")
    key = models.CharField(max_length=64)  # the audience's translation_key, same in every language
    slug = models.CharField(max_length=80)
    name = models.CharField(max_length=120)

    class Meta:
        indexes = [models.Index(fields=["slug", "entry"], name="search_audience_lookup")]

    def __str__(self):
        return self.name


class SearchTerm(models.Model):
    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(max_length=64)
    # Occurrences, title ones counted TITLE_WEIGHT times (see search.indexing).
    weight = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["term", "entry"], name="search_term_lookup")]

    def __str__(self):
        return self.term


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
