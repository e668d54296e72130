#!/usr/bin/env python3
"""Draws the portal's icons (a white cross on the portal's blue) as PNG files and a
favicon.ico, with the standard library only: run it again after changing the design, and
commit what it writes to Sources/Portal/Resources."""
import struct
import sys
import zlib
from pathlib import Path

BLUE = (0x0B, 0x5C, 0xAD)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # per side, for smooth edges


def inside_cross(x, y):
    """The cross, in a unit square: two rounded bars within the middle 56% (the maskable
    icon's safe zone is the middle 80%)."""
    def bar(cx, cy, half_w, half_h, radius):
        dx = max(abs(x - cx) - (half_w - radius), 0)
        dy = max(abs(y - cy) - (half_h - radius), 0)
        return dx * dx + dy * dy <= radius * radius
    return bar(0.5, 0.5, 0.09, 0.28, 0.04) or bar(0.5, 0.5, 0.28, 0.09, 0.04)


def pixels(size):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            hits = sum(
                inside_cross((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)
                for sx in range(SAMPLES) for sy in range(SAMPLES))
            share = hits / (SAMPLES * SAMPLES)
            row += bytes(round(b + (w - b) * share) for b, w in zip(BLUE, WHITE))
        rows.append(bytes(row))
    return b"".join(rows)


def png(size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels(size), 9))
            + chunk(b"IEND", b""))


def ico(image, size):
    """An ICO holding one PNG image, as every current browser reads it."""
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(image), 22) + image


def main(out):
    out = Path(out)
    for name, size in (("icon-192.png", 192), ("icon-512.png", 512), ("apple-touch-icon.png", 180)):
        (out / name).write_bytes(png(size))
    (out / "favicon.ico").write_bytes(ico(png(32), 32))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "Sources/Portal/Resources")
