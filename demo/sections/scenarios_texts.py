"""Texts of the demo scenarios, read from demo/content/scenarios/: one file per thematic area and
language (areas/<number>-<slug>.<language>.toml), the building blocks every scenario is composed
from (blocks.<language>.toml) and the English catalogue (catalogue.en.toml).

In the code a topic is a tuple (title, level, what happens, objectives, demonstration, exercise
title, exercise task, extra equipment), its fields named in the files (TOPIC_FIELDS)."""

from demo.content import constants, numbered

TOPIC_FIELDS = ("title", "level", "summary", "objectives", "demonstration", "exercise_title", "exercise_task",
                "equipment")


def _topic(data):
    return tuple(tuple(data[name]) if name == "objectives" else data[name] for name in TOPIC_FIELDS)


def _area(data):
    return {**data, "topics": [_topic(t) for t in data["topics"]], "online": [_topic(t) for t in data["online"]]}


def _blocks(language):
    texts = constants(f"scenarios/blocks.{language}")
    for audience in texts.AUDIENCES.values():
        if "group" in audience:
            audience["group"] = tuple(audience["group"])  # (smallest, largest)
    # A step without a description shows the topic's demonstration (None).
    texts.ONLINE_STEPS = tuple((step["title"], step.get("description")) for step in texts.ONLINE_STEPS)
    return texts


_polish = numbered("scenarios/areas", "pl")
_english = numbered("scenarios/areas", "en")

AREAS = [_area(data) for data in _polish.values()]  # Polish, in catalogue order
blocks = _blocks("pl")
en_blocks = _blocks("en")

# English: every area (by the Polish area slug), the topics with an English version (by the
# Polish topic title), the translated scenarios, the catalogue page and the file labels.
en = constants("scenarios/catalogue.en")
en.AREAS = {_polish[stem]["slug"]: data["area"] for stem, data in _english.items()}
en.TOPICS = {topic["polish_title"]: _topic(topic) for data in _english.values() for topic in data.get("topics", [])}
TRANSLATED = en.TRANSLATED
