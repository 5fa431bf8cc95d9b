/*
 * RFC 5545 section 3.1: a content line longer than 75 octets is folded, each
 * piece after the first on a new line that starts with one space, which
 * counts towards that line's 75. The limit is in octets of UTF-8, not in
 * characters: a line of emoji reaches it four times sooner than one of ASCII.
 * A fold never falls inside a character (nor between the two halves of a
 * surrogate pair), so every physical line is valid UTF-8 on its own.
 */

/** The most octets of one physical line, the line break left out. */
export const MAX_LINE_OCTETS = 75

/** How many octets UTF-8 gives a code point; a lone surrogate counts as the U+FFFD an encoder writes for it. */
const octetsOf = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/**
 * The physical lines of one content line, to be joined by CRLF: the first as
 * it is, each after it starting with the space that marks a continuation. The
 * line is walked once and each piece cut out once, so a long line costs time
 * in proportion to its length.
 */
export const foldLine = (line: string): string[] => {
  const pieces: string[] = []
  let pieceStart = 0
  let octets = 0
  let index = 0
  while (index < line.length) {
    const codePoint = line.codePointAt(index)!
    const units = codePoint > 0xffff ? 2 : 1
    const size = octetsOf(codePoint)
    // A continuation line spends one of its octets on the leading space.
    const room = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1
    if (octets + size > room) {
      pieces.push(pieces.length === 0 ? line.slice(pieceStart, index) : ` ${line.slice(pieceStart, index)}`)
      pieceStart = index
      octets = 0
    }
    octets += size
    index += units
  }
  pieces.push(pieces.length === 0 ? line.slice(pieceStart) : ` ${line.slice(pieceStart)}`)
  return pieces
}
