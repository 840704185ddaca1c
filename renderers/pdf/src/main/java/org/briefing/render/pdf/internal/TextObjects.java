package org.briefing.render.pdf.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;

/**
 * Writes a page's text in fewer text objects, without changing what it shows or how it is tagged.
 *
 * <p>The engine puts each run of words in a text object of its own, inside a marked-content
 * sequence of its own ({@code /Span <</MCID 7>> BDC BT /F1 9.5 Tf 1 0 0 1 63 647 Tm (…) Tj ET
 * EMC}), and sets the same font and colour again before each. Here:
 *
 * <ul>
 *   <li>a marked-content sequence that holds exactly one text object goes inside it ({@code BT
 *       /Span <<…>> BDC … EMC ET}: marked content may nest in a text object);
 *   <li>a text object that follows another directly joins it, when its text is placed with an
 *       absolute {@code Tm} before anything is shown (so that no position depended on the new text
 *       object's start);
 *   <li>a font ({@code Tf}) or fill colour ({@code rg}, {@code g}) set to what it already is, as
 *       the graphics state stack ({@code q}/{@code Q}) says, is not set again.
 * </ul>
 *
 * <pre>{@code List<Object> tokens = TextObjects.merged(new PDFStreamParser(page).parse());}</pre>
 */
final class TextObjects {
  /** Operators allowed both in and out of a text object that change no text position. */
  private static final Set<String> STATE =
      Set.of(
          "w", "J", "j", "M", "d", "ri", "i", "gs", "CS", "cs", "SC", "SCN", "sc", "scn", "G", "g",
          "RG", "rg", "K", "k", "Tc", "Tw", "Tz", "TL", "Tf", "Tr", "Ts");

  /** Operators that place or show text. */
  private static final Set<String> PLACING = Set.of("Tm", "Td", "TD", "T*", "Tj", "TJ", "'", "\"");

  private static final Set<String> FILL_COLOUR = Set.of("rg", "g", "k", "cs", "sc", "scn");

  private record Op(List<Object> operands, Operator operator) {
    String name() {
      return operator.getName();
    }

    boolean is(String name) {
      return operator.getName().equals(name);
    }
  }

  private TextObjects() {}

  static List<Object> merged(List<Object> tokens) {
    List<Op> ops = operations(tokens);
    if (ops == null) {
      return tokens;
    }
    ops = withoutRepeatedState(joined(hoisted(joined(ops))));
    List<Object> out = new ArrayList<>(tokens.size());
    for (Op op : ops) {
      out.addAll(op.operands());
      out.add(op.operator());
    }
    return out;
  }

  /** The tokens as operations; null if operands trail the last operator (left as they are). */
  private static List<Op> operations(List<Object> tokens) {
    List<Op> ops = new ArrayList<>();
    List<Object> operands = new ArrayList<>();
    for (Object t : tokens) {
      if (t instanceof Operator op) {
        ops.add(new Op(operands, op));
        operands = new ArrayList<>();
      } else {
        operands.add(t);
      }
    }
    return operands.isEmpty() ? ops : null;
  }

  /** Drops each {@code ET BT} pair whose next text object starts at an absolute position. */
  private static List<Op> joined(List<Op> ops) {
    List<Op> out = new ArrayList<>(ops.size());
    for (int i = 0; i < ops.size(); i++) {
      if (ops.get(i).is("ET")
          && i + 1 < ops.size()
          && ops.get(i + 1).is("BT")
          && startsAbsolute(ops, i + 2)) {
        i++;
        continue;
      }
      out.add(ops.get(i));
    }
    return out;
  }

  /** Whether the text object from {@code from} places its text with Tm before anything else. */
  private static boolean startsAbsolute(List<Op> ops, int from) {
    for (int i = from; i < ops.size() && !ops.get(i).is("ET"); i++) {
      if (PLACING.contains(ops.get(i).name())) {
        return ops.get(i).is("Tm");
      }
    }
    return true;
  }

  /**
   * Turns each {@code BDC state* BT body ET EMC}, whose body holds no other text object or marked
   * content, into {@code BT BDC state* body EMC ET}.
   */
  private static List<Op> hoisted(List<Op> ops) {
    List<Op> out = new ArrayList<>(ops.size());
    int i = 0;
    while (i < ops.size()) {
      int end = ops.get(i).is("BDC") ? singleTextObjectEnd(ops, i) : -1;
      if (end < 0) {
        out.add(ops.get(i++));
        continue;
      }
      int bt = i + 1;
      while (!ops.get(bt).is("BT")) {
        bt++;
      }
      out.add(ops.get(bt));
      out.addAll(ops.subList(i, bt));
      out.addAll(ops.subList(bt + 1, end - 1)); // the body, without its ET
      out.add(ops.get(end)); // EMC
      out.add(ops.get(end - 1)); // ET
      i = end + 1;
    }
    return out;
  }

  /** The index of the EMC closing the BDC at {@code bdc} if it holds one text object only. */
  private static int singleTextObjectEnd(List<Op> ops, int bdc) {
    int i = bdc + 1;
    while (i < ops.size() && STATE.contains(ops.get(i).name())) {
      i++;
    }
    if (i >= ops.size() || !ops.get(i).is("BT")) {
      return -1;
    }
    for (i++; i < ops.size(); i++) {
      String name = ops.get(i).name();
      if (name.equals("ET")) {
        return i + 1 < ops.size() && ops.get(i + 1).is("EMC") ? i + 1 : -1;
      }
      if (name.equals("BT") || name.equals("BDC") || name.equals("BMC") || name.equals("EMC")) {
        return -1;
      }
    }
    return -1;
  }

  /** Drops a Tf or fill colour that sets what the graphics state already holds. */
  private static List<Op> withoutRepeatedState(List<Op> ops) {
    record State(Op font, Op fill) {}
    Deque<State> saved = new ArrayDeque<>();
    Op font = null;
    Op fill = null;
    List<Op> out = new ArrayList<>(ops.size());
    for (Op op : ops) {
      String name = op.name();
      if (name.equals("q")) {
        saved.push(new State(font, fill));
      } else if (name.equals("Q")) {
        State s = saved.isEmpty() ? new State(null, null) : saved.pop();
        font = s.font();
        fill = s.fill();
      } else if (name.equals("Tf")) {
        if (same(op, font)) {
          continue;
        }
        font = op;
      } else if (FILL_COLOUR.contains(name)) {
        if (!name.equals("cs") && same(op, fill)) {
          continue;
        }
        fill = name.equals("cs") ? null : op;
      }
      out.add(op);
    }
    return out;
  }

  private static boolean same(Op a, Op b) {
    if (b == null || !a.name().equals(b.name()) || a.operands().size() != b.operands().size()) {
      return false;
    }
    for (int i = 0; i < a.operands().size(); i++) {
      if (!Objects.equals(a.operands().get(i), b.operands().get(i))) {
        return false;
      }
    }
    return true;
  }
}
