#!/usr/bin/env python3
"""Remakes the unhinted DejaVu fonts that the PDF renderer embeds.

TrueType hinting (the fpgm, prep and cvt tables and each glyph's instructions) fits outlines to a
screen's pixel grid at small sizes; PDF viewers and printers scale outlines without it, so in an
embedded subset it is only weight. This copies each font from the Debian packages
fonts-dejavu-core and fonts-dejavu-extra and removes the hinting with fontTools (Debian:
python3-fonttools), changing nothing else: same glyphs, outlines, metrics, cmap, names and layout
tables. The names contain neither "Bitstream" nor "Vera", as the Bitstream Vera licence asks of a
modified copy (see LICENSE-DejaVu.txt beside the fonts).

    apt-get install fonts-dejavu-core fonts-dejavu-extra python3-fonttools
    python3 renderers/pdf/tools/dehint-fonts.py

The output is the same bytes on every run (the head table's timestamps are kept).
"""
import pathlib
import sys

from fontTools.ttLib import TTFont

SOURCE = pathlib.Path("/usr/share/fonts/truetype/dejavu")
TARGET = pathlib.Path(__file__).resolve().parent.parent / (
    "src/main/resources/org/briefing/render/pdf/fonts")
FACES = [
    "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
    "DejaVuSerif-BoldItalic.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf", "DejaVuSansMono.ttf",
    "DejaVuSansMono-Bold.ttf",
]
# The tables that exist only for hinting; fontTools' subsetter drops the same ones for --no-hinting.
HINTING_TABLES = ["cvt ", "cvar", "fpgm", "prep", "hdmx", "VDMX", "LTSH"]


def dehint(source, target):
    font = TTFont(source, recalcTimestamp=False, recalcBBoxes=False)
    for tag in HINTING_TABLES:
        if tag in font:
            del font[tag]
    glyf = font["glyf"]
    for name in font.getGlyphOrder():
        glyf[name].removeHinting()
    maxp = font["maxp"]
    maxp.maxZones = 1
    maxp.maxTwilightPoints = 0
    maxp.maxStorage = 0
    maxp.maxFunctionDefs = 0
    maxp.maxInstructionDefs = 0
    maxp.maxStackElements = 0
    maxp.maxSizeOfInstructions = 0
    font.save(target)


def main():
    for face in FACES:
        source = SOURCE / face
        if not source.is_file():
            sys.exit(f"{source}: not found; install fonts-dejavu-core and fonts-dejavu-extra")
        target = TARGET / face
        dehint(source, target)
        print(f"{face}: {source.stat().st_size} -> {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
