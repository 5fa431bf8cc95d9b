import { describe, expect, it } from 'vitest'
import { DISCLAIMER } from '../../src/index.js'

describe('DISCLAIMER', () => {
  it('says the engine supports a decision, does not diagnose, and sends anyone with back pain to be checked', () => {
    expect(DISCLAIMER).toMatch(/decision support, not medical advice/)
    expect(DISCLAIMER).toMatch(/does not diagnose/)
    expect(DISCLAIMER).toMatch(/doctor or physiotherapist/)
  })
})
