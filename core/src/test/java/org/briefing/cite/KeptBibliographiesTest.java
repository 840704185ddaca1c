package org.briefing.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefing.i18n.Language;
import org.briefing.model.Citation;
import org.briefing.model.Reference;
import org.briefing.testing.PlainText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptBibliographiesTest {
  private static final long STAMP = 0x1234_5678_9abcL;
  private static final List<String> STYLES =
      List.of("paper", "apa", "chicago-author-date", "chicago-notes-bibliography");

  @TempDir Path dir;

  @AfterEach
  void keepNothing() {
    KeptBibliographies.use(null);
  }

  private static Set<String> allIds(List<Reference> refs) {
    return refs.stream().map(Reference::id).collect(Collectors.toSet());
  }

  /** Each entry's id and text, and the link targets in it. */
  private static List<String> list(String style, Language language, List<Reference> refs) {
    CitationProcessor p =
        CitationProcessor.create(CitationStyle.named(style).get(), language, refs);
    List<String> out = new ArrayList<>();
    for (CitationProcessor.Entry e : p.bibliography(allIds(refs))) {
      out.add(e.id() + ": " + PlainText.of(e.content()) + " " + e.content());
    }
    return out;
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".cb")).toList();
    }
  }

  @Test
  void aListKeptIsFoundByALaterProcessorWithoutACslProcessorAndIsTheSame() {
    for (String style : STYLES) {
      for (Language language : List.of(Language.EN, Language.PL)) {
        List<String> fresh = list(style, language, new ArrayList<>(ReferenceTypes.ALL));
        KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
        // Kept by the first (a list of its own each time: nothing is handed on in the process).
        assertEquals(fresh, list(style, language, new ArrayList<>(ReferenceTypes.ALL)));
        // Found on disk by a new process.
        KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
        int before = CitationProcessor.made();
        assertEquals(fresh, list(style, language, new ArrayList<>(ReferenceTypes.ALL)));
        assertEquals(before, CitationProcessor.made(), style + " " + language + ": made one");
        KeptBibliographies.use(null);
      }
    }
  }

  @Test
  void anotherReferenceStyleLanguageOrBuildOfTheToolIsAnotherFamily() {
    List<Reference> refs = new ArrayList<>(ReferenceTypes.ALL);
    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    list("apa", Language.EN, new ArrayList<>(refs));

    // One reference's title changed: formatted again, with the new title.
    refs.set(
        1,
        Reference.builder("book")
            .type("book")
            .author(Reference.Name.person("Vilson", "Maili"))
            .issued(ReferenceTypes.date("2015"))
            .field("title", "The domestic policy of small states")
            .field("publisher", "Tartu University Press")
            .build());
    int before = CitationProcessor.made();
    List<String> changed = list("apa", Language.EN, new ArrayList<>(refs));
    assertEquals(before + 1, CitationProcessor.made());
    assertTrue(
        changed.stream().anyMatch(l -> l.contains("The domestic policy")), changed.toString());

    for (Runnable other :
        List.<Runnable>of(
            () -> list("chicago-author-date", Language.EN, new ArrayList<>(ReferenceTypes.ALL)),
            () -> list("apa", Language.PL, new ArrayList<>(ReferenceTypes.ALL)),
            () -> {
              KeptBibliographies.use(new KeptBibliographies(dir, STAMP + 1));
              list("apa", Language.EN, new ArrayList<>(ReferenceTypes.ALL));
            })) {
      before = CitationProcessor.made();
      other.run();
      assertEquals(before + 1, CitationProcessor.made());
    }
  }

  /** Writes an entry as if kept, with what a test gives for its list. */
  private void plant(List<KeptBibliographies.Marked> entries) throws IOException {
    List<Path> kept = entries();
    assertEquals(1, kept.size(), kept.toString());
    byte[] bytes = Files.readAllBytes(kept.get(0));
    // The family's bytes follow the header, their length first.
    int h = org.briefing.cache.KeptBytes.HEADER;
    int n = java.nio.ByteBuffer.wrap(bytes, h, 4).getInt();
    byte[] family = java.util.Arrays.copyOfRange(bytes, h + 4, h + 4 + n);
    List<String> ids = new java.util.TreeSet<>(allIds(ReferenceTypes.ALL)).stream().toList();
    byte[] planted =
        KeptBibliographies.encode(
            family, List.of(new KeptBibliographies.KeptList(ids, entries)), STAMP);
    Files.write(kept.get(0), planted);
  }

  @Test
  void aDamagedOrForeignEntryIsAMissAndTheListIsFormattedAgain() throws IOException {
    List<String> fresh = list("apa", Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    List<String> names = List.of("damaged", "cut", "control", "link", "unknown id", "planted");
    for (String how : names) {
      for (Path p : entries()) {
        Files.delete(p);
      }
      // A process that finds nothing keeps the list.
      KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
      list("apa", Language.EN, new ArrayList<>(ReferenceTypes.ALL));
      Path entry = entries().get(0);
      byte[] bytes = Files.readAllBytes(entry);
      switch (how) {
        case "damaged" -> {
          bytes[bytes.length / 2] ^= 1;
          Files.write(entry, bytes);
        }
        case "cut" -> Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        case "control" -> plant(List.of(new KeptBibliographies.Marked("book", "Vilson\u0007")));
        case "link" ->
            plant(
                List.of(
                    new KeptBibliographies.Marked(
                        "book", "\uE006javascript:alert(1)\uE007Vilson\uE008")));
        case "unknown id" -> plant(List.of(new KeptBibliographies.Marked("nobody", "Vilson")));
        default ->
            // Well-formed, and found: the planted list is what the processor gives (so the cases
            // above are refused for what they hold, not for how they were written).
            plant(List.of(new KeptBibliographies.Marked("book", "Planted")));
      }
      // A new process reads the entry.
      KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
      int before = CitationProcessor.made();
      List<String> got = list("apa", Language.EN, new ArrayList<>(ReferenceTypes.ALL));
      if (how.equals("planted")) {
        assertEquals(before, CitationProcessor.made());
        assertEquals(1, got.size());
        assertTrue(got.get(0).startsWith("book: Planted"), got.toString());
      } else {
        assertEquals(before + 1, CitationProcessor.made(), how);
        assertEquals(fresh, got, how);
      }
    }
  }

  @Test
  void aNamedPipeOrAFolderWhereAnEntryWouldBeIsAMiss() throws Exception {
    List<String> fresh = list("paper", Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    list("paper", Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    Path entry = entries().get(0);
    Files.delete(entry);
    Process mkfifo = new ProcessBuilder("mkfifo", entry.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    assertEquals(fresh, list("paper", Language.EN, new ArrayList<>(ReferenceTypes.ALL)));
    Files.delete(entry);
    Files.createDirectory(entry);
    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    assertEquals(fresh, list("paper", Language.EN, new ArrayList<>(ReferenceTypes.ALL)));
  }

  @Test
  void aListAfterCitationsIsNeitherKeptNorTakenAndOneTakenBeforeThemChangesNothing()
      throws IOException {
    String style = "chicago-notes-bibliography";
    List<Citation> group = List.of(new Citation("book", "3"));
    // Fresh: notes, then the list; and the list, then notes.
    CitationProcessor p =
        CitationProcessor.create(
            CitationStyle.named(style).get(), Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    String note = PlainText.of(p.note(group));
    List<CitationProcessor.Entry> after = p.bibliography(allIds(ReferenceTypes.ALL));
    CitationProcessor q =
        CitationProcessor.create(
            CitationStyle.named(style).get(), Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    List<CitationProcessor.Entry> before = q.bibliography(allIds(ReferenceTypes.ALL));
    List<String> notesAfter = List.of(PlainText.of(q.note(group)), PlainText.of(q.note(group)));

    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    CitationProcessor r =
        CitationProcessor.create(
            CitationStyle.named(style).get(), Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    assertEquals(note, PlainText.of(r.note(group)));
    assertEquals(after, r.bibliography(allIds(ReferenceTypes.ALL)));
    assertEquals(List.of(), entries(), "kept after a citation");

    // Kept before any citation, then taken before any: the notes after it are as without it.
    list(style, Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    assertEquals(1, entries().size());
    int made = CitationProcessor.made();
    CitationProcessor s =
        CitationProcessor.create(
            CitationStyle.named(style).get(), Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    assertEquals(before, s.bibliography(allIds(ReferenceTypes.ALL)));
    assertEquals(made, CitationProcessor.made());
    assertEquals(notesAfter, List.of(PlainText.of(s.note(group)), PlainText.of(s.note(group))));
  }

  @Test
  void thePapersStyleIsNotPreparedAheadWhenItsFamilyHasAList() {
    List<Reference> refs = new ArrayList<>(ReferenceTypes.ALL);
    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    int made = CitationProcessor.made();
    CitationProcessor.prepare(CitationStyle.PAPER, Language.EN, refs);
    assertEquals(made + 1, CitationProcessor.made(), "nothing kept yet: prepared");
    list("paper", Language.EN, refs);
    made = CitationProcessor.made();
    CitationProcessor.prepare(CitationStyle.PAPER, Language.EN, new ArrayList<>(refs));
    assertEquals(made, CitationProcessor.made(), "a list kept: not prepared");
    CitationProcessor.prepare(CitationStyle.named("apa").get(), Language.EN, refs);
    assertEquals(made + 1, CitationProcessor.made(), "a CSL style cites through its processor");
  }

  @Test
  void aFamilyKeepsItsLastListsAndTheFolderItsLastFamilies() throws IOException {
    KeptBibliographies kept = new KeptBibliographies(dir, STAMP);
    KeptBibliographies.use(kept);
    List<Reference> refs = new ArrayList<>(ReferenceTypes.ALL);
    List<String> ids = new java.util.TreeSet<>(allIds(refs)).stream().toList();
    // Each single reference, then each pair with the first: more sets than a family holds.
    List<Set<String>> sets = new ArrayList<>();
    ids.forEach(id -> sets.add(Set.of(id)));
    ids.subList(1, ids.size()).forEach(id -> sets.add(Set.of(ids.get(0), id)));
    assertTrue(sets.size() > KeptBibliographies.MAX_LISTS);
    for (Set<String> set : sets) {
      CitationProcessor.create(CitationStyle.named("apa").get(), Language.EN, refs)
          .bibliography(set);
    }
    int made = CitationProcessor.made();
    CitationProcessor.create(CitationStyle.named("apa").get(), Language.EN, new ArrayList<>(refs))
        .bibliography(sets.get(sets.size() - 1));
    assertEquals(made, CitationProcessor.made(), "the last list kept");
    CitationProcessor.create(CitationStyle.named("apa").get(), Language.EN, new ArrayList<>(refs))
        .bibliography(sets.get(0));
    assertEquals(made + 1, CitationProcessor.made(), "the first list dropped");

    for (int i = 0; i < KeptBibliographies.MAX_FILES + 5; i++) {
      List<Reference> one =
          List.of(
              Reference.builder("r")
                  .type("book")
                  .author(Reference.Name.literal("Author " + i))
                  .field("title", "Title")
                  .build());
      assertNotEquals(
          List.of(),
          CitationProcessor.create(CitationStyle.PAPER, Language.EN, one)
              .bibliography(Set.of("r")));
    }
    assertEquals(KeptBibliographies.MAX_FILES, entries().size());
  }

  @Test
  void aProcessReadsAFamilysEntryOnceForAllItsBriefings() throws IOException {
    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    List<String> fresh = list("apa", Language.EN, new ArrayList<>(ReferenceTypes.ALL));
    KeptBibliographies.use(new KeptBibliographies(dir, STAMP));
    assertEquals(fresh, list("apa", Language.EN, new ArrayList<>(ReferenceTypes.ALL)));
    // The entry is gone from the folder; this process still has what it read.
    for (Path p : entries()) {
      Files.delete(p);
    }
    int made = CitationProcessor.made();
    assertEquals(fresh, list("apa", Language.EN, new ArrayList<>(ReferenceTypes.ALL)));
    assertEquals(made, CitationProcessor.made());
  }
}
