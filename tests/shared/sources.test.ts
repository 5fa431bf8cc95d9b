import { describe, expect, it } from 'vitest'
import { SOURCES } from '../../src/index.js'

describe('SOURCES', () => {
  // NICE's Clinical Knowledge Summaries are revised continuously: they are cited by name, without a year.
  it('names where each number comes from: a seed, a published source with its year, a NICE summary, the time zone database, or the engine itself', () => {
    for (const [key, source] of Object.entries(SOURCES)) {
      expect([key, source]).toEqual([key, expect.stringMatching(/^seed 00[0-4]: \S|\b(19|20)\d\d\b|^NICE CKS \S|^IANA time zone database$|^engine default: /)])
    }
  })

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(SOURCES)).toBe(true)
  })
})
