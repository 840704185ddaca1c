/** Problems in input, with their positions: what users see when input is wrong. */
package org.briefing.diagnostics;
