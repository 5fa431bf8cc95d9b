// Reasons of the soreness rules: every report of a small grid of answers.
import { classifySoreness, type Reason } from '../../../src/index.js'
import { reasonsIn } from './collect.js'

export const sorenessReasons = (): Reason[] => {
  const found: Reason[] = []
  for (const location of ['worked-muscle', 'spine', 'joint', 'radiating'] as const)
    for (const character of ['dull-ache', 'tight', 'sharp', 'stabbing', 'electric', 'burning'] as const)
      for (const hoursSinceExercise of [20, 80, 200])
        for (const trend of ['improving', 'same', 'worse'] as const)
          for (const flags of [false, true]) {
            const report = { location, character, hoursSinceExercise, atRest: flags, disturbsSleep: flags, trend, numbnessOrTingling: flags }
            reasonsIn(classifySoreness(report), found)
          }
  return found
}
