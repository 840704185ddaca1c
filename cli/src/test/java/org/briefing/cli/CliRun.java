package org.briefing.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and records what it printed and its exit status. */
record CliRun(int status, String out, String err, byte[] rawOut) {

  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            args);
    return new CliRun(
        status,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8),
        out.toByteArray());
  }

  /** The repository's root: the first parent folder holding {@code briefings/}. */
  static Path repo() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("briefings/corpus"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("no briefings/ folder above " + Path.of("").toAbsolutePath());
    }
    return p;
  }

  /** Copies a folder and everything in it to {@code to} (made if missing; files replaced). */
  static void copyTree(Path from, Path to) throws java.io.IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- out ---\n" + out + "--- err ---\n" + err;
  }
}
