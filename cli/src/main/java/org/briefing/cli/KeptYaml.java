package org.briefing.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Map;
import org.briefing.cite.KeptBibliographies;
import org.briefing.yaml.ParsedYamlCache;

/**
 * Where the command line keeps parsed corpus files ({@link ParsedYamlCache}) and formatted
 * reference lists ({@link KeptBibliographies}) between runs: {@code $XDG_CACHE_HOME/briefing/yaml}
 * and {@code …/cite}, else under {@code ~/.cache/briefing}. None when {@code BRIEFING_NO_CACHE=1},
 * or when the tool does not run from a jar (its classes could change without a new stamp).
 *
 * <pre>{@code
 * YamlLoader.useCache(KeptYaml.forThisJar(System.getenv()));
 * KeptBibliographies.use(KeptYaml.bibliographiesForThisJar(System.getenv()));
 * }</pre>
 */
final class KeptYaml {
  private KeptYaml() {}

  /** The cache of parsed corpus files for this jar, or null for none. */
  static ParsedYamlCache forThisJar(Map<String, String> env) {
    Long stamp = stamp(env);
    Path dir = folder(env);
    return stamp == null || dir == null ? null : new ParsedYamlCache(dir, stamp);
  }

  /**
   * The formatted reference lists kept for this jar ({@code …/briefing/cite}, beside the parsed
   * files), or null for none.
   */
  static KeptBibliographies bibliographiesForThisJar(Map<String, String> env) {
    Long stamp = stamp(env);
    Path dir = folder(env);
    return stamp == null || dir == null
        ? null
        : new KeptBibliographies(dir.resolveSibling("cite"), stamp);
  }

  /** What identifies this jar (its path, size and time); null when the tool runs from no jar. */
  private static Long stamp(Map<String, String> env) {
    if ("1".equals(env.get("BRIEFING_NO_CACHE"))) {
      return null;
    }
    try {
      CodeSource source = KeptYaml.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return null;
      }
      Path jar = Path.of(source.getLocation().toURI());
      BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return null;
      }
      return 31L * (31L * jar.toString().hashCode() + a.size()) + a.lastModifiedTime().toMillis();
    } catch (URISyntaxException | java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The folder by the XDG base directory rules; null when neither variable gives an absolute one.
   */
  static Path folder(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "briefing", "yaml");
    }
    String home = env.get("HOME");
    if (home == null || home.isEmpty() || !Path.of(home).isAbsolute()) {
      return null;
    }
    return Path.of(home, ".cache", "briefing", "yaml");
  }
}
