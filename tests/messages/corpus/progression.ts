// Reasons of the progression rules that the broad sample in engine.ts does not reach: every shape of each
// message, through nextDose where a case reaches it and through the inner steps where none does.
import { NO_RED_FLAGS, nextDose, type Dose, type NextDoseInput, type Reason, type SessionLog } from '../../../src/index.js'
import { afterTop } from '../../../src/progression/steps/afterTop.js'
import { decider } from '../../../src/progression/steps/decide.js'
import { stepDown } from '../../../src/progression/steps/stepDown.js'
import { calmMornings, CATALOG, day, hold, reps, session, startedPosition, TODAY } from '../../support/progressionCases.js'
import { reasonsIn } from './collect.js'

const intake = { age: 38, redFlags: NO_RED_FLAGS }

export const progressionReasons = (): Reason[] => {
  const found: Reason[] = []
  const dose = (movement: string, sessions: readonly SessionLog[], extra: Partial<NextDoseInput> = {}) =>
    reasonsIn(nextDose({ intake, movement, sessions, mornings: calmMornings(-3, -2, -1, 0), baselinePain: 1, today: TODAY, ...extra }), found)
  const bridge = (offset: number, count: number, extra: Partial<SessionLog> = {}) => session(offset, 'hip-bridge', reps(1, count), extra)

  // A step up on each kind of dose; a session that did not complete its dose.
  dose('deadbug', [session(-3, 'deadbug', hold(25))])
  dose('hip-bridge', [bridge(-1, 7)])
  dose('hip-bridge', [bridge(-1, 7, { completed: false })])
  dose('kettlebell-walk', [session(-1, 'kettlebell-walk', { kind: 'distance', sets: 1, meters: 20 }, { variant: 'by-the-side' })], { variant: 'by-the-side' })

  // Every shape of a step down: amber or red, staying or one rung down, the day's highest rung below, at or above the rung in use.
  const down = (sessions: SessionLog[], redDay: string | undefined, amber = false) => found.push(stepDown(startedPosition({ movement: 'hip-bridge', sessions }), redDay, amber).reason)
  down([bridge(-3, 6), bridge(-1, 7)], day(-1), true)
  down([bridge(-1, 5)], day(-1), true)
  down([bridge(-1, 7), bridge(0, 6, { time: '08:00' })], undefined, true)
  down([bridge(-1, 5), bridge(0, 7, { time: '08:00' })], undefined, true)
  down([bridge(-3, 6), bridge(-1, 7)], day(-1))
  down([bridge(0, 5)], undefined)
  down([bridge(-1, 7), bridge(0, 6, { time: '08:00' })], undefined)
  down([bridge(-1, 5), bridge(0, 7, { time: '08:00' })], undefined)

  // A pause, with and without a substitute; a referral, for a movement started and one not.
  const red = (movement: string, performed: Dose, variant?: string) =>
    [-3, -1].map((offset) => session(offset, movement, performed, { painDuring: 6, ...(variant === undefined ? {} : { variant }) }))
  dose('hip-bridge', red('hip-bridge', reps(1, 7)), { mornings: calmMornings(-2, 0) })
  dose('kettlebell-walk', red('kettlebell-walk', reps(1, 7), 'overhead'), {
    variant: 'overhead',
    mornings: calmMornings(-2, 0),
    assessment: { date: day(-10), results: [{ movement: 'bird-dog', pain: 1 }] },
  })
  dose('hip-bridge', [bridge(-1, 7, { painDuring: 8 })], { mornings: calmMornings(0) })
  dose('deadbug', [], { mornings: [{ date: TODAY, backPain: 9 }] })

  // What follows the top: stay, advance (and a movement with no ladder to advance to), a load step, the harder form.
  dose('hip-thrust', [session(-1, 'hip-thrust', reps(3, 15, { band: true }))])
  dose('deadbug', [session(-3, 'deadbug', hold(60))])
  const deadbugTop = startedPosition({ movement: 'deadbug', sessions: [session(-3, 'deadbug', hold(60))] })
  const nowhere = { ...deadbugTop, ladder: { ...deadbugTop.ladder, afterTop: { kind: 'advance', to: 'nowhere' } as const } }
  found.push(...afterTop(nowhere, CATALOG.byId.get('deadbug')!.movement, CATALOG, 5, decider(nowhere, [])).reasons)
  for (const loadKg of [10, 12.25, 476.2, undefined])
    dose('thoracic-press', [session(-3, 'thoracic-press', reps(2, 10, loadKg === undefined ? {} : { loadKg }))])
  dose('hip-bridge', [session(-1, 'hip-bridge', reps(2, 10))])
  dose('single-leg-hip-bridge', [session(-1, 'single-leg-hip-bridge', reps(2, 10, { perSide: true }))])
  dose('kettlebell-walk', [session(-1, 'kettlebell-walk', reps(2, 10), { variant: 'by-the-side' })], { variant: 'by-the-side' })
  return found
}
