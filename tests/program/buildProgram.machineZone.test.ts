import { describe, expect, it } from 'vitest'
import { buildProgram } from '../../src/index.js'
import { runInMachineZone } from '../support/machineZone.js'
import { FOUR } from '../support/programHelpers.js'

/*
 * The same program, built on machines around the world: its output must not
 * depend on where the engine runs. Each machine is a fresh process with its
 * own TZ (a test worker ignores a change of TZ); Apia and Kwajalein each
 * skipped a whole date, Kiritimati is 14 hours ahead of UTC, and St John's
 * half an hour off the hour.
 */
const MACHINES = ['Pacific/Apia', 'Pacific/Kwajalein', 'Pacific/Kiritimati', 'America/St_Johns'] as const

const programs = (start: string, options: { readonly weeks: number; readonly timeZone: string }) => {
  const input = { start, plan: FOUR, options }
  const here = buildProgram(input)
  return { here, elsewhere: MACHINES.map((machine) => [machine, runInMachineZone(machine, 'program/buildProgram', 'buildProgram', input)] as const) }
}

describe('buildProgram on a machine in any zone', () => {
  it.each([
    ['2026-10-26', 'America/New_York'],
    ['2011-12-26', 'Pacific/Apia'],
    ['1993-08-16', 'Pacific/Kwajalein'],
  ])('gives the same program from %s in %s wherever it runs', (start, timeZone) => {
    const { here, elsewhere } = programs(start, { weeks: 1, timeZone })
    expect(here._tag).toBe('Right')
    for (const [machine, run] of elsewhere) {
      expect(run.machine.zone).toBe(machine)
      expect(run.result).toEqual(here)
    }
  })
})
