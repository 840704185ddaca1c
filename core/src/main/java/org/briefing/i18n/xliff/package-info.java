/**
 * XLIFF 2.0 export and import of the translations, for translators who work in CAT tools.
 *
 * <p>Export every unit of the corpus with its English source, its translation and a state:
 *
 * <pre>{@code
 * Corpus corpus = CorpusReader.read(Path.of("briefings/corpus")).corpus();
 * String xliff = XliffWriter.write(corpus, Language.PL);
 * }</pre>
 *
 * <p>Import the file the translator sends back, merge it and write {@code translations/pl.yaml}:
 *
 * <pre>{@code
 * UnitCatalog catalog = Localizer.units(corpus);
 * List<XliffUnit> units = XliffReader.of(catalog, Language.PL).read(Path.of("pl.xlf")).units();
 * TranslationsMerger.Result merged = TranslationsMerger.merge(corpus, Language.PL, units);
 * String yaml = TranslationsYamlWriter.update(Files.readString(plYaml), merged.updated(), catalog);
 * }</pre>
 *
 * <p>({@code update} edits the file in place, keeping its comments and layout; {@code
 * TranslationsYamlWriter.write(merged.translations(), catalog)} writes a new one.)
 *
 * <p>States map to statuses as follows. Export: no translation → {@code initial} without a target;
 * {@code draft} → {@code translated}; {@code reviewed} → {@code reviewed}; {@code article} → {@code
 * final}; a stale translation → {@code initial} with its target and a note. Import: {@code final}
 * and {@code reviewed} (and XLIFF 1.2 {@code approved="yes"}) → {@code reviewed} (the article's own
 * Polish, unchanged, stays {@code article}); {@code translated}, and {@code initial} with a new
 * target → {@code draft}; {@code initial} without a target, or with the target unchanged → left as
 * is.
 */
package org.briefing.i18n.xliff;
