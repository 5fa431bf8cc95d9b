// What the service answers when it writes, and how the engine's paths become paths into the request.
import * as z from 'zod'
import { decideDay, EpisodeReferralSchema, InvalidInputSchema, ReferralSchema, type DayDecision, type EpisodeReferral, type InputIssue, type Referral } from 'rehab-engine'
import type { Batch } from './store.js'

/** A referral as the engine gives it: held by an episode, or from a check that refers at once. */
export const AnyReferralSchema = z.union([EpisodeReferralSchema, ReferralSchema])

/**
 * A write that went in: the person's id, how many events the episode holds
 * now, how many this request added and how many it repeated (stored already
 * under their id). `referral` is there when the episode refers today: the
 * person must not exercise, whatever the request was for.
 */
export const StoredSchema = z.strictObject({
  _tag: z.literal('Stored'),
  id: z.string(),
  events: z.int().min(0),
  appended: z.int().min(0),
  repeated: z.int().min(0),
  referral: AnyReferralSchema.optional(),
})

/**
 * A write that did not go in, although the body holds a referral: a red flag
 * wins over any other fault, so the referral is the answer, with the issues to
 * mend before the events can be stored.
 */
export const NotStoredSchema = z.strictObject({
  _tag: z.literal('NotStored'),
  id: z.string().optional(),
  referral: AnyReferralSchema,
  issues: InvalidInputSchema.shape.issues,
})

export type AnyReferral = EpisodeReferral | Referral

/** A write that went in: see StoredSchema. */
export interface Stored {
  readonly _tag: 'Stored'
  readonly id: string
  readonly events: number
  readonly appended: number
  readonly repeated: number
  readonly referral?: AnyReferral
}

/** A write that did not go in, with the referral its body holds: see NotStoredSchema. */
export interface NotStored {
  readonly _tag: 'NotStored'
  readonly id?: string
  readonly referral: AnyReferral
  readonly issues: readonly InputIssue[]
}

/** The referral an episode holds today, if any: the engine decides the day and only its referral is kept. */
export const referralOf = (decision: DayDecision): AnyReferral | undefined => (decision._tag === 'Left' && decision.left._tag === 'Referral' ? decision.left : undefined)

export const referralToday = (episode: unknown, today: string): AnyReferral | undefined => referralOf(decideDay({ episode, today } as never))

type Path = InputIssue['path']

const moved = (issue: InputIssue, path: Path): InputIssue => ({ code: issue.code, path: [...path], message: issue.message })

/** A create body is the episode itself, with the id beside it: the engine's `['episode', ...]` loses its first key. */
export const intoCreateBody = (issues: readonly InputIssue[]): InputIssue[] => issues.map((issue) => moved(issue, issue.path[0] === 'episode' ? issue.path.slice(1) : issue.path))

/**
 * An append body holds only the new events: the engine's index into the whole
 * episode becomes the event's index in the request (some of the request's
 * events may have been left out as repeats). An issue about the list as a whole
 * (its cap) points at `events`.
 */
export const intoAppendBody = (issues: readonly InputIssue[], batch: Batch): InputIssue[] =>
  issues.map((issue) => {
    const [head, list, index, ...rest] = issue.path
    if (head === 'episode' && list === 'events' && typeof index === 'number' && index >= batch.stored) {
      return moved(issue, ['events', batch.places[index - batch.stored]!, ...rest])
    }
    return moved(issue, ['events'])
  })

/** The day asked for in the query: the engine's `['today']` is `['query', 'today']` of the request. */
export const intoQuery = (issues: readonly InputIssue[]): InputIssue[] => issues.map((issue) => moved(issue, issue.path[0] === 'today' ? ['query', ...issue.path] : issue.path))
