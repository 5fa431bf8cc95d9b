// Reasons of the screening rules that the broad sample in engine.ts does not reach: the age sign as an intake
// words it, a recurring episode over 50, every STarT Back risk, and each shape of the inflammatory screen.
import { AGE_RED_FLAG, NO_RED_FLAGS, screenIntake, type InflammatoryScreen, type Intake, type Reason, type StartBack } from '../../../src/index.js'
import { redFlagReferral } from '../../../src/screening/rules/redFlagSigns.js'
import { reasonsIn } from './collect.js'

const FEATURES = ['wakesInSecondHalfOfNight', 'buttockPain', 'betterWithMovement', 'betterWithAntiInflammatories', 'relativeWithSpondyloarthritis', 'arthritisEnthesitisOrPsoriasis'] as const

const startBack = (yes: readonly number[], bothersomeness: StartBack['bothersomeness']): StartBack => ({
  items: [1, 2, 3, 4, 5, 6, 7, 8].map((item) => yes.includes(item)) as unknown as StartBack['items'],
  bothersomeness,
})

/** A screen with the first `yes` features answered yes, the next `open` left out, and the rest no. */
const screen = (yes: number, open: number, onsetAge?: InflammatoryScreen['onsetAge']): InflammatoryScreen => ({
  lastedOver3Months: true,
  ...(onsetAge === undefined ? {} : { onsetAge }),
  ...Object.fromEntries(FEATURES.flatMap((key, index): [string, boolean][] => (index < yes ? [[key, true]] : index < yes + open ? [] : [[key, false]]))),
})

export const screeningReasons = (): Reason[] => {
  const found: Reason[] = []
  const collect = (intake: Intake) => reasonsIn(screenIntake(intake), found)
  for (const age of [17, 64])
    for (const firstEpisode of [true, false, undefined])
      for (const painStarted of [undefined, '2026-10-20'])
        collect({ age, redFlags: NO_RED_FLAGS, ...(firstEpisode === undefined ? {} : { firstEpisode }), ...(painStarted === undefined ? {} : { painStarted }) })
  collect({ age: 64, redFlags: { ...NO_RED_FLAGS, fever: true }, firstEpisode: true })
  reasonsIn(redFlagReferral([AGE_RED_FLAG]), found)
  for (const [yes, bothersomeness] of [[[1, 2, 5], 'not-at-all'], [[1, 5, 6, 7], 'slightly'], [[5, 6, 7, 8], 'very-much'], [[1, 2, 3, 4, 5, 6, 7, 8], 'extremely']] as const)
    collect({ age: 38, redFlags: NO_RED_FLAGS, startBack: startBack(yes, bothersomeness) })
  const screens: InflammatoryScreen[] = [
    { ...screen(6, 0), onsetAge: '45-or-over' },
    { ...screen(6, 0), lastedOver3Months: false },
    screen(6, 0, 'under-35'),
    screen(4, 0),
    screen(3, 0, '35-to-44'),
    screen(2, 1),
    screen(1, 3),
    screen(0, 6),
    {},
    screen(2, 0),
    screen(1, 0, 'under-35'),
    screen(0, 0),
  ]
  for (const inflammatory of screens) collect({ age: 38, redFlags: NO_RED_FLAGS, inflammatory })
  return found
}
