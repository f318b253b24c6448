"""Submissions per second: our locked, window-checked path against Wagtail's stock one.

Same page, same form class, same data, same run, sequential on one connection.

- "stock" is Wagtail's AbstractEmailForm path: validate, FormMixin creates a FormSubmission,
  EmailFormMixin sends the organiser's mail at once (when ``to_address`` is set).
- "ours" is ``forms_ext.submissions.submit``: window check, validation, counter-row lock,
  one clock read, window/cap re-check, insert; with mail, delivery records for the
  organiser's copy and the applicant's receipt, sent after commit.

Table 1 measures what the deadline and cap checks cost (no mail on either side: the form
has no e-mail field and no ``to_address``); table 2 the whole path with mail.

    BENCH_RUNS=500 DATABASE_URL=postgres://postgres@127.0.0.1:5432/test \\
        .venv/bin/python -m tests.bench.forms_submit
"""

import os
import types

from tests.bench.common import report, setup_django, summary, throwaway_database, timed


def _pages():
    from wagtail.contrib.forms.models import EmailFormMixin, FormSubmission

    from forms_ext.models import ApplicationFormPage

    page_id = ApplicationFormPage.objects.get(locale__language_code="en").pk

    def load(**fields):
        ApplicationFormPage.objects.filter(pk=page_id).update(**fields)
        return ApplicationFormPage.objects.get(pk=page_id)

    def stock_version(page):
        # The same page driven through Wagtail's stock code: stock model, stock sync mail.
        page.get_submission_class = lambda: FormSubmission
        page.send_mail = types.MethodType(EmailFormMixin.send_mail, page)
        return page

    return load, stock_version


def _variants(load, stock_version, data, with_mail):
    from wagtail.contrib.forms.models import EmailFormMixin

    from forms_ext.submissions import submit

    to_address = "organiser@example.org" if with_mail else ""
    stock_page = stock_version(
        load(one_per_email=False, max_submissions=None, to_address=to_address)
    )
    open_page = load(one_per_email=False, max_submissions=None, to_address=to_address)
    capped_page = load(one_per_email=False, max_submissions=10**9, to_address=to_address)

    def stock(index):
        form = stock_page.get_form(data(index), page=stock_page)
        assert form.is_valid()
        EmailFormMixin.process_form_submission(stock_page, form)

    def ours(page):
        def call(index):
            assert submit(page, data(index)).stored

        return call

    return [
        ("stock AbstractEmailForm", stock),
        ("ours, no cap", ours(open_page)),
        ("ours, capped (counts rows)", ours(capped_page)),
    ]


def measure(variants, runs):
    from django.core import mail

    rows = []
    for name, fn in variants:
        timed(fn, max(5, runs // 10))  # warm-up
        rows.append({"variant": name, **summary(timed(fn, runs))})
        mail.outbox = []
    return rows


def run(runs: int) -> dict:
    from forms_ext.models import ApplicationFormField

    load, stock_version = _pages()
    page = load()

    def with_email(index):
        return {"full_name": f"Bench {index}", "email": f"b{index}@example.org", "consent": "on"}

    def without_email(index):
        return {"full_name": f"Bench {index}", "consent": "on"}

    results = {}
    full = measure(_variants(load, stock_version, with_email, with_mail=True), runs)
    ApplicationFormField.objects.filter(page=page, clean_name="email").delete()
    checks = measure(_variants(load, stock_version, without_email, with_mail=False), runs)
    results["checks"] = report("forms_submit_checks", checks, "stock AbstractEmailForm")
    results["with_mail"] = report("forms_submit_with_mail", full, "stock AbstractEmailForm")
    return results


def main():
    setup_django()
    runs = int(os.environ.get("BENCH_RUNS", "300"))
    with throwaway_database():
        run(runs)


if __name__ == "__main__":
    main()
