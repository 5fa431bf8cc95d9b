import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { readInstant } from '../../../src/program/ics/formatDateTime.js'
import { sequenceOf } from '../../../src/program/ics/sequenceOf.js'

const at = (dateTime: string) => sequenceOf(readInstant(dateTime)!)

describe('sequenceOf', () => {
  it('counts whole minutes from 2020-01-01T00:00Z', () => {
    expect(at('2020-01-01T00:00:00Z')).toBe(0)
    expect(at('2020-01-01T00:00:59Z')).toBe(0)
    expect(at('2020-01-01T01:01:00+01:00')).toBe(1)
    expect(at('2020-01-02T00:00:00Z')).toBe(24 * 60)
  })

  it('is never negative, and never above the largest INTEGER of iCalendar', () => {
    expect(at('1950-06-01T12:00:00Z')).toBe(0)
    // RFC 5545 3.3.8: an INTEGER is a signed 32-bit number.
    expect(at('9999-12-31T23:59:59Z')).toBe(2 ** 31 - 1)
  })

  const stamps = fc.integer({ min: -2e12, max: 2e12 }).map((ms) => new Date(ms).toISOString())
  test.prop([stamps, stamps])('never falls when the stamp moves forward', (first, second) => {
    const [earlier, later] = first <= second ? [first, second] : [second, first]
    expect(at(later)).toBeGreaterThanOrEqual(at(earlier))
  })

  test.prop([fc.integer({ min: 0, max: 5_000_000 })])('rises by one for every minute after the epoch', (minutes) => {
    const stamp = new Date(Date.UTC(2020, 0, 1) + minutes * 60_000).toISOString()
    expect(at(stamp)).toBe(minutes)
  })
})
