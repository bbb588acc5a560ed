"""Many scenarios fast, for counts and budgets (rows written directly, see scenarios.bulk)."""

import datetime
import random
from decimal import Decimal

from django.utils import timezone

from publications.models import Licence
from scenarios.bulk import insert_scenarios
from scenarios.models import Audience, Level, ScenarioPage, ThematicArea

WORDS = ["bankowość", "e-recepta", "zdjęcia", "seniorzy", "Łódź", "biblioteka", "komunikator", "podatki",
         "przepisy", "wolontariat", "mapa", "genealogia"]
HOURS = ["0.5", "1", "1.5", "2", "3", "4", "6", "8", "12", "44"]


def random_scenarios(index, count, seed=1):
    rng = random.Random(seed)
    areas = list(ThematicArea.objects.filter(locale_id=index.locale_id))
    audiences = list(Audience.objects.filter(locale_id=index.locale_id))
    levels = list(Level.objects.filter(locale_id=index.locale_id))
    licence = Licence.objects.first()
    now = timezone.now()
    pages, chosen = [], []
    for number in range(count):
        words = " ".join(rng.sample(WORDS, 2))
        online = rng.random() < 0.2
        pages.append(ScenarioPage(
            title=f"Scenariusz próbny {seed}-{number}: {words}", slug=f"probny-{seed}-{number}",
            external_id=f"T{seed}-{number}", summary=f"Zajęcia o tym, co ważne: {words}.",
            area=rng.choice(areas), level=rng.choice(levels), format="online" if online else "stacjonarne",
            duration_hours=Decimal(rng.choice(HOURS)), objectives="Uczestnik wie więcej.", authors="Zespół testowy",
            online_url="https://example.org/kurs/" if online else "", licence=licence, live=True,
            has_unpublished_changes=False, first_published_at=now - datetime.timedelta(hours=number),
        ))
        chosen.append(rng.sample(audiences, rng.randint(0, 3)))
    insert_scenarios(index, pages, chosen)
    return pages
