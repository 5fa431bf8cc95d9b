import type { CeilingAction } from '../../ceiling/ceilingVerdict.js'

/**
 * A caller that holds stops itself (an episode holds a referral until a
 * clinician clears it, and a pause until its date) asks for a dose only once
 * it has lifted them; the ceiling's window may still show the red behind
 * them for up to a week. That red then counts as what it is, never a second
 * stop: one rung down when it is on the movement's latest day, and a hold
 * once a later day has answered it, so that the dose does not walk down a
 * rung a day while the red stays in the window.
 */
export const afterLiftedStop = (action: CeilingAction, latestDayRed: boolean): CeilingAction =>
  action === 'stop-and-refer' || action === 'pause' ? (latestDayRed ? 'step-down' : 'hold') : action
