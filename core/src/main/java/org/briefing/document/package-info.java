/** The format-neutral document model that every renderer walks (Pandoc-like). */
package org.briefing.document;
