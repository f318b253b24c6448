def republish(page, **fields):
    """Set ``fields`` on ``page``, publish it and index it at once (as the publish hook
    would, on commit)."""
    from search.indexing import index_page

    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    index_page(page.pk)
