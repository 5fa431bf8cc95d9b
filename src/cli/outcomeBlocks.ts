import type { OutcomeReport } from '../index.js'
import { percentOf } from './dayPlanBlocks.js'
import { bullets, type Block } from './render.js'
import type { Voice } from './voice.js'

const signed = (value: number): string => (value > 0 ? `+${value}` : String(value))
const painOf = (pain: number | undefined): string => (pain === undefined ? '-' : `${pain}/10`)
const rungOf = (rung: number | undefined): string => (rung === undefined ? '-' : String(rung))

/** Usual back pain at the start and now, the change and what it means, as one row a person can read. */
const backPainRow = ({ backPain }: OutcomeReport): string[] => {
  const { baseline, now, mornings, change, changePercent, verdict } = backPain
  const nowText = now === undefined ? 'no morning check yet' : `${now}/10 (mean of ${mornings} morning check${mornings === 1 ? '' : 's'})`
  const points = change === undefined ? '' : `${signed(change)} point${Math.abs(change) === 1 ? '' : 's'}`
  const changeText = change === undefined ? '-' : changePercent === undefined ? points : `${points} (${signed(changePercent)}%)`
  return [`${baseline}/10`, nowText, changeText, verdict]
}

/** The outcome report as a person reads it: back pain, each movement over the episode, and the week. */
export const outcomeBlocks = (report: OutcomeReport, voice: Voice): Block[] => [
  {
    heading: `Outcome: ${report.start} to ${report.date}, day ${report.daysSinceStart + 1} of the episode`,
    headers: ['Usual back pain at the start', 'Now', 'Change', 'Verdict'],
    rows: [backPainRow(report)],
  },
  {
    heading: 'Each movement',
    headers: ['Movement', 'Pain first', 'Pain latest', 'Sessions', 'Rung first', 'Rung latest', 'Rungs climbed'],
    rows: report.movements.map((row) => [
      voice.name(row.movement, row.variant),
      painOf(row.firstPain),
      painOf(row.latestPain),
      String(row.sessions),
      rungOf(row.firstRung),
      rungOf(row.latestRung),
      String(row.rungsClimbed),
    ]),
  },
  {
    heading: `Done against asked, ${report.adherence.from} to ${report.adherence.through}`,
    lines: [
      `${report.adherence.done} of ${report.adherence.prescribed} (${percentOf(report.adherence.share)}), ${report.adherence.skipped} skipped; ${report.sessions} sessions logged in all.`,
      ...bullets(report.reasons),
    ],
  },
]
