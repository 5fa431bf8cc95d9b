// Reasons of the program rules that the broad sample in engine.ts does not reach: one week and eight, no
// workout days, posture correctives, a time the clocks skip, a date a zone skipped, an app catalog that lacks
// protocol movements, and (through the layout's own reasons) day lists left empty.
import { BUILT_IN_CATALOG, NO_RED_FLAGS, buildProgram, planRehab, type BuildProgramInput, type Reason, type RehabPlan } from '../../../src/index.js'
import { programReasons as layoutReasons } from '../../../src/program/programReasons.js'
import type { ProgramLayout } from '../../../src/program/programOptions.js'
import { PLANS } from '../../arbitraries/program.js'
import { reasonsIn } from './collect.js'

const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
const planWith = (posture: Record<string, string>): RehabPlan => {
  const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results, posture } } as never)
  if (plan._tag !== 'Right') throw new Error('expected a plan')
  return plan.right
}

export const programReasons = (): Reason[] => {
  const found: Reason[] = []
  const collect = (input: BuildProgramInput) => reasonsIn(buildProgram(input), found)
  for (const plan of PLANS)
    for (const weeks of [1, 3, 8, 9]) {
      collect({ start: '2026-11-02', plan, options: { weeks } })
      collect({ start: '2026-11-02', plan, options: { weeks, workoutDays: [], deadbugDays: ['sunday'] } })
    }
  for (const posture of [{ anteriorPelvicTilt: 'mild' }, { lateralPelvicTilt: 'left-high' }, { anteriorPelvicTilt: 'marked', lateralPelvicTilt: 'right-high' }])
    collect({ start: '2026-11-02', plan: planWith(posture), options: { weeks: 1 } })
  // 02:30 does not exist in Berlin on 2026-03-29; Samoa skipped 2011-12-30.
  collect({ start: '2026-03-23', plan: PLANS[0], options: { weeks: 1, timeZone: 'Europe/Berlin', sessionTimes: ['02:30', '09:00', '18:00'] } })
  collect({ start: '2011-12-26', plan: PLANS[1], options: { weeks: 1, timeZone: 'Pacific/Apia' } })
  const catalog = BUILT_IN_CATALOG.filter((movement) => !['thoracic-press', 'back-mobility-warm-up', 'raising-the-roof'].includes(movement.id))
  collect({ start: '2026-11-02', plan: PLANS[0], options: { weeks: 1, catalog } })
  // Correctives held in one, two or three sessions a day, and day lists left empty: shapes the options do not let through.
  const layout: ProgramLayout = { weeks: 2, timeZone: 'UTC', sessionTimes: ['08:00', '13:00', '19:00'], deadbugDays: new Set(), thoracicPressDays: new Set(), workoutDays: new Set() }
  const frame = { start: '2026-11-02', end: '2026-11-15', checkIns: [{ date: '2026-11-16', kind: 'check-in' as const }] }
  const rehab = PLANS[1].selection.selected.map((item) => ({ movement: item.movement, dose: item.start }))
  const correctives = [1, 2, 3].map((timesPerDay) => ({ item: { movement: 'posterior-pelvic-tilt', dose: { kind: 'reps', sets: 2, reps: 8 } as const }, timesPerDay }))
  reasonsIn(layoutReasons(frame, rehab, layout, correctives), found)
  return found
}
