/*
 * The command line's Markdown is read as text in a terminal as often as it is
 * rendered, so it escapes less than `programToMarkdown` does: only what could
 * make input text (a catalog's movement name, a clinician's name on a
 * clearance, a label) render as something other than that text.
 *
 * - `&`, `<` and `>` become entities: no tag, no entity, no `<...>` link.
 * - A backslash escapes the backslash itself, the backtick (code), `*`, `_`
 *   and `~` (emphasis), the brackets (links and images), the pipe (a cell
 *   stays one cell) and `#` (a heading, or the end of one).
 * - GFM makes links of bare `http://` and `https://` addresses, of `www.` and
 *   of e-mail addresses, and some renderers of `//host`: the first slash of
 *   `//`, the dot after `www` and the `@` are escaped, so none forms. Dots,
 *   colons and semicolons elsewhere stay as they are, and the sentences stay
 *   readable.
 * - A lone UTF-16 surrogate, which UTF-8 cannot hold, becomes U+FFFD.
 * - Control characters and line breaks become spaces, and the ends are
 *   trimmed: a line, a row or a heading cannot be ended from inside, and no
 *   indentation makes code of it.
 * - In a line of a block, text stands where the line's content begins
 *   (after a bullet): a leading `-`, `+` or `=`, or the `.` or `)` after
 *   leading digits, is escaped there, so it starts no list and no rule (`>`
 *   is already an entity). A cell or a heading holds inline text only, and
 *   keeps its `-3 points` as it is.
 */

const LINE_BREAK_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const SPECIAL = /[&<>]|[\\`*_~[\]|#@]|\/(?=\/)|(?<=\bwww)\./gi
const LEADING_MARK = /^[-+=]/
const LEADING_NUMBER = /^(\d{1,9})([.)])/

/** One line of text as Markdown that renders as the same text, its ends trimmed. */
export const markdownText = (text: string): string =>
  text
    .replace(LINE_BREAK_OR_CONTROL, ' ')
    .replace(LONE_SURROGATE, '\ufffd')
    .trim()
    .replace(SPECIAL, (found) => ENTITY[found] ?? `\\${found}`)

/** Text where a line's content begins (a cell or a heading needs none of this): no list marker, rule or numbered item at its start. */
const lineStart = (text: string): string => text.replace(LEADING_MARK, '\\$&').replace(LEADING_NUMBER, '$1\\$2')

/** A line of a block as Markdown: a bullet of the command's own stays a bullet, and the rest is text. */
export const markdownLine = (line: string): string => (line.startsWith('- ') ? `- ${lineStart(markdownText(line.slice(2)))}` : lineStart(markdownText(line)))
