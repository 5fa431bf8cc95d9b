import type { CeilingAction } from '../../ceiling/ceilingVerdict.js'

/**
 * A caller that holds stops itself (an episode holds a referral until a
 * clinician clears it, and a pause until its date) asks for a dose only once
 * it has lifted them; the ceiling's window may still show the red behind
 * them for up to a week. That red then counts as what it is, a red: one rung
 * down, never a second stop.
 */
export const afterLiftedStop = (action: CeilingAction): CeilingAction => (action === 'stop-and-refer' || action === 'pause' ? 'step-down' : action)
