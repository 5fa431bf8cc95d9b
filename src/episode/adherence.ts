import * as z from 'zod'
import { boundedList } from '../_lib/boundedList.js'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { addIsoDays } from '../_lib/isoDays.js'
import { IsoDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import { withMovement, type MovementRef } from '../shared/movementRef.js'
import { EPISODE_DEFAULTS } from './episodeDefaults.js'
import type { DayPrescription, EpisodeState } from './episodeState.js'
import { extend } from '../_lib/extend.js'

const count = z.int().min(0).max(INPUT_LIMITS.episodeEvents)
const share = z.number().min(0).max(1)

const counts = {
  prescribed: count,
  done: count,
  skipped: count,
  /** done / prescribed; left out when nothing was prescribed. */
  share: share.optional(),
}

/**
 * How one movement was kept to over the days before today: the times its
 * plans asked for it (`prescribed`), the times it was done on those days, at
 * most as many a day as asked (`done`), the `skipped` events logged for it,
 * and `done / prescribed` as `share`.
 *
 * @example
 * import { MovementAdherenceSchema } from 'rehab-engine'
 *
 * const kept = { movement: 'hip-bridge', prescribed: 21, done: 14, skipped: 2, share: 14 / 21 }
 * assert.equal(MovementAdherenceSchema.safeParse(kept).success, true)
 * assert.equal(MovementAdherenceSchema.safeParse({ ...kept, share: 1.5 }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const MovementAdherenceSchema = z.strictObject({
  movement: z.string().max(INPUT_LIMITS.idLength),
  variant: z.string().max(INPUT_LIMITS.idLength).optional(),
  ...counts,
})

/** How one movement was kept to. @category Episode @since 0.3.0 */
export type MovementAdherence = DeepReadonly<z.output<typeof MovementAdherenceSchema>>

/**
 * Sessions done against sessions prescribed over the 7 days before today
 * (`from` to `through`), per movement and in all. A day prescribes what its
 * plan asked for before anything was logged on it: nothing on a day under a
 * referral, for a paused movement, or before the first assessment.
 *
 * @example
 * import { AdherenceSchema } from 'rehab-engine'
 *
 * const week = { from: '2026-11-01', through: '2026-11-07', prescribed: 21, done: 7, skipped: 0, share: 1 / 3, movements: [] }
 * assert.equal(AdherenceSchema.safeParse(week).success, true)
 * assert.equal(AdherenceSchema.safeParse({ ...week, done: -1 }).success, false)
 *
 * @category Episode
 * @since 0.3.0
 */
export const AdherenceSchema = z.strictObject({
  from: IsoDateSchema,
  through: IsoDateSchema,
  ...counts,
  movements: boundedList(MovementAdherenceSchema, { max: INPUT_LIMITS.assessmentResults }),
})

/** Sessions done against sessions prescribed. @category Episode @since 0.3.0 */
export type Adherence = DeepReadonly<z.output<typeof AdherenceSchema>>

/** Keeps a day's prescription, and forgets the days no later window reads. */
export const rememberPrescription = (state: EpisodeState, prescription: DayPrescription): void => {
  state.prescribed.push(prescription)
  const oldest = addIsoDays(prescription.day, -EPISODE_DEFAULTS.adherenceDays)
  while (state.prescribed[0]!.day < oldest) state.prescribed.shift()
}

/** How many of `dates` (in date order) fall on each day from `from` to `through`. */
const perDay = (dates: readonly { readonly date: string }[] | undefined, from: string, through: string): Map<string, number> => {
  const counted = new Map<string, number>()
  if (dates === undefined) return counted
  // The lists are in date order, and only the last week counts: read them from the end.
  for (let index = dates.length - 1; index >= 0 && dates[index]!.date >= from; index--) {
    const { date } = dates[index]!
    if (date <= through) counted.set(date, (counted.get(date) ?? 0) + 1)
  }
  return counted
}

const withShare = <T extends { readonly prescribed: number; readonly done: number }>(tally: T): T & { readonly share?: number } =>
  tally.prescribed === 0 ? tally : (extend(tally, { share: tally.done / tally.prescribed }) as T & { readonly share: number })

/** Adherence over the 7 days before `today`, from the prescriptions the state remembers. */
export const adherenceOn = (state: EpisodeState, today: string): Adherence => {
  const from = addIsoDays(today, -EPISODE_DEFAULTS.adherenceDays)
  const through = addIsoDays(today, -1)
  const tallies = new Map<string, { ref: MovementRef; prescribed: number; done: number; skipped: number; doneOn: ReadonlyMap<string, number> }>()
  for (const { day, items } of state.prescribed) {
    if (day < from || day > through) continue
    for (const [key, { ref, times }] of items) {
      let tally = tallies.get(key)
      if (tally === undefined) {
        const skipped = [...perDay(state.skipped.get(key), from, through).values()].reduce((sum, n) => sum + n, 0)
        // The movement's sessions of the whole week, counted once per day.
        tallies.set(key, (tally = { ref, prescribed: 0, done: 0, skipped, doneOn: perDay(state.own.get(key), from, through) }))
      }
      tally.prescribed += times
      tally.done += Math.min(times, tally.doneOn.get(day) ?? 0)
    }
  }
  const movements = [...tallies.values()].map(({ ref, prescribed, done, skipped }) => withShare(withMovement(ref, { prescribed, done, skipped })))
  const total = { prescribed: 0, done: 0, skipped: 0 }
  for (const movement of movements) {
    total.prescribed += movement.prescribed
    total.done += movement.done
    total.skipped += movement.skipped
  }
  return { from, through, ...withShare(total), movements }
}
