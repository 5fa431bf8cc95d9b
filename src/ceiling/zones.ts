import { CEILING_DEFAULTS } from './ceilingDefaults.js'
import type { CeilingRules } from './ceilingOptions.js'
import { CEILING_ACTIONS, type CeilingAction, type Zone } from './ceilingVerdict.js'
import type { MorningCheck } from './morningCheck.js'

const ZONES: readonly Zone[] = ['green', 'amber', 'red']

/** The less permissive of two actions. */
export const stricterAction = (a: CeilingAction, b: CeilingAction): CeilingAction =>
  CEILING_ACTIONS.indexOf(a) >= CEILING_ACTIONS.indexOf(b) ? a : b

/** The worse of two zones. */
export const worseZone = (a: Zone, b: Zone): Zone => (ZONES.indexOf(a) >= ZONES.indexOf(b) ? a : b)

/**
 * The zone of pain during or after exercise: green at or under the ceiling,
 * amber up to AMBER_MAX_PAIN (5), red above (the pain-monitoring model's
 * traffic light). The red zone of the whole engine is decided here.
 */
export const painZone = (pain: number, rules: CeilingRules): Zone =>
  pain <= rules.painCeiling ? 'green' : pain <= CEILING_DEFAULTS.amberMaxPain ? 'amber' : 'red'

/** The limit a pain in `zone` went over: the ceiling for amber, the amber maximum for red. */
export const painLimit = (zone: Zone, rules: CeilingRules): number => (zone === 'amber' ? rules.painCeiling : CEILING_DEFAULTS.amberMaxPain)

/** How far a morning's back pain is above the baseline (negative when below). */
export const morningRise = (morning: MorningCheck, baselinePain: number): number => morning.backPain - baselinePain

/** The zone of a morning: a rise of flareUpRise or more is a flare-up (red), a rise of 1 amber. */
export const morningZone = (morning: MorningCheck, baselinePain: number, rules: CeilingRules): Zone => {
  const rise = morningRise(morning, baselinePain)
  return rise >= rules.flareUpRise ? 'red' : rise >= 1 ? 'amber' : 'green'
}

/** The limit a morning in `zone` reached: the flare-up rise for red, 1 for amber. */
export const morningLimit = (zone: Zone, rules: CeilingRules): number => (zone === 'red' ? rules.flareUpRise : 1)
