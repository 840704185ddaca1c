/** Reading untrusted files: regular files only, within a byte bound and inside one root folder. */
package org.briefing.files;
