// An episode typed into the page: JSON when it starts as a JSON object does, YAML otherwise (the `init` template).
import { parse } from 'yaml'

export type EpisodeText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string }

/** The value of the editor's text, or why it cannot be read (the engine then says what is wrong with the value). */
export const readEpisodeText = (text: string): EpisodeText => {
  try {
    return { ok: true, value: text.trimStart().startsWith('{') ? JSON.parse(text) : parse(text, { maxAliasCount: 0 }) }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) }
  }
}

/** The latest date an event of a well-formed episode names: the page's "today" when an episode is loaded. */
export const latestDate = (value: unknown): string | undefined => {
  const events = (value as { events?: unknown } | null)?.events
  if (!Array.isArray(events)) return undefined
  let latest: string | undefined
  for (const event of events) {
    const date = (event as { date?: unknown } | null)?.date
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && (latest === undefined || date > latest)) latest = date
  }
  return latest
}
