import type { Dose } from '../../shared/dose.js'
import { PROGRESSION_DEFAULTS } from '../progressionDefaults.js'

/** A dose with the load carried over, for reps; other kinds carry no load. */
export const withLoad = (dose: Dose, loadKg: number | undefined): Dose =>
  dose.kind === 'reps' && loadKg !== undefined ? { ...dose, loadKg } : dose

/**
 * The load after a step of `percent` (ACSM 2009: 2-10%), rounded to
 * loadRoundingKg and at least one rounding step up, so a light load still
 * grows.
 */
export const nextLoad = (loadKg: number, percent: number): number => {
  const rounding = PROGRESSION_DEFAULTS.loadRoundingKg
  const steps = Math.max(Math.round((loadKg * (1 + percent / 100)) / rounding), Math.round(loadKg / rounding) + 1)
  return Number((steps * rounding).toFixed(2))
}
