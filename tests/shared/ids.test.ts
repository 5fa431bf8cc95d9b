import { describe, expect, it } from 'vitest'
import { DEFER } from '../../src/_lib/plainReader.js'
import { parseInput } from '../../src/_lib/parseInput.js'
import { idReference, kebabId, readIdReference } from '../../src/shared/ids.js'

const KEBAB_MESSAGE = 'must be a lower-case kebab-case id such as "hip-bridge"'

describe('idReference', () => {
  // INPUT_LIMITS.idLength: an id is at most 64 characters.
  it('takes any string of 1 to 64 characters, leaving the catalog to say whether it exists', () => {
    expect(idReference.safeParse('x').success).toBe(true)
    expect(idReference.safeParse('Not Kebab').success).toBe(true)
    expect(idReference.safeParse('x'.repeat(64)).success).toBe(true)
    expect(parseInput(idReference, '')).toEqual({ _tag: 'Left', left: [{ code: 'too_small', path: [], message: 'must not be empty' }] })
    expect(parseInput(idReference, 'x'.repeat(65))).toEqual({
      _tag: 'Left',
      left: [{ code: 'too_big', path: [], message: 'must be at most 64 characters' }],
    })
  })

  it('is read by hand exactly as the schema reads it', () => {
    for (const value of ['x', 'Not Kebab', 'x'.repeat(64), '', 'x'.repeat(65), 3, null]) {
      const parsed = idReference.safeParse(value)
      expect(readIdReference(value)).toBe(parsed.success ? parsed.data : DEFER)
    }
  })
})

describe('kebabId', () => {
  it('takes lower-case words and digits joined by single hyphens', () => {
    for (const id of ['hip-bridge', 'a', 'movement-0', 'x'.repeat(64), '90-90-stretch']) expect(kebabId.safeParse(id).success).toBe(true)
  })

  it('refuses capitals, spaces, underscores, stray hyphens and the empty string, with a message showing the form', () => {
    for (const id of ['Hip-bridge', 'hip bridge', 'hip_bridge', '-hip', 'hip-', 'hip--bridge', '']) {
      expect(parseInput(kebabId, id)).toEqual({ _tag: 'Left', left: [{ code: 'invalid_format', path: [], message: KEBAB_MESSAGE }] })
    }
  })

  it('refuses an id longer than 64 characters', () => {
    expect(parseInput(kebabId, 'x'.repeat(65))).toEqual({ _tag: 'Left', left: [{ code: 'too_big', path: [], message: 'must be at most 64 characters' }] })
  })
})
