package org.briefing.render.html;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a string as a text/html document with the Nu Html Checker (the W3C validator, {@code
 * nu.validator:validator}) the way its command-line client {@code vnu} does by default: the {@code
 * html5-all.rnc} schema, the Schematron assertions and the checker's own checks (tables, microdata,
 * Unicode normalisation, text content, language detection …).
 *
 * <p>The schemas come from the validator's jar: its entity resolver falls back to one that resolves
 * nothing, so a check never touches the network.
 *
 * <p>The validator calls icu4j methods that later icu4j releases removed, and this project's code
 * needs a recent icu4j. So the validator runs in a class loader of its own: the test class path
 * without our icu4j, plus the icu4j the validator was built with (copied by the build into {@code
 * target/nu-validator-icu4j}), with only the JDK as its parent. The two sides speak through JDK
 * types ({@link BiConsumer}, SAX's {@link ErrorHandler}).
 *
 * <p>Loading the schemas takes a few seconds: share one instance. {@link #check} is synchronised.
 */
final class Html5Validator {
  /** The schema {@code vnu} uses for text/html when given no {@code --schema}. */
  static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private static final Path VALIDATOR_ICU4J = Path.of("target/nu-validator-icu4j");

  /**
   * Standard CSS properties that the CSS checker inside the validator (2020, the newest release on
   * Maven Central) does not know yet: {@code color-scheme} and {@code print-color-adjust} (CSS
   * Color Adjustment 1), {@code text-underline-offset} (CSS Text Decoration 4). Its "doesn't exist"
   * error for exactly these goes to {@link Result#outdated()}; any other CSS error stays an error.
   */
  static final Set<String> CSS_NEWER_THAN_CHECKER =
      Set.of("color-scheme", "print-color-adjust", "text-underline-offset");

  /** One message of the checker; line and column are 1-based, -1 when unknown. */
  record Message(Kind kind, int line, int column, String text) {
    enum Kind {
      ERROR,
      WARNING
    }

    @Override
    public String toString() {
      return kind.name().toLowerCase(Locale.ROOT) + " at " + line + ":" + column + ": " + text;
    }
  }

  /**
   * What the checker said about one document; {@code outdated} holds its errors for {@link
   * #CSS_NEWER_THAN_CHECKER}.
   */
  record Result(List<Message> errors, List<Message> warnings, List<Message> outdated) {
    /** Every error on a line of its own, for an assertion message. */
    String errorReport() {
      StringBuilder sb = new StringBuilder();
      for (Message m : errors) {
        sb.append("\n  ").append(m);
      }
      return sb.toString();
    }
  }

  private final BiConsumer<String, ErrorHandler> engine;

  @SuppressWarnings("unchecked")
  Html5Validator() {
    try {
      // Deliberately never closed: the loader lives as long as this (shared) instance.
      @SuppressWarnings("resource")
      ClassLoader loader =
          new URLClassLoader(
              "nu-validator", isolatedClassPath(), ClassLoader.getPlatformClassLoader());
      engine =
          (BiConsumer<String, ErrorHandler>)
              loader.loadClass(Engine.class.getName()).getConstructor().newInstance();
    } catch (ReflectiveOperationException | IOException e) {
      throw new IllegalStateException("cannot start the Nu Html Checker", e);
    }
  }

  /** Checks {@code html} as a UTF-8 text/html document. */
  synchronized Result check(String html) {
    Collector collector = new Collector();
    try {
      engine.accept(html, collector);
    } catch (RuntimeException e) {
      collector.errors.add(new Message(Message.Kind.ERROR, -1, -1, "checker failed: " + e));
    }
    List<Message> errors = new ArrayList<>();
    List<Message> outdated = new ArrayList<>();
    for (Message m : collector.errors) {
      (isUnknownNewCssProperty(m.text()) ? outdated : errors).add(m);
    }
    return new Result(List.copyOf(errors), List.copyOf(collector.warnings), List.copyOf(outdated));
  }

  private static boolean isUnknownNewCssProperty(String message) {
    for (String p : CSS_NEWER_THAN_CHECKER) {
      if (message.equals("CSS: “" + p + "”: Property “" + p + "” doesn't exist.")) {
        return true;
      }
    }
    return false;
  }

  private static URL[] isolatedClassPath() throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!Path.of(entry).getFileName().toString().startsWith("icu4j-")) {
        urls.add(url(Path.of(entry)));
      }
    }
    try (Stream<Path> jars = Files.list(VALIDATOR_ICU4J)) {
      List<Path> icu = jars.filter(p -> p.toString().endsWith(".jar")).toList();
      if (icu.size() != 1) {
        throw new IOException("expected one icu4j jar in " + VALIDATOR_ICU4J + ", found " + icu);
      }
      urls.add(url(icu.get(0)));
    }
    return urls.toArray(URL[]::new);
  }

  private static URL url(Path p) {
    try {
      return p.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The validator itself; loaded only by the isolated class loader. Public, with a public
   * constructor, for reflection.
   */
  public static final class Engine implements BiConsumer<String, ErrorHandler> {
    private final SimpleDocumentValidator validator;
    private final Relay relay = new Relay();

    public Engine() throws Exception {
      // As vnu without --errors-only: values of some attribute datatypes warn rather than err.
      System.setProperty("nu.validator.datatype.warn", "true");
      // Jetty's JSON reader, used by the language detector, announces its logging otherwise.
      System.setProperty("org.eclipse.jetty.util.log.announce", "false");
      // log4j left alone (the packaged configuration logs at DEBUG), URLs not logged, and
      // language detection on, as vnu does.
      validator = new SimpleDocumentValidator(false, false, true);
      org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.WARN);
      validator.setUpMainSchema(SCHEMA, new Thrower());
      validator.setUpValidatorAndParsers(relay, false, false);
    }

    @Override
    public void accept(String html, ErrorHandler handler) {
      relay.target = handler;
      InputSource in = new InputSource(new StringReader(html));
      in.setSystemId("briefing.html");
      try {
        validator.checkHtmlInputSource(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SAXException e) {
        throw new IllegalStateException(e);
      } finally {
        relay.target = null;
      }
    }
  }

  /** Passes each message on to the handler of the current check. */
  private static final class Relay implements ErrorHandler {
    ErrorHandler target;

    @Override
    public void warning(SAXParseException e) throws SAXException {
      target.warning(e);
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      target.error(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      target.fatalError(e);
    }
  }

  private static final class Collector implements ErrorHandler {
    final List<Message> errors = new ArrayList<>();
    final List<Message> warnings = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      warnings.add(message(Message.Kind.WARNING, e));
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(message(Message.Kind.ERROR, e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(message(Message.Kind.ERROR, e));
    }

    private static Message message(Message.Kind kind, SAXParseException e) {
      return new Message(kind, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }
  }

  /** An error in a schema is a broken validator jar, not a bad page: fail at once. */
  private static final class Thrower implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
