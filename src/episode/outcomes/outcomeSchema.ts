import * as z from 'zod'
import { boundedList } from '../../_lib/boundedList.js'
import type { DeepReadonly } from '../../_lib/deepReadonly.js'
import { IsoDateSchema } from '../../shared/isoDate.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import { PainSchema, PAIN_SCALE_MAX } from '../../shared/pain.js'
import { reasonList } from '../../shared/reason.js'
import { AdherenceSchema } from '../adherence.js'
import { OUTCOME_DEFAULTS, OUTCOME_VERDICTS } from '../rules/meaningfulChange.js'

const count = z.int().min(0).max(INPUT_LIMITS.episodeEvents)

/**
 * One movement over the episode: the pain it scored at the first and at the
 * latest assessment (each left out when it was not scored there), the
 * sessions done, and the rung of its first and latest sessions on its ladder
 * (1 is the first rung), with how many it climbed (negative when it came
 * down; 0, with no rungs, for a movement of an app's catalog that has no
 * ladder).
 *
 * @example
 * import { MovementOutcomeSchema } from 'rehab-engine'
 *
 * const bridge = { movement: 'hip-bridge', firstPain: 2, latestPain: 1, sessions: 42, firstRung: 1, latestRung: 6, rungsClimbed: 5 }
 * assert.equal(MovementOutcomeSchema.safeParse(bridge).success, true)
 * assert.equal(MovementOutcomeSchema.safeParse({ ...bridge, sessions: -1 }).success, false)
 *
 * @category Outcomes
 * @since 0.3.0
 */
export const MovementOutcomeSchema = z.strictObject({
  movement: z.string().max(INPUT_LIMITS.idLength),
  variant: z.string().max(INPUT_LIMITS.idLength).optional(),
  firstPain: PainSchema.optional(),
  latestPain: PainSchema.optional(),
  sessions: count,
  firstRung: z.int().min(1).optional(),
  latestRung: z.int().min(1).optional(),
  rungsClimbed: z.int(),
})

/** One movement over the episode. @category Outcomes @since 0.3.0 */
export type MovementOutcome = DeepReadonly<z.output<typeof MovementOutcomeSchema>>

/**
 * Is it working? Usual back pain at the start (`baseline`) against now (the
 * mean of the last 7 morning checks, over `mornings` of them), the change in
 * points and in per cent of the baseline, and the `verdict` by the
 * meaningful-change rule (2 points or 30%, either): `improved`, `unchanged`,
 * `worse`, or `unknown` before any morning check.
 *
 * @example
 * import { BackPainOutcomeSchema } from 'rehab-engine'
 *
 * const outcome = { baseline: 5, now: 2.86, mornings: 7, change: -2.14, changePercent: -42.8, verdict: 'improved' }
 * assert.equal(BackPainOutcomeSchema.safeParse(outcome).success, true)
 * assert.equal(BackPainOutcomeSchema.safeParse({ ...outcome, verdict: 'better' }).success, false)
 *
 * @category Outcomes
 * @since 0.3.0
 */
export const BackPainOutcomeSchema = z.strictObject({
  baseline: PainSchema,
  now: z.number().min(0).max(PAIN_SCALE_MAX).optional(),
  mornings: z.int().min(0).max(OUTCOME_DEFAULTS.mornings),
  change: z.number().min(-PAIN_SCALE_MAX).max(PAIN_SCALE_MAX).optional(),
  changePercent: z.number().optional(),
  verdict: z.enum(OUTCOME_VERDICTS),
})

/** Usual back pain, at the start and now. @category Outcomes @since 0.3.0 */
export type BackPainOutcome = DeepReadonly<z.output<typeof BackPainOutcomeSchema>>

/**
 * What `outcomeReport` answers: the day (`date`), the first assessment's day
 * (`start`) and the days since, back pain at the start against now, each
 * movement assessed or done, the week's adherence, the sessions done in all,
 * and the reasons (the meaningful-change rule first).
 *
 * @example
 * import { OutcomeReportSchema } from 'rehab-engine'
 *
 * const adherence = { from: '2026-11-23', through: '2026-11-29', prescribed: 0, done: 0, skipped: 0, movements: [] }
 * const report = {
 *   _tag: 'OutcomeReport',
 *   date: '2026-11-30',
 *   start: '2026-11-02',
 *   daysSinceStart: 28,
 *   backPain: { baseline: 4, mornings: 0, verdict: 'unknown' },
 *   movements: [],
 *   adherence,
 *   sessions: 0,
 *   reasons: [{ rule: 'meaningful-change', message: 'Not known yet.' }],
 * }
 * assert.equal(OutcomeReportSchema.safeParse(report).success, true)
 * assert.equal(OutcomeReportSchema.safeParse({ ...report, reasons: [] }).success, false)
 *
 * @category Outcomes
 * @since 0.3.0
 */
export const OutcomeReportSchema = z.strictObject({
  _tag: z.literal('OutcomeReport'),
  date: IsoDateSchema,
  start: IsoDateSchema,
  daysSinceStart: z.int().min(0),
  backPain: BackPainOutcomeSchema,
  movements: boundedList(MovementOutcomeSchema, { max: INPUT_LIMITS.catalogMovements * (INPUT_LIMITS.variantsPerMovement + 1) }),
  adherence: AdherenceSchema,
  sessions: count,
  reasons: reasonList(1),
})

/** Is it working? @category Outcomes @since 0.3.0 */
export type OutcomeReport = DeepReadonly<z.output<typeof OutcomeReportSchema>>
