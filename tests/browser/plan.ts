// One whole plan, written once and run twice: in Node against src/ and in the browser against the built dist/.
import type * as Calendar from '../../src/ics.js'
import type * as Engine from '../../src/index.js'
import example from '../../examples/assessment.json' with { type: 'json' }
import { deadbugHold } from '../support/fixtures.js'

/** The plan's outcome, plain JSON so it can cross from the page to the test unchanged. */
export interface PlanSummary {
  readonly screening: string
  readonly selected: readonly string[]
  readonly nextDose: { readonly action: string; readonly dose: unknown }
  readonly sessions: number
  readonly firstSessionStart: string | null
  readonly icsIsCalendar: boolean
}

type EngineApi = Pick<typeof Engine, 'RED_FLAGS' | 'screenIntake' | 'selectRehabMovements' | 'planRehab' | 'nextDose' | 'buildProgram'> & Pick<typeof Calendar, 'programToIcs'>

export const PROGRAM_START = '2026-11-02'

/** Unwraps an Either, throwing with the whole Left so a failure in the page names its cause. */
const rightOf = <L, R>(step: string, result: { readonly _tag: 'Left'; readonly left: L } | { readonly _tag: 'Right'; readonly right: R }): R => {
  if (result._tag === 'Left') throw new Error(`${step} failed: ${JSON.stringify(result.left)}`)
  return result.right
}

export const runPlan = (engine: EngineApi): PlanSummary => {
  // Every red-flag question answered "no": an unanswered one is never taken as "no".
  const redFlags = Object.fromEntries(engine.RED_FLAGS.map((flag) => [flag.id, false])) as Record<Engine.RedFlagId, boolean>
  const intake = { age: example.intake.age, redFlags }
  const screening = rightOf('screenIntake', engine.screenIntake(intake))

  const assessment = example.assessment as Engine.Assessment
  const selection = rightOf('selectRehabMovements', engine.selectRehabMovements({ intake, assessment }))
  const plan = rightOf('planRehab', engine.planRehab({ intake, assessment }))

  // Two green deadbug sessions two days apart, each followed by a morning at baseline.
  const dose = rightOf(
    'nextDose',
    engine.nextDose({
      intake,
      movement: 'deadbug',
      sessions: [deadbugHold('2026-11-03', 20), deadbugHold('2026-11-05', 25)],
      mornings: [
        { date: '2026-11-04', backPain: 1 },
        { date: '2026-11-06', backPain: 1 },
      ],
      baselinePain: 1,
      today: '2026-11-07',
    }),
  )

  const program = rightOf('buildProgram', engine.buildProgram({ start: PROGRAM_START, plan, options: { weeks: 1, timeZone: 'Europe/Berlin' } }))
  const ics = rightOf('programToIcs', engine.programToIcs({ program, options: { idPrefix: 'browser-test' } }))

  return {
    screening: screening._tag,
    selected: selection.selected.map((item) => (item.variant === undefined ? item.movement : `${item.movement}:${item.variant}`)),
    nextDose: { action: dose.action, dose: dose.dose },
    sessions: program.sessions.length,
    firstSessionStart: program.sessions[0]?.start ?? null,
    icsIsCalendar: ics.startsWith('BEGIN:VCALENDAR'),
  }
}
