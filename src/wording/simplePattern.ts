/**
 * The plain texts of a catalog (dose words, headings, labels, movement names) are MessageFormat 2
 * simple messages: text with `{$name}` placeholders, `\{`, `\}`, `\|` and `\\` for those characters,
 * and no `.` first (which would start a complex message). They are written here, without the
 * MessageFormat library, so that the main entry can speak any catalog's language; a test checks that
 * the library writes every shipped text the same way.
 */

/** A piece of a simple pattern: literal text, or the name of a value. */
type Piece = { readonly text: string } | { readonly value: string }

const PIECE = /\\([\\{}|])|\{[ \t\n\r\u3000]*\$([A-Za-z_][A-Za-z0-9_.-]*)[ \t\n\r\u3000]*\}|([^\\{}]+)/y

/** The pieces of a simple pattern, or undefined when it is not one. */
export const readSimplePattern = (pattern: string): readonly Piece[] | undefined => {
  if (/^[ \t\n\r\u3000]*\./.test(pattern)) return undefined
  const pieces: Piece[] = []
  PIECE.lastIndex = 0
  while (PIECE.lastIndex < pattern.length) {
    const at = PIECE.lastIndex
    const match = PIECE.exec(pattern)
    if (match === null || PIECE.lastIndex === at) return undefined
    const [, escaped, name, text] = match
    pieces.push(name === undefined ? { text: escaped ?? text! } : { value: name })
  }
  return pieces
}

/** The names of the values a simple pattern writes. */
export const patternValues = (pieces: readonly Piece[]): string[] => pieces.flatMap((piece) => ('value' in piece ? [piece.value] : []))

/** A simple pattern written with `values`; a value it names must be there (the schema checked the names). */
export const writeSimplePattern = (pattern: string, values: Readonly<Record<string, string>> = {}): string => {
  const pieces = readSimplePattern(pattern) ?? []
  return pieces.map((piece) => ('text' in piece ? piece.text : (values[piece.value] ?? ''))).join('')
}
