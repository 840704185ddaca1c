package org.briefing.render.pdf.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A private field of a PDFBox or engine class, for the few things PDFBox and openhtmltopdf keep
 * there and offer no way to read or set ({@link FastCodes}, {@link KeptSubsets}, {@link
 * EnginePacket}). Where the field is not there, or not of that type (another release), there is no
 * handle, and its user does without.
 *
 * <pre>{@code VarHandle cmap = PdfBoxFields.find(PDType0Font.class, "cMap", CMap.class);}</pre>
 */
final class PdfBoxFields {
  private PdfBoxFields() {}

  /** The field {@code name} of {@code owner}, of type {@code type}; null if there is none. */
  static VarHandle find(Class<?> owner, String name, Class<?> type) {
    if (owner == null || type == null) {
      return null;
    }
    try {
      return MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
          .findVarHandle(owner, name, type);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** The PDFBox class named, without initialising it; null if there is none. */
  static Class<?> type(String name) {
    try {
      return Class.forName(name, false, PdfBoxFields.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }
}
