/** The renderer interface and the format registry. */
package org.briefing.render;
