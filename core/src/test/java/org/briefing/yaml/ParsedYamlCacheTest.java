package org.briefing.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.briefing.diagnostics.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsedYamlCacheTest {
  private static final Path BRIEFINGS = Path.of("..", "briefings");

  @TempDir Path dir;

  @AfterEach
  void noCache() {
    YamlLoader.useCache(null);
  }

  private static List<Path> corpusFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(BRIEFINGS)) {
      walk.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    return files;
  }

  @Test
  void givesBackExactlyTheParsedTreeOfEveryExampleFile() throws IOException {
    ParsedYamlCache cache = new ParsedYamlCache(dir, 42);
    YamlLoader.useCache(cache);
    int kept = 0;
    for (Path file : corpusFiles()) {
      String text = Files.readString(file);
      YamlNode parsed = YamlLoader.load(file.toString(), text);

      YamlNode first = YamlLoader.loadKept(file.toString(), text);
      YamlNode found = cache.find("other/" + file.getFileName(), u(text));

      assertThat(first).as(file.toString()).isEqualTo(parsed);
      assertThat(found)
          .as(file.toString())
          .isEqualTo(YamlLoader.load("other/" + file.getFileName(), text));
      assertThat(YamlLoader.loadKept(file.toString(), text)).isEqualTo(parsed);
      assertThat(YamlLoader.findKept(file.toString(), Files.readAllBytes(file))).isEqualTo(parsed);
      assertKeyOrder(found, parsed);
      kept++;
    }
    assertThat(kept).as("files kept").isGreaterThan(10);
    assertThat(cache.hits()).isEqualTo(3 * kept);
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.count()).isEqualTo(kept);
    }
  }

  /** Record equality compares mappings as maps; the order of keys must come back too. */
  private static void assertKeyOrder(YamlNode a, YamlNode b) {
    if (a instanceof YamlNode.Mapping ma && b instanceof YamlNode.Mapping mb) {
      assertThat(List.copyOf(ma.entries().keySet())).isEqualTo(List.copyOf(mb.entries().keySet()));
      for (String k : ma.entries().keySet()) {
        assertKeyOrder(ma.entries().get(k).value(), mb.entries().get(k).value());
      }
    } else if (a instanceof YamlNode.Sequence sa && b instanceof YamlNode.Sequence sb) {
      for (int i = 0; i < sa.items().size(); i++) {
        assertKeyOrder(sa.items().get(i), sb.items().get(i));
      }
    }
  }

  private static String sample() {
    StringBuilder b = new StringBuilder("# a sample\nitems:\n");
    for (int i = 0; i < 60; i++) {
      b.append("  - {id: item-").append(i).append(", text: \"Zdanie „").append(i);
      b.append("” — ok\", empty: , plain: yes}\n");
    }
    return b.append("note: |\n  two\n  lines\n").toString();
  }

  private static final String ALPHABET = "az AZ09:-#'\"\\\n\tąęłńóśźżĄŁŻ„”–—…\u00a0é";

  private static String randomString(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(4) == 0 ? 0 : r.nextInt(r.nextInt(10) == 0 ? 400 : 12);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(20) == 0) {
        b.appendCodePoint(0x1F600 + r.nextInt(40)); // outside the BMP: a surrogate pair
      } else {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  private static org.briefing.diagnostics.SourcePosition at(Random r) {
    return new org.briefing.diagnostics.SourcePosition(
        "g.yaml", 1 + r.nextInt(5000), 1 + r.nextInt(200));
  }

  private static YamlNode randomTree(Random r, int depth) {
    int kind = depth >= 6 ? r.nextInt(2) : r.nextInt(4);
    switch (kind) {
      case 0:
        return new YamlNode.Null(at(r));
      case 1:
        return new YamlNode.Scalar(randomString(r), r.nextBoolean(), at(r));
      case 2:
        {
          List<YamlNode> items = new ArrayList<>();
          for (int i = r.nextInt(6); i > 0; i--) {
            items.add(randomTree(r, depth + 1));
          }
          return new YamlNode.Sequence(items, at(r));
        }
      default:
        {
          java.util.Map<String, YamlNode.Entry> entries = new java.util.LinkedHashMap<>();
          for (int i = r.nextInt(6); i > 0; i--) {
            String key = randomString(r);
            entries.putIfAbsent(key, new YamlNode.Entry(key, at(r), randomTree(r, depth + 1)));
          }
          return new YamlNode.Mapping(entries, at(r));
        }
    }
  }

  @Test
  void anyWellFormedTreeComesBackEqualWithItsKeysInOrder() {
    Random r = new Random(2026);
    for (int i = 0; i < 500; i++) {
      YamlNode tree = randomTree(r, 0);
      byte[] source = (randomString(r) + "x").getBytes(StandardCharsets.UTF_8);
      long stamp = r.nextLong();

      byte[] bytes = ParsedYamlCache.encode(source, tree, stamp);
      YamlNode back = ParsedYamlCache.decode(bytes, "g.yaml", source, stamp);

      assertThat(back).as("tree " + i).isEqualTo(tree);
      assertKeyOrder(back, tree);
    }
  }

  @Test
  void aLoneSurrogateCannotBeEncoded() {
    YamlNode odd =
        new YamlNode.Scalar(
            "a\uD800b", true, new org.briefing.diagnostics.SourcePosition("g.yaml", 1, 1));
    assertThat(ParsedYamlCache.encode("text".getBytes(StandardCharsets.UTF_8), odd, 1)).isNull();
  }

  @Test
  void anotherTextOfTheSameLengthIsParsedAfresh() throws IOException {
    YamlLoader.useCache(new ParsedYamlCache(dir, 1));
    String text = sample();
    YamlLoader.loadKept("f.yaml", text);
    String edited = text.replace("item-7,", "item-8,");
    assertThat(edited).hasSameSizeAs(text).isNotEqualTo(text);

    assertThat(YamlLoader.loadKept("f.yaml", edited)).isEqualTo(YamlLoader.load("f.yaml", edited));
    assertThat(YamlLoader.loadKept("f.yaml", text)).isEqualTo(YamlLoader.load("f.yaml", text));
  }

  @Test
  void anEntryOfAnotherBuildOfTheToolIsNotUsed() throws IOException {
    String text = sample();
    new ParsedYamlCache(dir, 1).keep(u(text), YamlLoader.load("f.yaml", text));

    assertThat(new ParsedYamlCache(dir, 1).find("f.yaml", u(text))).isNotNull();
    assertThat(new ParsedYamlCache(dir, 2).find("f.yaml", u(text))).isNull();
    // An entry of build 1 renamed as build 2's is refused by its stamp inside.
    Files.copy(
        dir.resolve(ParsedYamlCache.name(1, u(text))),
        dir.resolve(ParsedYamlCache.name(2, u(text))));
    assertThat(new ParsedYamlCache(dir, 2).find("f.yaml", u(text))).isNull();
  }

  @Test
  void twoBuildsOfTheToolKeepTheirOwnEntriesOfTheSameText() {
    String text = sample();
    YamlNode parsed = YamlLoader.load("f.yaml", text);
    ParsedYamlCache one = new ParsedYamlCache(dir, 1);
    ParsedYamlCache two = new ParsedYamlCache(dir, 2);

    one.keep(u(text), parsed);
    two.keep(u(text), parsed);

    assertThat(one.find("f.yaml", u(text))).isEqualTo(parsed);
    assertThat(two.find("f.yaml", u(text))).isEqualTo(parsed);
  }

  @Test
  void aDamagedEntryIsAMissNeverAnotherTree() throws IOException {
    String text = sample();
    YamlNode parsed = YamlLoader.load("f.yaml", text);
    ParsedYamlCache cache = new ParsedYamlCache(dir, 7);
    cache.keep(u(text), parsed);
    Path entry = dir.resolve(ParsedYamlCache.name(7, u(text)));
    byte[] good = Files.readAllBytes(entry);
    Random random = new Random(11);
    int misses = 0;
    for (int round = 0; round < 400; round++) {
      byte[] bad = good.clone();
      if (round % 4 == 0) {
        bad = java.util.Arrays.copyOf(good, random.nextInt(good.length));
      } else {
        int flips = 1 + random.nextInt(3);
        for (int f = 0; f < flips; f++) {
          bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
        }
      }
      Files.write(entry, bad);

      YamlNode found = cache.find("f.yaml", u(text));

      if (found == null) {
        misses++;
      } else {
        assertThat(found).as("round " + round).isEqualTo(parsed);
      }
      assertThat(YamlLoader.loadKept("f.yaml", text)).isEqualTo(parsed);
    }
    assertThat(misses).isGreaterThan(390);
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aNamedPipeOrADeviceWhereAnEntryWouldBeIsNotOpenedAndTheTextIsParsed() throws Exception {
    String text = sample();
    YamlNode parsed = YamlLoader.load("f.yaml", text);
    ParsedYamlCache cache = new ParsedYamlCache(dir, 3);
    Path entry = dir.resolve(ParsedYamlCache.name(3, u(text)));
    YamlLoader.useCache(cache);

    // A named pipe: opening it would block until a writer came (the build hung before).
    Process mkfifo = new ProcessBuilder("mkfifo", entry.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    assertThat(cache.find("f.yaml", u(text))).isNull();
    assertThat(YamlLoader.loadKept("f.yaml", text)).isEqualTo(parsed);

    // A link to a device that never ends.
    Files.deleteIfExists(entry);
    Files.createSymbolicLink(entry, Path.of("/dev/zero"));
    assertThat(cache.find("f.yaml", u(text))).isNull();
    assertThat(YamlLoader.loadKept("f.yaml", text)).isEqualTo(parsed);
    assertThat(cache.hits()).isZero();
  }

  @Test
  void aTextWithAnErrorIsNotKeptAndFailsAsWithoutTheCache() throws IOException {
    YamlLoader.useCache(new ParsedYamlCache(dir, 1));
    String text = sample() + "items: again\n";

    InvalidInputException kept =
        catchThrowableOfType(
            InvalidInputException.class, () -> YamlLoader.loadKept("f.yaml", text));
    InvalidInputException plain =
        catchThrowableOfType(InvalidInputException.class, () -> YamlLoader.load("f.yaml", text));

    assertThat(kept).isNotNull();
    assertThat(kept.diagnostics()).isEqualTo(plain.diagnostics());
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.count()).isZero();
    }
  }

  @Test
  void anEntryWhoseStringsHoldAControlCharacterIsNotUsedThoughItsChecksumIsRight() {
    // Such an entry was not written from the loader's tree (the loader refuses the character in
    // any value): made here by keeping a forged tree, whose checksum is then right.
    byte[] source = u(sample());
    org.briefing.diagnostics.SourcePosition at =
        new org.briefing.diagnostics.SourcePosition("f.yaml", 1, 1);
    ParsedYamlCache cache = new ParsedYamlCache(dir, 1);

    cache.keep(source, new YamlNode.Scalar("a bell", true, at));
    assertThat(cache.find("f.yaml", source)).as("the same entry without it").isNotNull();
    cache.keep(source, new YamlNode.Scalar("a \u0007 bell", true, at));
    assertThat(cache.find("f.yaml", source)).isNull();
    cache.keep(source, new YamlNode.Scalar("a \u009B bell", true, at));
    assertThat(cache.find("f.yaml", source)).as("a C1 control").isNull();
    YamlNode.Scalar value = new YamlNode.Scalar("ż", true, at);
    cache.keep(
        source,
        new YamlNode.Mapping(
            java.util.Map.of("ż\u202Ekey", new YamlNode.Entry("ż\u202Ekey", at, value)), at));
    assertThat(cache.find("f.yaml", source)).as("a bidi control in a key").isNull();
    cache.keep(
        source,
        new YamlNode.Mapping(java.util.Map.of("żkey", new YamlNode.Entry("żkey", at, value)), at));
    assertThat(cache.find("f.yaml", source)).as("the same key without it").isNotNull();
  }

  @Test
  void aTreeThatWouldNotComeBackTheSameIsNotKept() throws IOException {
    // The loader refuses lone surrogates; the cache checks its own round trip all the same.
    String text = sample();
    YamlNode odd =
        new YamlNode.Scalar(
            "\uD800", false, new org.briefing.diagnostics.SourcePosition("f.yaml", 1, 1));
    ParsedYamlCache cache = new ParsedYamlCache(dir, 1);

    cache.keep(u(text), odd);

    assertThat(cache.find("f.yaml", u(text))).isNull();
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.count()).isZero();
    }
  }

  @Test
  void keepsAtMostItsLimitOfEntries() throws IOException {
    YamlLoader.useCache(new ParsedYamlCache(dir, 1));
    for (int i = 0; i < ParsedYamlCache.MAX_FILES + 20; i++) {
      YamlLoader.loadKept("f.yaml", sample() + "n: " + i + "\n");
    }
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.count()).isEqualTo(ParsedYamlCache.MAX_FILES);
    }
  }

  @Test
  void aFolderThatCannotBeWrittenIsNoError() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    YamlLoader.useCache(new ParsedYamlCache(file.resolve("yaml"), 1));
    String text = sample();

    assertThat(YamlLoader.loadKept("f.yaml", text)).isEqualTo(YamlLoader.load("f.yaml", text));
    assertThat(YamlLoader.loadKept("f.yaml", text)).isEqualTo(YamlLoader.load("f.yaml", text));
  }

  /** A test text's UTF-8 bytes, as a corpus file on disk holds them. */
  private static byte[] u(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
