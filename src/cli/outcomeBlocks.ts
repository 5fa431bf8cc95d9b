import type { OutcomeReport } from '../index.js'
import { percentOf } from './dayPlanBlocks.js'
import { bullets, type Block } from './render.js'
import type { Voice } from './voice.js'

const signed = (value: number, voice: Voice): string => (value > 0 ? `+${voice.number(value)}` : voice.number(value))
const painOf = (pain: number | undefined, voice: Voice): string => (pain === undefined ? '-' : `${voice.number(pain)}/10`)
const rungOf = (rung: number | undefined): string => (rung === undefined ? '-' : String(rung))

/** Usual back pain at the start and now, the change and what it means, as one row a person can read. */
const backPainRow = ({ backPain }: OutcomeReport, voice: Voice): string[] => {
  const { words } = voice
  const { baseline, now, mornings, change, changePercent, verdict } = backPain
  const nowText = now === undefined ? words.noMorningYet : words.meanOf(voice.number(now), mornings)
  const points = change === undefined ? '' : words.points(signed(change, voice), Math.abs(change))
  const changeText = change === undefined ? '-' : changePercent === undefined ? points : `${points} (${signed(changePercent, voice)}%)`
  return [`${voice.number(baseline)}/10`, nowText, changeText, words.verdicts[verdict]]
}

/** The outcome report as a person reads it: back pain, each movement over the episode, and the week. */
export const outcomeBlocks = (report: OutcomeReport, voice: Voice): Block[] => {
  const { words } = voice
  const { columns, adherenceLine } = words
  const { adherence } = report
  return [
    {
      heading: words.outcome(report.start, report.date, report.daysSinceStart + 1),
      headers: [columns.usualPain, columns.now, columns.change, columns.verdict],
      rows: [backPainRow(report, voice)],
    },
    {
      heading: words.eachMovement,
      headers: [columns.movement, columns.painFirst, columns.painLatest, columns.sessions, columns.rungFirst, columns.rungLatest, columns.rungsClimbed],
      rows: report.movements.map((row) => [
        voice.name(row.movement, row.variant),
        painOf(row.firstPain, voice),
        painOf(row.latestPain, voice),
        String(row.sessions),
        rungOf(row.firstRung),
        rungOf(row.latestRung),
        String(row.rungsClimbed),
      ]),
    },
    {
      heading: words.adherenceHeading(adherence.from, adherence.through),
      lines: [
        `${adherenceLine(adherence.done, adherence.prescribed, percentOf(adherence.share, voice), adherence.skipped)}; ${words.sessionsLogged(report.sessions)}.`,
        ...bullets(report.reasons),
      ],
    },
  ]
}
