import type { Urgency } from '../shared/referral.js'

/** The serious conditions the red flags point to. @category Screening @since 0.1.0 */
export type RedFlagCondition = 'cauda-equina' | 'fracture' | 'cancer' | 'infection'

/** One red-flag question of the intake. @category Screening @since 0.1.0 */
export interface RedFlag {
  readonly id: string
  readonly condition: RedFlagCondition
  readonly urgency: Urgency
  /** The sign in plain words. */
  readonly description: string
}

/*
 * Urgency: the cauda equina signs are an emergency (NICE NG59; NHS pathway).
 * The engine sends the other signs to a doctor "soon", except a month without
 * improvement, which on its own calls for a routine appointment: an engine
 * default, as the sources give no timing for these.
 */
/**
 * Every red-flag question the intake must answer, with the condition it points
 * to and how urgent a referral is. Any one answered `true` means the engine
 * prescribes nothing and refers; no option turns this off.
 *
 * @example
 * import { RED_FLAGS } from 'rehab-engine'
 *
 * assert.equal(RED_FLAGS.length, 18)
 * assert.deepStrictEqual(
 *   RED_FLAGS.filter((flag) => flag.urgency === 'emergency').map((flag) => flag.condition),
 *   Array(6).fill('cauda-equina'),
 * )
 *
 * @category Screening
 * @since 0.1.0
 */
export const RED_FLAGS = [
  { id: 'bladder-or-bowel-change', condition: 'cauda-equina', urgency: 'emergency', description: 'new trouble passing or holding urine or stool' },
  { id: 'saddle-numbness', condition: 'cauda-equina', urgency: 'emergency', description: 'numbness around the groin, buttocks or inner thighs' },
  { id: 'sexual-dysfunction', condition: 'cauda-equina', urgency: 'emergency', description: 'new sexual dysfunction' },
  { id: 'progressive-leg-weakness', condition: 'cauda-equina', urgency: 'emergency', description: 'leg weakness or numbness that is severe or getting worse' },
  { id: 'bilateral-leg-symptoms', condition: 'cauda-equina', urgency: 'emergency', description: 'pain or other symptoms down both legs' },
  { id: 'gait-disturbance', condition: 'cauda-equina', urgency: 'emergency', description: 'a change in the way of walking' },
  { id: 'trauma', condition: 'fracture', urgency: 'soon', description: 'pain that began with an injury such as a fall or a car accident' },
  { id: 'minor-trauma-with-bone-risk', condition: 'fracture', urgency: 'soon', description: 'a small knock or strain with weak bones or long-term steroid use' },
  { id: 'deformity', condition: 'fracture', urgency: 'soon', description: 'a visible change in the shape of the spine' },
  { id: 'history-of-cancer', condition: 'cancer', urgency: 'soon', description: 'a past or present cancer' },
  { id: 'unexplained-weight-loss', condition: 'cancer', urgency: 'soon', description: 'weight loss with no explanation' },
  { id: 'night-pain', condition: 'cancer', urgency: 'soon', description: 'pain that persists through the night' },
  { id: 'no-improvement-after-a-month', condition: 'cancer', urgency: 'routine', description: 'no improvement after a month' },
  { id: 'fever', condition: 'infection', urgency: 'soon', description: 'fever or chills' },
  { id: 'immunosuppression', condition: 'infection', urgency: 'soon', description: 'a weakened immune system' },
  { id: 'iv-drug-use', condition: 'infection', urgency: 'soon', description: 'intravenous drug use' },
  { id: 'recent-bacterial-infection', condition: 'infection', urgency: 'soon', description: 'a recent bacterial infection' },
  { id: 'penetrating-wound', condition: 'infection', urgency: 'soon', description: 'a wound that went through the skin near the spine' },
] as const satisfies readonly RedFlag[]

/** The id of a red-flag question. @category Screening @since 0.1.0 */
export type RedFlagId = (typeof RED_FLAGS)[number]['id']

/**
 * The ages between which new back pain is not itself a red flag: back pain
 * of a kind not had before that begins under 20 or over 50 is (NICE NG59;
 * NHS red-flag lists; the onset from the red-flag lists since the CSAG
 * report, NICE CKS).
 *
 * @example
 * import { NO_RED_FLAGS, RED_FLAG_AGES, screenIntake } from 'rehab-engine'
 *
 * const outcome = (age: number) => {
 *   const screening = screenIntake({ age, redFlags: NO_RED_FLAGS, firstEpisode: true })
 *   return screening._tag === 'Right' ? screening.right._tag : screening.left._tag
 * }
 * assert.deepStrictEqual([RED_FLAG_AGES.from - 1, RED_FLAG_AGES.from].map(outcome), ['Referral', 'Cleared'])
 * assert.deepStrictEqual([RED_FLAG_AGES.to, RED_FLAG_AGES.to + 1].map(outcome), ['Cleared', 'Referral'])
 *
 * @category Screening
 * @since 0.2.0
 */
export const RED_FLAG_AGES = /* @__PURE__ */ Object.freeze({ from: 20, to: 50 } as const)

/**
 * The red flag the engine derives from age and onset: back pain of a kind
 * not had before, at an age under 20 or over 50 (see RED_FLAG_AGES). The
 * intake's `firstEpisode` says whether it is; left out, the pain is taken
 * as new, since the engine never assumes "no". A person over 50 whose back
 * pain is a kind they have had before (`firstEpisode: false`) is not
 * referred for age. The referral's reason names the age and the onset.
 *
 * @example
 * import { AGE_RED_FLAG, NO_RED_FLAGS, screenIntake } from 'rehab-engine'
 *
 * const outcome = (firstEpisode?: boolean) => {
 *   const screening = screenIntake({ age: 55, redFlags: NO_RED_FLAGS, painStarted: '2026-10-20', ...(firstEpisode === undefined ? {} : { firstEpisode }) })
 *   return screening._tag === 'Right' ? screening.right : undefined
 * }
 * const referral = outcome(true)
 * assert.equal(referral?._tag === 'Referral' && referral.urgency, AGE_RED_FLAG.urgency)
 * assert.equal(referral?.reasons[0]?.value, AGE_RED_FLAG.id)
 * assert.match(referral?.reasons[0]?.message ?? '', /at age 55 since 2026-10-20/)
 * assert.equal(outcome(undefined)?._tag, 'Referral')
 * assert.equal(outcome(false)?._tag, 'Cleared')
 *
 * @category Screening
 * @since 0.1.0
 */
export const AGE_RED_FLAG = {
  id: 'age-under-20-or-over-50',
  condition: 'cancer',
  urgency: 'routine',
  description: 'back pain of a kind not had before, starting under age 20 or over age 50',
} as const satisfies RedFlag

/** A red flag a referral can name: a question of the intake or the age flag. @category Screening @since 0.1.0 */
export type ReferralFlag = RedFlagId | (typeof AGE_RED_FLAG)['id']

/** Every red-flag answer. @category Screening @since 0.2.0 */
export type RedFlagAnswers = { readonly [Id in RedFlagId]: boolean }

/**
 * Every red-flag question answered "no": spread it and set the signs the
 * person reports, so an app builds a full set of answers without a cast. Use
 * it only once each question has really been asked.
 *
 * @example
 * import { NO_RED_FLAGS, screenIntake } from 'rehab-engine'
 *
 * const screening = screenIntake({ age: 38, redFlags: { ...NO_RED_FLAGS, fever: true } })
 * assert.equal(screening._tag === 'Right' && screening.right._tag, 'Referral')
 *
 * @category Screening
 * @since 0.2.0
 */
export const NO_RED_FLAGS: { readonly [Id in RedFlagId]: false } = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(RED_FLAGS.map((flag) => [flag.id, false])) as { readonly [Id in RedFlagId]: false },
)
