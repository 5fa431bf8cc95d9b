/*
 * Text from an input (a session label, a movement's name from an app's
 * catalog, a time zone) put into Markdown must stay text: no HTML, no link,
 * no emphasis, no extra table cell or row, whatever it holds.
 *
 * - `&`, `<` and `>` become entities, so no tag and no entity of the input
 *   reaches HTML.
 * - Every other ASCII punctuation character that CommonMark lets a backslash
 *   escape gets one, except those that mean nothing inside a line and are
 *   common in names and zones: the hyphen, the comma, the apostrophe, the
 *   two parentheses (a parenthesis only matters after a `]`, which is
 *   escaped) and a slash on its own (`Europe/Berlin`). Escaping the pipe
 *   keeps a cell one cell; escaping the brackets, the backtick, `*`, `_` and
 *   `~` keeps out links, images, code and emphasis.
 * - GFM also turns bare `http://`, `https://`, `www.` and e-mail addresses
 *   into links, and some renderers `//host` too. With `:`, `.`, `@` and the
 *   first slash of `//` escaped, the text a renderer scans for them is never
 *   one piece, so none forms.
 * - Control characters and line breaks (CR, LF, NEL, U+2028, U+2029) become
 *   spaces, so the text cannot end its line, its row or its heading; a lone
 *   UTF-16 surrogate, which UTF-8 cannot hold, becomes U+FFFD.
 */

const LINE_BREAK_OR_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const HTML = /[&<>]/g
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// CommonMark's escapable punctuation, less & < > (entities above), - , ' ( ) and a slash not followed by another.
const PUNCTUATION = /[!"#$%*+.:;=?@[\\\]^_`{|}~]|\/(?=\/)/g

/** Text from an input as Markdown that renders as the same text, on one line, and as nothing else. */
export const escapeMarkdown = (text: string): string =>
  text
    .replace(LINE_BREAK_OR_CONTROL, ' ')
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(PUNCTUATION, (found) => `\\${found}`)
    .replace(HTML, (found) => ENTITY[found]!)
