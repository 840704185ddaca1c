/** Briefing specs: the YAML that says what one tailored briefing holds, read and checked. */
package org.briefing.spec;
