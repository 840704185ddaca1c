/**
 * References formatted in a Citation Style Language (CSL) style through citeproc-java: the
 * reference list, in-text citation groups and, for note styles, citation notes.
 */
package org.briefing.cite;
