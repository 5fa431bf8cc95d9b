import { describe, expect, it } from 'vitest'
import { BUILT_IN_LADDERS, nextDose, type Ladder, type SessionLog } from '../../../src/index.js'
import { earliestNext } from '../../../src/progression/steps/frequency.js'
import { calmMornings, CATALOG, day, hold, reps, session, TODAY } from '../../support/progressionCases.js'
import { CLEAR_INTAKE } from '../../arbitraries/intake.js'

const deadbug = BUILT_IN_LADDERS.deadbug as Ladder
const press = BUILT_IN_LADDERS['thoracic-press'] as Ladder
const rehab = CATALOG.byId.get('hip-bridge')!.ladder!

const bridgeAt = (offset: number, time: string): SessionLog => session(offset, 'hip-bridge', reps(1, 5), { time })
const deadbugOn = (...offsets: number[]): SessionLog[] => offsets.map((offset) => session(offset, 'deadbug', hold(20)))
const latest = (own: readonly SessionLog[]): SessionLog => own.reduce((a, b) => (a.date >= b.date ? a : b))

describe('earliestNext: a rehab movement, three times a day (seed 001)', () => {
  it('allows more today while today has fewer than three sessions', () => {
    const two = [bridgeAt(0, '08:00'), bridgeAt(0, '13:00')]
    expect(earliestNext(rehab, two, two[1]!, TODAY)).toBe(TODAY)
  })

  it('moves to tomorrow once today has its three sessions', () => {
    const three = [bridgeAt(0, '08:00'), bridgeAt(0, '13:00'), bridgeAt(0, '19:00')]
    expect(earliestNext(rehab, three, three[2]!, TODAY)).toBe(day(1))
  })

  it('counts only today\'s sessions against the three a day', () => {
    const own = [bridgeAt(-1, '13:00'), bridgeAt(-1, '19:00'), bridgeAt(0, '08:00')]
    expect(earliestNext(rehab, own, own[2]!, TODAY)).toBe(TODAY)
  })

  it('allows today after a session yesterday or earlier', () => {
    expect(earliestNext(rehab, [bridgeAt(-1, '19:00')], bridgeAt(-1, '19:00'), TODAY)).toBe(TODAY)
    expect(earliestNext(rehab, [bridgeAt(-4, '19:00')], bridgeAt(-4, '19:00'), TODAY)).toBe(TODAY)
  })
})

describe('earliestNext: the deadbug, 1-3 times a week and never on consecutive days (seed 000, domain section 5)', () => {
  it('waits a rest day after a session today, once today has its one session', () => {
    const own = deadbugOn(0)
    expect(earliestNext(deadbug, own, own[0]!, TODAY)).toBe(day(2))
  })

  it('waits a rest day after a session yesterday, rather than allowing today', () => {
    const own = deadbugOn(-1)
    expect(earliestNext(deadbug, own, own[0]!, TODAY)).toBe(day(1))
  })

  it('allows today two days after the last session', () => {
    const own = deadbugOn(-2)
    expect(earliestNext(deadbug, own, own[0]!, TODAY)).toBe(TODAY)
  })

  it('never plans a fourth day in seven: the next waits a week after the third-latest day', () => {
    const own = deadbugOn(-5, -3, -1)
    expect(earliestNext(deadbug, own, latest(own), TODAY)).toBe(day(2))
    const earlier = deadbugOn(-6, -4, -2)
    expect(earliestNext(deadbug, earlier, latest(earlier), TODAY)).toBe(day(1))
  })

  it('lets two days in the week pass at the rest-day rule alone', () => {
    const own = deadbugOn(-3, -1)
    expect(earliestNext(deadbug, own, latest(own), TODAY)).toBe(day(1))
  })

  it('counts two sessions on one day as one session day', () => {
    const own = deadbugOn(-6, -3, -1, -1)
    expect(earliestNext(deadbug, own, latest(own), TODAY)).toBe(day(1))
  })

  it('reads the days in date order, whatever order the logs came in', () => {
    const own = deadbugOn(-1, -3, -6)
    expect(earliestNext(deadbug, own, own[0]!, TODAY)).toBe(day(1))
    const crowded = deadbugOn(-1, -5, -3)
    expect(earliestNext(deadbug, crowded, crowded[0]!, TODAY)).toBe(day(2))
  })

  it('leaves days not before the earliest date out of the weekly count', () => {
    // A log at or after the earliest date is not a day before it: only the two days before count.
    const own = deadbugOn(-6, -4, 2)
    expect(earliestNext(deadbug, own, own[1]!, TODAY)).toBe(TODAY)
  })
})

describe('earliestNext: the thoracic press, twice a week (seed 000)', () => {
  it('waits a week after the second-latest day once two days fall in the week', () => {
    const own = [session(-5, 'thoracic-press', reps(2, 8)), session(-1, 'thoracic-press', reps(2, 9))]
    expect(earliestNext(press, own, own[1]!, TODAY)).toBe(day(2))
  })

  it('waits only the rest day when the week before holds one session', () => {
    const own = [session(-8, 'thoracic-press', reps(2, 8)), session(-1, 'thoracic-press', reps(2, 9))]
    expect(earliestNext(press, own, own[1]!, TODAY)).toBe(day(1))
  })
})

describe('nextDose keeps the frequency in nextEarliest', () => {
  const decide = (movement: string, sessions: SessionLog[]) => {
    const result = nextDose({ intake: CLEAR_INTAKE, movement, sessions, mornings: calmMornings(-6, -5, -4, -3, -2, -1, 0), baselinePain: 1, today: TODAY })
    return result._tag === 'Right' ? result.right.nextEarliest : result.left._tag
  }

  it('schedules the deadbug two days on, and a week after the third day of a full week', () => {
    expect(decide('deadbug', deadbugOn(0))).toBe(day(2))
    expect(decide('deadbug', deadbugOn(-5, -3, -1))).toBe(day(2))
  })

  it('allows a third rehab session today, then tomorrow', () => {
    expect(decide('hip-bridge', [bridgeAt(0, '07:00'), bridgeAt(0, '08:00')])).toBe(TODAY)
    expect(decide('hip-bridge', [bridgeAt(0, '07:00'), bridgeAt(0, '08:00'), bridgeAt(0, '09:00')])).toBe(day(1))
  })
})
