// Random histories of one ladder movement, done at rungs of its own ladder, among other movements' sessions.
import fc from 'fast-check'
import { BUILT_IN_LADDERS, type Dose, type Ladder, type NextDoseInput, type SessionLog } from '../../src/index.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'
import { morningsArbitrary, sessionArbitrary, shiftDate, TODAY } from '../arbitraries/logs.js'
import { CATALOG } from './progressionCases.js'

/** Movements with a ladder of each kind: advance, stay, load step and the rehab ladder, with and without sides and variants. */
export const LADDER_MOVEMENTS = [
  { movement: 'deadbug' },
  { movement: 'hip-thrust' },
  { movement: 'thoracic-press' },
  { movement: 'back-mobility-warm-up' },
  { movement: 'hip-bridge' },
  { movement: 'bird-dog' },
  { movement: 'kettlebell-walk', variant: 'overhead' },
] as const

export const ladderFor = (movement: string): Ladder => {
  const ladder = (BUILT_IN_LADDERS as Record<string, Ladder>)[movement] ?? CATALOG.byId.get(movement)?.ladder
  if (ladder === undefined) throw new Error(`no ladder for ${movement}`)
  return ladder
}

const withoutLoad = (dose: Dose): Dose => {
  if (dose.kind !== 'reps' || dose.loadKg === undefined) return dose
  const { loadKg: _loadKg, ...rest } = dose
  return rest
}

/** The index of the rung a dose is, load aside; -1 for a dose that is no rung. */
export const rungIndex = (ladder: Ladder, dose: Dose): number =>
  ladder.rungs.findIndex((rung) => JSON.stringify(rung) === JSON.stringify(withoutLoad(dose)))

/** Mostly low pain, sometimes anything, so most histories are green and enough are not. */
const pain = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 10 }) })

export type HistoryCase = NextDoseInput & { readonly sessions: readonly SessionLog[] }

/**
 * A nextDose input: the movement's own sessions at rungs of its ladder (at most one per day and hour, so no two
 * tie in time), with a load on some thoracic presses, and other movements' sessions around them.
 */
export const historyArbitrary: fc.Arbitrary<HistoryCase> = fc.constantFrom(...LADDER_MOVEMENTS).chain((subject) => {
  const ladder = ladderFor(subject.movement)
  const own = fc
    .record({
      slot: fc.record({ offset: fc.integer({ min: -20, max: 0 }), hour: fc.integer({ min: 6, max: 21 }) }),
      rung: fc.integer({ min: 0, max: ladder.rungs.length - 1 }),
      completed: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      painDuring: pain,
      painAfter: fc.option(pain, { nil: undefined }),
      loadKg: fc.option(fc.constantFrom(4, 10, 22.5), { nil: undefined }),
    })
    .map(({ slot, rung, completed, painDuring, painAfter, loadKg }): SessionLog => {
      const dose = ladder.rungs[rung]!
      return {
        date: shiftDate(TODAY, slot.offset),
        time: `${String(slot.hour).padStart(2, '0')}:00`,
        ...subject,
        performed: dose.kind === 'reps' && loadKg !== undefined && ladder.afterTop.kind === 'load-step' ? { ...dose, loadKg } : dose,
        completed,
        painDuring,
        ...(painAfter === undefined ? {} : { painAfter }),
      }
    })
  const others = fc.array(sessionArbitrary, { maxLength: 8 }).map((sessions) => sessions.filter((other) => other.movement !== subject.movement))
  return fc
    .record({
      own: fc.uniqueArray(own, { maxLength: 12, selector: (entry) => `${entry.date} ${entry.time}` }),
      others,
      mornings: morningsArbitrary,
      baselinePain: fc.integer({ min: 0, max: 4 }),
    })
    .map(({ own: ownSessions, others: otherSessions, mornings, baselinePain }) => ({
      intake: CLEAR_INTAKE,
      ...subject,
      sessions: [...ownSessions, ...otherSessions],
      mornings,
      baselinePain,
      today: TODAY,
    }))
})

/** The movement's own latest session, in the engine's order: date, then time, then content. */
export const lastOwnSession = (input: HistoryCase): SessionLog | undefined => {
  const variant = 'variant' in input ? input.variant : undefined
  const key = (session: SessionLog) => `${session.date} ${session.time ?? ''} ${JSON.stringify(session)}`
  return input.sessions
    .filter((session) => session.movement === input.movement && session.variant === variant)
    .reduce<SessionLog | undefined>((latest, session) => (latest === undefined || key(session) > key(latest) ? session : latest), undefined)
}
