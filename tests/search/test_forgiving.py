"""Issue 18: typos corrected with both links, questions, word families, synonyms, bad input."""

import time

import pytest

from search.analysis import exact_terms, family_term, osa_distance
from search.models import Synonym
from search.query import parse
from search.ranking import run_search
from search.snippets import suggestions


def urls(query, language="pl", **kwargs):
    return [entry.url for entry in run_search(query, language, **kwargs).entries[:10]]


@pytest.mark.parametrize("a,b", [
    ("przypomnienie", "przypominać"), ("rejestracja", "rejestrować"), ("głosowanie", "głosować"),
    ("oszuści", "oszustwa"), ("partnerstwo", "partnerzy"),
])
def test_word_families_meet(a, b):
    assert family_term(a, "pl") == family_term(b, "pl") is not None


@pytest.mark.parametrize("a,b", [("seniorzy", "seniorów"), ("seniorami", "seniorów"), ("gmina", "gminom"),
                                 ("oszuści", "oszust"), ("ludzie", "człowiek")])
def test_inflected_forms_share_a_stem(a, b):
    assert exact_terms(a, "pl") & exact_terms(b, "pl")


def test_unrelated_words_stay_apart():
    assert not exact_terms("rower", "pl") & exact_terms("rada", "pl")
    assert family_term("internet", "pl") != family_term("informacja", "pl")


def test_edit_distance_counts_a_swap_as_one():
    assert osa_distance("elektorniczna", "elektroniczna") == 1
    assert osa_distance("webinaira", "webinaria") == 1
    assert osa_distance("abc", "xyzabc", limit=2) == 3


def test_typo_shows_corrected_results_and_both_links(demo, client):
    html = client.get("/szukaj/", {"q": "poczta elektorniczna"}).content.decode()
    assert "Pokazujemy wyniki dla:" in html and "Szukaj dokładnie:" in html
    assert 'href="?q=poczta%20elektroniczna"' in html
    assert 'href="?q=poczta%20elektorniczna&amp;exact=1"' in html
    assert "/scenariusze/poczta-elektroniczna-na-co-dzien/" in html
    exact = client.get("/szukaj/", {"q": "poczta elektorniczna", "exact": "1"})
    assert "Pokazujemy wyniki dla:" not in exact.content.decode()
    assert not exact.context["corrected_query"]


def test_correction_draws_on_words_of_the_text_not_only_titles(demo):
    # "krokomierz" is in a scenario's text only, never in a title.
    parsed = parse("krokomiersz", "pl")
    assert parsed.corrections == {"krokomiersz": "krokomierz"}
    assert "/scenariusze/telefon-jako-pomocnik-zdrowia/" in urls("krokomiersz")


def test_polish_letters_are_not_typos(demo):
    assert parse("zrodla", "pl").corrections == {}
    assert urls("wiarygodne zrodla")[:3] == urls("wiarygodne źródła")[:3]


def test_a_corrected_word_is_not_corrected_again(demo):
    parsed = parse("webinaira", "pl")
    corrected = parsed.corrections["webinaira"]
    assert parse(corrected, "pl").corrections == {}


def test_every_word_need_not_match_but_all_words_rank_first(demo):
    found = urls("zakupy przez internet bezpiecznie")
    assert found[0] == "/scenariusze/bezpieczne-zakupy-w-sieci/" or "/scenariusze/bezpieczne-zakupy-w-sieci/" in found[:3]
    # One word nobody wrote does not empty the results.
    assert urls("bezpieczne zakupy kangur")


def test_question_words_do_not_decide(demo):
    assert urls("jak gdzie czy teleporada")[0] == urls("teleporada")[0]


def test_exact_phrase_ranks_above_scattered_words(demo):
    found = urls("rozmowy wideo z rodziną")
    assert found[0] == "/scenariusze/rozmowy-wideo-z-rodzina/"


def test_synonyms_from_the_admin_apply_at_query_time(demo):
    assert not urls("kartoflanka")
    Synonym.objects.create(language="pl", terms="kartoflanka, genealogia")
    assert "/scenariusze/genealogia-szukanie-przodkow-w-archiwach-cyfrowych/" in urls("kartoflanka")
    assert not urls("kartoflanka", "en")


def test_synonym_needs_two_phrases():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        Synonym(language="pl", terms="samotne").full_clean()


def test_demo_has_synonyms_in_both_languages(demo):
    assert Synonym.objects.filter(language="pl").count() >= 5
    assert Synonym.objects.filter(language="en").exists()


def test_synonyms_admin(demo, admin_client):
    response = admin_client.get("/admin/snippets/site_search/synonym/")
    assert response.status_code == 200 and "BIP" in response.content.decode()


def test_suggestions_use_the_title_terms(demo):
    titles = [title for title, _url in suggestions("bankow", "pl")]
    assert titles and all("ankowo" in title for title in titles)
    assert suggestions("rozmowy wid", "pl")[0][0].startswith("Rozmowy wideo")


@pytest.mark.parametrize("query,message", [
    ("a" * 2000, "pierwszych 200 znaków"),
    (" ".join(["szkolenie"] * 200), "pierwszych 12 słów"),
    ("jak i czy się w na", "tylko popularne słowa"),
    ("?!… ,.;", "nie ma liter ani cyfr"),
])
def test_bad_input_is_answered_with_a_message(demo, client, query, message):
    started = time.perf_counter()
    response = client.get("/szukaj/", {"q": query})
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert message in response.content.decode()
    assert elapsed < 5  # bounded (the budget of 200 ms is measured in benchmarks/)


@pytest.mark.parametrize("query", [
    "szkolenie Москва 東京 seniorów", "zdrowie 😀 ٱلعربية", "ααααααα ββββ", "e-e-e-e-e-e-e-e-e-e-e-e",
    " ".join(f"słowo{n}" for n in range(200)), "ż" * 200, "webinaira webinaira webinaira",
])
def test_odd_queries_never_fail(demo, client, query):
    assert client.get("/szukaj/", {"q": query}).status_code == 200
    assert client.get("/en/search/", {"q": query}).status_code == 200
    assert client.get("/szukaj/podpowiedzi/", {"q": query}).status_code == 200
