import { CEILING_ACTIONS, type CeilingAction, type Zone } from '../progression/ceilingVerdict.js'

const ZONES: readonly Zone[] = ['green', 'amber', 'red']

/** The less permissive of two actions. */
export const stricterAction = (a: CeilingAction, b: CeilingAction): CeilingAction =>
  CEILING_ACTIONS.indexOf(a) >= CEILING_ACTIONS.indexOf(b) ? a : b

/** The worse of two zones. */
export const worseZone = (a: Zone, b: Zone): Zone => (ZONES.indexOf(a) >= ZONES.indexOf(b) ? a : b)
