import { rename, writeFile } from 'node:fs/promises'
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml'
import { validateEpisode, type InputIssue } from '../../index.js'
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

/** The event the flags name: `--back-pain 2` becomes `backPain: 2`, `--performed.sets 1` becomes `performed: { sets: 1 }`; or why the flags cannot be read. */
export const eventFromFlags = (type: string, flags: readonly string[]): { event: Record<string, unknown> } | { problem: string } => {
  const event: Record<string, unknown> = { type }
  for (let index = 0; index < flags.length; index += 2) {
    const [flag, value] = [flags[index]!, flags[index + 1]]
    if (!/^--[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/.test(flag)) return { problem: `"${flag}" is not a flag: give each field as --field-name value (--outer.inner value for a field inside another)` }
    if (value === undefined) return { problem: `${flag} needs a value` }
    const keys = flag.slice(2).split('.').map(kebabToCamel)
    let target = event
    for (const key of keys.slice(0, -1)) {
      const inner = Object.hasOwn(target, key) ? target[key] : undefined
      if (inner !== undefined && (typeof inner !== 'object' || inner === null || Array.isArray(inner))) return { problem: `${flag}: ${key} is given as a value already` }
      target = (target[key] ??= {}) as Record<string, unknown>
    }
    target[keys.at(-1)!] = valueOf(value)
  }
  return { event }
}

/** The engine's issues, one a line: the new event's at `event.field`, any other at its place in the file. */
const issuesOf = (issues: readonly InputIssue[], file: string, added: number): string =>
  issues
    .map(({ path, message }) => {
      const [, list, index, ...rest] = path
      const where = list === 'events' && index === added ? ['event', ...rest] : path.slice(1)
      return `${file}: ${where.length === 0 ? '(file)' : where.map(String).join('.')}: ${message}\n`
    })
    .join('')

/** Appends one event to an episode file, checked first; the file is replaced whole (written beside it, then renamed) or not at all. */
const appendEvent = async (context: CliContext, file: string, type: string, flags: readonly string[]): Promise<void> => {
  const fail = (message: string) => {
    context.io.err(message)
    context.exit.code = EXIT.invalidInput
  }
  const built = eventFromFlags(type, flags)
  if ('problem' in built) return fail(`${file}: ${built.problem}\n`)
  const text = await readSmallFile(file).catch((error: unknown) => error as Error)
  if (text instanceof Error) return fail(`${file}: cannot be read (${text.message})\n`)
  if (text === undefined) return fail(`${file}: is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, more than any input the engine takes\n`)
  const next = file.toLowerCase().endsWith('.json') ? appendToJson(text, built.event) : appendToYaml(text, built.event)
  if ('problem' in next) return fail(`${file}: ${next.problem}\n`)
  // The engine checks the episode as it would be, the new event against the catalog and the others too.
  const checked = validateEpisode({ episode: next.episode } as never)
  if (checked._tag === 'Left') return fail(issuesOf(checked.left.issues, file, next.events - 1))
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

const YAML_1_1_NOT_TEXT = /^([-+.]?[0-9][0-9:._+-]*|y|n|yes|no|on|off|true|false|null|~)$/i

/** A YAML file as a document, so its comments and layout stay, the event added at the end of its events. */
const appendToYaml = (text: string, event: Record<string, unknown>): Appended => {
  const document = parseDocument(text)
  if (document.errors.length > 0) return { problem: `is not valid YAML (${document.errors[0]!.message.split('\n')[0]})` }
  const events = document.get('events')
  if (!isMap(document.contents) || !isSeq(events)) return NO_EPISODE
  // Text that a YAML 1.1 reader would take for something else is written quoted, as the template writes it:
  // unquoted, 2026-01-06 is a date object there, 08:00 the number 480 and `no` a boolean.
  const node = document.createNode(event)
  visit(node, {
    Pair: (_, pair) => {
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && YAML_1_1_NOT_TEXT.test(pair.value.value)) pair.value.type = 'QUOTE_SINGLE'
    },
  })
  document.addIn(['events'], node)
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
    .addHelpText(
      'after',
      '\nA field inside another is --outer.inner, or the whole object as JSON:\n' +
        '  rehab-engine log client.yaml session --date 2026-01-06 --time 08:00 --movement hip-bridge \\\n' +
        '    --performed.kind reps --performed.sets 1 --performed.reps 5 --completed true --pain-during 1\n' +
        '\nExample:\n  rehab-engine log client.yaml morning --date 2026-01-06 --back-pain 2\n',
    )
    .action((file: string, type: string, fields: string[]) => appendEvent(context, file, type, fields))
}
