package org.briefing.render.html.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The Freemarker page template, configured so that a template can only lay out: HTML auto-escaping
 * ({@code .ftlh}), no {@code ?api}, no {@code ?new} of any class, and an object wrapper that knows
 * maps, lists, strings, numbers and booleans only (no Java object reaches a template). Markup the
 * Java writers produced is passed as {@link #markup(String)}.
 *
 * <p>Immutable and thread-safe once built.
 *
 * <pre>{@code
 * PageTemplate page = PageTemplate.load("page.ftlh");
 * String html = page.render(Map.of("title", "A & B", "body", PageTemplate.markup("<p>…</p>")));
 * }</pre>
 */
public final class PageTemplate {
  private static final String ROOT = "/org/briefing/render/html";

  static {
    // Freemarker otherwise looks for Log4j and Avalon on the class path before it settles on
    // java.util.logging, which is what it finds here: a failed class lookup each, in a cold JVM.
    System.getProperties().putIfAbsent("org.freemarker.loggerLibrary", "JUL");
  }

  private final Template template;

  private PageTemplate(Template template) {
    this.template = template;
  }

  /** Loads a template from this module's resources. */
  public static PageTemplate load(String name) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new ClassTemplateLoader(PageTemplate.class, ROOT));
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setLocalizedLookup(false);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    try {
      return new PageTemplate(cfg.getTemplate(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load page template " + name, e);
    }
  }

  /** Markup that the template writes as it is; only for HTML this module's writers produced. */
  public static TemplateHTMLOutputModel markup(String html) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fills the template with a model of maps, lists, strings and markup. */
  public String render(Map<String, Object> model) {
    StringWriter out = new StringWriter(16384);
    try {
      template.process(model, out);
    } catch (TemplateException e) {
      throw new IllegalStateException("page template failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
