"""Demo images drawn locally with Pillow (nothing is downloaded)."""

import hashlib
import io

from PIL import Image, ImageDraw

PALETTE = ["#004f8c", "#2a7ab0", "#7fb3d5", "#f2a541", "#3b8b5a", "#c8553d", "#6c4f8c"]


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def meeting_room(width: int = 1600, height: int = 700) -> bytes:
    """An illustration of people seated around a meeting table."""
    image = Image.new("RGB", (width, height), "#e8eef4")
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, int(height * 0.62), width, height], fill="#cfd8e2")  # floor
    draw.rectangle(
        [int(width * 0.06), 60, int(width * 0.3), 300], fill="#ffffff", outline="#9fb3c8", width=6
    )  # noqa: E501 - window
    table = [int(width * 0.18), int(height * 0.55), int(width * 0.82), int(height * 0.7)]
    seats = 6
    for index in range(seats):
        x = table[0] + (index + 0.5) * (table[2] - table[0]) / seats
        colour = PALETTE[index % len(PALETTE)]
        draw.ellipse(
            [x - 38, table[1] - 210, x + 38, table[1] - 134],
            fill="#8d5524" if index % 2 else "#f1c27d",
        )  # noqa: E501 - head
        draw.rounded_rectangle(
            [x - 60, table[1] - 130, x + 60, table[1] + 10], radius=30, fill=colour
        )
    draw.rounded_rectangle(table, radius=24, fill="#7a5230")
    for index in range(3):
        x = table[0] + 120 + index * 300
        draw.rectangle([x, table[1] - 18, x + 90, table[1] - 4], fill="#ffffff")  # papers
    return _png(image)


def illustration(title: str, width: int = 1200, height: int = 675) -> bytes:
    """An abstract, deterministic illustration for a content image (shapes seeded by title)."""
    seed = hashlib.sha256(title.encode()).digest()
    image = Image.new("RGB", (width, height), PALETTE[seed[0] % len(PALETTE)])
    draw = ImageDraw.Draw(image)
    for index in range(8):
        a, b, c = seed[index * 3 : index * 3 + 3]
        x, y, r = a / 255 * width, b / 255 * height, 60 + c
        draw.ellipse([x - r, y - r, x + r, y + r], fill=PALETTE[(a + index) % len(PALETTE)])
    return _png(image)
