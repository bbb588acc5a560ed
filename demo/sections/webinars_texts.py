"""Texts of the demo webinars, read from demo/content/webinars/: the series page, speakers and
materials (series.<language>.toml) and one file per episode (episodes/<number>-<slug>.<language>.toml)."""

from demo.content import constants, numbered


def _episode(data):
    """Transcript lines as (speaker key, text); the key None marks a note from the editors."""
    lines = [(line.get("speaker"), line["text"] if "text" in line else line["note"]) for line in data["transcript"]]
    return {**data, "transcript": lines}


content = constants("webinars/series.pl")
en_texts = constants("webinars/series.en")
EPISODES = [_episode(data) for data in numbered("webinars/episodes", "pl").values()]
# Episode number -> English texts; transcript lines in the same order as the Polish ones.
en_texts.EPISODES = {int(stem.split("-", 1)[0]): data for stem, data in numbered("webinars/episodes", "en").items()}
