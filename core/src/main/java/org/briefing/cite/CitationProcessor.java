package org.briefing.cite;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.StringHelper;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefing.cache.RecentlyUsed;
import org.briefing.document.Inline;
import org.briefing.i18n.Language;
import org.briefing.model.Citation;
import org.briefing.model.Reference;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Formats a paper's references in one citation style and one language, through the CSL processor
 * citeproc-java: the reference list, and each citation group as one parenthesis (an in-text style)
 * or as the text of a note (a note style). Not thread-safe: make one per briefing and language.
 *
 * <pre>{@code
 * CitationProcessor p = CitationProcessor.create(CitationStyle.named("apa").get(), Language.EN,
 *     corpus.references());
 * List<CitationProcessor.Entry> list = p.bibliography(Set.of("sturm-2022"));
 * p.release(); // optional: lets the next briefing over the same references reuse its CSL processor
 * }</pre>
 */
public final class CitationProcessor {
  private final CitationStyle style;
  private final List<Reference> refs;

  /** The references by id, in the corpus's order. */
  private final Map<String, Reference> byId = new HashMap<>();

  /** The references in the language's order of their labels: made with the CSL processor. */
  private Map<String, Reference> references;

  private final Language language;
  private CSL csl;
  private boolean released;
  private final Kept kept;
  private final Map<String, Integer> order = new HashMap<>();
  private int citations;

  /** The family's key of this processor's kept lists (made once; null when none can be kept). */
  private byte[] family;

  private boolean familyMade;

  /** The sets of ids whose lists were found kept before the CSL processor was made. */
  private final List<Collection<String>> served = new ArrayList<>();

  /** One entry of the reference list: the reference's id and the formatted entry. */
  public record Entry(String id, List<Inline> content) {
    public Entry {
      content = List.copyOf(content);
    }
  }

  private CitationProcessor(CitationStyle style, Language language, List<Reference> refs) {
    this.style = style;
    this.refs = refs;
    for (Reference r : refs) {
      byId.put(r.id(), r);
    }
    this.language = language;
    // The language, not only its CSL locale: the references are in its collation order.
    this.kept = new Kept(style.resource(), language.locale().toLanguageTag(), refs);
  }

  /**
   * The references in the order the CSL processor is given them: by label in the language's
   * collation (the paper's own style lists its sources by label; a CSL style sorts them itself).
   */
  private Map<String, Reference> references() {
    if (references == null) {
      Collator collator = Collator.getInstance(ULocale.forLocale(language.locale()));
      List<Reference> ordered = new ArrayList<>(refs);
      // (Written out: see PartialDate's order.)
      ordered.sort(
          (a, b) -> {
            int c = collator.compare(a.label(), b.label());
            return c != 0 ? c : a.id().compareTo(b.id());
          });
      Map<String, Reference> m = new LinkedHashMap<>();
      for (Reference r : ordered) {
        m.put(r.id(), r);
      }
      references = m;
    }
    return references;
  }

  /** The style's CSL, read when the processor or the style's affixes are first needed. */
  private String xml() {
    return read(style.resource());
  }

  private Affixes affixes() {
    return AFFIXES.computeIfAbsent(style.resource(), r -> Affixes.of(xml()));
  }

  /**
   * The CSL processor, made on first use: the paper's own style prints its in-text citations from
   * the references' labels, so a briefing without a reference list never starts citeproc-java (nor
   * the XML parser it reads its style and locale with). Nothing reaches the processor before it is
   * made, so it is made and used in the same order of calls as if it had been made at once.
   */
  private CSL csl() {
    if (csl != null) {
      return csl;
    }
    if (released) {
      throw new IllegalStateException("a citation processor used after release()");
    }
    FutureTask<Void> ahead = AHEAD.get(kept);
    if (ahead != null) {
      // One is being made ahead for this processor: wait for it rather than make another.
      try {
        ahead.get();
      } catch (ExecutionException e) {
        // It failed there: made here below, where its problem is reported.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return make();
  }

  /** Takes a kept CSL processor for this processor, or makes one, and sets it up. */
  private CSL make() {
    csl = KEPT.take(kept);
    if (csl != null) {
      // The same style, locale and references: the same items. Its state is cleared and set up
      // again as for a new processor below.
      csl.reset();
    } else {
      csl = newCsl();
    }
    csl.setOutputFormat(new InlineFormat());
    csl.setConvertLinks(true);
    // Every source of the paper is known from the start, so that "2022a" and "2022b" do not
    // depend on which section cites first.
    csl.registerCitationItems(references().keySet(), style.isPaper());
    // The order in which a sorting style lists sources in a citation group, as in its list.
    if (affixes().sorted) {
      csl.makeBibliography(
          item -> {
            order.put(item.getId(), order.size());
            return false;
          });
    }
    // The lists found kept are made here too, as they were when they were kept: the processor is
    // then in the state it would be in had it made them.
    for (Collection<String> ids : served) {
      csl.makeBibliography(item -> ids.contains(item.getId()));
    }
    return csl;
  }

  /**
   * Hands this processor's CSL processor on to the next processor made for the same style, locale
   * and list of references (the same list object: a corpus read once, as in a batch or in {@code
   * watch}): citeproc-java parses its style and locale again for each new one, about 3 % of a warm
   * full-article build. This processor must not be used after.
   */
  public void release() {
    released = true;
    if (csl != null) {
      KEPT.putIfAbsent(kept, csl);
      csl = null;
    }
  }

  /**
   * Makes, on the calling thread, the CSL processor that the first processor for this style,
   * language and references would make on first use, and keeps it for that processor as {@link
   * #release} does; a processor that needs it meanwhile waits for it instead of making another. For
   * doing that work ahead, on another core ({@code org.briefing.build.Ahead}): what the processors
   * give is the same with or without it.
   */
  public static void prepare(CitationStyle style, Language language, List<Reference> references) {
    CitationProcessor p = new CitationProcessor(style, language, references);
    // The paper's style needs its processor only for a reference list, and one kept on disk
    // needs none.
    KeptBibliographies disk = KeptBibliographies.current();
    if (style.isPaper() && disk != null && p.family() != null && disk.has(p.family())) {
      return;
    }
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              p.make();
              p.release();
              // The first entry of a reference list initialises citeproc-java's StringHelper,
              // whose static Comparator.comparingInt is a serializable lambda, which no start-up
              // cache holds: the JVM spins its class then (about 10 ms cold). Here that happens
              // on the thread that prepares, not on the one that assembles.
              StringHelper.overlap("", "");
            },
            null);
    if (AHEAD.putIfAbsent(p.kept, task) != null) {
      return;
    }
    try {
      task.run();
    } finally {
      AHEAD.remove(p.kept, task);
    }
  }

  /** The CSL processors being made by {@link #prepare}, by what each is made from. */
  private static final Map<Kept, FutureTask<Void>> AHEAD = new ConcurrentHashMap<>();

  /** How many CSL processors are being made ahead now (for tests). */
  static int preparing() {
    return AHEAD.size();
  }

  /**
   * CSL processors released and not yet taken again, at most 8; one is used by one processor at a
   * time (taken out while in use).
   */
  private static final RecentlyUsed<Kept, CSL> KEPT = new RecentlyUsed<>(8);

  /**
   * What a CSL processor was made from: the style, the language (its locale and the references'
   * order) and the references, by identity (the corpus's own list).
   */
  private record Kept(String style, String locale, List<Reference> references) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Kept k
          && k.style.equals(style)
          && k.locale.equals(locale)
          && k.references == references;
    }

    @Override
    public int hashCode() {
      return (style.hashCode() * 31 + locale.hashCode()) * 31 + System.identityHashCode(references);
    }
  }

  /** How many CSL processors this process has made (for tests: whether one was reused). */
  static int made() {
    return MADE.get();
  }

  private static final AtomicInteger MADE = new AtomicInteger();

  private CSL newCsl() {
    MADE.incrementAndGet();
    Map<String, CSLItemData> items = new LinkedHashMap<>();
    for (Reference r : references().values()) {
      items.put(r.id(), CSLItemData.fromJson(item(r)));
    }
    try {
      return new CSL(
          new ItemDataProvider() {
            @Override
            public CSLItemData retrieveItem(String id) {
              return items.get(id);
            }

            @Override
            public Collection<String> getIds() {
              return items.keySet();
            }
          },
          new ShippedLocales(),
          null,
          xml(),
          ShippedLocales.tag(language));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A reference as the CSL item this processor gives citeproc-java. */
  private Map<String, Object> item(Reference r) {
    Map<String, Object> json = CslItems.json(r);
    // A work without authors is labelled by its title: the paper's style does not repeat it.
    if (style.isPaper()
        && r.authors().isEmpty()
        && !r.title().isEmpty()
        && r.label().startsWith(r.title())) {
      json.remove("title");
    }
    return json;
  }

  /**
   * The key of the family this processor's reference lists are kept in: everything they are
   * formatted from besides the ids listed (the style, its CSL locale, the language, whether the
   * paper's style registers them unsorted, and every reference as its CSL item, in the corpus's
   * order, which with the language gives the order they are registered in). The style and locale
   * files are the tool's own, named by the tool's stamp.
   */
  private byte[] family() {
    if (!familyMade) {
      familyMade = true;
      List<Object> description = new ArrayList<>();
      description.add(style.resource());
      description.add(ShippedLocales.tag(language));
      description.add(language.locale().toLanguageTag());
      description.add(style.isPaper());
      for (Reference r : refs) {
        description.add(item(r));
      }
      family = KeptBibliographies.family(description);
    }
    return family;
  }

  /** A processor for a style and a language over the paper's references. */
  public static CitationProcessor create(
      CitationStyle style, Language language, List<Reference> references) {
    return new CitationProcessor(style, language, references);
  }

  public CitationStyle style() {
    return style;
  }

  /** The reference list of the given references, in the style's order. */
  public List<Entry> bibliography(Collection<String> ids) {
    if (released) {
      throw new IllegalStateException("a citation processor used after release()");
    }
    TreeSet<String> wanted = new TreeSet<>();
    for (String id : ids) {
      if (byId.containsKey(id)) {
        wanted.add(id);
      }
    }
    if (wanted.isEmpty()) {
      return List.of();
    }
    // A list kept on disk, while no citation was made: a note style's citations change what
    // follows them ("Ibid."), and a list kept after none is the list before any.
    KeptBibliographies disk = citations == 0 ? KeptBibliographies.current() : null;
    byte[] key = disk != null ? family() : null;
    List<String> listed = List.copyOf(wanted);
    if (key != null && csl == null) {
      List<KeptBibliographies.Marked> found = disk.find(key, listed);
      if (found != null) {
        served.add(wanted);
        return entries(found);
      }
    }
    List<KeptBibliographies.Marked> made = format(ids);
    if (key != null) {
      disk.keep(key, listed, made);
    }
    return entries(made);
  }

  private static List<Entry> entries(List<KeptBibliographies.Marked> marked) {
    List<Entry> out = new ArrayList<>(marked.size());
    for (KeptBibliographies.Marked m : marked) {
      out.add(new Entry(m.id(), InlineFormat.inlines(m.text())));
    }
    return out;
  }

  /** The list as citeproc-java formats it, each entry as {@link InlineFormat} marks it. */
  private List<KeptBibliographies.Marked> format(Collection<String> ids) {
    // The filter sees the items in the style's order: that order names the entries.
    List<String> order = new ArrayList<>();
    Bibliography b =
        csl()
            .makeBibliography(
                item -> {
                  boolean in = ids.contains(item.getId());
                  if (in) {
                    order.add(item.getId());
                  }
                  return in;
                });
    String[] entries = b.getEntries();
    List<KeptBibliographies.Marked> out = new ArrayList<>();
    if (entries.length == order.size()) {
      for (int i = 0; i < entries.length; i++) {
        out.add(new KeptBibliographies.Marked(order.get(i), entries[i].strip()));
      }
    } else {
      // An entry the style left empty: format each alone to know which is which.
      for (String id : order) {
        String[] one = csl().makeBibliography(item -> item.getId().equals(id)).getEntries();
        if (one.length == 1) {
          out.add(new KeptBibliographies.Marked(id, one[0].strip()));
        }
      }
    }
    return out;
  }

  /**
   * A citation group as one parenthesis, each source linked to its entry where {@code target} gives
   * one. With the paper's style a source prints as the paper cites it ("Sturm, 2022: 867").
   */
  public Inline.Citation inText(List<Citation> group, Function<String, Optional<String>> target) {
    List<Inline.Cite> items = new ArrayList<>();
    List<Citation> sorted = new ArrayList<>(group);
    // The paper's style sorts no citation group (a test checks its file): its processor and its
    // affixes are not needed here.
    if (!style.isPaper() && sorted.size() > 1 && affixes().sorted) {
      csl(); // the style's order of sources
    }
    if (!order.isEmpty()) {
      sorted.sort(
          (a, b) ->
              Integer.compare(
                  order.getOrDefault(a.ref(), Integer.MAX_VALUE),
                  order.getOrDefault(b.ref(), Integer.MAX_VALUE)));
    }
    for (Citation c : sorted) {
      String label;
      if (style.isPaper()) {
        label =
            Optional.ofNullable(byId.get(c.ref())).map(Reference::label).orElse(c.ref())
                + (c.hasLocator() ? ": " + c.locator() : "");
      } else {
        label = affixes().strip(plain(render(List.of(c))));
      }
      items.add(new Inline.Cite(label, c.ref(), target.apply(c.ref())));
    }
    return style.isPaper()
        ? new Inline.Citation(items, "(", "; ", ")")
        : new Inline.Citation(items, affixes().prefix, affixes().delimiter, affixes().suffix);
  }

  /** A citation group as the text of a note (a note style). */
  public List<Inline> note(List<Citation> group) {
    return InlineFormat.inlines(render(group));
  }

  private String render(List<Citation> group) {
    List<CSLCitationItem> items = new ArrayList<>();
    for (Citation c : group) {
      CSLCitationItemBuilder b = new CSLCitationItemBuilder(c.ref());
      if (c.hasLocator()) {
        b.locator(c.locator());
      }
      items.add(b.build());
    }
    CSLCitation citation =
        new CSLCitation(
            items.toArray(CSLCitationItem[]::new),
            "c" + (++citations),
            new de.undercouch.citeproc.csl.CSLProperties());
    List<de.undercouch.citeproc.output.Citation> made = csl().makeCitation(citation);
    return made.get(made.size() - 1).getText();
  }

  private static String plain(String marked) {
    StringBuilder b = new StringBuilder();
    for (Inline i : InlineFormat.inlines(marked)) {
      b.append(text(i));
    }
    return b.toString();
  }

  private static String text(Inline i) {
    if (i instanceof Inline.Text t) {
      return t.text();
    }
    List<Inline> content =
        i instanceof Inline.Emphasis e
            ? e.content()
            : i instanceof Inline.Strong s
                ? s.content()
                : i instanceof Inline.Link l ? l.content() : List.of();
    StringBuilder b = new StringBuilder();
    content.forEach(x -> b.append(text(x)));
    return b.toString();
  }

  /** Each style's affixes, parsed once per process (the shipped styles do not change). */
  private static final Map<String, Affixes> AFFIXES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The shipped styles and locales read so far, by resource name. */
  private static final Map<String, String> RESOURCES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A file shipped with the tool, read once per process. */
  static String read(String resource) {
    return RESOURCES.computeIfAbsent(resource, CitationProcessor::readResource);
  }

  private static String readResource(String resource) {
    try (InputStream in = CitationProcessor.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the tool lacks its file " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The prefix, delimiter and suffix a style puts around and between the sources of a group. */
  record Affixes(String prefix, String delimiter, String suffix, boolean sorted) {
    static Affixes of(String xml) {
      try {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        org.w3c.dom.Document d =
            f.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList citations = d.getElementsByTagNameNS("*", "citation");
        if (citations.getLength() > 0) {
          NodeList layouts = ((Element) citations.item(0)).getElementsByTagNameNS("*", "layout");
          if (layouts.getLength() > 0) {
            Element l = (Element) layouts.item(0);
            boolean sorted =
                ((Element) citations.item(0)).getElementsByTagNameNS("*", "sort").getLength() > 0;
            return new Affixes(
                l.getAttribute("prefix"),
                l.getAttribute("delimiter"),
                l.getAttribute("suffix"),
                sorted);
          }
        }
        return new Affixes("", "; ", "", false);
      } catch (Exception e) {
        throw new IllegalStateException("a shipped citation style cannot be read", e);
      }
    }

    String strip(String one) {
      String s = one;
      if (!prefix.isEmpty() && s.startsWith(prefix)) {
        s = s.substring(prefix.length());
      }
      if (!suffix.isEmpty() && s.endsWith(suffix)) {
        s = s.substring(0, s.length() - suffix.length());
      }
      return s;
    }
  }

  /** The CSL locale files shipped with the tool (see {@code NOTICE.md}). */
  private static final class ShippedLocales implements LocaleProvider {
    private static final List<String> SHIPPED = List.of("en-US", "en-GB", "pl-PL");

    /** The shipped locale for a language: its own country's, its language's, else en-US. */
    static String tag(Language language) {
      java.util.Locale l = language.locale();
      String full = l.getLanguage() + "-" + l.getCountry();
      if (SHIPPED.contains(full)) {
        return full;
      }
      return SHIPPED.stream()
          .filter(t -> t.startsWith(l.getLanguage() + "-"))
          .findFirst()
          .orElse("en-US");
    }

    @Override
    public String retrieveLocale(String lang) {
      if (!SHIPPED.contains(lang)) {
        throw new IllegalArgumentException("no CSL locale " + lang);
      }
      return read("locales/locales-" + lang + ".xml");
    }
  }
}
