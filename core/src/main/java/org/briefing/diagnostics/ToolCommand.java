package org.briefing.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A command of the tool as a message advises it: written as a user types it in a POSIX shell, in
 * the folder where the tool was run, so that it runs as printed. Each word is quoted when it holds
 * anything but plain characters; a path that starts with '-' is written {@code ./-…}, so that it is
 * not taken for an option; a corpus other than the one built into the tool is named with {@code
 * --corpus}, since every command reads the built-in one by default.
 *
 * <pre>{@code
 * ToolCommand.of("table", "debt", "-f", "csv").corpus(Optional.of("my paper/corpus")).text();
 * // ./briefing table debt -f csv --corpus 'my paper/corpus'
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class ToolCommand {
  /** How the tool is run where nothing says how it was started: as the README writes it. */
  public static final String PROGRAM = "./briefing";

  /**
   * The system property in which the launcher passes the path it was started by, as the user typed
   * it ({@code ./briefing}, {@code ../briefing}, an absolute path), so that advice printed by a run
   * started from another folder runs there as printed.
   */
  public static final String PROGRAM_PROPERTY = "briefing.program";

  private final List<String> words;

  private ToolCommand(List<String> words) {
    this.words = List.copyOf(words);
  }

  /** The command with these words after the program's name (a subcommand, arguments, options). */
  public static ToolCommand of(String... words) {
    return new ToolCommand(List.of(words));
  }

  /** With more words after these. */
  public ToolCommand and(String... more) {
    List<String> all = new ArrayList<>(words);
    all.addAll(List.of(more));
    return new ToolCommand(all);
  }

  /** With a path as the next word (a relative one starting with '-' written as {@code ./-…}). */
  public ToolCommand path(String path) {
    return and(path.startsWith("-") ? "./" + path : path);
  }

  /**
   * With {@code --corpus} and the folder, when the command is to read a corpus from a folder
   * (relative to the folder where the tool was run, or absolute); unchanged for empty, the corpus
   * built into the tool, which commands read without being told.
   */
  public ToolCommand corpus(Optional<String> folder) {
    return folder.isEmpty() ? this : and("--corpus").path(folder.get());
  }

  /**
   * How the tool was started, as a shell word: the launcher's path as the user typed it ({@link
   * #PROGRAM_PROPERTY}), or {@link #PROGRAM} where none was passed (the jar run by hand, tests). A
   * bare name without a folder is written {@code ./NAME}, since the shell looks a bare name up on
   * PATH.
   */
  public static String program() {
    String given = System.getProperty(PROGRAM_PROPERTY, "");
    if (given.isEmpty() || given.endsWith("/")) {
      return PROGRAM;
    }
    return word(given.indexOf('/') < 0 ? "./" + given : given);
  }

  /** The command line, each word as the shell reads it back. */
  public String text() {
    StringBuilder b = new StringBuilder(program());
    for (String w : words) {
      b.append(' ').append(word(w));
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return text();
  }

  /**
   * A word as a POSIX shell reads it back: quoted when it holds anything but plain characters. A
   * word holding a character that messages show escaped ({@link Diagnostic#printable}: a control
   * character, such as a line end in a folder's name, or a bidi control) is written in {@code $'…'}
   * with that character as an escape ({@code \n}, {@code \033}, {@code \u202e}), which bash, zsh,
   * ksh and POSIX.1-2024 shells read back, so that the command prints safely and still runs.
   */
  public static String word(String s) {
    if (!s.isEmpty() && s.chars().allMatch(c -> c < 128 && PLAIN.indexOf(c) >= 0)) {
      return s;
    }
    if (Diagnostic.printable(s).equals(s)) {
      return "'" + s.replace("'", "'\\''") + "'";
    }
    StringBuilder b = new StringBuilder("$'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '\'') {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x80 && Character.isISOControl(c)) {
        b.append(String.format("\\%03o", (int) c));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (!Diagnostic.printable(String.valueOf(c)).equals(String.valueOf(c))) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('\'').toString();
  }

  private static final String PLAIN =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./@%+=:,";
}
