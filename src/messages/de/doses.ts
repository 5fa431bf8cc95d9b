import type { DoseWords } from '../../wording/textCatalog.js'

/** A dose in German: `2 x 8 pro Seite mit 4 kg`, `2 x 30 s`, `1 x 5, jede Wiederholung 1 s gehalten`. */
export const DOSES_DE: DoseWords = {
  reps: '{$sets} x {$reps}',
  hold: '{$sets} x {$seconds} s',
  distance: '{$sets} x {$meters} m',
  perSide: ' pro Seite',
  band: ' mit Widerstandsband',
  load: ' mit {$loadKg} kg',
  eachHeld: ', jede Wiederholung {$holdSeconds} s gehalten',
}
