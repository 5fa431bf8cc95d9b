import type { Dose } from './dose.js'

/** A valid dose in plain words: `2 x 20 s`, `1 x 5 per side`, `3 x 15 with a band`, `2 x 8 with 5.5 kg`, `1 x 5, each held 2 s`. */
export const formatDose = (dose: Dose): string => {
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
        dose.holdSeconds === undefined ? '' : `, each held ${dose.holdSeconds} s`,
      ].join('')
    default: {
      const unreachable: never = dose
      return unreachable
    }
  }
}
