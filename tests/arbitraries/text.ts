import fc from 'fast-check'

/**
 * Characters that stress a text export: ASCII, two-, three- and four-octet
 * UTF-8 (emoji among them), line breaks and other control characters (C0,
 * DEL, C1, Unicode's line separator), the characters iCalendar and Markdown
 * escape, and lone UTF-16 surrogates, which have no UTF-8 form at all.
 */
export const awkwardCharacter: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('a', 'Z', '7', ' ', 'é', 'ß', '€', '中', '😀', '👍🏽', '\u{10FFFF}') },
  { weight: 2, arbitrary: fc.constantFrom('\r', '\n', '\r\n', '\t', '\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029') },
  { weight: 2, arbitrary: fc.constantFrom(';', ',', '\\', ':', '|', '<', '>', '&', '`', '*', '_', '[', ']', '(', ')', '#', '@', '.', '/', '!', '~') },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
)

/**
 * Text of up to `maxLength` awkward characters (one character may take up to
 * four UTF-16 units). Lengths spread over the whole range, not fast-check's
 * usual short strings, so that text crosses the 75-octet fold often.
 */
export const awkwardText = (maxLength = 200): fc.Arbitrary<string> => fc.string({ unit: awkwardCharacter, maxLength, size: 'max' })

/** Every lone surrogate as U+FFFD, the replacement a UTF-8 encoder writes for it. */
export const wellFormed = (text: string): string => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
