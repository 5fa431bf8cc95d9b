import { describe, expect, it } from 'vitest'
import { outcomeReport, type EpisodeEventInput, type OutcomeReport } from '../../src/index.js'
import { outcomeBlocks } from '../../src/cli/outcomeBlocks.js'
import { renderBlocks } from '../../src/cli/render.js'
import { assessmentOn, calmMornings, episodeOf } from '../episode/episodeFixtures.js'
import { voiceOf } from '../../src/cli/voice.js'

const english = voiceOf('en')

const reportOf = (events: readonly EpisodeEventInput[], today: string, baselinePain: number): OutcomeReport => {
  const result = outcomeReport({ episode: episodeOf(events, { baselinePain }), today })
  if (result._tag === 'Left') throw new Error('expected a report')
  return result.right
}

describe('outcomeBlocks', () => {
  it('writes a fall in back pain with its sign, per cent and verdict', () => {
    const text = renderBlocks(outcomeBlocks(reportOf([assessmentOn('2026-11-01'), ...calmMornings('2026-11-02', 7, 2)], '2026-11-08', 5), english), 'md', english)
    expect(text).toContain('| 5/10 | 2/10 (mean of 7 morning checks) | -3 points (-60%) | improved |')
    expect(text).toContain('## Outcome: 2026-11-01 to 2026-11-08, day 8 of the episode')
  })

  it('says so before any morning check, gives a rise its plus sign, and no per cent of a baseline of 0', () => {
    expect(renderBlocks(outcomeBlocks(reportOf([assessmentOn('2026-11-01')], '2026-11-01', 3), english), 'md', english)).toContain('| 3/10 | no morning check yet | - | unknown |')
    expect(renderBlocks(outcomeBlocks(reportOf([assessmentOn('2026-11-01'), ...calmMornings('2026-11-02', 1, 1)], '2026-11-02', 0), english), 'md', english)).toContain(
      '| 0/10 | 1/10 (mean of 1 morning check) | +1 point | unchanged |',
    )
  })

  it('leaves the rungs of a movement never done as dashes', () => {
    const text = renderBlocks(outcomeBlocks(reportOf([assessmentOn('2026-11-01')], '2026-11-01', 3), english), 'table', english)
    expect(text).toMatch(/\nHip bridge {2,}1\/10 {2,}1\/10 {2,}0 {2,}- {2,}- {2,}0\n/)
  })
})
