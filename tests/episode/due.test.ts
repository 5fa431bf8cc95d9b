import { describe, expect, it } from 'vitest'
import { decideDay, type EpisodeEventInput } from '../../src/index.js'
import { shiftDate } from '../arbitraries/logs.js'
import { assessmentOn, episodeOf } from './episodeFixtures.js'

const START = '2026-11-02'

const dueOn = (events: readonly EpisodeEventInput[], offset: number) => {
  const decision = decideDay({ episode: episodeOf(events), today: shiftDate(START, offset) })
  if (decision._tag === 'Left') throw new Error(`expected a plan, got ${JSON.stringify(decision.left)}`)
  return decision.right.due
}

describe('decideDay: check-ins and reassessments due', () => {
  it('lists the reassessment from 14 days after the latest assessment until the next one', () => {
    const first = [assessmentOn(START)]
    expect(dueOn(first, 13)).toEqual([])
    expect(dueOn(first, 14)).toEqual([{ date: shiftDate(START, 14), kind: 'reassessment' }])
    // Still due, from the day it fell due, until an assessment.
    expect(dueOn(first, 20)).toEqual([{ date: shiftDate(START, 14), kind: 'reassessment' }])
    const again = [...first, assessmentOn(shiftDate(START, 20))]
    expect(dueOn(again, 20)).toEqual([])
    expect(dueOn(again, 33)).toEqual([])
    expect(dueOn(again, 34)).toEqual([{ date: shiftDate(START, 34), kind: 'reassessment' }])
  })

  it('lists the check-in on day 57 of the episode, counted from the first assessment, on that day', () => {
    const events = [assessmentOn(START), assessmentOn(shiftDate(START, 50))]
    expect(dueOn(events, 55)).toEqual([])
    expect(dueOn(events, 56)).toEqual([{ date: shiftDate(START, 56), kind: 'check-in' }])
    expect(dueOn(events, 57)).toEqual([])
  })
})
