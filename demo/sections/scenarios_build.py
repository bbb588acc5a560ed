"""Demo scenarios generated from the per-area material: two versions of every stationary
topic (for different audiences) and the online courses. Deterministic (fixed seed).

The wording comes from a building-blocks module (`texts`, Polish by default): the English
demo (demo/sections/scenarios_en.py) composes its scenarios from the same plan with its own blocks."""

import datetime
import random
from decimal import Decimal

from demo.files.pdf import build_pdf
from demo.sections.scenarios_texts import AREAS, blocks
from scenarios.slugs import slug_for

SEED = 2017
START, END = datetime.date(2017, 3, 1), datetime.date(2019, 12, 15)


def step(minutes, title, description):
    return {"type": "step", "value": {"minutes": minutes, "title": title, "description": description}}


def exercise(title, instructions):
    return {"type": "exercise", "value": {"title": title, "instructions": instructions}}


def split_minutes(total, shares):
    """Whole five-minute parts in proportion to `shares`; the largest share takes the rest."""
    parts = [max(5, int(total * share / sum(shares) / 5) * 5) for share in shares]
    parts[parts.index(max(parts))] += total - sum(parts)
    return parts


def stationary_steps(area, topic, audience, level, minutes, texts=blocks):
    ex_title = topic[5]
    frame = 10 if minutes <= 90 else 15
    has_break, has_solo = minutes >= 150, level == "Z" or minutes >= 240
    middle = minutes - 2 * frame - (15 if has_break else 0)
    shares = [25, 40, 15] + ([20] if has_solo else [])
    parts = split_minutes(middle, shares)
    labels = texts.STEPS
    plan = [step(frame, labels["intro"], f"{texts.AUDIENCES[audience]['intro']} {area['warmup']}"),
            step(parts[0], labels["show"], topic[4]),
            step(parts[1], labels["exercise"].format(exercise=ex_title), labels["exercise_text"])]
    if has_break:
        plan.append(step(15, labels["break"], labels["break_text"]))
    plan.append(step(parts[2], labels["safety"], area["safety"]))
    if has_solo:
        plan.append(step(parts[3], labels["solo"], labels["solo_text"]))
    plan.append(step(frame, labels["summary"], labels["summary_text"]))
    return plan


def online_steps(topic, minutes, texts=blocks):
    parts = split_minutes(minutes, [10, 30, 35, 15, 10])
    return [step(part, title.format(exercise=topic[5]), text or topic[4])
            for part, (title, text) in zip(parts, texts.ONLINE_STEPS, strict=True)]


def draw_hours(topic, audiences, online, rng):
    """The random part of a scenario's duration (the Polish building blocks hold the hours)."""
    level_block = blocks.LEVELS[topic[1]]
    if online:
        return Decimal(str(rng.choice(level_block["online_hours"])))
    hours = Decimal(str(rng.choice(level_block["hours"])))
    factor = Decimal(str(blocks.AUDIENCES[audiences[0]].get("duration_factor", 1)))
    return (hours * factor * 2).to_integral_value() / 2


def scenario(area, topic, number, audiences, online, rng):
    hours = draw_hours(topic, audiences, online, rng)
    published = START + datetime.timedelta(days=rng.randrange((END - START).days))
    return compose(area, topic, number, audiences, online, hours, published)


def compose(area, topic, number, audiences, online, hours, published, texts=blocks):
    """A scenario's fields in the language of `texts` (area and topic in that language too)."""
    title, level = topic[0], topic[1]
    first = texts.AUDIENCES[audiences[0]]
    level_block = texts.LEVELS[level]
    if online:
        summary = f"{topic[2]} {texts.ONLINE_SUMMARY}"
        equipment = list(texts.ONLINE_EQUIPMENT) + ([topic[7]] if topic[7] else [])
        group = (10, 30)
        deaf = texts.ONLINE_DEAF if "osoby-gluche" in audiences else texts.ONLINE_DEAF_SHORT
        blind = texts.ONLINE_BLIND
        authors = texts.FRSI
        prerequisites = texts.ONLINE_PREREQUISITES if level != "P" else ""
    else:
        title += first["suffix"]
        summary = f"{topic[2]} {first['summary']}"
        equipment = list(texts.STATIONARY_EQUIPMENT) + ([topic[7]] if topic[7] else []) + list(first["equipment"])
        group = blocks.AUDIENCES[audiences[0]]["group"]
        full = texts.ADAPTATION_DEAF_FULL if audiences[0] == "osoby-gluche" else texts.ADAPTATION_DEAF
        deaf = f"{full} {texts.ADAPTATION_DEAF_EXERCISE.format(exercise=topic[5])}"
        blind = texts.ADAPTATION_BLIND.format(exercise=topic[5])
        if audiences[0] == "osoby-niewidome-i-slabowidzace":
            blind = f"{texts.ADAPTATION_BLIND_FULL} {blind}"
        authors = first["authors"][number % len(first["authors"])]
        prerequisites = level_block["prerequisites"]
    minutes = int(hours * 60)
    exercises = [exercise(topic[5], topic[6])]
    if level != "P" and not online:
        exercises.append(exercise(texts.HOMEWORK[0], texts.HOMEWORK[1].format(exercise=topic[5])))
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
        "steps": (online_steps(topic, minutes, texts) if online
                  else stationary_steps(area, topic, audiences[0], level, minutes, texts)),
        "exercises": exercises,
        "trainer_tips": "\n".join([area["tip"], *first["tips"], level_block["tip"]]),
        "adaptation_deaf": deaf,
        "adaptation_blind": blind,
        "online_url": f"https://example.org/e-mocni/kursy/{slug_for(title)}/" if online else "",
        "authors": authors,
        "editor_note": blocks.EDITOR_NOTE + (blocks.ONLINE_NOTE if online else ""),  # Polish: synchronised
        "published": published,
    }


def build_scenarios():
    return [data for _spec, data in planned_scenarios()]


def planned_scenarios():
    """(spec, data) of every demo scenario: spec = (area, topic, number, audiences, online)."""
    for spec, rng in plan():
        yield spec, scenario(*spec, rng)


def plan():
    """(area, topic, number, audiences, online) of every demo scenario in order, each with the
    shared random generator in the state that scenario draws from."""
    rng = random.Random(SEED)
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
                yield (area, topic, number, audiences, False), rng
                number += 1
        for position, topic in enumerate(area["online"]):
            audiences = ["dorosli-poczatkujacy"] + (["seniorzy"] if topic[1] == "P" else [])
            if position == 0:
                audiences.append("osoby-gluche")
            yield (area, topic, 100 + position + 1, audiences, True), rng


def scenario_pdf(data, meta, licence_line, headings, **pdf_options):
    """A scenario's PDF and its page count, laid out the same in both languages: the title, summary,
    `meta` (one sentence of area, format, level, length and group) and objectives; the plan; the
    exercises, adaptations and `licence_line`. headings: the five headings in the PDF's language."""
    objectives, plan, exercises, adaptations, licence = headings
    first = [("h", data["title"]), ("p", data["summary"]), ("p", meta), ("h", objectives)]
    first += [("p", f"• {line}") for line in data["objectives"].splitlines()]
    steps = [("h", plan)] + [
        ("p", f"{b['value']['minutes']} min – {b['value']['title']}: {b['value']['description']}") for b in data["steps"]
    ]
    rest = [("h", exercises)] + [("p", f"{b['value']['title']}: {b['value']['instructions']}")
                                 for b in data["exercises"]]
    rest += [("h", adaptations), ("p", data["adaptation_deaf"]), ("p", data["adaptation_blind"]),
             ("h", licence), ("p", licence_line)]
    return build_pdf(data["title"], [first, steps, rest], author=data["authors"], **pdf_options), 3
