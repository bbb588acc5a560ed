"""The catalogue filters on the real relations: a change that skips ScenarioPage.save() (a
queryset update, the many-to-many manager, a taxonomy renamed in bulk) is seen by the next
request, in the results and in the counts."""

import re

from scenarios.models import Audience, Level, ScenarioPage, ThematicArea

URL = "/scenariusze/"


def total(html):
    return int(re.search(r'data-total="(\d+)"', html).group(1))


def count_of(html, facet, slug):
    return int(re.search(rf'data-count-for="f-{facet}-{slug}">\((\d+)\)', html).group(1))


def get(client, query):
    response = client.get(URL + query)
    assert response.status_code == 200
    return response.content.decode()


def pages(catalogue):
    return ScenarioPage.objects.child_of(catalogue).live()


def test_an_area_changed_by_queryset_update_is_filtered_at_once(catalogue, client):
    health = ThematicArea.objects.get(slug="zdrowie", locale=catalogue.locale)
    finance = ThematicArea.objects.get(slug="finanse", locale=catalogue.locale)
    before = total(get(client, "?area=finanse"))
    moved = list(pages(catalogue).filter(area=health).values_list("pk", flat=True)[:2])
    ScenarioPage.objects.filter(pk__in=moved).update(area=finance)
    html = get(client, "?area=finanse")
    assert total(html) == before + len(moved) == pages(catalogue).filter(area=finance).count()
    assert total(get(client, "?area=zdrowie")) == pages(catalogue).filter(area=health).count()


def test_an_audience_added_through_the_manager_is_filtered_and_counted(catalogue, client):
    deaf = Audience.objects.get(slug="osoby-gluche", locale=catalogue.locale)
    page = pages(catalogue).exclude(audiences=deaf).first()
    before = total(get(client, "?audience=osoby-gluche"))
    deaf.scenarios.add(page)  # the reverse manager writes at once; no save() of the page
    html = get(client, "?audience=osoby-gluche")
    assert total(html) == before + 1 == pages(catalogue).filter(audiences=deaf).count()
    assert count_of(get(client, ""), "audience", "osoby-gluche") == before + 1
    same_area = f"?area={page.area.slug}"
    assert count_of(get(client, same_area), "audience", "osoby-gluche") == pages(catalogue).filter(
        area=page.area, audiences=deaf).count()
    deaf.scenarios.remove(page)
    assert total(get(client, "?audience=osoby-gluche")) == before


def test_links_written_straight_into_the_many_to_many_table_count(catalogue, client):
    seniors = Audience.objects.get(slug="seniorzy", locale=catalogue.locale)
    link = ScenarioPage.audiences.through
    without = list(pages(catalogue).exclude(audiences=seniors).values_list("pk", flat=True)[:3])
    before = total(get(client, "?audience=seniorzy"))
    link.objects.bulk_create([link(scenariopage_id=pk, audience_id=seniors.pk) for pk in without])
    html = get(client, "?audience=seniorzy")
    assert total(html) == before + len(without) == count_of(html, "audience", "seniorzy")
    link.objects.filter(scenariopage_id__in=without, audience=seniors).delete()
    assert total(get(client, "?audience=seniorzy")) == before


def test_a_taxonomy_renamed_in_bulk_is_searched_by_its_new_name(catalogue, client):
    level = Level.objects.get(slug="podstawowy", locale=catalogue.locale)
    expected = pages(catalogue).filter(level=level).count()
    assert total(get(client, "?q=gwiazdozbior")) == 0
    Level.objects.filter(pk=level.pk).update(name="Gwiazdozbiór", keywords="")  # no save(), no signal
    assert total(get(client, "?q=gwiazdozbi%C3%B3r")) == expected > 0
    assert total(get(client, "?q=gwiazdozbior")) == expected
    area = ThematicArea.objects.get(slug="zdrowie", locale=catalogue.locale)
    ThematicArea.objects.filter(pk=area.pk).update(keywords="kaszubski-rebus")
    assert total(get(client, "?q=kaszubski-rebus")) == pages(catalogue).filter(area=area).count() > 0
    ThematicArea.objects.filter(pk=area.pk).update(keywords="")
    assert total(get(client, "?q=kaszubski-rebus")) == 0


def test_the_stored_text_holds_only_the_scenarios_own_words(catalogue):
    """No copy of a taxonomy's words in a scenario row: nothing to go stale."""
    page = pages(catalogue).select_related("area").first()
    keyword = "kaszubskirebus"
    ThematicArea.objects.filter(pk=page.area_id).update(keywords=keyword)
    page.refresh_from_db()
    page.save_revision().publish()
    page.refresh_from_db()
    assert keyword not in page.search_text
