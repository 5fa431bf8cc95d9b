import * as z from 'zod'
import { AssessmentSchema, type Assessment } from '../assessment/assessment.js'
import { kebabId } from '../internal/kebabId.js'
import { decideDose, type DoseCase } from '../internal/decideDose.js'
import { left, right, type Either } from '../internal/either.js'
import { addIsoDays } from '../internal/isoDays.js'
import { collectIssues } from '../internal/collectIssues.js'
import { invalidInput, parseInput } from '../internal/parseInput.js'
import { resolveCatalog } from '../internal/resolveCatalog.js'
import type { InputIssue, InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { MAX_DOSE_LOAD_KG, type Dose } from '../shared/dose.js'
import { PAIN_SCALE_MAX, PainSchema } from '../shared/pain.js'
import type { MorningCheck } from './morningCheck.js'
import {
  MovementFieldsSchema,
  NextDoseOptionsSchema,
  resolveLastAssessment,
  resolveMovementCase,
  type MovementCase,
  type NextDoseOptions,
} from './nextDose.js'
import { LocalTimeSchema, type SessionLog } from './sessionLog.js'
import type { Simulation, SimulationStep } from './simulation.js'
import { movementRef } from '../internal/movementRef.js'

/** The longest simulation, in weeks. @category Progression @since 0.1.0 */
export const MAX_SIMULATION_WEEKS = 52

/** Session times of a simulated day: morning, midday and evening, for up to three sessions. @category Progression @since 0.1.0 */
export const SIMULATION_SESSION_TIMES = ['08:00', '13:00', '19:00'] as const

/**
 * How the simulated person responds: the pain during (and after) every
 * session, the load they start with (for ladders that add load), and the days
 * with a flare-up, when the morning back pain is the flare-up rise above
 * baseline (otherwise it is at baseline).
 *
 * @category Progression
 * @since 0.1.0
 */
export interface SimulatedResponse {
  readonly painDuring: number
  readonly painAfter?: number
  /** The load, in kg, the person starts with on a ladder that adds load at the top. */
  readonly loadKg?: number
  readonly flareUps?: readonly { readonly week: number; readonly day?: number }[]
}

/** What `simulateProgression` takes. @category Progression @since 0.1.0 */
export interface SimulateProgressionInput {
  readonly movement: string
  readonly variant?: string
  readonly start: string
  readonly weeks: number
  readonly baselinePain: number
  readonly response: SimulatedResponse
  readonly sessionTimes?: readonly string[]
  readonly assessment?: Assessment
  readonly options?: NextDoseOptions
}

/**
 * The input of `simulateProgression`.
 *
 * @category Progression
 * @since 0.1.0
 */
export const SimulateProgressionInputSchema = z.strictObject({
  movement: kebabId,
  variant: kebabId.optional(),
  start: InputDateSchema,
  weeks: z.int().min(1).max(MAX_SIMULATION_WEEKS),
  baselinePain: PainSchema,
  response: z.strictObject({
    painDuring: PainSchema,
    painAfter: PainSchema.optional(),
    loadKg: z.number().positive().max(MAX_DOSE_LOAD_KG).optional(),
    flareUps: z
      .array(z.strictObject({ week: z.int().min(1).max(MAX_SIMULATION_WEEKS), day: z.int().min(1).max(7).optional() }))
      .max(MAX_SIMULATION_WEEKS * 7)
      .optional(),
  }),
  sessionTimes: z.array(LocalTimeSchema).min(1).max(10).optional(),
  assessment: AssessmentSchema.optional(),
  options: NextDoseOptionsSchema.optional(),
})

// The script's own fields; the movement, assessment and options are checked once, by nextDose's own preparation.
const ScriptSchema = SimulateProgressionInputSchema.extend({
  movement: z.unknown(),
  variant: z.unknown().optional(),
  assessment: z.unknown().optional(),
  options: z.unknown().optional(),
})

/** The movement, its ladder, the rules and the assessment, checked as nextDose checks them. */
const prepareMovement = (input: unknown): Either<InputIssue[], MovementCase & Pick<DoseCase, 'assessment'>> => {
  const fields = parseInput(MovementFieldsSchema, input)
  if (fields._tag === 'Left') return fields
  const catalog = resolveCatalog(fields.right.options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return catalog
  const checked = collectIssues(resolveMovementCase(fields.right, catalog.right), resolveLastAssessment(fields.right.assessment, catalog.right))
  return checked._tag === 'Left' ? checked : right({ ...checked.right[0], assessment: checked.right[1] })
}

/**
 * A dry run of a movement's ladder: day by day from `start`, a morning check
 * at baseline (or a flare-up on the scripted days), then each session slot the
 * ladder's frequency allows, with the engine's own decision performed in full
 * at the scripted pain. Nothing is stored or read: the same input gives the
 * same timeline. A coach sees how a ladder unfolds before using it; tests see
 * the engine's decisions over weeks.
 *
 * Returns `Left(InvalidInput)` for a malformed script or a movement without a
 * ladder.
 *
 * @example
 * import { simulateProgression } from 'rehab-engine'
 *
 * const run = simulateProgression({
 *   movement: 'hip-thrust',
 *   start: '2026-11-02',
 *   weeks: 2,
 *   baselinePain: 1,
 *   response: { painDuring: 1 },
 * })
 * assert.equal(run._tag, 'Right')
 * if (run._tag === 'Right') {
 *   assert.deepStrictEqual(run.right.summary.firstDose, { kind: 'reps', sets: 1, reps: 20 })
 *   assert.deepStrictEqual(run.right.summary.lastDose, { kind: 'reps', sets: 3, reps: 15, band: true })
 * }
 *
 * @category Progression
 * @since 0.1.0
 */
export const simulateProgression = (input: SimulateProgressionInput): Either<InvalidInput, Simulation> => {
  const parsed = parseInput(ScriptSchema, input)
  // Not an object at all: one issue says so, not one from each of the two parses below.
  if (parsed._tag === 'Left' && (typeof input !== 'object' || input === null)) return left(invalidInput(parsed.left))
  const checked = collectIssues(parsed, prepareMovement(input))
  if (checked._tag === 'Left') return left(invalidInput(checked.left))
  const [script, base] = checked.right

  const times = script.sessionTimes ?? SIMULATION_SESSION_TIMES
  const flareUpMorning = Math.min(PAIN_SCALE_MAX, script.baselinePain + base.rules.flareUpRise)
  const isFlareUp = (week: number, day: number) =>
    (script.response.flareUps ?? []).some((flare) => flare.week === week && (flare.day ?? 1) === day)

  let current = { movement: base.movement, variant: base.variant, ladder: base.ladder }
  const sessions: SessionLog[] = []
  const mornings: MorningCheck[] = []
  const timeline: SimulationStep[] = []
  let stopped = false

  for (let offset = 0; offset < script.weeks * 7 && !stopped; offset++) {
    const today = addIsoDays(script.start, offset)
    const week = Math.floor(offset / 7) + 1
    mornings.push({ date: today, backPain: isFlareUp(week, (offset % 7) + 1) ? flareUpMorning : script.baselinePain })
    for (const time of times.slice(0, current.ladder.frequency.perDay)) {
      const decision = decideDose({ ...base, ...current, sessions, mornings, baselinePain: script.baselinePain, today })
      const halted = decision.action === 'pause' || decision.action === 'stop-and-refer'
      // A pause or a referral sets the next session a week ahead; it is still news to record today.
      if (!halted && decision.nextEarliest > today) break
      if (decision.advanceTo !== undefined && decision.action === 'advance') {
        const target = base.catalog.byId.get(decision.advanceTo.movement)?.movement
        const ladder = target === undefined ? undefined : base.ladderFor(target)
        if (target !== undefined && ladder !== undefined) current = { movement: target, variant: undefined, ladder }
      }
      const performed = decision.action !== 'pause' && decision.action !== 'stop-and-refer'
      // The first loaded session uses the scripted starting load; later ones carry the engine's own.
      const startLoad = script.response.loadKg
      const dose: Dose =
        decision.dose.kind === 'reps' && decision.dose.loadKg === undefined && startLoad !== undefined && current.ladder.afterTop.kind === 'load-step'
          ? { ...decision.dose, loadKg: startLoad }
          : decision.dose
      const subject = movementRef(current.movement.id, current.variant)
      timeline.push({
        date: today,
        time,
        ...subject,
        action: decision.action,
        dose,
        performed,
        ...(performed ? { painDuring: script.response.painDuring } : {}),
        reason: decision.reasons[0]!.message,
      })
      if (decision.action === 'stop-and-refer') stopped = true
      if (!performed) break
      sessions.push({
        date: today,
        time,
        ...subject,
        performed: dose,
        completed: true,
        painDuring: script.response.painDuring,
        ...(script.response.painAfter === undefined ? {} : { painAfter: script.response.painAfter }),
      })
    }
  }

  const first = timeline[0]!
  const last = timeline.at(-1)!
  return right({
    ...movementRef(base.movement.id, base.variant),
    start: script.start,
    end: addIsoDays(script.start, script.weeks * 7 - 1),
    timeline,
    mornings,
    summary: {
      firstDose: first.dose,
      lastDose: last.dose,
      lastMovement: last.movement,
      sessions: sessions.length,
      stepsUp: timeline.filter((step) => step.action === 'progress' || step.action === 'advance').length,
      stepsDown: timeline.filter((step) => step.action === 'step-down').length,
      stopped,
    },
  })
}
