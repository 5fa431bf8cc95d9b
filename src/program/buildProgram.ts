import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { left, right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { invalidInput } from '../_lib/issues.js'
import { addIsoDays } from '../_lib/isoDays.js'
import { parseInput } from '../_lib/parseInput.js'
import { resolveCatalog } from '../catalog/resolveCatalog.js'
import { RehabPlanSchema } from '../selection/selection.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { movementRef } from '../shared/movementRef.js'
import type { Reason } from '../shared/reason.js'
import { checkPlan } from './checkPlan.js'
import { checkIns } from './layout/checkIns.js'
import { daySessions, type CorrectiveItem } from './layout/daySessions.js'
import { protocolItems } from './layout/protocolItems.js'
import type { Program, ProgramItem } from './program.js'
import { ProgramOptionsSchema, programLayout } from './programOptions.js'
import { programReasons } from './programReasons.js'

/**
 * What {@link buildProgram} takes: the first day, the rehab plan (what
 * `planRehab` returns: a cleared screening with its selection), and the
 * program's options.
 *
 * @example
 * import { BuildProgramInputSchema, NO_RED_FLAGS, planRehab } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const input = { start: '2026-11-02', plan: plan.right, options: { weeks: 8 } }
 * assert.equal(BuildProgramInputSchema.safeParse(input).success, true)
 * // A program runs 1 to 52 weeks.
 * assert.equal(BuildProgramInputSchema.safeParse({ ...input, options: { weeks: 53 } }).success, false)
 * // A selection alone is no plan: it has no screening behind it.
 * assert.equal(BuildProgramInputSchema.safeParse({ start: '2026-11-02', selection: plan.right.selection }).success, false)
 *
 * @category Program
 * @since 0.1.0
 */
export const BuildProgramInputSchema = z.strictObject({
  start: InputDateSchema,
  plan: RehabPlanSchema,
  options: ProgramOptionsSchema.optional(),
})

/** What `buildProgram` takes. @category Program @since 0.1.0 */
export type BuildProgramInput = DeepReadonly<z.input<typeof BuildProgramInputSchema>>

/**
 * Lays a rehab plan out on a real calendar, in a time zone (seeds 000, 001
 * and 004): the selected rehab movements in each of three daily sessions; the
 * plan's posture correctives (seed 003) in the first sessions of each day, as
 * many as their ladders say; the two warm-ups once a day, in the morning; the deadbug on 1-3 days a week,
 * never two in a row (default Monday, Wednesday, Friday); the thoracic press on
 * 2 days at least 2 apart (default Tuesday, Friday); on workout days (default
 * Monday, Wednesday, Friday) the hip thrust before the workout and the
 * between-sets movements during it, in the evening session. A reassessment
 * every 2 weeks, the check-in 8 weeks after the start whatever the
 * program's length (seed 000), and one at the end of a program of another
 * length.
 *
 * Local times stay as asked across daylight-saving changes; each session's
 * `start` carries the offset of its own day. A time that does not exist on a
 * spring-forward day moves forward by the length of the jump (02:30 becomes
 * 03:30 in Berlin), and a reason says so. Doses are the starting doses;
 * `nextDose` decides each day's dose. Nothing depends on the machine's zone.
 *
 * Returns `Left(InvalidInput)` for a malformed input: weeks outside 1-52, an
 * unknown time zone, session times out of order or under 3 hours apart,
 * deadbug days on consecutive days, a plan that does not match its schema or
 * the catalog. The plan is checked again, since it may have been edited after
 * `planRehab` made it; each issue is under `['plan', 'selection']`: a
 * `painCeiling` above the highest an option may set ({@link PAIN_CEILING},
 * `too_big`), a selected movement whose `pain` is above that ceiling, whose
 * `start` is not exactly a rung of its ladder (a load or band the rung does
 * not have included), or whose `timesPerDay` is not its ladder's sessions a
 * day (each `inconsistent`), and a movement and variant selected twice
 * (`duplicate`, at the second); each corrective likewise against its ladder,
 * a corrective movement of the catalog, once.
 *
 * @example
 * import { NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 *
 * const plan = planRehab({
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   assessment: {
 *     date: '2026-03-23',
 *     results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })),
 *   },
 * })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-03-23', plan: plan.right, options: { weeks: 2, timeZone: 'Europe/Berlin' } })
 * assert.equal(program._tag, 'Right')
 * if (program._tag === 'Right') {
 *   assert.equal(program.right.sessions.length, 2 * 7 * 3)
 *   // Berlin moves to summer time on 29 March: 08:00 stays 08:00, with the new offset.
 *   assert.equal(program.right.sessions.find((session) => session.date === '2026-03-28')?.start, '2026-03-28T08:00:00+01:00')
 *   assert.equal(program.right.sessions.find((session) => session.date === '2026-03-29')?.start, '2026-03-29T08:00:00+02:00')
 *   assert.deepStrictEqual(program.right.checkIns, [
 *     { date: '2026-04-06', kind: 'check-in' },
 *     { date: '2026-05-18', kind: 'check-in' },
 *   ])
 * }
 * // A plan edited by hand is checked again: no rung of the ladder is 10 x 500 with 200 kg.
 * const [first, ...rest] = plan.right.selection.selected
 * const edited = { ...plan.right, selection: { ...plan.right.selection, selected: [{ ...first!, start: { kind: 'reps', sets: 10, reps: 500, loadKg: 200 } } as const, ...rest] } }
 * const refused = buildProgram({ start: '2026-03-23', plan: edited })
 * assert.deepStrictEqual(refused._tag === 'Left' && refused.left.issues.map((issue) => issue.path), [['plan', 'selection', 'selected', 0, 'start']])
 *
 * @category Program
 * @since 0.1.0
 */
export const buildProgram: (input: BuildProgramInput) => Either<InvalidInput, Program> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseInput(BuildProgramInputSchema, input)
  if (parsed._tag === 'Left') return left(invalidInput(parsed.left))
  const { start, plan, options } = parsed.right
  const catalog = resolveCatalog(options?.catalog, ['options', 'catalog'])
  if (catalog._tag === 'Left') return left(invalidInput(catalog.left))
  const issues = checkPlan(plan, catalog.right)
  if (issues.length > 0) return left(invalidInput(issues))
  const { selection } = plan

  const layout = programLayout(options)
  const protocol = protocolItems(catalog.right)
  const rehab: ProgramItem[] = selection.selected.map((item) => ({ ...movementRef(item.movement, item.variant), dose: item.start }))
  const correctives: CorrectiveItem[] = (selection.correctives ?? []).map((corrective) => ({ item: { movement: corrective.movement, dose: corrective.start }, timesPerDay: corrective.timesPerDay }))
  const shifted: Reason[] = []
  const sessions = Array.from({ length: layout.weeks * 7 }, (_, offset) => daySessions(addIsoDays(start, offset), rehab, protocol, layout, shifted, correctives)).flat()
  const frame = { start, end: addIsoDays(start, layout.weeks * 7 - 1), checkIns: checkIns(start, layout.weeks) }
  const missing = protocol.missing.map(
    (id): Reason => ({ rule: 'not-in-catalog', message: `"${id}" is not in the catalog, or has no ladder, so the program leaves it out.`, value: id, params: { movement: id } }),
  )
  const reasons = [...programReasons(frame, rehab, layout, correctives), ...shifted, ...missing]
  return right({ start, end: frame.end, timeZone: layout.timeZone, sessions, checkIns: frame.checkIns, reasons })
})
