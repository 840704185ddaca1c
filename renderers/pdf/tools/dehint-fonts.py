#!/usr/bin/env python3
"""Remakes the DejaVu fonts that the PDF renderer embeds: unhinted copies, and core faces cut from them.

TrueType hinting (the fpgm, prep and cvt tables and each glyph's instructions) fits outlines to a
screen's pixel grid at small sizes; PDF viewers and printers scale outlines without it, so in an
embedded subset it is only weight. This copies each font from the Debian packages
fonts-dejavu-core and fonts-dejavu-extra and removes the hinting with fontTools (Debian:
python3-fonttools), changing nothing else: same glyphs, outlines, metrics, cmap, names and layout
tables. The names contain neither "Bitstream" nor "Vera", as the Bitstream Vera licence asks of a
modified copy (see LICENSE-DejaVu.txt beside the fonts).

    apt-get install fonts-dejavu-core fonts-dejavu-extra python3-fonttools
    python3 renderers/pdf/tools/dehint-fonts.py

The core faces (fonts/core/) are the unhinted fonts cut to the scripts most text is in. PDFBox
builds the width of every glyph of a face for each document it embeds the face in (about 3,500
glyphs in DejaVu Serif, 6,000 in DejaVu Sans): about a seventh of a one-page note's render. The PDF
renderer draws with the core faces first and falls back to the full faces (registered under other
family names) for a character a core face lacks, so no character is lost; only text in the rarer
scripts pays for a full face. The glyphs kept keep their outlines, widths and metrics (bounds are
not recalculated), so a line set in a core face breaks and measures as in the full face.

The output is the same bytes on every run (the head table's timestamps are kept).
"""
import pathlib
import sys

from fontTools import subset
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

# Latin (with its extensions, modifier letters and combining marks), Greek, Cyrillic; punctuation
# and spaces, super- and subscripts, currency, letterlike symbols, number forms, arrows, the common
# mathematical signs (minus, less or equal, approximately, infinity...), geometric shapes (bullets),
# check marks, Latin ligatures, the replacement character. Box drawing, IPA, technical symbols and
# the other mathematical operators are left to the full faces.
RANGES = [
    (0x0020, 0x007E), (0x00A0, 0x024F), (0x02B0, 0x036F), (0x0370, 0x03FF), (0x0400, 0x04FF),
    (0x1E00, 0x1EFF), (0x2000, 0x206F), (0x2070, 0x209F), (0x20A0, 0x20CF), (0x2100, 0x218F),
    (0x2190, 0x21FF), (0x2202, 0x2202), (0x2206, 0x2206), (0x2211, 0x221E), (0x2248, 0x2248),
    (0x2260, 0x2265), (0x25A0, 0x25FF), (0x2713, 0x2718), (0xFB00, 0xFB06), (0xFFFD, 0xFFFD),
]


def core(source, target):
    options = subset.Options()
    options.recalc_bounds = False
    options.recalc_timestamp = False
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    # PDFBox does no shaping here (the renderer turns GSUB off), so no glyph is reached only
    # through a layout table: those tables and the glyphs only they reach are left out.
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "FFTM"]
    options.glyph_names = False
    options.legacy_kern = True
    font = TTFont(source, recalcTimestamp=False, recalcBBoxes=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[u for lo, hi in RANGES for u in range(lo, hi + 1)])
    subsetter.subset(font)
    font.save(target)
    return len(font.getGlyphOrder())


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
    (TARGET / "core").mkdir(exist_ok=True)
    for face in FACES:
        source = SOURCE / face
        if not source.is_file():
            sys.exit(f"{source}: not found; install fonts-dejavu-core and fonts-dejavu-extra")
        target = TARGET / face
        dehint(source, target)
        print(f"{face}: {source.stat().st_size} -> {target.stat().st_size} bytes")
        glyphs = core(target, TARGET / "core" / face)
        print(f"  core: {len(TTFont(target).getGlyphOrder())} -> {glyphs} glyphs, "
              f"{(TARGET / 'core' / face).stat().st_size} bytes")


if __name__ == "__main__":
    main()
