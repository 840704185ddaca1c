package org.briefing.render;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The format registry: format name → renderer provider, from the renderer modules on the class
 * path.
 *
 * <pre>{@code Formats.installed().provider("md").map(RendererProvider::create)}</pre>
 */
public final class Formats {
  private final Map<String, RendererProvider> providers;

  private Formats(Map<String, RendererProvider> providers) {
    this.providers = providers;
  }

  /**
   * The formats of the renderer modules on the class path ({@link ServiceLoader} with the thread's
   * context class loader). The look-up scans the jar's service files (2 % of a warm one-page note's
   * build when it ran for every spec), so its result is kept for the class loader it came from and
   * made again only for another one.
   */
  public static Formats installed() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Looked last = lastLookUp;
    if (last != null && last.loader() == loader) {
      return last.formats();
    }
    Map<String, RendererProvider> map = new TreeMap<>();
    for (RendererProvider p : ServiceLoader.load(RendererProvider.class, loader)) {
      map.put(p.format(), p);
    }
    Formats formats = new Formats(Map.copyOf(map));
    lastLookUp = new Looked(loader, formats);
    return formats;
  }

  /** The last look-up and the class loader it used. */
  private record Looked(ClassLoader loader, Formats formats) {}

  private static volatile Looked lastLookUp;

  public Optional<RendererProvider> provider(String format) {
    return Optional.ofNullable(providers.get(format));
  }

  /** Every installed format name, sorted. */
  public java.util.Set<String> names() {
    return new java.util.TreeSet<>(providers.keySet());
  }
}
