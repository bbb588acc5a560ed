"""Demo scenarios generated from the per-area material: two versions of every stationary
topic (for different audiences) and the online courses. Deterministic (fixed seed)."""

import datetime
import random
from decimal import Decimal

from django.utils.text import slugify

from scenarios import demo_blocks as blocks
from scenarios.demo_texts_a import EDUKACJA, FINANSE, SPRAWY_CODZIENNE
from scenarios.demo_texts_b import PRACA, RELACJE, ZDROWIE
from scenarios.demo_texts_c import DUCHOWE, OBYWATELSKIE, ODPOCZYNEK
from search.normalise import fold

AREAS = [EDUKACJA, SPRAWY_CODZIENNE, FINANSE, RELACJE, PRACA, ZDROWIE, ODPOCZYNEK, OBYWATELSKIE, DUCHOWE]
SEED = 2017
START, END = datetime.date(2017, 3, 1), datetime.date(2019, 12, 15)


def slug_for(title):
    return slugify(fold(title))[:80].strip("-")


def step(minutes, title, description):
    return {"type": "step", "value": {"minutes": minutes, "title": title, "description": description}}


def exercise(title, instructions):
    return {"type": "exercise", "value": {"title": title, "instructions": instructions}}


def split_minutes(total, shares):
    """Whole five-minute parts in proportion to `shares`; the largest share takes the rest."""
    parts = [max(5, int(total * share / sum(shares) / 5) * 5) for share in shares]
    parts[parts.index(max(parts))] += total - sum(parts)
    return parts


def stationary_steps(area, topic, audience, level, minutes):
    ex_title = topic[5]
    frame = 10 if minutes <= 90 else 15
    has_break, has_solo = minutes >= 150, level == "Z" or minutes >= 240
    middle = minutes - 2 * frame - (15 if has_break else 0)
    shares = [25, 40, 15] + ([20] if has_solo else [])
    parts = split_minutes(middle, shares)
    plan = [step(frame, blocks.STEPS["intro"], f"{blocks.AUDIENCES[audience]['intro']} {area['warmup']}"),
            step(parts[0], blocks.STEPS["show"], topic[4]),
            step(parts[1], blocks.STEPS["exercise"].format(exercise=ex_title), blocks.STEPS["exercise_text"])]
    if has_break:
        plan.append(step(15, blocks.STEPS["break"], blocks.STEPS["break_text"]))
    plan.append(step(parts[2], blocks.STEPS["safety"], area["safety"]))
    if has_solo:
        plan.append(step(parts[3], blocks.STEPS["solo"], blocks.STEPS["solo_text"]))
    plan.append(step(frame, blocks.STEPS["summary"], blocks.STEPS["summary_text"]))
    return plan


def online_steps(topic, minutes):
    parts = split_minutes(minutes, [10, 30, 35, 15, 10])
    return [step(part, title.format(exercise=topic[5]), text or topic[4])
            for part, (title, text) in zip(parts, blocks.ONLINE_STEPS, strict=True)]


def scenario(area, topic, number, audiences, online, rng):
    title, level = topic[0], topic[1]
    first = blocks.AUDIENCES[audiences[0]]
    level_block = blocks.LEVELS[level]
    if online:
        hours = Decimal(str(rng.choice(level_block["online_hours"])))
        summary = f"{topic[2]} {blocks.ONLINE_SUMMARY}"
        equipment = list(blocks.ONLINE_EQUIPMENT) + ([topic[7]] if topic[7] else [])
        group = (10, 30)
        deaf = blocks.ONLINE_DEAF if "osoby-gluche" in audiences else blocks.ONLINE_DEAF_SHORT
        blind = blocks.ONLINE_BLIND
        authors = blocks.FRSI
        prerequisites = blocks.ONLINE_PREREQUISITES if level != "P" else ""
    else:
        title += first["suffix"]
        hours = Decimal(str(rng.choice(level_block["hours"])))
        hours = (hours * Decimal(str(first.get("duration_factor", 1))) * 2).to_integral_value() / 2
        summary = f"{topic[2]} {first['summary']}"
        equipment = list(blocks.STATIONARY_EQUIPMENT) + ([topic[7]] if topic[7] else []) + list(first["equipment"])
        group = first["group"]
        full = blocks.ADAPTATION_DEAF_FULL if audiences[0] == "osoby-gluche" else blocks.ADAPTATION_DEAF
        deaf = f"{full} {blocks.ADAPTATION_DEAF_EXERCISE.format(exercise=topic[5])}"
        blind = blocks.ADAPTATION_BLIND.format(exercise=topic[5])
        if audiences[0] == "osoby-niewidome-i-slabowidzace":
            blind = f"{blocks.ADAPTATION_BLIND_FULL} {blind}"
        authors = first["authors"][number % len(first["authors"])]
        prerequisites = level_block["prerequisites"]
    minutes = int(hours * 60)
    exercises = [exercise(topic[5], topic[6])]
    if level != "P" and not online:
        exercises.append(exercise(blocks.HOMEWORK[0], blocks.HOMEWORK[1].format(exercise=topic[5])))
    published = START + datetime.timedelta(days=rng.randrange((END - START).days))
    return {
        "external_id": f"{area['code']}-{number:03d}",
        "title": title,
        "slug": slug_for(title),
        "summary": summary,
        "area": area["slug"],
        "audiences": list(audiences),
        "format": "online" if online else "stacjonarne",
        "level": level_block["slug"],
        "duration_hours": hours,
        "group_min": group[0],
        "group_max": group[1],
        "equipment": "\n".join(equipment),
        "objectives": "\n".join([*topic[3], level_block["objective"]]),
        "prerequisites": prerequisites,
        "steps": online_steps(topic, minutes) if online else stationary_steps(area, topic, audiences[0], level, minutes),
        "exercises": exercises,
        "trainer_tips": "\n".join([area["tip"], *first["tips"], level_block["tip"]]),
        "adaptation_deaf": deaf,
        "adaptation_blind": blind,
        "online_url": f"https://example.org/e-mocni/kursy/{slug_for(title)}/" if online else "",
        "authors": authors,
        "editor_note": blocks.EDITOR_NOTE + (blocks.ONLINE_NOTE if online else ""),
        "published": published,
    }


def build_scenarios():
    rng = random.Random(SEED)
    found = []
    turn = 0
    for area in AREAS:
        number = 1
        for topic in area["topics"]:
            general = ["dorosli-poczatkujacy"] + (["seniorzy"] if topic[1] == "P" else [])
            variant = blocks.VARIANT_AUDIENCES[turn % len(blocks.VARIANT_AUDIENCES)]
            turn += 1
            if variant == "osoby-niewidome-i-slabowidzace":
                variant_audiences = [variant, "osoby-z-niepelnosprawnosciami"]
            else:
                variant_audiences = [variant]
            for audiences in (general, variant_audiences):
                found.append(scenario(area, topic, number, audiences, False, rng))
                number += 1
        for position, topic in enumerate(area["online"]):
            audiences = ["dorosli-poczatkujacy"] + (["seniorzy"] if topic[1] == "P" else [])
            if position == 0:
                audiences.append("osoby-gluche")
            found.append(scenario(area, topic, 100 + position + 1, audiences, True, rng))
    return found
