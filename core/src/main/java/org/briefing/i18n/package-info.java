/** Languages, translations kept apart from the English source, fingerprints and staleness. */
package org.briefing.i18n;
