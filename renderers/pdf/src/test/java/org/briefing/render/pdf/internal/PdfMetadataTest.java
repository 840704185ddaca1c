package org.briefing.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

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
}
