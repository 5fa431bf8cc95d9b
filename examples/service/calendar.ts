// A person's calendar: the program of the episode's latest assessment on or before the day asked for, each
// session at the dose decided for its day (later days at that day's dose, marked planned), as iCalendar.
import { episodeProgram, type EpisodeReferral, type InvalidInput, type Referral } from 'rehab-engine'
import { programToIcs } from 'rehab-engine/ics'
import type { MessageCatalog } from 'rehab-engine/locales'
import type { StoredEpisode } from './store.js'

/**
 * The calendar of a stored episode on `today`. `stamp` is the file's DTSTAMP,
 * the time of the request, so each export's SEQUENCE is higher than the last;
 * `id` starts every event id, so two people never share one and a calendar app
 * updates the events of a new export in place. `locale` writes its words
 * (titles, names, doses, the disclaimer) in another language.
 */
export const episodeCalendar = (
  episode: StoredEpisode,
  id: string,
  today: unknown,
  stamp: string,
  locale?: MessageCatalog,
): { readonly _tag: 'Left'; readonly left: InvalidInput | EpisodeReferral | Referral } | { readonly _tag: 'Right'; readonly right: string } => {
  const program = episodeProgram({ episode, today } as never)
  if (program._tag === 'Left') return program
  const catalog = (episode.options as { catalog?: unknown } | undefined)?.catalog
  return programToIcs({ program: program.right, options: { idPrefix: id, stamp, ...(catalog === undefined ? {} : { catalog }), ...(locale === undefined ? {} : { locale }) } } as never)
}
