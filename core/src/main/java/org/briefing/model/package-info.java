/** The article as data: immutable records and enums, no I/O. */
package org.briefing.model;
