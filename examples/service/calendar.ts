// A person's calendar: the program of the episode's latest assessment on or before the day asked for, laid out
// with the episode's program options and written as iCalendar.
import { buildProgram, planRehab, type InvalidInput, type Referral } from 'rehab-engine'
import { programToIcs } from 'rehab-engine/ics'
import type { StoredEpisode } from './store.js'

type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The latest assessment dated on or before `today`; a later one is not known yet. */
const latestAssessment = (events: readonly unknown[], today: string): Row | undefined => {
  let latest: Row | undefined
  for (const event of events) {
    if (isRow(event) && event['type'] === 'assessment' && typeof event['date'] === 'string' && event['date'] <= today) {
      if (latest === undefined || event['date'] >= (latest['date'] as string)) latest = event
    }
  }
  return latest
}

/**
 * The calendar of a stored episode (checked when it was stored): the program
 * the latest assessment gives, from its date, at its starting doses. `stamp`
 * is the file's DTSTAMP, the time of the request, so each export's SEQUENCE is
 * higher than the last; `id` starts every event id, so two people never share
 * one and a calendar app updates the events of a new export in place.
 */
export const episodeCalendar = (episode: StoredEpisode, id: string, today: string, stamp: string): { readonly _tag: 'Left'; readonly left: InvalidInput | Referral } | { readonly _tag: 'Right'; readonly right: string } | undefined => {
  const assessment = latestAssessment(episode.events, today)
  if (assessment === undefined) return undefined
  const options = isRow(episode.options) ? episode.options : {}
  const { type: _type, id: _id, ...scored } = assessment
  const selection = Object.fromEntries(['painCeiling', 'catalog'].filter((key) => options[key] !== undefined).map((key) => [key, options[key]]))
  const plan = planRehab({ intake: episode.intake, assessment: scored, options: selection } as never)
  if (plan._tag === 'Left') return plan
  const program = buildProgram({ start: assessment['date'], plan: plan.right, options: isRow(options['program']) ? options['program'] : {} } as never)
  if (program._tag === 'Left') return program
  const catalog = options['catalog'] === undefined ? {} : { catalog: options['catalog'] }
  return programToIcs({ program: program.right, options: { idPrefix: id, stamp, ...catalog } } as never)
}
