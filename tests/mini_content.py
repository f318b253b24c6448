"""A small demo data set in the loader's format, for fast tests."""

L = ("fi", "sv", "en")


def _page(key, code, **extra):
    return {
        "title": f"{key} {code}",
        "slug": f"{key}-{code}",
        "intro": f"{key} intro {code}",
        **extra,
    }


AUDIENCES = [
    {"key": k, **{c: {"name": f"{k} {c}", "slug": f"{k}-{c}", "description": ""} for c in L}}
    for k in ("decision-makers", "authorities")
]
HOME = {c: {"title": f"Home {c}", "intro": f"Welcome {c}"} for c in L}
SECTIONS = [
    {
        "key": k,
        **{
            c: _page(
                k,
                c,
                body=[
                    ("heading", f"Heading {k} {c}"),
                    ("paragraph", f"<p>Body of {k} in {c}.</p>"),
                    ("image", {"alt": f"Alt {c}", "caption": f"Caption {k} {c}"}),
                    (
                        "table",
                        {"caption": "Acts", "header": ["Act", "Year"], "rows": [["A", "2010"]]},
                    ),
                    (
                        "link_list",
                        {
                            "title": "Links",
                            "links": [{"text": "Ex", "url": "https://example.org/"}],
                        },
                    ),
                    ("quote", {"text": "Quote", "attribution": "Someone"}),
                    ("fact_box", {"title": "Facts", "body": "<p>Fact</p>"}),
                ],
            )
            for c in L
        },
    }
    for k in ("services", "legislation")
]
ACCESSIBILITY = {"key": "accessibility", **{c: _page("accessibility", c) for c in L}}
PRIVACY = {"key": "privacy", **{c: _page("privacy", c) for c in L}}
AUDIENCE_PAGES = [
    {
        "key": k,
        "audience": k,
        "sections": ["services", "legislation"],
        **{c: _page(f"for-{k}", c, hero_alt=f"Meeting {c}", feed_title=f"News {k} {c}") for c in L},
    }
    for k in ("decision-makers", "authorities")
]
NEWS_INDEX = {c: {"title": f"News {c}", "slug": f"news-{c}", "intro": ""} for c in L}
NEWS = [
    {
        "key": "forum",
        "news_type": "news",
        "audiences": ["decision-makers"],
        "original_published_at": "2021-07-06T10:00",
        "translations": {
            "fi": {
                "title": "Foorumi fi",
                "slug": "foorumi",
                "lead": "Lead fi",
                "body": [("paragraph", "<p>Kunta</p>")],
                "published_at": "2021-07-06T10:00",
            },
            "en": {
                "title": "Forum en",
                "slug": "forum",
                "lead": "Lead en",
                "body": [],
                "published_at": "2021-07-12T15:21",
            },
        },
        "further_information": [{"text": "More", "url": "https://example.org/more"}],
    },
    {
        "key": "only-sv",
        "news_type": "announcement",
        "audiences": ["authorities"],
        "original_published_at": {"days_ago": 2, "time": "08:15"},
        "translations": {
            "sv": {"title": "Bara svenska", "slug": "bara-svenska", "lead": "Lead sv", "body": []}
        },
    },
]
CALLS = [
    {
        "key": "call",
        "audiences": ["decision-makers", "authorities"],
        "application_window": {
            "opens": {"days_ago": 1, "time": "09:00"},
            "closes": {"days_ago": -10, "time": "16:00"},
            "max_submissions": None,
        },
        "original_published_at": {"days_ago": 1, "time": "12:00"},
        "translations": {
            c: {
                "title": f"Call {c}",
                "slug": f"call-{c}",
                "lead": f"Call lead {c}",
                "body": [],
                "organiser": "Org",
                "eligibility": "<p>Anyone</p>",
                "selection": "<p>Panel</p>",
                "form_title": f"Form {c}",
                "form_slug": f"form-{c}",
                "form_intro": "Apply",
            }
            for c in L
        },
    }
]

FORM_FIELDS = [
    {
        "clean_name": "full_name",
        "field_type": "singleline",
        "required": True,
        "fi": "Nimi",
        "sv": "Namn",
        "en": "Full name",
    },
    {
        "clean_name": "email",
        "field_type": "email",
        "required": True,
        "fi": "Sähköposti",
        "sv": "E-post",
        "en": "E-mail",
    },
    {
        "clean_name": "topics",
        "field_type": "checkboxes",
        "required": False,
        "fi": "Aiheet",
        "sv": "Ämnen",
        "en": "Topics",
        "choices": "Work\nHousing\nLanguage",
    },
    {
        "clean_name": "cv",
        "field_type": "file",
        "required": False,
        "fi": "Ansioluettelo",
        "sv": "CV",
        "en": "CV",
    },
    {
        "clean_name": "consent",
        "field_type": "checkbox",
        "required": True,
        "fi": "Hyväksyn",
        "sv": "Jag godkänner",
        "en": "I agree",
    },
]
