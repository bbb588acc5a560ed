"""StreamField blocks in the shape the demo's pages store them (the loader's own texts; the
texts of demo/content/ hold blocks already in this shape)."""


def h(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def p(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def ul(*items):
    return {"type": "paragraph", "value": "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"}
