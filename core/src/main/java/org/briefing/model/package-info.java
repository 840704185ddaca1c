/** A paper as data: immutable records and enums, no I/O. */
package org.briefing.model;
