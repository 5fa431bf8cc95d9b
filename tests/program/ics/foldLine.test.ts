import { test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { MAX_LINE_OCTETS, foldLine } from '../../../src/program/ics/foldLine.js'
import { awkwardText, wellFormed } from '../../arbitraries/text.js'

const encoder = new TextEncoder()
const strictDecoder = new TextDecoder('utf-8', { fatal: true })
const octets = (text: string) => encoder.encode(text).length
/** A piece without the space that marks a continuation. */
const content = (piece: string, index: number) => (index === 0 ? piece : piece.slice(1))

describe('foldLine', () => {
  it('keeps a line of 75 octets whole and folds the 76th onto a line of its own, after a space', () => {
    const line = 'x'.repeat(MAX_LINE_OCTETS)
    expect(foldLine(line)).toEqual([line])
    expect(foldLine(`${line}y`)).toEqual([line, ' y'])
  })

  it('counts octets, not characters: a four-octet emoji that would end at octet 76 moves to the next line whole', () => {
    const pieces = foldLine(`${'x'.repeat(MAX_LINE_OCTETS - 3)}😀`)
    expect(pieces).toEqual(['x'.repeat(MAX_LINE_OCTETS - 3), ' 😀'])
  })

  test.prop([awkwardText(600)])('makes every physical line at most 75 octets, valid UTF-8 on its own', (line) => {
    for (const piece of foldLine(wellFormed(line))) {
      expect(octets(piece)).toBeLessThanOrEqual(MAX_LINE_OCTETS)
      expect(strictDecoder.decode(encoder.encode(piece))).toBe(piece)
      // A piece ending in the first half of a surrogate pair would have split a character.
      expect(piece).not.toMatch(/[\ud800-\udbff]$/)
    }
  })

  test.prop([awkwardText(600)])('gives back the line when the pieces are joined without their leading spaces', (line) => {
    const pieces = foldLine(line)
    expect(pieces.slice(1).every((piece) => piece.startsWith(' '))).toBe(true)
    expect(pieces.map(content).join('')).toBe(line)
  })

  test.prop([awkwardText(600)])('fills each line before it folds: the next character would not have fitted', (line) => {
    const pieces = foldLine(wellFormed(line))
    pieces.slice(0, -1).forEach((piece, index) => {
      const next = String.fromCodePoint(content(pieces[index + 1]!, 1).codePointAt(0)!)
      expect(octets(piece) + octets(next)).toBeGreaterThan(MAX_LINE_OCTETS)
    })
  })

  it('folds a line of 300,000 characters into as many pieces as its octets ask for', () => {
    // Three-octet characters: 25 fit on the first line, 24 after the space of each continuation.
    const pieces = foldLine('€'.repeat(300_000))
    expect(pieces).toHaveLength(1 + Math.ceil((300_000 - 25) / 24))
    expect(pieces.map(content).join('')).toHaveLength(300_000)
  })
})
