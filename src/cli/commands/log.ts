import { rename, writeFile } from 'node:fs/promises'
import { isMap, isSeq, parseDocument } from 'yaml'
import { EpisodeEventSchema, EpisodeSchema } from '../../index.js'
import type { CliContext } from '../context.js'
import { EXIT } from '../exitCodes.js'
import { MAX_INPUT_BYTES, readSmallFile } from '../readInput.js'

const kebabToCamel = (name: string): string => name.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())

/**
 * A flag's value as the event field takes it: `true` and `false` as
 * booleans, decimal digits as a number, `{...}` or `[...]` as JSON (a dose,
 * a soreness report, red-flag answers), anything else as text. The event's
 * schema then checks each field, so a wrong guess is an error naming it.
 */
const valueOf = (text: string): unknown => {
  if (text === 'true' || text === 'false') return text === 'true'
  if (/^\d{1,6}$/.test(text)) return Number(text)
  if (/^[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  return text
}

/** The event the flags name: `--back-pain 2` becomes `backPain: 2`; or why the flags cannot be read. */
export const eventFromFlags = (type: string, flags: readonly string[]): { event: Record<string, unknown> } | { problem: string } => {
  const event: Record<string, unknown> = { type }
  for (let index = 0; index < flags.length; index += 2) {
    const [flag, value] = [flags[index]!, flags[index + 1]]
    if (!/^--[a-z][a-z0-9-]*$/.test(flag)) return { problem: `"${flag}" is not a flag: give each field as --field-name value` }
    if (value === undefined) return { problem: `${flag} needs a value` }
    event[kebabToCamel(flag.slice(2))] = valueOf(value)
  }
  return { event }
}

const issuesOf = (issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[], prefix: string): string =>
  issues.map((issue) => `${prefix}${issue.path.map(String).join('.')}: ${issue.message}\n`).join('')

/** Appends one event to an episode file, checked first; the file is replaced whole (written beside it, then renamed) or not at all. */
const appendEvent = async (context: CliContext, file: string, type: string, flags: readonly string[]): Promise<void> => {
  const fail = (message: string) => {
    context.io.err(message)
    context.exit.code = EXIT.invalidInput
  }
  const built = eventFromFlags(type, flags)
  if ('problem' in built) return fail(`${file}: ${built.problem}\n`)
  const event = EpisodeEventSchema.safeParse(built.event)
  if (!event.success) return fail(issuesOf(event.error.issues, `${file}: event.`))
  const text = await readSmallFile(file).catch((error: unknown) => error as Error)
  if (text instanceof Error) return fail(`${file}: cannot be read (${text.message})\n`)
  if (text === undefined) return fail(`${file}: is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, more than any input the engine takes\n`)
  const next = file.toLowerCase().endsWith('.json') ? appendToJson(text, built.event) : appendToYaml(text, built.event)
  if ('problem' in next) return fail(`${file}: ${next.problem}\n`)
  const episode = EpisodeSchema.safeParse(next.episode)
  if (!episode.success) return fail(issuesOf(episode.error.issues, `${file}: `))
  // Written beside the file and renamed over it: a reader sees the old file or the new one, never half of one.
  const beside = `${file}.${process.pid}.tmp`
  try {
    await writeFile(beside, next.text, { flag: 'wx' })
    await rename(beside, file)
  } catch (error) {
    return fail(`${file}: cannot be written (${error instanceof Error ? error.message : String(error)})\n`)
  }
  context.io.err(`${file}: ${type} on ${String(built.event['date'])} logged; the episode holds ${next.events} events\n`)
  context.exit.code = EXIT.done
}

type Appended = { readonly text: string; readonly episode: unknown; readonly events: number } | { readonly problem: string }
const NO_EPISODE = { problem: 'holds no episode with an events list' } as const

/** A JSON file read with JSON.parse and written back as JSON, the event at the end of its events. */
const appendToJson = (text: string, event: Record<string, unknown>): Appended => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { problem: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { events?: unknown }).events)) return NO_EPISODE
  const events = [...(value as { events: unknown[] }).events, event]
  const episode = { ...value, events }
  return { text: `${JSON.stringify(episode, null, 2)}\n`, episode, events: events.length }
}

/** A YAML file as a document, so its comments and layout stay, the event added at the end of its events. */
const appendToYaml = (text: string, event: Record<string, unknown>): Appended => {
  const document = parseDocument(text)
  if (document.errors.length > 0) return { problem: `is not valid YAML (${document.errors[0]!.message.split('\n')[0]})` }
  const events = document.get('events')
  if (!isMap(document.contents) || !isSeq(events)) return NO_EPISODE
  document.addIn(['events'], event)
  return { text: document.toString(), episode: document.toJS(), events: events.items.length }
}

/** log: appends one event to an episode file, given as flags named after its fields. */
export const addLogCommand = (context: CliContext): void => {
  context.program
    .command('log')
    .description('append one event to an episode file, its fields given as flags in kebab case; checked before anything is written')
    .argument('<file>', 'the episode file, JSON or YAML')
    .argument('<type>', 'session, morning, skipped, symptoms, soreness, clearance or assessment')
    .argument('[fields...]', 'the fields, as --field-name value')
    .allowUnknownOption()
    .addHelpText('after', '\nExample:\n  rehab-engine log client.yaml morning --date 2026-11-24 --back-pain 2\n')
    .action((file: string, type: string, fields: string[]) => appendEvent(context, file, type, fields))
}
