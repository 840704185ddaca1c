/**
 * Reads the corpus — a paper encoded as YAML — into the validated {@link
 * org.briefing.model.Corpus}, reporting every problem with its file, line and column.
 */
package org.briefing.corpus;
