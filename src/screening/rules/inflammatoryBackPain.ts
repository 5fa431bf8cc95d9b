import type { Reason } from '../../shared/reason.js'
import { SOURCES } from '../../shared/sources.js'
import { INFLAMMATORY_SCREEN, type InflammatoryScreen } from '../inflammatoryScreen.js'

// Each feature in the words a person reads, the onset band first.
const FEATURES = [
  ['onsetAge', 'the pain began before age 35'],
  ['wakesInSecondHalfOfNight', 'it wakes you in the second half of the night'],
  ['buttockPain', 'pain in the buttock'],
  ['betterWithMovement', 'it eases with movement'],
  ['betterWithAntiInflammatories', 'it eases within two days of anti-inflammatory painkillers'],
  ['relativeWithSpondyloarthritis', 'a parent, brother, sister or child with spondyloarthritis'],
  ['arthritisEnthesitisOrPsoriasis', 'arthritis, enthesitis or psoriasis, now or before'],
] as const

const answerOf = (screen: InflammatoryScreen, key: (typeof FEATURES)[number][0]): boolean | undefined =>
  key === 'onsetAge' ? (screen.onsetAge === undefined ? undefined : screen.onsetAge === 'under-35') : screen[key]

/** The screen's reason, and whether it advises seeing a doctor (the advice a day's plan carries too). */
export interface InflammatoryAdvice {
  readonly reason: Reason
  readonly advises: boolean
}

/** What the screen advises: it does not apply, ask about a rheumatologist, ask a doctor about a test, or nothing. */
type Advice = 'not-applicable' | 'refer' | 'ask-doctor' | 'none'

/** The features the message lists by their keys, the unanswered questions, the advice. */
interface Found {
  readonly advice: Advice
  readonly present: readonly string[]
  readonly open: number
}

const reason = (message: string, found: Found, limit: number, advises: boolean): InflammatoryAdvice => ({
  reason: {
    rule: 'inflammatory-back-pain',
    message,
    value: found.present.length,
    limit,
    source: SOURCES.inflammatory,
    params: {
      advice: found.advice,
      count: found.present.length,
      features: INFLAMMATORY_SCREEN.features,
      present: found.present,
      open: found.open,
      askDoctor: INFLAMMATORY_SCREEN.askDoctor,
    },
  },
  advises,
})

/**
 * What the inflammatory back pain screen advises, or undefined when it was
 * not given. It does not stop exercise (exercise is part of the care for
 * spondyloarthritis): it adds advice to the plan. Four or more features
 * advise a routine appointment to ask about a rheumatology referral; three,
 * or too few answers to rule that out, advise asking a doctor. The screen
 * does not apply to pain that began at 45 or over, or has lasted 3 months or
 * less; a left-out onset or duration is taken as within the screen, so a
 * missing answer never clears anyone.
 */
export const inflammatoryBackPain = (screen: InflammatoryScreen | undefined): InflammatoryAdvice | undefined => {
  if (screen === undefined) return undefined
  if (screen.onsetAge === '45-or-over' || screen.lastedOver3Months === false) {
    return reason(
      'The inflammatory back pain screen is for back pain that began before 45 and has lasted over 3 months; this pain does not, so it does not apply.',
      { advice: 'not-applicable', present: [], open: 0 },
      INFLAMMATORY_SCREEN.refer,
      false,
    )
  }
  const found = FEATURES.filter(([key]) => answerOf(screen, key) === true)
  const present = found.map(([, words]) => words)
  const keys = found.map(([key]) => key)
  const open = FEATURES.filter(([key]) => answerOf(screen, key) === undefined).length
  const count = present.length
  const listed = count === 0 ? 'none of its features' : `${count} of its ${INFLAMMATORY_SCREEN.features} features (${present.join('; ')})`
  if (count >= INFLAMMATORY_SCREEN.refer) {
    return reason(
      `The inflammatory back pain screen found ${listed}. Book a routine appointment with a doctor and ask about seeing a rheumatologist; the exercises can go on meanwhile.`,
      { advice: 'refer', present: keys, open },
      INFLAMMATORY_SCREEN.refer,
      true,
    )
  }
  if (count + open >= INFLAMMATORY_SCREEN.askDoctor) {
    const unanswered = open === 0 ? '' : ` ${open} question${open === 1 ? ' was' : 's were'} not answered, and could add to them.`
    return reason(
      `The inflammatory back pain screen found ${listed}.${unanswered} Ask a doctor at a routine appointment whether a test is needed; the exercises can go on meanwhile.`,
      { advice: 'ask-doctor', present: keys, open },
      INFLAMMATORY_SCREEN.askDoctor,
      true,
    )
  }
  return reason(
    `The inflammatory back pain screen found ${listed}, fewer than the ${INFLAMMATORY_SCREEN.askDoctor} at which a doctor's check is advised.`,
    { advice: 'none', present: keys, open },
    INFLAMMATORY_SCREEN.askDoctor,
    false,
  )
}
