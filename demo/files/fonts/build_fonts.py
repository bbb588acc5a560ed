"""Rebuild the two fonts the demo PDF writer embeds, and their metrics, from the site's own
web fonts (static/fonts, Atkinson Hyperlegible Next, SIL Open Font License: OFL.txt).

Not used at run time. Needs fontTools and brotli (pip install fonttools brotli):

    python demo/files/fonts/build_fonts.py

The web fonts are variable fonts split into a Latin and a Latin Extended part; each weight is
instanced (400, 700), the two parts merged, cut down to the characters the writer encodes, and
saved as a static TrueType font with a JSON file of the metrics a PDF font dictionary needs.
"""

import json
from pathlib import Path

from fontTools import subset
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

HERE = Path(__file__).resolve().parent
WEB_FONTS = HERE.parents[2] / "static" / "fonts"
# Byte codes of the writer's encoding and the characters they stand for (see pdf.py).
ASCII = {code: chr(code) for code in range(0x20, 0x7F)}


def build(weight, name, encoding):
    parts = []
    for part in ("latin", "latin-ext"):
        font = instancer.instantiateVariableFont(TTFont(WEB_FONTS / f"atkinson-hyperlegible-next-{part}.woff2"),
                                                 {"wght": weight})
        for tag in ("GSUB", "GPOS", "GDEF", "STAT", "MVAR", "HVAR", "gasp", "prep"):
            if tag in font:
                del font[tag]
        font.flavor = None
        path = HERE / f".{part}-{weight}.ttf"
        font.save(path)
        parts.append(path)
    merged = HERE / f".merged-{weight}.ttf"
    Merger().merge(parts).save(merged)
    options = subset.Options()
    options.name_IDs, options.notdef_outline, options.layout_features, options.hinting = ["*"], True, [], False
    font = subset.load_font(merged, options)
    cutter = subset.Subsetter(options)
    cutter.populate(text="".join(encoding.values()))
    cutter.subset(font)
    target = HERE / f"AtkinsonHyperlegibleNext-{name}.ttf"
    subset.save_font(font, target, options)
    for path in [*parts, merged]:
        path.unlink()
    font = TTFont(target)
    scale = 1000 / font["head"].unitsPerEm
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    widths = {code: round(hmtx[cmap[ord(char)]][0] * scale) for code, char in encoding.items() if ord(char) in cmap}
    head, os2 = font["head"], font["OS/2"]
    return {
        "file": target.name,
        "bbox": [round(v * scale) for v in (head.xMin, head.yMin, head.xMax, head.yMax)],
        "ascent": round(os2.sTypoAscender * scale),
        "descent": round(os2.sTypoDescender * scale),
        "cap_height": round(getattr(os2, "sCapHeight", os2.sTypoAscender) * scale),
        "widths": widths,
    }


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE.parents[2]))
    from demo.files.pdf import POLISH_GLYPHS

    encoding = {**ASCII, **{code: char for code, (char, _name) in POLISH_GLYPHS.items()}}
    metrics = {name: build(weight, name, encoding) for weight, name in ((400, "Regular"), (700, "Bold"))}
    (HERE / "metrics.json").write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
