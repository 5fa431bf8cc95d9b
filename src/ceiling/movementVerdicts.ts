import type { CeilingAction, MovementVerdict } from './ceilingVerdict.js'
import type { MovementState } from './movementStates.js'
import { amberUnsettled } from './rules/amberUnsettled.js'
import { unprovenSettling } from './rules/nextMorning.js'
import { repeatedRed } from './rules/repeatedRed.js'
import { stricterAction } from './zones.js'
import { withMovement } from '../shared/movementRef.js'

/**
 * Each movement's own verdict, capped by the rules that speak for every
 * movement (`cap`): a referral stops every movement, a flare-up this morning
 * steps every movement down, any other global rule holds.
 *
 * Only red on the movement's latest day steps down, or amber on it that had
 * not settled by the next morning: an earlier red was
 * already answered, and stepping down again on every day it stays in the
 * window would walk the dose down a rung a day.
 */
const movementVerdict = (state: MovementState, cap: CeilingAction): MovementVerdict => {
  const unproven = unprovenSettling(state.name, state.subject, state.unprovenDates)
  if (unproven !== undefined) state.reasons.push(unproven)
  let action: CeilingAction = state.latestRed ? 'step-down' : state.zone === 'green' ? 'progress' : 'hold'
  if (!state.latestRed && state.latestUnsettledAmber) {
    action = 'step-down'
    state.reasons.push(amberUnsettled(state.name, state.subject, state.latestDate))
  }
  const repeated = repeatedRed(state)
  if (repeated !== undefined) {
    action = 'pause'
    state.reasons.push(repeated)
  }
  if (unproven !== undefined) action = stricterAction(action, 'hold')
  return withMovement(state.subject, { zone: state.zone, action: stricterAction(action, cap), reasons: state.reasons })
}

/** The verdicts of every movement done in the window, in catalog order. */
export const movementVerdicts = (states: Iterable<MovementState>, cap: CeilingAction): MovementVerdict[] =>
  [...states].sort((a, b) => a.rank - b.rank).map((state) => movementVerdict(state, cap))
