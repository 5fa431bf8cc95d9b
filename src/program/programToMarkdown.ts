import * as z from 'zod'
import type { DeepReadonly } from '../_lib/deepReadonly.js'
import { right, type Either } from '../_lib/either.js'
import { guardInput } from '../_lib/guardInput.js'
import { addIsoDays, daysBetween } from '../_lib/isoDays.js'
import { catalogOption } from '../catalog/catalogOption.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { escapeMarkdown } from './escapeMarkdown.js'
import { parseExport } from './exportOptions.js'
import { localeOption } from '../wording/localeOption.js'
import { writeSimplePattern } from '../wording/simplePattern.js'
import { ProgramSchema } from './program.js'

/** A table row of cells already written for Markdown. */
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`

/**
 * Options of {@link programToMarkdown}: an app's own `catalog`, for the
 * movements' names, and the `locale` to write in (a catalog of words, such
 * as `de` from `rehab-engine/locales`; English without one).
 *
 * @example
 * import { BUILT_IN_CATALOG, MarkdownOptionsSchema } from 'rehab-engine'
 *
 * assert.equal(MarkdownOptionsSchema.safeParse({ catalog: BUILT_IN_CATALOG }).success, true)
 * // The program carries its own time zone; the export takes none.
 * assert.equal(MarkdownOptionsSchema.safeParse({ timeZone: 'Europe/Berlin' }).success, false)
 *
 * @category Program
 * @since 0.2.0
 */
export const MarkdownOptionsSchema = z.strictObject({ catalog: catalogOption, locale: localeOption })

/**
 * What {@link programToMarkdown} takes: a program, and its options.
 *
 * @example
 * import { ProgramToMarkdownInputSchema, NO_RED_FLAGS, buildProgram, planRehab } from 'rehab-engine'
 *
 * const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
 * const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results } })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * assert.equal(ProgramToMarkdownInputSchema.safeParse({ program: program.right }).success, true)
 * // The program goes in its own field, not as the whole input.
 * assert.equal(ProgramToMarkdownInputSchema.safeParse(program.right).success, false)
 *
 * @category Program
 * @since 0.2.0
 */
export const ProgramToMarkdownInputSchema = z.strictObject({ program: ProgramSchema, options: MarkdownOptionsSchema.optional() })

/** What `programToMarkdown` takes. @category Program @since 0.2.0 */
export type ProgramToMarkdownInput = DeepReadonly<z.input<typeof ProgramToMarkdownInputSchema>>

/**
 * A program as Markdown a person can read: a table per week (date, time,
 * session, movements with their starting doses), then the check-ins and the
 * disclaimer. Names come from `options.catalog` (the built-in one by default).
 * With `options.locale`, every word, dose and weekday is written in its
 * language: the built-in movements' names from the locale, an app's own
 * catalog's names as it writes them, the engine's session labels in the
 * locale's words, numbers and weekdays through `Intl`. Dates stay ISO 8601.
 *
 * Every text the input brings (a session's label, a movement's name, the time
 * zone) is escaped: it renders as the same text on one line, and never as
 * HTML, a link (GFM's bare URLs and e-mail addresses included), emphasis, code
 * or another table cell. The rest of each cell is the engine's own words and
 * numbers, and dates and times the schema checked.
 *
 * Returns `Left(InvalidInput)` when `program` does not match ProgramSchema.
 *
 * @example
 * import { NO_RED_FLAGS, buildProgram, programToMarkdown, planRehab } from 'rehab-engine'
 *
 * const plan = planRehab({
 *   intake: { age: 38, redFlags: NO_RED_FLAGS },
 *   assessment: {
 *     date: '2026-11-02',
 *     results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })),
 *   },
 * })
 * if (plan._tag !== 'Right') throw new Error('expected a plan')
 * const program = buildProgram({ start: '2026-11-02', plan: plan.right, options: { weeks: 1 } })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const markdown = programToMarkdown({ program: program.right })
 * assert.equal(markdown._tag, 'Right')
 * if (markdown._tag === 'Right') {
 *   assert.match(markdown.right, /## Week 1: 2026-11-02 to 2026-11-08/)
 *   assert.match(markdown.right, /\| Mon 2026-11-02 \| 08:00 \| Morning rehab \| Back mobility warm-up 1 x 10 per side/)
 * }
 * // Text from the input stays text: HTML in a label is written with entities, a link's brackets escaped.
 * const [first] = program.right.sessions
 * if (first === undefined) throw new Error('expected a session')
 * const labelled = programToMarkdown({ program: { ...program.right, sessions: [{ ...first, label: '<b>[hi](x)</b>' }] } })
 * assert.match(labelled._tag === 'Right' ? labelled.right : '', /\| &lt;b&gt;\\\[hi\\\]\(x\)&lt;\/b&gt; \|/)
 *
 * @category Program
 * @since 0.1.0
 */
export const programToMarkdown: (input: ProgramToMarkdownInput) => Either<InvalidInput, string> = /* @__PURE__ */ guardInput((input) => {
  const parsed = parseExport(input, MarkdownOptionsSchema.optional())
  if (parsed._tag === 'Left') return parsed
  const { program, wording } = parsed.right
  const { words } = wording
  const { start, end, timeZone, sessions, checkIns } = program
  const lines = [`# ${writeSimplePattern(words.title, { start, end, timeZone: escapeMarkdown(timeZone) })}`, '', `> ${words.disclaimer}`, '']
  const days = daysBetween(start, end) + 1
  for (let week = 0; week * 7 < days; week++) {
    const from = addIsoDays(start, week * 7)
    const to = addIsoDays(start, week * 7 + 6)
    lines.push(`## ${writeSimplePattern(words.week, { week: String(week + 1), from, to })}`, '', row([words.date, words.time, words.session, words.movements]), '|---|---|---|---|')
    for (const session of sessions.filter((entry) => entry.date >= from && entry.date <= to)) {
      const items = session.items.map((item) => `${wording.itemName(item, escapeMarkdown)} ${wording.dose(item.dose)}`).join('; ')
      const label = escapeMarkdown(wording.label(session.label))
      lines.push(row([`${wording.weekday(session.date)} ${session.date}`, session.time, session.planned === true ? writeSimplePattern(words.planned, { label }) : label, items]))
    }
    lines.push('')
  }
  lines.push(`## ${words.checkIns}`, '', row([words.date, words.kind]), '|---|---|')
  for (const checkIn of checkIns) lines.push(row([checkIn.date, checkIn.kind === 'check-in' ? words.checkIn : words.reassessment]))
  return right(`${lines.join('\n')}\n`)
})
