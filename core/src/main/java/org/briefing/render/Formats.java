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

  /** The formats of the renderer modules on the class path. */
  public static Formats installed() {
    Map<String, RendererProvider> map = new TreeMap<>();
    for (RendererProvider p : ServiceLoader.load(RendererProvider.class)) {
      map.put(p.format(), p);
    }
    return new Formats(Map.copyOf(map));
  }

  public Optional<RendererProvider> provider(String format) {
    return Optional.ofNullable(providers.get(format));
  }

  /** Every installed format name, sorted. */
  public java.util.Set<String> names() {
    return new java.util.TreeSet<>(providers.keySet());
  }
}
