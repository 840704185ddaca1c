package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.briefing.cache.KeptRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfMetadataTest {
  /** Letters of the languages in use, digits, punctuation and spaces. */
  private static final String LETTERS = "aZ09 .,;:-/ąčęėįšųūžłóśćńźż–’€";

  /** What XML or the packet's clean-up treats: escaped, dropped or not allowed. */
  private static final String SPECIAL = "&<>\"'\\\t\n\r\u0085\u2028\uFEFF\u0001";

  /** Letters, spaces and punctuation, never blank. */
  private static String letters(Random random) {
    StringBuilder b = new StringBuilder("x");
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return b.toString();
  }

  /** The text with one special character, one outside the BMP, or blank. */
  private static String spoilt(String text, Random random) {
    int kind = random.nextInt(SPECIAL.length() + 2);
    if (kind == SPECIAL.length()) {
      return " ";
    }
    String inserted =
        kind < SPECIAL.length()
            ? String.valueOf(SPECIAL.charAt(kind))
            : new String(Character.toChars(0x1F600));
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static Calendar utc(long millis) {
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    c.setTimeInMillis(millis / 1000 * 1000);
    return c;
  }

  @Test
  void theTemplatePacketIsTheSerializedPacketByteForByte() throws Exception {
    Random random = new Random(11);
    int plainOnes = 0;
    for (int run = 0; run < 400; run++) {
      String[] fields = new String[PdfMetadata.FIELDS];
      boolean plain = random.nextBoolean();
      for (int i = 0; i < fields.length - 1; i++) {
        boolean required = i == 0 || i == 3 || i == 10; // title, language, creator tool
        if (required || random.nextBoolean()) {
          fields[i] = letters(random);
        }
      }
      if (!plain) {
        int i = random.nextInt(fields.length - 1);
        fields[i] = spoilt(fields[i] == null ? "x" : fields[i], random);
      }
      Calendar created = utc(random.nextLong(0, 4_000_000_000_000L));
      byte[] fast = PdfMetadata.packet(fields, created);
      byte[] slow = PdfMetadata.serialized(fields, created);
      assertThat(new String(fast, StandardCharsets.UTF_8))
          .as("run %d", run)
          .isEqualTo(new String(slow, StandardCharsets.UTF_8));
      if (plain) {
        plainOnes++;
        XMPMetadata parsed = new DomXmpParser().parse(fast);
        assertThat(parsed.getDublinCoreSchema().getTitle()).isEqualTo(fields[0]);
      }
    }
    assertThat(plainOnes).isGreaterThan(150);
    assertThat(PdfMetadata.TEMPLATES).isNotEmpty();
  }

  /** The shape of these fields as the packet sees it (the date is always there). */
  private static int shape(String[] fields) {
    int shape = 1 << (PdfMetadata.FIELDS - 1);
    for (int i = 0; i < PdfMetadata.FIELDS - 1; i++) {
      shape |= fields[i] == null ? 0 : 1 << i;
    }
    return shape;
  }

  private static String[] someFields(Random random) {
    String[] fields = new String[PdfMetadata.FIELDS];
    for (int i = 0; i < fields.length - 1; i++) {
      if (i == 0 || i == 3 || i == 10 || random.nextBoolean()) {
        fields[i] = letters(random);
      }
    }
    return fields;
  }

  @Test
  void aTemplateKeptOnDiskByOneProcessGivesTheNextTheSamePacket(@TempDir Path tmp)
      throws Exception {
    KeptRoot.use(new KeptRoot(tmp, 42));
    try {
      Random random = new Random(5);
      for (int run = 0; run < 12; run++) {
        String[] fields = someFields(random);
        Calendar created = utc(random.nextLong(0, 4_000_000_000_000L));
        PdfMetadata.TEMPLATES.clear();
        byte[] first = PdfMetadata.packet(fields, created);
        List<Object> made = PdfMetadata.TEMPLATES.get(shape(fields));
        // A new process: nothing in memory, the template found on disk.
        PdfMetadata.TEMPLATES.clear();
        assertThat(PdfMetadata.kept(shape(fields))).as("run %d", run).isEqualTo(made);
        byte[] again = PdfMetadata.packet(fields, created);
        assertThat(again).isEqualTo(first).isEqualTo(PdfMetadata.serialized(fields, created));
      }
      try (Stream<Path> kept = Files.list(tmp.resolve("xmp"))) {
        assertThat(kept.count()).isBetween(1L, (long) PdfMetadata.KEPT_FILES);
      }
    } finally {
      KeptRoot.use(null);
      PdfMetadata.TEMPLATES.clear();
    }
  }

  @Test
  void aDamagedOrForgedTemplateIsNotUsed(@TempDir Path tmp) throws Exception {
    KeptRoot.use(new KeptRoot(tmp, 43));
    try {
      String[] fields = someFields(new Random(9));
      Calendar created = utc(1_700_000_000_000L);
      int shape = shape(fields);
      byte[] expected = PdfMetadata.serialized(fields, created);
      PdfMetadata.TEMPLATES.clear();
      PdfMetadata.packet(fields, created);
      List<Object> made = PdfMetadata.TEMPLATES.get(shape);
      Path entry;
      try (Stream<Path> kept = Files.list(tmp.resolve("xmp"))) {
        entry = kept.findFirst().orElseThrow();
      }
      byte[] good = Files.readAllBytes(entry);
      int absent = Integer.numberOfTrailingZeros(~shape);
      List<Object> withoutTitle = new ArrayList<>(made);
      withoutTitle.replaceAll(p -> Integer.valueOf(0).equals(p) ? Integer.valueOf(3) : p);
      Map<String, byte[]> forged = new LinkedHashMap<>();
      byte[] flipped = good.clone();
      flipped[flipped.length / 2] ^= 1;
      forged.put("damaged", flipped);
      forged.put("cut", Arrays.copyOf(good, good.length - 3));
      forged.put("another build", PdfMetadata.encode(shape, made, 44));
      forged.put("a field not in the shape", PdfMetadata.encode(shape, with(made, 1, absent), 43));
      forged.put("a field of the shape missing", PdfMetadata.encode(shape, withoutTitle, 43));
      forged.put("a control character", PdfMetadata.encode(shape, with(made, 0, "<x\u0007"), 43));
      forged.put("a mark", PdfMetadata.encode(shape, with(made, 0, "BRIEFING-XMP-1-"), 43));
      forged.put("not in turn", PdfMetadata.encode(shape, made.subList(0, made.size() - 1), 43));
      for (Map.Entry<String, byte[]> f : forged.entrySet()) {
        Files.write(entry, f.getValue());
        PdfMetadata.TEMPLATES.clear();
        assertThat(PdfMetadata.kept(shape)).as(f.getKey()).isNull();
        assertThat(PdfMetadata.packet(fields, created)).as(f.getKey()).isEqualTo(expected);
      }
      // Well-formed, and used: the cases above are refused for what they hold.
      Files.write(entry, PdfMetadata.encode(shape, with(made, 0, "<planted/>"), 43));
      PdfMetadata.TEMPLATES.clear();
      assertThat(new String(PdfMetadata.packet(fields, created), StandardCharsets.UTF_8))
          .startsWith("<planted/>");
    } finally {
      KeptRoot.use(null);
      PdfMetadata.TEMPLATES.clear();
    }
  }

  private static List<Object> with(List<Object> parts, int at, Object part) {
    List<Object> out = new ArrayList<>(parts);
    out.set(at, part);
    return out;
  }
}
