import type { Dose } from './dose.js'

/**
 * A dose in plain words, as apps and messages show it.
 *
 * @example
 * import { describeDose } from 'rehab-engine'
 *
 * assert.equal(describeDose({ kind: 'hold', sets: 2, seconds: 20 }), '2 x 20 s')
 * assert.equal(describeDose({ kind: 'reps', sets: 3, reps: 15, band: true }), '3 x 15 with a band')
 * assert.equal(describeDose({ kind: 'reps', sets: 1, reps: 5, perSide: true }), '1 x 5 per side')
 * assert.equal(describeDose({ kind: 'reps', sets: 2, reps: 8, loadKg: 5.5 }), '2 x 8 with 5.5 kg')
 * assert.equal(describeDose({ kind: 'distance', sets: 2, meters: 20 }), '2 x 20 m')
 *
 * @category Shared
 * @since 0.1.0
 */
export const describeDose = (dose: Dose): string => {
  switch (dose.kind) {
    case 'hold':
      return `${dose.sets} x ${dose.seconds} s`
    case 'distance':
      return `${dose.sets} x ${dose.meters} m`
    case 'reps':
      return [
        `${dose.sets} x ${dose.reps}`,
        dose.perSide === true ? ' per side' : '',
        dose.band === true ? ' with a band' : '',
        dose.loadKg === undefined ? '' : ` with ${dose.loadKg} kg`,
      ].join('')
    default: {
      const unreachable: never = dose
      return unreachable
    }
  }
}
