import { describe, expect, it } from 'vitest'
import { DEFER } from '../../src/_lib/plainReader.js'
import { parseInput } from '../../src/_lib/parseInput.js'
import { EARLIEST_DATE, InputDateSchema, IsoDateSchema, LATEST_DATE } from '../../src/index.js'
import { readInputDate } from '../../src/shared/isoDate.js'

const RANGE = 'must be a date from 1900-01-01 to 2999-12-31'

describe('IsoDateSchema', () => {
  it('takes real calendar dates written YYYY-MM-DD, of any year', () => {
    for (const date of ['2026-11-02', '2024-02-29', '9999-12-31', '0001-01-01']) expect(IsoDateSchema.safeParse(date).success).toBe(true)
    for (const date of ['2026-02-30', '2026-2-03', '2026-11-02T08:00', '02/11/2026']) expect(IsoDateSchema.safeParse(date).success).toBe(false)
  })
})

describe('InputDateSchema', () => {
  it('takes dates from EARLIEST_DATE to LATEST_DATE, both included', () => {
    expect(InputDateSchema.safeParse(EARLIEST_DATE).success).toBe(true)
    expect(InputDateSchema.safeParse(LATEST_DATE).success).toBe(true)
    expect(InputDateSchema.safeParse('2026-11-02').success).toBe(true)
  })

  it('refuses a date before the range as too small and one after it as too big', () => {
    expect(parseInput(InputDateSchema, '1899-12-31')).toEqual({ _tag: 'Left', left: [{ code: 'too_small', path: [], message: RANGE }] })
    expect(parseInput(InputDateSchema, '3000-01-01')).toEqual({ _tag: 'Left', left: [{ code: 'too_big', path: [], message: RANGE }] })
  })

  it('gives a malformed date one issue only, its format, and no range issue', () => {
    expect(parseInput(InputDateSchema, '0999-02-30')).toEqual({
      _tag: 'Left',
      left: [{ code: 'invalid_format', path: [], message: 'must be a calendar date written YYYY-MM-DD' }],
    })
    expect(parseInput(InputDateSchema, '9999-13-01')).toEqual({
      _tag: 'Left',
      left: [{ code: 'invalid_format', path: [], message: 'must be a calendar date written YYYY-MM-DD' }],
    })
  })
})

describe('readInputDate', () => {
  it('vouches for a date exactly when InputDateSchema takes it', () => {
    for (const value of ['1900-01-01', '1899-12-31', '2999-12-31', '3000-01-01', '2024-02-29', '2026-02-29', '2026-11-02', 20261102]) {
      expect(readInputDate(value)).toBe(InputDateSchema.safeParse(value).success ? value : DEFER)
    }
  })
})
