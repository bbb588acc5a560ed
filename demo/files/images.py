"""Demo images drawn with Pillow from a fixed seed: real PNG files, no text in them."""

import io
import random

from PIL import Image, ImageDraw

PALETTE = ["#0b5c6b", "#b3400f", "#1b1f3b", "#e8f3f5", "#ffbf47", "#1d6b3a"]


def abstract_image(seed, width=1200, height=675, shapes=14):
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), "#f4f6fa")
    draw = ImageDraw.Draw(image)
    for _ in range(shapes):
        colour = rng.choice(PALETTE)
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(height // 10, height // 3)
        if rng.random() < 0.5:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
        else:
            draw.rectangle((x - r, y - r // 2, x + r, y + r // 2), fill=colour)
    return _png(image)


def logo_image(seed, width=240, height=96):
    """A simple geometric mark standing in for a real logo until an editor uploads it."""
    rng = random.Random(seed)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    colour = rng.choice(PALETTE[:3])
    draw.rounded_rectangle((8, 8, height - 8, height - 8), radius=14, fill=colour)
    for i in range(3):
        top = 20 + i * 22
        draw.rectangle((height + 4, top, width - 12 - rng.randrange(60), top + 12), fill=PALETTE[2])
    return _png(image)


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
