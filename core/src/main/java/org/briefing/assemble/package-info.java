/** Builds a format-neutral document from the corpus and a briefing spec. */
package org.briefing.assemble;
