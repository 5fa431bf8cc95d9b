/*
 * RFC 5545 section 3.3.11: in a TEXT value a backslash, a semicolon and a
 * comma are written with a backslash before them, and a line break as the two
 * characters `\n`. The value must also stay on its own content line, so no
 * character of the input may end that line: every other control character
 * (C0, DEL and C1) becomes a space. A lone UTF-16 surrogate, which has no
 * UTF-8 form, becomes U+FFFD, so the file is always valid UTF-8.
 */

// C0 (a carriage return and a line feed among them), DEL and C1 (NEL, U+0085, among them).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g
// Unicode's own line and paragraph separators: not line ends to iCalendar, but some apps show them as one.
const SEPARATOR = /[\u2028\u2029]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const SPECIAL = /[\\;,]/g

/** One line of input text with nothing in it that could end a line: each control character or line separator a space. */
const flatten = (line: string): string => line.replace(CONTROL, ' ').replace(SEPARATOR, ' ').replace(LONE_SURROGATE, '\ufffd')

/**
 * A TEXT value from its lines: each line flattened and escaped, the lines
 * joined by `\n`. The only line breaks in the value are the ones between the
 * lines given, so text from an input (a label, a movement's name) can never
 * start a property or an event of its own.
 */
export const escapeText = (lines: readonly string[]): string => lines.map((line) => flatten(line).replace(SPECIAL, (found) => `\\${found}`)).join('\\n')
