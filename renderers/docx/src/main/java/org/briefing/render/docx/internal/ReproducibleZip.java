package org.briefing.render.docx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a ZIP package entry by entry, in the same order, giving every entry one fixed time: the
 * library stamps entries with the time of writing, which would make every rebuild differ.
 */
final class ReproducibleZip {
  /** The earliest time a ZIP (DOS) time field holds. */
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  /** The latest time a ZIP (DOS) time field holds. */
  private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private ReproducibleZip() {}

  /** The package with every entry's time set to {@code time} (UTC), kept within ZIP's range. */
  static byte[] withFixedTimes(byte[] zip, Instant time) throws IOException {
    LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
    if (t.isBefore(DOS_EPOCH)) {
      t = DOS_EPOCH;
    } else if (t.isAfter(DOS_END)) {
      t = DOS_END;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(t);
        out.putNextEntry(copy);
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
