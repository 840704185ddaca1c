package org.briefing.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Map;
import org.briefing.yaml.ParsedYamlCache;

/**
 * Where the command line keeps parsed corpus files between runs ({@link ParsedYamlCache}): {@code
 * $XDG_CACHE_HOME/briefing/yaml}, else {@code ~/.cache/briefing/yaml}. None when {@code
 * BRIEFING_NO_CACHE=1}, or when the tool does not run from a jar (its classes could change without
 * a new stamp).
 *
 * <pre>{@code
 * YamlLoader.useCache(KeptYaml.forThisJar(System.getenv()));
 * }</pre>
 */
final class KeptYaml {
  private KeptYaml() {}

  /** The cache for this jar, or null for none. */
  static ParsedYamlCache forThisJar(Map<String, String> env) {
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
      Path dir = folder(env);
      if (dir == null) {
        return null;
      }
      long stamp =
          31L * (31L * jar.toString().hashCode() + a.size()) + a.lastModifiedTime().toMillis();
      return new ParsedYamlCache(dir, stamp);
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
