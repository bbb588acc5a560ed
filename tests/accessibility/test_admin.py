import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from accessibility.models import NON_COMPLIANT, AccessibilityStatementPage

REMINDER = "Deklaracja wymaga przeglądu."


def set_dates(page, prepared_days_ago, reviewed_days_ago=None):
    today = timezone.localdate()
    page.data_sporzadzenia = today - datetime.timedelta(days=prepared_days_ago)
    page.data_przegladu = (
        None if reviewed_days_ago is None else today - datetime.timedelta(days=reviewed_days_ago)
    )
    page.save_revision().publish()


def edit_view(admin_client, page):
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_edit_view_warns_when_the_last_review_is_over_a_year_old(admin_client, pl_statement):
    set_dates(pl_statement, prepared_days_ago=800, reviewed_days_ago=366)
    html = edit_view(admin_client, pl_statement)
    assert REMINDER in html
    assert "Ostatni przegląd był" in html


def test_edit_view_is_quiet_after_a_recent_review(admin_client, pl_statement):
    set_dates(pl_statement, prepared_days_ago=800, reviewed_days_ago=10)
    assert REMINDER not in edit_view(admin_client, pl_statement)


def test_without_a_review_the_preparation_date_counts(admin_client, pl_statement):
    set_dates(pl_statement, prepared_days_ago=30)
    assert REMINDER not in edit_view(admin_client, pl_statement)
    set_dates(pl_statement, prepared_days_ago=400)
    html = edit_view(admin_client, pl_statement)
    assert REMINDER in html and "od ponad roku nie była przeglądana" in html


def test_exactly_a_year_is_not_yet_overdue(pl_statement):
    today = datetime.date(2027, 3, 31)
    pl_statement.data_przegladu = today - datetime.timedelta(days=365)
    assert not pl_statement.review_overdue(today)
    pl_statement.data_przegladu = today - datetime.timedelta(days=366)
    assert pl_statement.review_overdue(today)


def test_dashboard_lists_overdue_statements(admin_client, pl_statement):
    assert REMINDER not in admin_client.get("/admin/").content.decode()
    set_dates(pl_statement, prepared_days_ago=800, reviewed_days_ago=500)
    html = admin_client.get("/admin/").content.decode()
    assert "Deklaracje dostępności do przeglądu" in html
    assert f"/admin/pages/{pl_statement.pk}/edit/" in html


def test_validation_of_dates_status_and_auditor(pl_statement):
    page = AccessibilityStatementPage.objects.get(pk=pl_statement.pk)
    page.status = NON_COMPLIANT
    page.niezgodnosci = page.wylaczenia = page.nadmierne_koszty = "<p></p>"
    page.data_przegladu = page.data_sporzadzenia - datetime.timedelta(days=1)
    page.data_aktualizacji = page.data_publikacji - datetime.timedelta(days=1)
    page.sposob_oceny = "audyt"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert {"niezgodnosci", "data_przegladu", "data_aktualizacji", "audytor"} <= set(error.value.message_dict)


def test_every_editor_field_has_polish_help_text():
    own = [f for f in AccessibilityStatementPage._meta.get_fields()
           if getattr(f, "model", None) is AccessibilityStatementPage and f.concrete and not f.primary_key
           and f.name != "page_ptr"]
    assert len(own) >= 20
    for field in own:
        assert field.help_text, field.name
        assert any(ch in field.help_text for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"), field.name


def test_reminder_and_dashboard_panel_in_english_for_an_english_admin(admin_client, pl_statement):
    from tests.core.test_admin_languages import choose_language

    set_dates(pl_statement, prepared_days_ago=800, reviewed_days_ago=500)
    choose_language(admin_client, "en")
    html = edit_view(admin_client, pl_statement)
    assert "The statement needs a review." in html and "The last review was on" in html
    assert REMINDER not in html
    dashboard = admin_client.get("/admin/").content.decode()
    assert "Accessibility statements to review" in dashboard and "The law requires a review" in dashboard
    assert "Deklaracje dostępności do przeglądu" not in dashboard and "ostatnio:" not in dashboard


def test_validation_messages_in_english(pl_statement):
    from django.utils import translation

    page = AccessibilityStatementPage.objects.get(pk=pl_statement.pk)
    page.data_przegladu = page.data_sporzadzenia - datetime.timedelta(days=1)
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert error.value.message_dict["data_przegladu"] == [
            "The review cannot be earlier than the preparation of the statement."]
