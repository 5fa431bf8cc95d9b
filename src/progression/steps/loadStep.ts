import type { Dose } from '../../shared/dose.js'
import { PROGRESSION_DEFAULTS } from '../progressionDefaults.js'

/** A dose with the load carried over, for reps; other kinds carry no load. */
export const withLoad = (dose: Dose, loadKg: number | undefined): Dose =>
  dose.kind === 'reps' && loadKg !== undefined ? { ...dose, loadKg } : dose

// Floating-point slack for the bounds: 1.00 kg x 1.02 is 102.00000000000001 hundredths, and must still count as 2%.
const SLACK = 1e-9

/**
 * The load after a step of `percent`, rounded to loadRoundingKg. Rounding
 * never takes the step outside ACSM 2009's 2-10% of the load where a rounded
 * load inside that range exists (from about 0.15 kg up at 0.01 kg); below
 * that, the step is one rounding step, so a light load still grows.
 */
export const nextLoad = (loadKg: number, percent: number): number => {
  const rounding = PROGRESSION_DEFAULTS.loadRoundingKg
  const { min, max } = PROGRESSION_DEFAULTS.loadStepPercent
  const inRoundings = (kg: number) => kg / rounding
  const lowest = Math.ceil(inRoundings(loadKg * (1 + min / 100)) - SLACK)
  const highest = Math.floor(inRoundings(loadKg * (1 + max / 100)) + SLACK)
  const target = Math.min(highest, Math.max(lowest, Math.round(inRoundings(loadKg * (1 + percent / 100)))))
  const steps = Math.max(target, Math.round(inRoundings(loadKg)) + 1)
  return Number((steps * rounding).toFixed(2))
}
