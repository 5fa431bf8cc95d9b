import type * as z from 'zod'
import { addIsoDays } from '../_lib/isoDays.js'
import type { Ladder } from '../catalog/ladder.js'
import type { Movement } from '../catalog/movement.js'
import type { MorningCheck } from '../ceiling/morningCheck.js'
import type { SessionLog } from '../ceiling/sessionLog.js'
import type { Dose } from '../shared/dose.js'
import { movementRef } from '../shared/movementRef.js'
import { PAIN_SCALE_MAX } from '../shared/pain.js'
import { decideDose } from './decideDose.js'
import type { DoseDecision } from './doseDecision.js'
import type { MovementCase } from './movementCase.js'
import type { SimulateProgressionInputSchema } from './simulationScript.js'
import type { Simulation, SimulationStep } from './simulation.js'

/** The script's own fields: the movement and options come with the movement case. */
type Script = Pick<z.output<typeof SimulateProgressionInputSchema>, 'start' | 'weeks' | 'baselinePain' | 'response'>

/** A simulation as it runs: the movement now in use, and everything logged so far. */
interface Run {
  current: { movement: Movement; variant: string | undefined; ladder: Ladder }
  readonly sessions: SessionLog[]
  readonly mornings: MorningCheck[]
  readonly timeline: SimulationStep[]
  pausedUntil: string | undefined
  referred: boolean
}

/** The dose done: the first loaded session uses the scripted starting load; later ones carry the engine's own. */
const performedDose = (decision: DoseDecision, script: Script, ladder: Ladder): Dose => {
  const startLoad = script.response.loadKg
  return decision.dose.kind === 'reps' && decision.dose.loadKg === undefined && startLoad !== undefined && ladder.afterTop.kind === 'load-step'
    ? { ...decision.dose, loadKg: startLoad }
    : decision.dose
}

/** One session slot: the engine's decision, then the session done at the scripted pain, or the stop. Returns whether the day goes on. */
const runSlot = (run: Run, script: Script, base: MovementCase, today: string, time: string): boolean => {
  const decision = decideDose({ ...base, ...run.current, sessions: run.sessions, mornings: run.mornings, baselinePain: script.baselinePain, today })
  const subject = movementRef(run.current.movement.id, run.current.variant)
  if (decision._tag === 'Left') {
    const stop = decision.left
    const paused = stop._tag === 'Paused'
    run.timeline.push({ date: today, time, ...subject, performed: false, stop: paused ? 'paused' : 'referred', ...(paused ? { resumeOn: stop.resumeOn } : {}), reason: stop.reasons[0]!.message })
    if (paused) run.pausedUntil = stop.resumeOn
    else run.referred = true
    return false
  }
  const step = decision.right
  if (step.nextEarliest > today) return false
  // Only an advance names the movement to advance to.
  const target = step.advanceTo === undefined ? undefined : base.catalog.byId.get(step.advanceTo.movement)
  if (target?.ladder !== undefined) run.current = { movement: target.movement, variant: undefined, ladder: target.ladder }
  const performed = movementRef(run.current.movement.id, run.current.variant)
  const dose = performedDose(step, script, run.current.ladder)
  run.timeline.push({ date: today, time, ...performed, performed: true, action: step.action, dose, painDuring: script.response.painDuring, reason: step.reasons[0]!.message })
  run.sessions.push({
    date: today,
    time,
    ...performed,
    performed: dose,
    completed: true,
    painDuring: script.response.painDuring,
    ...(script.response.painAfter === undefined ? {} : { painAfter: script.response.painAfter }),
  })
  return true
}

/** The summary a coach reads first. */
const summarize = (run: Run): Simulation['summary'] => {
  const done = run.timeline.filter((step) => step.performed)
  const first = done[0]
  const last = done.at(-1)
  return {
    ...(first === undefined ? {} : { firstDose: first.dose }),
    ...(last === undefined ? {} : { lastDose: last.dose }),
    lastMovement: run.current.movement.id,
    sessions: run.sessions.length,
    stepsUp: done.filter((step) => step.action === 'progress' || step.action === 'advance').length,
    stepsDown: done.filter((step) => step.action === 'step-down').length,
    pauses: run.timeline.filter((step) => !step.performed && step.stop === 'paused').length,
    referred: run.referred,
  }
}

/** Runs a checked script day by day. */
export const runSimulation = (script: Script, base: MovementCase, times: readonly string[]): Simulation => {
  const run: Run = { current: { movement: base.movement, variant: base.variant, ladder: base.ladder }, sessions: [], mornings: [], timeline: [], pausedUntil: undefined, referred: false }
  const flareUpMorning = Math.min(PAIN_SCALE_MAX, script.baselinePain + base.rules.flareUpRise)
  const isFlareUp = (week: number, day: number) => (script.response.flareUps ?? []).some((flare) => flare.week === week && (flare.day ?? 1) === day)
  for (let offset = 0; offset < script.weeks * 7 && !run.referred; offset++) {
    const today = addIsoDays(script.start, offset)
    run.mornings.push({ date: today, backPain: isFlareUp(Math.floor(offset / 7) + 1, (offset % 7) + 1) ? flareUpMorning : script.baselinePain })
    if (run.pausedUntil !== undefined && today < run.pausedUntil) continue
    run.pausedUntil = undefined
    for (const time of times.slice(0, run.current.ladder.frequency.perDay)) if (!runSlot(run, script, base, today, time)) break
  }
  return {
    ...movementRef(base.movement.id, base.variant),
    start: script.start,
    end: addIsoDays(script.start, script.weeks * 7 - 1),
    timeline: run.timeline,
    mornings: run.mornings,
    summary: summarize(run),
  }
}
