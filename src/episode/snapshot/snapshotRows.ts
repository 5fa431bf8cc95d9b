import * as z from 'zod'
import { boundedList } from '../../_lib/boundedList.js'
import type { DeepReadonly } from '../../_lib/deepReadonly.js'
import { customIssue } from '../../_lib/parseInput.js'
import { MorningCheckSchema, type MorningCheck } from '../../ceiling/morningCheck.js'
import { DoseSchema, type Dose } from '../../shared/dose.js'
import { IsoDateSchema } from '../../shared/isoDate.js'
import { INPUT_LIMITS } from '../../shared/limits.js'
import type { DayPrescription, Placed } from '../episodeState.js'

/*
 * The rest of a snapshot's lists, written as compactly as its sessions: a
 * morning as a row of plain values, and a day's plan and a credited dose as
 * pointers into lists that name each distinct plan and dose once (a week
 * repeats three or four plans, and a dozen movements share two or three doses).
 */

const MORNING = MorningCheckSchema.shape
const many = <T extends z.ZodType>(schema: T) => boundedList(schema, { max: INPUT_LIMITS.episodeEvents })
const ordinal = z.int().min(0).max(INPUT_LIMITS.episodeEvents)
const index = z.int().min(0).max(INPUT_LIMITS.episodeEvents - 1)
const movementId = z.string().max(INPUT_LIMITS.idLength)
/** A movement's key: its id, or its id and variant. */
export const MovementKeySchema = z.string().min(1).max(2 * INPUT_LIMITS.idLength + 3)

/** A morning check: `[ordinal, date, backPain]`, then `stiffness` (or null) and the event's id when it has them. */
export const MorningRowSchema = z.tuple([
  ordinal,
  MORNING.date,
  MORNING.backPain,
  MORNING.stiffness.unwrap().nullable().optional(),
  z.string().min(1).max(INPUT_LIMITS.idLength).optional(),
])

/** A day's plan: each movement as `[movement, times]`, or `[movement, times, variant]`. */
export const PlanItemsSchema = many(z.tuple([movementId, z.int().min(1).max(INPUT_LIMITS.episodeEvents), movementId.optional()]))

/** What the plans of the last week asked for: each distinct plan once, and each day as `[day, plan index]`. */
export const PrescribedSchema = z
  .strictObject({ plans: boundedList(PlanItemsSchema, { max: INPUT_LIMITS.replayDays }), days: boundedList(z.tuple([IsoDateSchema, index]), { max: INPUT_LIMITS.replayDays }) })
  .superRefine(({ plans, days }, context) => {
    days.forEach(([, plan], at) => {
      if (plan >= plans.length) context.addIssue(customIssue('too_big', ['days', at, 1], `must point at one of the ${plans.length} plans`))
    })
  })

/** Each movement's latest credited dose: each distinct dose once, and each movement as `[key, date, dose index, dose index before?]`. */
export const CreditChainSchema = z
  .strictObject({ doses: many(DoseSchema), links: many(z.tuple([MovementKeySchema, IsoDateSchema, index, index.optional()])) })
  .superRefine(({ doses, links }, context) => {
    links.forEach((link, at) => {
      for (const place of [2, 3] as const) {
        const dose = link[place]
        if (dose !== undefined && dose >= doses.length) context.addIssue(customIssue('too_big', ['links', at, place], `must point at one of the ${doses.length} doses`))
      }
    })
  })

type MorningRow = z.output<typeof MorningRowSchema>
type PlanItem = z.output<typeof PlanItemsSchema>[number]
type CreditLink = z.output<typeof CreditChainSchema>['links'][number]

/** A morning as a snapshot writes it: the shortest row that holds it. */
export const packMorning = ({ log, ordinal }: Placed<MorningCheck>): MorningRow => {
  const { date, backPain, stiffness } = log
  // The state holds the whole morning event, whose id a check does not declare.
  const id = (log as { readonly id?: string }).id
  if (id !== undefined) return [ordinal, date, backPain, stiffness ?? null, id]
  return stiffness === undefined ? [ordinal, date, backPain] : [ordinal, date, backPain, stiffness]
}

/** The morning event a row stands for, with its keys in the order an episode's event has them. */
export const unpackMorning = ([ordinal, date, backPain, stiffness, id]: DeepReadonly<MorningRow>): Placed<MorningCheck> => {
  const log: Record<string, unknown> = { date, backPain }
  if (stiffness !== undefined && stiffness !== null) log['stiffness'] = stiffness
  log['type'] = 'morning'
  if (id !== undefined) log['id'] = id
  return { log: log as unknown as MorningCheck, ordinal }
}

/** The index of `value` in `list`, by its JSON text, adding it the first time it is seen. */
export const tableIndex = <Value>(indices: Map<string, number>, list: Value[], value: Value): number => {
  const key = JSON.stringify(value)
  let at = indices.get(key)
  if (at === undefined) {
    indices.set(key, (at = list.length))
    list.push(value)
  }
  return at
}

/** Each credit link under its key, as a snapshot writes them. */
export const packCreditChain = (chain: ReadonlyMap<string, { readonly date: string; readonly dose: Dose; readonly before: Dose | undefined }>) => {
  const doses: Dose[] = []
  const at = new Map<string, number>()
  const links = [...chain].map(([key, { date, dose, before }]): CreditLink =>
    before === undefined ? [key, date, tableIndex(at, doses, dose)] : [key, date, tableIndex(at, doses, dose), tableIndex(at, doses, before)],
  )
  return { doses, links }
}

/** The week's plans as a snapshot writes them: each distinct plan once, and each day pointing at its plan. */
export const packPrescribed = (prescribed: readonly DayPrescription[]) => {
  const plans: PlanItem[][] = []
  const at = new Map<string, number>()
  const days = prescribed.map(({ day, items }): [string, number] => {
    const plan = [...items.values()].map(({ ref, times }): PlanItem => (ref.variant === undefined ? [ref.movement, times] : [ref.movement, times, ref.variant]))
    return [day, tableIndex(at, plans, plan)]
  })
  return { plans, days }
}
