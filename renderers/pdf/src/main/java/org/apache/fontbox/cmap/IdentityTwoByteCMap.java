package org.apache.fontbox.cmap;

import java.io.IOException;
import java.io.InputStream;

/**
 * FontBox's predefined {@code Identity-H} CMap with its code reading done directly: every code is
 * two bytes and is its own CID (one codespace range, {@code <0000> <FFFF>}, mapped to CID 0
 * onwards). Every other question goes to the parsed CMap it wraps.
 *
 * <p>Why: PDFBox measures and draws text by encoding it as codes and reading them back one at a
 * time ({@code PDFont.getStringWidth}, which the PDF engine calls for every word it measures and
 * every string it draws); FontBox 3.0.8 reads each code by streaming over its codespace ranges,
 * which was about 8 % of a warm 23-page render. This class sits in FontBox's package only because
 * {@link CMap}'s constructor is package-private; it uses nothing else of the package.
 *
 * <pre>{@code CMap fast = IdentityTwoByteCMap.wrap(font.getCMap());}</pre>
 */
public final class IdentityTwoByteCMap extends CMap {
  /** The name of the only CMap this class stands in for. */
  public static final String IDENTITY_H = "Identity-H";

  private final CMap parsed;

  private IdentityTwoByteCMap(CMap parsed) {
    this.parsed = parsed;
  }

  /**
   * A stand-in for {@code cmap} if it is FontBox's own {@code Identity-H} CMap (the encoding PDFBox
   * gives every font it embeds horizontally), else {@code cmap} itself.
   */
  public static CMap wrap(CMap cmap) {
    if (cmap != null && cmap.getClass() == CMap.class && IDENTITY_H.equals(cmap.getName())) {
      return new IdentityTwoByteCMap(cmap);
    }
    return cmap;
  }

  /** Reads two bytes as FontBox does, where its one two-byte codespace range matches any pair. */
  @Override
  public int readCode(InputStream in) throws IOException {
    byte[] bytes = new byte[2];
    in.read(bytes, 0, 2);
    in.mark(2);
    return (bytes[0] & 0xFF) << 8 | bytes[1] & 0xFF;
  }

  /** A two-byte code is its own CID; any other value goes to the parsed CMap. */
  @Override
  public int toCID(int code) {
    if (code >= 0 && code <= 0xFFFF) {
      return code;
    }
    return parsed.toCID(code);
  }

  @Override
  public boolean hasCIDMappings() {
    return parsed.hasCIDMappings();
  }

  @Override
  public boolean hasUnicodeMappings() {
    return parsed.hasUnicodeMappings();
  }

  @Override
  public String toUnicode(int code) {
    return parsed.toUnicode(code);
  }

  @Override
  public String toUnicode(int code, int length) {
    return parsed.toUnicode(code, length);
  }

  @Override
  public String toUnicode(byte[] code) {
    return parsed.toUnicode(code);
  }

  @Override
  public int toCID(byte[] code) {
    return parsed.toCID(code);
  }

  @Override
  public int toCID(int code, int length) {
    return parsed.toCID(code, length);
  }

  @Override
  public byte[] getCodesFromUnicode(String unicode) {
    return parsed.getCodesFromUnicode(unicode);
  }

  @Override
  public int getWMode() {
    return parsed.getWMode();
  }

  @Override
  public void setWMode(int newWMode) {
    parsed.setWMode(newWMode);
  }

  @Override
  public String getName() {
    return parsed.getName();
  }

  @Override
  public void setName(String name) {
    parsed.setName(name);
  }

  @Override
  public String getVersion() {
    return parsed.getVersion();
  }

  @Override
  public void setVersion(String version) {
    parsed.setVersion(version);
  }

  @Override
  public int getType() {
    return parsed.getType();
  }

  @Override
  public void setType(int type) {
    parsed.setType(type);
  }

  @Override
  public String getRegistry() {
    return parsed.getRegistry();
  }

  @Override
  public void setRegistry(String newRegistry) {
    parsed.setRegistry(newRegistry);
  }

  @Override
  public String getOrdering() {
    return parsed.getOrdering();
  }

  @Override
  public void setOrdering(String newOrdering) {
    parsed.setOrdering(newOrdering);
  }

  @Override
  public int getSupplement() {
    return parsed.getSupplement();
  }

  @Override
  public void setSupplement(int newSupplement) {
    parsed.setSupplement(newSupplement);
  }

  @Override
  public int getSpaceMapping() {
    return parsed.getSpaceMapping();
  }

  @Override
  public String toString() {
    return parsed.toString();
  }
}
