"""Builds the demo site from ``cms.demo.content``: idempotent, so ``make run`` can run it
every time. Existing objects (found by language, parent and slug) are left as they are, so
an editor's changes to demo pages survive a second run.
"""

import datetime as dt
import io
import logging
import secrets
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.demo import pictures
from cms.models import (
    Audience,
    AudiencePage,
    CallPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PortalSettings,
    SectionPage,
)
from forms_ext.models import ApplicationFormField, ApplicationFormPage

logger = logging.getLogger(__name__)
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    editor_password: str | None = None

    def add(self, what: str):
        self.created.append(what)


def _moment(spec) -> dt.datetime:
    """An aware datetime from ``"2021-07-06T10:00"`` or ``{"days_ago": 3, "time": "09:30"}``."""
    tz = timezone.get_default_timezone()
    if isinstance(spec, dict):
        hour, minute = (int(part) for part in spec.get("time", "09:00").split(":"))
        day = timezone.localdate() - dt.timedelta(days=int(spec.get("days_ago", 0)))
        naive = dt.datetime.combine(day, dt.time(hour, minute))
    else:
        naive = dt.datetime.fromisoformat(spec)
    return timezone.make_aware(naive, tz)


def _stream(blocks, image_for):
    """Demo block tuples -> StreamField raw data."""
    data = []
    for kind, value in blocks:
        if kind == "heading":
            value = {"text": value, "level": "h2"}
        elif kind == "link_list":
            value = {
                "title": value.get("title", ""),
                "links": [
                    {"title": link["text"], "page": None, "document": None, "url": link["url"]}
                    for link in value["links"]
                ],
            }
        elif kind == "table":
            value = {
                "data": [value["header"], *value["rows"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": value.get("caption", ""),
            }
        elif kind == "image":
            value = {
                "image": image_for(value.get("caption") or value["alt"]).pk,
                "alt_text": value["alt"],
                "caption": value.get("caption", ""),
            }
        data.append({"type": kind, "value": value, "id": str(uuid.uuid4())})
    return data


def _links(links):
    return [
        {
            "type": "link",
            "value": {"title": link["text"], "page": None, "document": None, "url": link["url"]},
            "id": str(uuid.uuid4()),
        }
        for link in links or []
    ]


class DemoLoader:
    def __init__(self, content_module=None):
        if content_module is None:
            from cms.demo import content as content_module
        self.content = content_module
        self.report = LoadReport()
        self.locales: dict[str, Locale] = {}
        self.audiences: dict[tuple[str, str], Audience] = {}
        self.pages: dict[tuple[str, str], Page] = {}
        self.images: dict[str, object] = {}

    # --- entry point -------------------------------------------------------------------------
    @transaction.atomic
    def load(self) -> LoadReport:
        self._locales()
        self._audiences()
        homes = self._homes()
        for spec in [*self.content.SECTIONS, self.content.ACCESSIBILITY, self.content.PRIVACY]:
            self._translated_pages(spec, homes, self._section)
        for spec in self.content.AUDIENCE_PAGES:
            self._translated_pages(spec, homes, self._audience_page)
        indexes = self._news_indexes(homes)
        for spec in self.content.NEWS:
            self._news(spec, indexes, NewsPage)
        for spec in self.content.CALLS:
            self._news(spec, indexes, CallPage)
            self._call_forms(spec)
        self._upcoming_form()
        self._site_settings()
        self._workflow(homes)
        self._editor()
        return self.report

    # --- building blocks ---------------------------------------------------------------------
    def _locales(self):
        for code in LANGUAGES:
            locale, created = Locale.objects.get_or_create(language_code=code)
            self.locales[code] = locale
            if created:
                self.report.add(f"locale {code}")

    def _audiences(self):
        for spec in self.content.AUDIENCES:
            key = None
            for code in LANGUAGES:
                data = spec[code]
                audience = Audience.objects.filter(
                    locale=self.locales[code], slug=data["slug"]
                ).first()
                if audience is None:
                    audience = Audience.objects.create(
                        locale=self.locales[code],
                        translation_key=key or uuid.uuid4(),
                        name=data["name"],
                        slug=data["slug"],
                        description=data.get("description", ""),
                    )
                    self.report.add(f"audience {code}/{data['slug']}")
                key = audience.translation_key
                self.audiences[(spec["key"], code)] = audience

    def _image(self, title: str, *, hero: bool = False):
        if title in self.images:
            return self.images[title]
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            png = pictures.meeting_room() if hero else pictures.illustration(title)
            image = Image(
                title=title,
                description=title,
                file=ImageFile(io.BytesIO(png), name=f"demo-{uuid.uuid4().hex[:12]}.png"),
            )
            image.save()
            self.report.add(f"image {title}")
        self.images[title] = image
        return image

    def _publish(self, page, when=None):
        revision = page.save_revision()
        revision.publish()
        if when is not None:
            type(page).objects.filter(pk=page.pk).update(
                first_published_at=when, last_published_at=when
            )
            page.first_published_at = page.last_published_at = when
        return page

    def _child(self, parent, code, slug):
        return Page.objects.child_of(parent).filter(locale=self.locales[code], slug=slug).first()

    def _add(self, parent, page, translation_of=None, when=None):
        page.locale = parent.locale
        if translation_of is not None:
            page.translation_key = translation_of.translation_key
        parent.add_child(instance=page)
        self._publish(page, when)
        self.report.add(f"page {page.url_path}")
        return page

    def _homes(self):
        root = Page.get_first_root_node()
        site = Site.objects.filter(is_default_site=True).first()
        homes = {}
        source = None
        for code in LANGUAGES:
            data = self.content.HOME[code]
            home = HomePage.objects.filter(locale=self.locales[code], depth=2).first()
            if home is None:
                home = HomePage(
                    title=data["title"],
                    slug=f"home-{code}",
                    intro=data["intro"],
                    locale=self.locales[code],
                )
                if source is not None:
                    home.translation_key = source.translation_key
                root.add_child(instance=home)
                self._publish(home)
                self.report.add(f"home {code}")
            source = source or home
            homes[code] = home
            self.pages[("home", code)] = home.specific
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        if site is None:
            site = Site(is_default_site=True, root_page=homes[LANGUAGES[0]])
        if site.root_page_id != homes[LANGUAGES[0]].pk or site.pk is None:
            old_root = site.root_page if site.pk else None
            site.root_page = homes[LANGUAGES[0]]
            site.site_name = str(settings.WAGTAIL_SITE_NAME)
            # Full URLs in the API and sitemap point where the site is served.
            site.hostname = base.hostname or "localhost"
            site.port = base.port or (443 if base.scheme == "https" else 80)
            site.save()
            # Wagtail's "Welcome" placeholder has nothing worth keeping.
            if (
                old_root is not None
                and type(old_root.specific) is Page
                and not old_root.get_children().exists()
            ):
                old_root.delete()
        return homes

    def _translated_pages(self, spec, parents, build):
        source = None
        for code in LANGUAGES:
            data = spec.get(code)
            if not data:
                continue
            page = self._child(parents[code], code, data["slug"])
            if page is None:
                page = self._add(parents[code], build(spec, code, data), translation_of=source)
            source = source or page
            self.pages[(spec["key"], code)] = page.specific

    def _section(self, spec, code, data):
        return SectionPage(
            title=data["title"],
            slug=data["slug"],
            intro=data.get("intro", ""),
            body=_stream(data.get("body", []), self._image),
            show_in_menus=spec["key"] not in {"accessibility", "privacy"},
        )

    def _audience_page(self, spec, code, data):
        teasers = [
            {
                "type": "teaser",
                "value": {"page": self.pages[(key, code)].pk, "title": "", "text": ""},
                "id": str(uuid.uuid4()),
            }
            for key in spec["sections"]
            if (key, code) in self.pages
        ]
        return AudiencePage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            hero_image=self._image(self.content.HOME["en"]["title"] + " hero", hero=True),
            hero_alt_text=data.get("hero_alt", ""),
            teasers=teasers,
            audience=self.audiences[(spec["audience"], code)],
            feed_title=data.get("feed_title", ""),
            show_in_menus=True,
        )

    def _news_indexes(self, homes):
        indexes = {}
        source = None
        for code in LANGUAGES:
            data = self.content.NEWS_INDEX[code]
            page = self._child(homes[code], code, data["slug"])
            if page is None:
                page = self._add(
                    homes[code],
                    NewsIndexPage(
                        title=data["title"],
                        slug=data["slug"],
                        intro=data.get("intro", ""),
                        show_in_menus=True,
                    ),
                    translation_of=source,
                )
            source = source or page
            indexes[code] = page
            self.pages[("news-index", code)] = page.specific
        return indexes

    def _news(self, spec, indexes, model):
        source = None
        original = _moment(spec["original_published_at"])
        for code in LANGUAGES:
            data = spec["translations"].get(code)
            if not data:
                continue
            page = self._child(indexes[code], code, data["slug"])
            if page is None:
                page = model(
                    title=data["title"],
                    slug=data["slug"],
                    lead=data["lead"],
                    body=_stream(data.get("body", []), self._image),
                    news_type=spec.get("news_type", "news"),
                    original_published_at=original if source is None else None,
                    further_information=_links(
                        data.get("further_information") or spec.get("further_information")
                    ),
                )
                if model is CallPage:
                    page.organiser = data.get("organiser", "")
                    page.eligibility = data.get("eligibility", "")
                    page.selection = data.get("selection", "")
                page.audiences.set(
                    [self.audiences[(key, code)] for key in spec.get("audiences", [])]
                )
                page = self._add(
                    indexes[code],
                    page,
                    translation_of=source,
                    when=_moment(data.get("published_at", spec["original_published_at"])),
                )
            source = source or page
            self.pages[(spec["key"], code)] = page.specific

    # --- application forms ---------------------------------------------------------------------
    def _form(self, parent, code, data, window, translation_of=None):
        """An application form under ``parent`` with the demo fields and ``window``."""
        existing = self._child(parent, code, data["slug"])
        if existing is not None:
            return existing.specific
        privacy = self.pages.get(("privacy", code))
        form = ApplicationFormPage(
            title=data["title"],
            slug=data["slug"],
            intro=f"<p>{data.get('intro', '')}</p>",
            opens_at=_moment(window["opens"]) if window.get("opens") else None,
            closes_at=_moment(window["closes"]) if window.get("closes") else None,
            max_submissions=window.get("max_submissions"),
            one_per_email=True,
            to_address="applications@example.invalid",
            privacy_notice=privacy,
        )
        form.form_fields = [
            ApplicationFormField(
                sort_order=index,
                clean_name=field["clean_name"],
                label=field[code],
                field_type=field["field_type"],
                required=field["required"],
                choices=field.get("choices", ""),
            )
            for index, field in enumerate(self.content.FORM_FIELDS)
        ]
        return self._add(parent, form, translation_of=translation_of)

    def _call_forms(self, spec):
        window = spec.get("application_window")
        if not window:
            return
        source = None
        for code in LANGUAGES:
            data = spec["translations"].get(code)
            call = self.pages.get((spec["key"], code))
            if not data or call is None or "form_slug" not in data:
                continue
            form = self._form(
                call,
                code,
                {
                    "title": data["form_title"],
                    "slug": data["form_slug"],
                    "intro": data["form_intro"],
                },
                window,
                translation_of=source,
            )
            self.pages[(f"{spec['key']}-form", code)] = form  # e.g. "current-call-form"
            source = source or form
            if call.application_form_id is None:
                call.application_form = form
                self._publish(call, call.first_published_at)

    def _upcoming_form(self):
        spec = getattr(self.content, "UPCOMING_FORM", None)
        if spec is None:
            return
        source = None
        for code in LANGUAGES:
            parent = self.pages.get((spec["section"], code))
            if parent is None or code not in spec:
                continue
            form = self._form(
                parent, code, spec[code], spec["application_window"], translation_of=source
            )
            source = source or form

    def _site_settings(self):
        site = Site.objects.get(is_default_site=True)
        portal = PortalSettings.for_site(site)
        changed = False
        if portal.accessibility_page_id is None and ("accessibility", "fi") in self.pages:
            portal.accessibility_page = self.pages[("accessibility", "fi")]
            changed = True
        if portal.privacy_page_id is None and ("privacy", "fi") in self.pages:
            portal.privacy_page = self.pages[("privacy", "fi")]
            changed = True
        if changed:
            portal.save()
            self.report.add("portal settings")

    def _workflow(self, homes):
        """Two-step moderation: an editor's submission is reviewed, then signed off."""
        editors, _ = Group.objects.get_or_create(name="Editors")
        approvers, created = Group.objects.get_or_create(name="Approvers")
        if created:
            # Approvers may do everything editors may, and publish.
            approvers.permissions.set(editors.permissions.all())
            for permission in Permission.objects.filter(codename="access_admin"):
                approvers.permissions.add(permission)
        workflow, created = Workflow.objects.get_or_create(name="Editorial review")
        if created:
            review, _ = GroupApprovalTask.objects.get_or_create(name="Editorial review")
            review.groups.set([editors])
            sign_off, _ = GroupApprovalTask.objects.get_or_create(name="Approver sign-off")
            sign_off.groups.set([approvers])
            WorkflowTask.objects.create(workflow=workflow, task=review, sort_order=0)
            WorkflowTask.objects.create(workflow=workflow, task=sign_off, sort_order=1)
            self.report.add("workflow Editorial review")
        for home in homes.values():
            WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
        self._copy_page_permissions(homes, editors, approvers)

    def _copy_page_permissions(self, homes, editors, approvers):
        from wagtail.models import GroupPagePermission

        root = Page.get_first_root_node()
        page_perms = {
            editors: ["add_page", "change_page", "lock_page"],
            approvers: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        }
        for group, codenames in page_perms.items():
            for codename in codenames:
                permission = Permission.objects.filter(
                    content_type__app_label="wagtailcore", codename=codename
                ).first()
                if permission is not None:
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=root, permission=permission
                    )

    def _editor(self):
        User = get_user_model()
        if User.objects.filter(username="editor").exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username="editor", email="editor@example.invalid", password=password
        )
        self.report.editor_password = password
        self.report.add("user editor")
