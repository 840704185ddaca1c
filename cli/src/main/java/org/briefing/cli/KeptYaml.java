package org.briefing.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Map;
import org.briefing.cache.KeptRoot;
import org.briefing.cite.KeptBibliographies;
import org.briefing.yaml.ParsedYamlCache;
import org.briefing.yaml.YamlLoader;

/**
 * Where the command line keeps parsed corpus files ({@link ParsedYamlCache}) and formatted
 * reference lists ({@link KeptBibliographies}) between runs, and where other kinds of kept entries
 * go ({@link KeptRoot}): {@code $XDG_CACHE_HOME/briefing/yaml}, {@code …/cite} and so on, else
 * under {@code ~/.cache/briefing}. None when {@code BRIEFING_NO_CACHE=1}, or when the tool does not
 * run from a jar (its classes could change without a new stamp).
 *
 * <pre>{@code
 * KeptYaml.useForThisJar(System.getenv()); // all three, from one reading of the jar's stamp
 * }</pre>
 */
final class KeptYaml {
  private KeptYaml() {}

  /**
   * Makes this process keep parsed corpus files, reference lists and its other kept entries in this
   * jar's folders (nowhere when there are none): the jar's stamp read once for all three.
   */
  static void useForThisJar(Map<String, String> env) {
    KeptRoot root = rootForThisJar(env);
    YamlLoader.useCache(
        root == null ? null : new ParsedYamlCache(root.dir().resolve("yaml"), root.stamp()));
    KeptBibliographies.use(
        root == null ? null : new KeptBibliographies(root.dir().resolve("cite"), root.stamp()));
    KeptRoot.use(root);
  }

  /**
   * The folder every kind of kept entry has its folder in ({@code …/briefing}), for this jar, or
   * null for none.
   */
  static KeptRoot rootForThisJar(Map<String, String> env) {
    Long stamp = stamp(env);
    Path dir = folder(env);
    return stamp == null || dir == null ? null : new KeptRoot(dir.getParent(), stamp);
  }

  /**
   * What identifies this jar (its path, size and time) and the JDK running it; null when the tool
   * runs from no jar.
   */
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
      // And the JDK: an entry holds what the JDK's own classes made too (the XML transformer
      // that wrote an XMP template, say), and a JDK updated in place keeps its path.
      return 31L
              * (31L * (31L * jar.toString().hashCode() + a.size())
                  + a.lastModifiedTime().toMillis())
          + Runtime.version().toString().hashCode();
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
