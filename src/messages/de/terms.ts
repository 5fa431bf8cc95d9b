import type { Terms } from '../messageCatalog.js'

/** The ids some reasons list, in German. */
export const TERMS_DE: Terms = {
  weekdays: { monday: 'Montag', tuesday: 'Dienstag', wednesday: 'Mittwoch', thursday: 'Donnerstag', friday: 'Freitag', saturday: 'Samstag', sunday: 'Sonntag' },
  inflammatoryFeatures: {
    onsetAge: 'die Schmerzen begannen vor dem 35. Lebensjahr',
    wakesInSecondHalfOfNight: 'sie wecken dich in der zweiten Nachthälfte',
    buttockPain: 'Schmerzen im Gesäß',
    betterWithMovement: 'sie lassen bei Bewegung nach',
    betterWithAntiInflammatories: 'sie lassen innerhalb von zwei Tagen mit entzündungshemmenden Schmerzmitteln nach',
    relativeWithSpondyloarthritis: 'ein Elternteil, Geschwister oder Kind mit Spondyloarthritis',
    arthritisEnthesitisOrPsoriasis: 'Arthritis, Enthesitis oder Schuppenflechte, jetzt oder früher',
  },
  focusAreas: {
    hips: 'Hüften',
    core: 'Rumpf',
    glutes: 'Gesäß',
    'lower-back': 'unterer Rücken',
    hamstrings: 'hintere Oberschenkel',
    thoracic: 'Brustwirbelsäule',
    shoulders: 'Schultern',
    'spine-decompression': 'Entlastung der Wirbelsäule',
  },
}
