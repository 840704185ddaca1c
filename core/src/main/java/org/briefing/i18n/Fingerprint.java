package org.briefing.i18n;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The fingerprint of an English source text: the first 16 hex digits of SHA-256 over the text after
 * Unicode NFC, trimming and folding white space. A translation stores the fingerprint of the
 * English it translates; when the English changes, the translation is stale.
 */
public final class Fingerprint {
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private Fingerprint() {}

  public static String of(String english) {
    String normal =
        WHITE_SPACE
            .matcher(Normalizer.normalize(english, Normalizer.Form.NFC).strip())
            .replaceAll(" ");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
