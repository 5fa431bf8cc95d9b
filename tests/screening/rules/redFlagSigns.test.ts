import { describe, expect, it } from 'vitest'
import { AGE_RED_FLAG, NO_RED_FLAGS, RED_FLAGS, screenIntake, type Intake, type RedFlag, type RedFlagAnswers, type RedFlagId, type Urgency } from '../../../src/index.js'
import { clearReason, redFlagReferral, redFlagSigns } from '../../../src/screening/rules/redFlagSigns.js'

const SOURCE = 'NICE guideline NG59 rec. 1.1.1; NHS red-flag pathway lists; Verhagen et al. 2016, European Spine Journal'
const ADVICE: Readonly<Record<Urgency, string>> = {
  emergency: 'These signs need an urgent check: go to an emergency department now, and do not start or continue the exercises.',
  soon: 'See a doctor within the next few days and tell them about the signs listed; start no exercise until they have checked them.',
  routine: 'Book an appointment with a doctor or physiotherapist, and start the exercises only once they have checked the pain.',
}

// A person reads these words: they name the sign and what to do, never a diagnosis (domain.md section 3).
const DIAGNOSES = /cancer|fracture|infection|cauda equina/i

const flag = (id: RedFlagId): RedFlag => RED_FLAGS.find((candidate) => candidate.id === id)!
const intake = (age: number, ...ids: RedFlagId[]): Intake => ({ age, redFlags: { ...NO_RED_FLAGS, ...Object.fromEntries(ids.map((id) => [id, true])) } })
const signReason = (sign: RedFlag) => ({
  rule: 'red-flag',
  message: `A sign that needs a doctor's check: ${sign.description}. Refer (${sign.urgency}).`,
  value: sign.id,
  source: SOURCE,
  params: { flag: sign.id, onset: 'none', age: 0, painStarted: '' },
})

describe('redFlagSigns', () => {
  it('finds no sign in a clear intake', () => {
    expect(redFlagSigns(intake(38))).toEqual([])
  })

  it('lists the signs answered "yes" in the order of RED_FLAGS, whatever the order of the answers', () => {
    const reported: readonly string[] = ['fever', 'trauma', 'saddle-numbness']
    const backwards = Object.fromEntries([...RED_FLAGS].reverse().map((sign) => [sign.id, reported.includes(sign.id)])) as RedFlagAnswers
    expect(redFlagSigns({ age: 38, redFlags: backwards }).map((sign) => sign.id)).toEqual(['saddle-numbness', 'trauma', 'fever'])
    expect(redFlagSigns(intake(38, ...RED_FLAGS.map((sign) => sign.id)))).toEqual([...RED_FLAGS])
  })

  // NICE NG59 and the NHS red-flag lists: back pain of a kind not had before that begins under 20 or over 50 (ageAtOnset.test.ts).
  it('adds the age sign last for a first episode under 20 or over 50, and not from 20 to 50', () => {
    const ids = (age: number, ...flags: RedFlagId[]) => redFlagSigns({ ...intake(age, ...flags), firstEpisode: true }).map((sign) => sign.id)
    expect(ids(19)).toEqual([AGE_RED_FLAG.id])
    expect(ids(20)).toEqual([])
    expect(ids(50)).toEqual([])
    expect(ids(51)).toEqual([AGE_RED_FLAG.id])
    expect(ids(0)).toEqual([AGE_RED_FLAG.id])
    expect(ids(120, 'fever')).toEqual(['fever', 'age-under-20-or-over-50'])
    expect(redFlagSigns({ ...intake(120, 'fever'), firstEpisode: false }).map((sign) => sign.id)).toEqual(['fever'])
  })
})

describe('redFlagReferral', () => {
  it.each<readonly [RedFlagId, Urgency]>([
    ['saddle-numbness', 'emergency'],
    ['fever', 'soon'],
    ['no-improvement-after-a-month', 'routine'],
  ])('refers on %s alone with its urgency (%s), the advice for it, and the sign as its reason', (id, urgency) => {
    expect(redFlagReferral([flag(id)])).toStrictEqual({
      _tag: 'Referral',
      cause: 'red-flag',
      urgency,
      advice: ADVICE[urgency],
      reasons: [signReason(flag(id))],
    })
  })

  it('refers as urgently as the most urgent sign, listing every sign in the order given', () => {
    expect(redFlagReferral([flag('no-improvement-after-a-month'), flag('night-pain')])).toMatchObject({ urgency: 'soon', advice: ADVICE.soon })
    expect(redFlagReferral([flag('night-pain'), flag('no-improvement-after-a-month')])).toMatchObject({ urgency: 'soon' })
    const mixed = redFlagReferral([flag('fever'), flag('gait-disturbance'), AGE_RED_FLAG])
    expect(mixed).toMatchObject({ urgency: 'emergency', advice: ADVICE.emergency })
    expect(mixed.reasons).toStrictEqual([signReason(flag('fever')), signReason(flag('gait-disturbance')), signReason(AGE_RED_FLAG)])
    expect(redFlagReferral([flag('no-improvement-after-a-month'), AGE_RED_FLAG])).toMatchObject({ urgency: 'routine', advice: ADVICE.routine })
  })

  it('names the age sign as a routine referral', () => {
    expect(redFlagReferral([AGE_RED_FLAG])).toStrictEqual({
      _tag: 'Referral',
      cause: 'red-flag',
      urgency: 'routine',
      advice: ADVICE.routine,
      reasons: [
        {
          rule: 'red-flag',
          message: "A sign that needs a doctor's check: back pain of a kind not had before, starting under age 20 or over age 50. Refer (routine).",
          value: 'age-under-20-or-over-50',
          source: SOURCE,
          params: { flag: 'age-under-20-or-over-50', onset: 'none', age: 0, painStarted: '' },
        },
      ],
    })
  })

  // The age sign as the intake words it: answered or not, with or without the date the pain began.
  const ageSigns = [true, undefined].flatMap((firstEpisode) =>
    [undefined, '2026-10-20'].map((painStarted) => redFlagSigns({ ...intake(64), ...(firstEpisode === undefined ? {} : { firstEpisode }), ...(painStarted === undefined ? {} : { painStarted }) })[0]!),
  )
  it.each([...RED_FLAGS, AGE_RED_FLAG, ...ageSigns].map((sign) => [sign.id, sign] as const))(
    'names the sign %s to the person, never a diagnosis',
    (_, sign) => {
      const referral = redFlagReferral([sign])
      expect(referral.advice).not.toMatch(DIAGNOSES)
      // The sign itself may be a part of the person's own history ("a past or present cancer"): the message
      // repeats what they answered, and says nothing else a diagnosis would.
      for (const reason of referral.reasons) {
        expect(reason.message).toContain(sign.description)
        expect(reason.message.replace(sign.description, '')).not.toMatch(DIAGNOSES)
      }
    },
  )
})

describe('clearReason', () => {
  it('says every answer was "no" and the age is in range, with the age', () => {
    expect(clearReason(intake(38))).toStrictEqual({
      rule: 'red-flags-clear',
      message: 'Every red-flag question was answered "no" and the age (38) is within 20-50.',
      value: 0,
      source: SOURCE,
      params: { age: 38, signAge: false, ageFrom: 20, ageTo: 50 },
    })
    expect(clearReason(intake(38)).message).not.toMatch(DIAGNOSES)
  })
})

describe('the red-flag rule through screenIntake', () => {
  it('refers with one red-flag reason per sign, and clears with the red-flags-clear reason first', () => {
    const referred = screenIntake(intake(38, 'fever', 'trauma'))
    expect(referred._tag === 'Right' && referred.right._tag === 'Referral' && referred.right.reasons.map((reason) => reason.rule)).toEqual([
      'red-flag',
      'red-flag',
    ])
    const cleared = screenIntake(intake(38))
    expect(cleared._tag === 'Right' && cleared.right.reasons[0]).toStrictEqual(clearReason(intake(38)))
  })
})
