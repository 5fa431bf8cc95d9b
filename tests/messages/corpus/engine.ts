// Reasons from the engine's public functions over a broad spread of inputs: fixed examples and seeded
// samples of the property tests' arbitraries, so the corpus is the same on every run.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import {
  BUILT_IN_CATALOG,
  NO_RED_FLAGS,
  RED_FLAGS,
  buildProgram,
  decideDay,
  evaluateCeiling,
  outcomeReport,
  planRehab,
  replayEpisode,
  screenIntake,
  simulateProgression,
  type EpisodeInput,
  type Reason,
} from '../../../src/index.js'
import { episodeArbitrary, START } from '../../arbitraries/episode.js'
import { ceilingInputArbitrary } from '../../arbitraries/logs.js'
import { PLANS } from '../../arbitraries/program.js'
import { reasonsIn } from './collect.js'

const SEED = 20261201
const ROOT = join(import.meta.dirname, '../../..')
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

export const engineReasons = (): Reason[] => {
  const found: Reason[] = []
  const collect = (value: unknown) => reasonsIn(value, found)
  const clear = { age: 38, redFlags: NO_RED_FLAGS }
  for (const flag of RED_FLAGS) collect(screenIntake({ ...clear, redFlags: { ...NO_RED_FLAGS, [flag.id]: true } }))
  collect(screenIntake(clear))
  const assessable = BUILT_IN_CATALOG.filter((movement) => movement.roles.includes('assessment'))
  for (const pains of [[1, 1, 1, 1, 1, 1], [0, 4, 2, 5, 1, 3], [5, 5, 5, 1, 1, 6], [3, 2, 1, 0, 8, 2]]) {
    const results = assessable.slice(0, pains.length).map((movement, index) => ({ movement: movement.id, pain: pains[index]! }))
    collect(planRehab({ intake: clear, assessment: { date: START, results } }))
  }
  for (const input of fc.sample(ceilingInputArbitrary, { seed: SEED, numRuns: 300 })) collect(evaluateCeiling(input))
  for (const movement of assessable.slice(0, 8))
    for (const painDuring of [1, 4, 6, 8]) collect(simulateProgression({ intake: clear, movement: movement.id, start: START, weeks: 4, baselinePain: 2, response: { painDuring } }))
  for (const plan of PLANS) collect(buildProgram({ start: START, plan, options: { weeks: 2 } }))
  const example = JSON.parse(readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')) as EpisodeInput
  collect(replayEpisode({ episode: example, through: '2026-11-20' }))
  collect(outcomeReport({ episode: example, today: '2026-11-20' }))
  for (const { episode, days } of fc.sample(episodeArbitrary(), { seed: SEED, numRuns: 120 })) {
    collect(decideDay({ episode, today: addDays(START, days) }))
    collect(outcomeReport({ episode, today: addDays(START, days) }))
  }
  return found
}
