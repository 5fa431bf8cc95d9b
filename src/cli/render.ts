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

export const referralBlocks = (referral: Referral): Block[] => [
  {
    heading: referral.cause === 'too-few-tolerable' ? 'No plan: see a clinician first' : 'Refer, do not exercise',
    lines: [`Urgency: ${referral.urgency}. ${referral.advice}`, ...bullets(referral.reasons)],
  },
]

export const screeningBlocks = (screening: Screening): Block[] =>
  screening._tag === 'Cleared'
    ? [{ heading: 'Screening', lines: [`No red flags. STarT Back risk: ${screening.risk}.`, ...bullets(screening.reasons)] }]
    : referralBlocks(screening)

export const pausedBlocks = (paused: Pick<Paused, 'movement' | 'variant' | 'resumeOn' | 'substitute' | 'reasons'>, voice: Voice): Block[] => [
  {
    heading: `Paused: ${voice.name(paused.movement, paused.variant)}`,
    lines: [
      `Do not do it before ${paused.resumeOn}.`,
      ...(paused.substitute === undefined ? [] : [`Instead: ${voice.name(paused.substitute.movement, paused.substitute.variant)} (scored ${paused.substitute.pain}/10).`]),
      ...bullets(paused.reasons),
    ],
  },
]

/** What each posture finding is, in a table cell. */
const FINDINGS: Readonly<Record<NonNullable<RehabSelection['correctives']>[number]['finding'], string>> = {
  anteriorPelvicTilt: 'a forward-tipped pelvis',
  lateralPelvicTilt: 'one hip higher than the other',
}

export const selectionBlocks = (selection: RehabSelection, voice: Voice): Block[] => [
  {
    heading: `Chosen movements (pain ceiling ${selection.painCeiling}/10)`,
    headers: ['Movement', 'Pain', 'Start at', 'Work up to', 'How often'],
    rows: selection.selected.map((item) => [
      voice.name(item.movement, item.variant),
      `${item.pain}/10`,
      voice.dose(item.start),
      `${item.reps.min}-${item.reps.max} reps, ${item.sets.min}-${item.sets.max} sets`,
      `${item.timesPerDay} times a day`,
    ]),
  },
  ...(selection.correctives === undefined || selection.correctives.length === 0
    ? []
    : [
        {
          heading: 'Posture correctives (the trainer\'s approach)',
          headers: ['Movement', 'For', 'Start at', 'How often'],
          rows: selection.correctives.map((corrective) => [
            voice.name(corrective.movement),
            FINDINGS[corrective.finding],
            voice.dose(corrective.start),
            corrective.timesPerDay === 1 ? 'once a day' : `${corrective.timesPerDay} times a day`,
          ]),
        },
      ]),
  ...(selection.excluded.length === 0
    ? []
    : [
        {
          heading: 'Left out',
          headers: ['Movement', 'Pain', 'Why'],
          rows: selection.excluded.map((item) => [
            voice.name(item.movement, item.variant),
            `${item.pain}/10`,
            item.reason.rule === 'pain-ceiling' ? `above the ceiling of ${item.reason.limit}/10` : 'the chosen set covers more, or as much with less pain',
          ]),
        },
      ]),
  { heading: 'Why', lines: bullets(selection.reasons) },
]

export const verdictBlocks = (verdict: CeilingVerdict, voice: Voice): Block[] => [
  {
    heading: 'Ceiling',
    lines: [
      `Zone: ${verdict.zone}. Action: ${verdict.action}.${verdict.flareUp ? ' A flare-up in the last 7 days.' : ''}`,
      ...(verdict.progressionLockedUntil === undefined ? [] : [`No progression before ${verdict.progressionLockedUntil}.`]),
    ],
  },
  ...(verdict.movements.length === 0
    ? []
    : [{ heading: 'Movements', headers: ['Movement', 'Zone', 'Action'], rows: verdict.movements.map((entry) => [voice.name(entry.movement, entry.variant), entry.zone, entry.action]) }]),
  { heading: 'Why', lines: bullets([...verdict.reasons, ...verdict.movements.flatMap((entry) => entry.reasons)]) },
]

/** A dose decision from logs, or one movement's item of an episode's day: dosed (its status), or paused (no dose, ever). */
export const decisionBlocks = (decision: DoseDecision | DosedItem | PausedItem, voice: Voice): Block[] => {
  if ('status' in decision && decision.status === 'paused') return pausedBlocks(decision, voice)
  const step = 'status' in decision ? `Status: ${decision.status}` : `Action: ${decision.action}`
  return [
    {
      heading: `Next dose: ${voice.name(decision.movement, decision.variant)}`,
      lines: [
        `${step}. Dose: ${voice.dose(decision.dose)}. Not before ${decision.nextEarliest}.`,
        ...(decision.advanceTo === undefined ? [] : [`Next: ${voice.name(decision.advanceTo.movement, decision.advanceTo.variant)}.`]),
        ...(decision.harderForm === undefined ? [] : [`At the next reassessment, try: ${voice.name(decision.harderForm.movement, decision.harderForm.variant)}.`]),
      ],
    },
    { heading: 'Why', lines: bullets(decision.reasons) },
  ]
}

export const programBlocks = (program: Program, week: number | undefined, voice: Voice): Block[] => {
  const weeks = Math.round((Date.parse(program.end) - Date.parse(program.start)) / 86_400_000 + 1) / 7
  const shown = week === undefined ? Array.from({ length: weeks }, (_, index) => index + 1) : [week]
  return [
    { heading: 'Program', lines: [`${program.start} to ${program.end}, ${program.timeZone}.`, ...bullets(program.reasons)] },
    ...shown.map((number) => {
      const from = new Date(Date.parse(program.start) + (number - 1) * 7 * 86_400_000).toISOString().slice(0, 10)
      const to = new Date(Date.parse(program.start) + ((number - 1) * 7 + 6) * 86_400_000).toISOString().slice(0, 10)
      return {
        heading: `Week ${number}: ${from} to ${to}`,
        headers: ['Date', 'Time', 'Session', 'Movements'],
        rows: program.sessions
          .filter((session) => session.date >= from && session.date <= to)
          .map((session) => [
            session.date,
            session.time,
            session.planned === true ? `${session.label} (planned)` : session.label,
            session.items.map((item) => `${voice.name(item.movement, item.variant)} ${voice.dose(item.dose)}`).join('; '),
          ]),
      }
    }),
    { heading: 'Check-ins', headers: ['Date', 'Kind'], rows: program.checkIns.map((checkIn) => [checkIn.date, checkIn.kind]) },
  ]
}

export const catalogBlocks = (catalog: Catalog, voice: Voice): Block[] => [
  {
    heading: 'Catalog',
    headers: ['Id', 'Name', 'Roles', 'Focus', 'Source'],
    rows: catalog.map((movement) => [movement.id, voice.name(movement.id), movement.roles.join(', '), movement.focus.join(', '), movement.source.split(':')[0]!]),
  },
]
