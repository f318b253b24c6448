def republish(page, **fields):
    """Set ``fields`` on ``page``, publish it and index it at once (as the publish hook
    would, on commit)."""
    from search.indexing import index_page

    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    index_page(page.pk)


def record_cluster_queries(settings, monkeypatch) -> list[str]:
    """Send searches to a cluster that finds nothing and records each query it is sent (the
    list returned): the service's cluster path, offline."""
    from search import service

    sent = []

    class RecordingCluster:
        def search(self, query, locale, **options):
            sent.append(query)
            return {"hits": {"total": {"value": 0}, "hits": []}, "aggregations": {}}

    settings.SEARCH_BACKEND = "elasticsearch"
    monkeypatch.setattr(service, "ElasticsearchBackend", RecordingCluster)
    return sent
