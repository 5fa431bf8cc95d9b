import { getISODay, parseISO } from 'date-fns'
import type { Catalog } from '../catalog/movements.js'
import { resolveCatalog } from '../internal/resolveCatalog.js'
import { left, right, type Either } from '../internal/either.js'
import { addIsoDays } from '../internal/isoDays.js'
import { invalidInput, parseInput } from '../internal/parseInput.js'
import { describeDose } from '../shared/describeDose.js'
import { DISCLAIMER } from '../shared/disclaimer.js'
import type { InvalidInput } from '../shared/invalidInput.js'
import { ProgramSchema, type Program, type ProgramItem } from './program.js'

const SHORT_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
const DAY_MS = 86_400_000

/** A movement's name from the catalog, its variant's name after a colon; the id when the catalog lacks it. */
export const itemName = (item: ProgramItem, catalog: Catalog): string => {
  const movement = catalog.find((entry) => entry.id === item.movement)
  const name = movement?.name ?? item.movement
  if (item.variant === undefined) return name
  return `${name}: ${movement?.variants.find((variant) => variant.id === item.variant)?.name ?? item.variant}`
}

/** Pipes would end a Markdown table cell early. */
const cell = (text: string) => text.replaceAll('|', '\\|')

/**
 * A program as Markdown a person can read: a table per week (date, time,
 * session, movements with their starting doses), then the check-ins and the
 * disclaimer. Names come from `catalog` (the built-in one by default).
 *
 * Returns `Left(InvalidInput)` when `program` does not match ProgramSchema.
 *
 * @example
 * import { buildProgram, programToMarkdown, selectRehabMovements } from 'rehab-engine'
 *
 * const selection = selectRehabMovements({
 *   date: '2026-11-02',
 *   results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })),
 * })
 * if (selection._tag !== 'Right') throw new Error('expected a selection')
 * const program = buildProgram({ start: '2026-11-02', weeks: 1, selection: selection.right })
 * if (program._tag !== 'Right') throw new Error('expected a program')
 * const markdown = programToMarkdown(program.right)
 * assert.equal(markdown._tag, 'Right')
 * if (markdown._tag === 'Right') {
 *   assert.match(markdown.right, /## Week 1: 2026-11-02 to 2026-11-08/)
 *   assert.match(markdown.right, /\| Mon 2026-11-02 \| 08:00 \| Morning rehab \| Back mobility warm-up 1 x 10 per side/)
 * }
 *
 * @category Program
 * @since 0.1.0
 */
export const programToMarkdown = (program: Program, options?: { readonly catalog?: Catalog }): Either<InvalidInput, string> => {
  const parsed = parseInput(ProgramSchema, program)
  const resolved = resolveCatalog(options?.catalog, ['options', 'catalog'])
  if (parsed._tag === 'Left' || resolved._tag === 'Left') {
    return left(invalidInput([...(parsed._tag === 'Left' ? parsed.left : []), ...(resolved._tag === 'Left' ? resolved.left : [])]))
  }
  const catalog = resolved.right.movements
  const { start, end, timeZone, sessions, checkIns } = parsed.right
  const lines = [`# Rehab program: ${start} to ${end} (${timeZone})`, '', `> ${DISCLAIMER}`, '']
  const days = (Date.parse(end) - Date.parse(start)) / DAY_MS + 1
  for (let week = 0; week * 7 < days; week++) {
    const from = addIsoDays(start, week * 7)
    const to = addIsoDays(start, week * 7 + 6)
    lines.push(`## Week ${week + 1}: ${from} to ${to}`, '', '| Date | Time | Session | Movements |', '|---|---|---|---|')
    for (const session of sessions.filter((entry) => entry.date >= from && entry.date <= to)) {
      const day = SHORT_DAYS[getISODay(parseISO(session.date)) - 1]
      const items = session.items.map((item) => `${itemName(item, catalog)} ${describeDose(item.dose)}`).join('; ')
      lines.push(`| ${day} ${session.date} | ${session.time} | ${cell(session.label)} | ${cell(items)} |`)
    }
    lines.push('')
  }
  lines.push('## Check-ins', '', '| Date | Kind |', '|---|---|')
  for (const checkIn of checkIns) lines.push(`| ${checkIn.date} | ${checkIn.kind === 'check-in' ? 'End-of-program check-in' : 'Reassessment'} |`)
  return right(`${lines.join('\n')}\n`)
}
