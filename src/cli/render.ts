import {
  type Catalog,
  type CeilingVerdict,
  type DoseDecision,
  type DosedItem,
  type PausedItem,
  type Paused,
  type Program,
  type Reason,
  type Referral,
  type RehabSelection,
  type Screening,
} from '../index.js'
import { markdownLine, markdownText } from './markdownText.js'
import { markdownTable, textTable } from './textTable.js'
import type { Voice } from './voice.js'

/** A readable document: headed blocks of lines or tables, written as text or Markdown. */
export type Block =
  | { readonly heading?: string; readonly lines: readonly string[] }
  | { readonly heading?: string; readonly headers: readonly string[]; readonly rows: readonly (readonly string[])[] }

export type ReadableFormat = 'table' | 'md'

/** Blocks as text or Markdown, the disclaimer last in the voice's language. */
export const renderBlocks = (blocks: readonly Block[], format: ReadableFormat, voice: Voice): string =>
  [...blocks, { lines: [voice.disclaimer] }]
    .map((block) => {
      const heading = block.heading === undefined ? [] : format === 'md' ? [`## ${markdownText(block.heading)}`, ''] : [block.heading]
      const body =
        'lines' in block
          ? (format === 'md' ? block.lines.map(markdownLine) : block.lines).join('\n')
          : format === 'md'
            ? markdownTable(block.headers, block.rows)
            : textTable(block.headers, block.rows)
      return [...heading, body].join('\n')
    })
    .join('\n\n')

export const bullets = (reasons: readonly Reason[]): string[] => reasons.map((reason) => `- ${reason.message}`)

export const referralBlocks = (referral: Referral, { words }: Voice): Block[] => [
  {
    heading: referral.cause === 'too-few-tolerable' ? words.noPlan : words.refer,
    lines: [words.urgencyLine(words.urgencies[referral.urgency], referral.advice), ...bullets(referral.reasons)],
  },
]

export const screeningBlocks = (screening: Screening, voice: Voice): Block[] =>
  screening._tag === 'Cleared'
    ? [{ heading: voice.words.screening, lines: [voice.words.cleared(voice.words.risks[screening.risk]), ...bullets(screening.reasons)] }]
    : referralBlocks(screening, voice)

export const pausedBlocks = (paused: Pick<Paused, 'movement' | 'variant' | 'resumeOn' | 'substitute' | 'reasons'>, voice: Voice): Block[] => [
  {
    heading: voice.words.paused(voice.name(paused.movement, paused.variant)),
    lines: [
      voice.words.notBefore(paused.resumeOn),
      ...(paused.substitute === undefined ? [] : [voice.words.instead(voice.name(paused.substitute.movement, paused.substitute.variant), paused.substitute.pain)]),
      ...bullets(paused.reasons),
    ],
  },
]

export const selectionBlocks = (selection: RehabSelection, voice: Voice): Block[] => {
  const { words } = voice
  const { columns } = words
  return [
  {
    heading: words.chosen(selection.painCeiling),
    headers: [columns.movement, columns.pain, columns.startAt, columns.workUpTo, columns.howOften],
    rows: selection.selected.map((item) => [
      voice.name(item.movement, item.variant),
      `${item.pain}/10`,
      voice.dose(item.start),
      words.range(item.reps.min, item.reps.max, item.sets.min, item.sets.max),
      words.timesADay(item.timesPerDay),
    ]),
  },
  ...(selection.correctives === undefined || selection.correctives.length === 0
    ? []
    : [
        {
          heading: words.correctives,
          headers: [columns.movement, columns.for, columns.startAt, columns.howOften],
          rows: selection.correctives.map((corrective) => [
            voice.name(corrective.movement),
            words.findings[corrective.finding],
            voice.dose(corrective.start),
            words.timesADay(corrective.timesPerDay),
          ]),
        },
      ]),
  ...(selection.excluded.length === 0
    ? []
    : [
        {
          heading: words.leftOut,
          headers: [columns.movement, columns.pain, columns.why],
          rows: selection.excluded.map((item) => [
            voice.name(item.movement, item.variant),
            `${item.pain}/10`,
            item.reason.rule === 'pain-ceiling' ? words.aboveCeiling(Number(item.reason.limit)) : words.coveredBetter,
          ]),
        },
      ]),
  { heading: words.why, lines: bullets(selection.reasons) },
]
}

export const verdictBlocks = (verdict: CeilingVerdict, voice: Voice): Block[] => {
  const { words } = voice
  const row = (entry: CeilingVerdict['movements'][number]) => [voice.name(entry.movement, entry.variant), words.zones[entry.zone], words.actions[entry.action]]
  return [
    {
      heading: words.ceiling,
      lines: [
        words.zoneLine(words.zones[verdict.zone], words.actions[verdict.action], verdict.flareUp),
        ...(verdict.progressionLockedUntil === undefined ? [] : [words.lockedUntil(verdict.progressionLockedUntil)]),
      ],
    },
    ...(verdict.movements.length === 0 ? [] : [{ heading: words.movements, headers: [words.columns.movement, words.columns.zone, words.columns.action], rows: verdict.movements.map(row) }]),
    { heading: words.why, lines: bullets([...verdict.reasons, ...verdict.movements.flatMap((entry) => entry.reasons)]) },
  ]
}

/** A dose decision from logs, or one movement's item of an episode's day: dosed (its status), or paused (no dose, ever). */
export const decisionBlocks = (decision: DoseDecision | DosedItem | PausedItem, voice: Voice): Block[] => {
  if ('status' in decision && decision.status === 'paused') return pausedBlocks(decision, voice)
  const { words } = voice
  const step = 'status' in decision ? words.statusStep(words.statuses[decision.status]) : words.actionStep(words.statuses[decision.action])
  return [
    {
      heading: words.nextDose(voice.name(decision.movement, decision.variant)),
      lines: [
        words.doseLine(step, voice.dose(decision.dose), decision.nextEarliest),
        ...(decision.advanceTo === undefined ? [] : [words.next(voice.name(decision.advanceTo.movement, decision.advanceTo.variant))]),
        ...(decision.harderForm === undefined ? [] : [words.tryHarder(voice.name(decision.harderForm.movement, decision.harderForm.variant))]),
      ],
    },
    { heading: words.why, lines: bullets(decision.reasons) },
  ]
}

export const programBlocks = (program: Program, week: number | undefined, voice: Voice): Block[] => {
  const weeks = Math.round((Date.parse(program.end) - Date.parse(program.start)) / 86_400_000 + 1) / 7
  const shown = week === undefined ? Array.from({ length: weeks }, (_, index) => index + 1) : [week]
  const { words } = voice
  const { columns } = words
  return [
    { heading: words.program, lines: [words.programLine(program.start, program.end, program.timeZone), ...bullets(program.reasons)] },
    ...shown.map((number) => {
      const from = new Date(Date.parse(program.start) + (number - 1) * 7 * 86_400_000).toISOString().slice(0, 10)
      const to = new Date(Date.parse(program.start) + ((number - 1) * 7 + 6) * 86_400_000).toISOString().slice(0, 10)
      return {
        heading: words.week(number, from, to),
        headers: [columns.date, columns.time, columns.session, columns.movements],
        rows: program.sessions
          .filter((session) => session.date >= from && session.date <= to)
          .map((session) => [
            session.date,
            session.time,
            session.planned === true ? words.planned(voice.label(session.label)) : voice.label(session.label),
            session.items.map((item) => `${voice.name(item.movement, item.variant)} ${voice.dose(item.dose)}`).join('; '),
          ]),
      }
    }),
    { heading: words.checkIns, headers: [columns.date, columns.kind], rows: program.checkIns.map((checkIn) => [checkIn.date, words.kinds[checkIn.kind]]) },
  ]
}

export const catalogBlocks = (catalog: Catalog, voice: Voice): Block[] => [
  {
    heading: voice.words.catalog,
    headers: ((columns) => [columns.id, columns.name, columns.roles, columns.focus, columns.source])(voice.words.columns),
    rows: catalog.map((movement) => [movement.id, voice.name(movement.id), movement.roles.join(', '), movement.focus.join(', '), movement.source.split(':')[0]!]),
  },
]
