import { describe, expect, it } from 'vitest'
import { programToIcs } from '../../src/ics.js'
import { runInMachineZone } from '../support/machineZone.js'
import { build } from '../support/programHelpers.js'

/*
 * The same calendar, written on machines around the world, byte for byte:
 * each machine is a fresh process with its own TZ (a test worker ignores a
 * change of TZ). Apia skipped 2011-12-30, Kiritimati is 14 hours ahead of
 * UTC, St John's half an hour off the hour, and 1950 is before the epoch.
 */
const MACHINES = ['Pacific/Apia', 'Pacific/Kiritimati', 'America/St_Johns', 'Europe/Berlin'] as const

describe('programToIcs on a machine in any zone', () => {
  it.each([
    ['2026-10-26', 'America/New_York'],
    ['2011-12-26', 'Pacific/Apia'],
    ['1950-01-02', 'Europe/Berlin'],
  ])('writes the same file for a program from %s in %s wherever it runs', (start, timeZone) => {
    const input = { program: build({ weeks: 1, timeZone }, start), options: { idPrefix: 'ana', stamp: '1969-07-20T20:17:40Z' } }
    const here = programToIcs(input)
    expect(here._tag).toBe('Right')
    for (const machine of MACHINES) {
      const run = runInMachineZone(machine, 'ics', 'programToIcs', input)
      expect(run.machine.zone).toBe(machine)
      expect(run.result).toEqual(here)
    }
  })
})
