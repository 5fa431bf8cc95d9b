/**
 * rehab-engine/ics: a program as an iCalendar file (RFC 5545), for calendar
 * apps. It sits at a subpath of its own so that an app that never writes a
 * calendar never loads or bundles the writer; everything else, the program
 * it writes included, comes from `rehab-engine`.
 *
 * @example
 * import { NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 * import { programToIcs } from 'rehab-engine/ics'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const calendar = programToIcs({ program: program.right, options: { idPrefix: 'client-42' } })
 * assert.equal(calendar._tag === 'Right' && calendar.right.startsWith('BEGIN:VCALENDAR\r\n'), true)
 *
 * @packageDocumentation
 * @module rehab-engine/ics
 */

export { programToIcs, IcsOptionsSchema, ProgramToIcsInputSchema, type IcsOptions, type ProgramToIcsInput } from './program/programToIcs.js'
