import { describe, expect, it } from 'vitest'
import { runInMachineZone } from '../support/machineZone.js'

// Samoa skipped 2011-12-30 when it crossed the date line, and Kwajalein skipped 1993-08-21: on a machine
// there, a local midnight plus one day lands two dates on. The engine's day arithmetic must not notice.
describe('day arithmetic on a machine in a zone that skipped a date', () => {
  it('runs on a machine in Apia, where local midnights skip 2011-12-30', () => {
    expect(runInMachineZone('Pacific/Apia', '_lib/isoDays', 'addIsoDays', '2011-12-29', 1).machine).toEqual({ zone: 'Pacific/Apia', dayAfter20111229: 31 })
  })

  it.each([
    ['Pacific/Apia', '2011-12-29'],
    ['Pacific/Kwajalein', '1993-08-20'],
  ])('keeps every date in %s: from %s, one day on, two days on, and the weekday of the skipped date', (zone, before) => {
    const next = (days: number) => runInMachineZone(zone, '_lib/isoDays', 'addIsoDays', before, days).result
    const skipped = next(1)
    expect([skipped, next(2), next(-1)]).toEqual(
      [1, 2, -1].map((days) => new Date(Date.parse(`${before}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)),
    )
    expect(runInMachineZone(zone, '_lib/isoDays', 'daysBetween', before, next(2)).result).toBe(2)
    expect(runInMachineZone(zone, '_lib/isoDays', 'isoWeekday', skipped).result).toBe(((new Date(`${String(skipped)}T00:00:00Z`).getUTCDay() + 6) % 7) + 1)
  })
})
