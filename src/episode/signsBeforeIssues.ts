import { inspectPlainData } from '../_lib/inspectPlainData.js'
import { parseInput } from '../_lib/parseInput.js'
import { isPlainObject } from '../_lib/plainReader.js'
import { IntakeSchema, type Intake } from '../screening/intake.js'
import { screenValidIntake } from '../screening/screenValidIntake.js'
import { InputDateSchema } from '../shared/isoDate.js'
import { INPUT_LIMITS } from '../shared/limits.js'
import type { Referral } from '../shared/referral.js'
import { PAIN_SCALE_MAX, PainSchema } from '../shared/pain.js'
import { checkEpisode } from './checkEpisode.js'
import { EpisodeOptionsSchema, type Episode } from './episode.js'
import { EpisodeEventSchema, type EpisodeEvent } from './episodeEvents.js'
import type { EpisodeReferral } from './episodeReferral.js'
import { foldThrough } from './foldEpisode.js'
import { planDay } from './planDay.js'

/**
 * The baseline of an episode read apart from the rest. When neither the
 * baseline nor the intake's back pain can be read, the worst score stands in:
 * no morning can then be worse than it, so the worsening rule refers for no
 * number the person did not give.
 */
const baselineOf = (raw: unknown, intake: Intake): { baselinePain?: number } => {
  if (intake.backPain !== undefined) return {}
  const parsed = PainSchema.safeParse(raw)
  return { baselinePain: parsed.success ? parsed.data : PAIN_SCALE_MAX }
}

/** Each event that is well formed on its own, with its index in the episode as written. */
const wellFormedEvents = (raw: unknown): { events: EpisodeEvent[]; positions: number[] } => {
  const events: EpisodeEvent[] = []
  const positions: number[] = []
  if (!Array.isArray(raw)) return { events, positions }
  // Past the cap the list is refused whole: reading it would cost what the cap is there to bound.
  if (raw.length > INPUT_LIMITS.episodeEvents) return { events, positions }
  raw.forEach((event, index) => {
    const parsed = EpisodeEventSchema.safeParse(event)
    if (parsed.success) {
      events.push(parsed.data)
      positions.push(index)
    }
  })
  return { events, positions }
}

/** The indexes (as written) of the events an issue of the catalog or of repeats points at. */
const pointedAt = (issues: readonly { readonly path: readonly PropertyKey[] }[]): Set<number> | undefined => {
  const indexes = new Set<number>()
  for (const { path } of issues) {
    if (path[0] !== 'episode' || path[1] !== 'events' || typeof path[2] !== 'number') return undefined
    indexes.add(path[2])
  }
  return indexes
}

/** The referral of an input that is plain data: see signsBeforeIssues. */
const referralOf = (input: unknown): EpisodeReferral | Referral | undefined => {
  if (!isPlainObject(input) || !isPlainObject(input['episode'])) return undefined
  const raw = input['episode']
  const intake = parseInput(IntakeSchema, raw['intake'])
  if (intake._tag === 'Left') return undefined
  const screened = screenValidIntake(intake.right)
  const intakeReferral = screened._tag === 'Referral' ? screened : undefined
  const today = InputDateSchema.safeParse(input['today'])
  if (!today.success) return intakeReferral
  const options = EpisodeOptionsSchema.safeParse(raw['options'])
  const base = {
    intake: intake.right,
    ...baselineOf(raw['baselinePain'], intake.right),
    ...(options.success && options.data !== undefined ? { options: options.data } : {}),
  }
  let { events, positions } = wellFormedEvents(raw['events'])
  // Two rounds: the events the catalog or a repeat refuses are left out once, and what is left must then pass.
  for (let round = 0; round < 2; round++) {
    const episode: Episode = { ...base, events }
    const checked = checkEpisode(episode, ['episode'], positions)
    if (checked._tag === 'Right') {
      const day = planDay(foldThrough(checked.right, today.data), today.data)
      if (day._tag === 'Left' && day.left._tag === 'Referral' && day.left.cause !== 'too-few-tolerable') return day.left
      return day._tag === 'Left' && day.left._tag === 'InvalidInput' ? intakeReferral : undefined
    }
    const refused = pointedAt(checked.left)
    if (refused === undefined) return intakeReferral
    const kept = positions.map((position, at) => ({ position, event: events[at]! })).filter(({ position }) => !refused.has(position))
    events = kept.map(({ event }) => event)
    positions = kept.map(({ position }) => position)
  }
  return intakeReferral
}

/**
 * Safety before input hygiene, for an `{ episode, today }` input that failed
 * its checks: the referral the episode holds on `today` once the parts that
 * failed are left out, or undefined when it holds none or cannot be read so
 * far. Each event is read alone and the malformed ones (and those the catalog
 * refuses, or an id used twice) are left out, malformed options give way to
 * the defaults, and the rest is decided as usual. Leaving events out can hide
 * a sign only by leaving out the event that showed it (which then stays an
 * input error), and can add a referral only by leaving out what would have
 * lifted or eased it (a clearance, a calm morning): the cautious side. When the events cannot be decided at all (no assessment
 * yet, say), the intake alone is screened.
 */
export const signsBeforeIssues = (input: unknown): EpisodeReferral | Referral | undefined => {
  // Only plain data is read again: a getter or a Proxy trap could answer differently, or throw, a second time.
  // A Proxy that looks empty passes the inspection and may still throw on a read: it has nothing to screen.
  try {
    return inspectPlainData(input).length > 0 ? undefined : referralOf(input)
  } catch {
    return undefined
  }
}
