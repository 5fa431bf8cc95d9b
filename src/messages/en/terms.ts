import type { Terms } from '../messageCatalog.js'

/** The ids some reasons list, in English: the weekdays and focus areas as the options and the catalog name them, the screen's features in words. */
export const TERMS_EN: Terms = {
  weekdays: { monday: 'monday', tuesday: 'tuesday', wednesday: 'wednesday', thursday: 'thursday', friday: 'friday', saturday: 'saturday', sunday: 'sunday' },
  inflammatoryFeatures: {
    onsetAge: 'the pain began before age 35',
    wakesInSecondHalfOfNight: 'it wakes you in the second half of the night',
    buttockPain: 'pain in the buttock',
    betterWithMovement: 'it eases with movement',
    betterWithAntiInflammatories: 'it eases within two days of anti-inflammatory painkillers',
    relativeWithSpondyloarthritis: 'a parent, brother, sister or child with spondyloarthritis',
    arthritisEnthesitisOrPsoriasis: 'arthritis, enthesitis or psoriasis, now or before',
  },
  focusAreas: {
    hips: 'hips',
    core: 'core',
    glutes: 'glutes',
    'lower-back': 'lower-back',
    hamstrings: 'hamstrings',
    thoracic: 'thoracic',
    shoulders: 'shoulders',
    'spine-decompression': 'spine-decompression',
  },
}
