import type { Dose } from './dose.js'

/** A valid dose in plain words: `2 x 20 s`, `1 x 5 per side`, `3 x 15 with a band`, `2 x 8 with 5.5 kg`, `1 x 5, each held 2 s`. */
export const formatDose = (dose: Dose): string => {
  switch (dose.kind) {
    case 'hold':
      return `${dose.sets} x ${dose.seconds} s`
    case 'distance':
      return `${dose.sets} x ${dose.meters} m`
    case 'reps': {
      // Built by appending, not by joining a list: a day's plan and its credits write a dose many times.
      let text = `${dose.sets} x ${dose.reps}`
      if (dose.perSide === true) text += ' per side'
      if (dose.band === true) text += ' with a band'
      if (dose.loadKg !== undefined) text += ` with ${dose.loadKg} kg`
      if (dose.holdSeconds !== undefined) text += `, each held ${dose.holdSeconds} s`
      return text
    }
    default: {
      const unreachable: never = dose
      return unreachable
    }
  }
}
