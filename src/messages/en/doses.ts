import type { DoseWords } from '../../wording/textCatalog.js'

/** A dose in English, as `describeDose` writes it: `2 x 8 per side with 4 kg`. */
export const DOSES_EN: DoseWords = {
  reps: '{$sets} x {$reps}',
  hold: '{$sets} x {$seconds} s',
  distance: '{$sets} x {$meters} m',
  perSide: ' per side',
  band: ' with a band',
  load: ' with {$loadKg} kg',
  eachHeld: ', each held {$holdSeconds} s',
}
