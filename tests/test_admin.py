"""Editors can work on every page type and the demo workflow is in place."""

import pytest
from wagtail.models import Workflow


def test_edit_view_of_every_page_type_renders(admin_client, site_pages):
    seen = set()
    extra = [site_pages["services", "fi"].get_parent(), site_pages["forum", "fi"].get_parent()]
    for page in [*site_pages.values(), *(p.specific for p in extra)]:
        if type(page) in seen:
            continue
        seen.add(type(page))
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page)
    # home, news index, news, call, section, audience page, and a call's application form
    assert len(seen) == 7


@pytest.mark.parametrize(
    ("model", "parent_key"),
    [("newspage", "forum"), ("callpage", "forum"), ("sectionpage", "services")],
)
def test_add_view_renders(admin_client, site_pages, model, parent_key):
    parent = site_pages[parent_key, "fi"]
    if parent_key == "forum":
        parent = parent.get_parent()
    response = admin_client.get(f"/admin/pages/add/cms/{model}/{parent.pk}/")
    assert response.status_code == 200


def test_audience_snippets_are_listed(admin_client, db):
    response = admin_client.get("/admin/snippets/cms/audience/")
    assert response.status_code == 200
    assert "decision-makers fi" in response.content.decode()


def test_two_step_moderation_workflow_covers_every_language(db):
    workflow = Workflow.objects.get(name="Editorial review")
    tasks = [task.specific for task in workflow.tasks.order_by("workflow_tasks__sort_order")]
    assert [task.name for task in tasks] == ["Editorial review", "Approver sign-off"]
    assert [g.name for g in tasks[0].groups.all()] == ["Editors"]
    assert [g.name for g in tasks[1].groups.all()] == ["Approvers"]
    homes = {wp.page.locale.language_code for wp in workflow.workflow_pages.all()}
    assert homes == {"fi", "sv", "en"}


def test_editor_submission_goes_to_review_not_live(client, site_pages, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("writer", password="pw-writer-123")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    page = site_pages["services", "en"]
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            "title": "Changed by writer",
            "slug": page.slug,
            "intro": page.intro,
            "body-count": "0",
            "action-submit": "Submit",
        },
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.title == "services en"  # still the live version
    assert page.current_workflow_state is not None
