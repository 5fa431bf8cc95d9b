// Pins the exact output of screening and selection: the messages, sources, limits and shapes an app shows or stores.
import { describe, expect, it } from 'vitest'
import {
  AGE_RED_FLAG,
  AssessmentSchema,
  ClearedSchema,
  IntakeSchema,
  NotEnoughTolerableMovementsSchema,
  PlanRehabInputSchema,
  RED_FLAGS,
  ReferralFlagSchema,
  ReferralSchema,
  RehabPlanSchema,
  RehabSelectionSchema,
  START_BACK_ITEM_TOPICS,
  ScreeningSchema,
  SelectedMovementSchema,
  ExcludedMovementSchema,
  StartBackSchema,
  UrgencySchema,
  parseAssessment,
  parseCatalog,
  movements,
  planRehab,
  screenIntake,
  selectRehabMovements,
  type Assessment,
  type Intake,
  type StartBack,
} from '../../src/index.js'
import { noRedFlags } from '../arbitraries/intake.js'

const RED_FLAG_SOURCE = 'NICE guideline NG59 rec. 1.1.1; NHS red-flag pathway lists; Verhagen et al. 2016, European Spine Journal'
const START_BACK_SOURCE = 'Keele STarT Back Tool; Hill et al. 2011, Lancet; NICE NG59 rec. 1.1.2-1.1.3'
const SELECTION_SOURCE = 'seed 001: choose 4-5 assessment movements that hurt no more than 3/10'
const COVERAGE_SOURCE = 'seed 000: the body works as a kinetic chain; train glutes, back and core together'
const NOT_ENOUGH_ADVICE =
  'Too few movements were tolerable to build a plan. Hold off on back exercises and have the pain checked by a doctor or physiotherapist first.'

const ADVICE = {
  emergency: 'These signs can mean cauda equina syndrome: go to an emergency department now. Do not start or continue the exercises.',
  soon: 'See a doctor within the next few days and tell them about the signs listed; start no exercise until they have checked them.',
  routine: 'Book an appointment with a doctor or physiotherapist, and start the exercises only once they have checked the pain.',
}

const screen = (intake: unknown) => {
  const result = screenIntake(intake as Intake)
  if (result._tag !== 'Right') throw new Error(`expected a screening, got ${JSON.stringify(result.left)}`)
  return result.right
}
const withFlags = (...ids: string[]) => ({ age: 38, redFlags: { ...noRedFlags(), ...Object.fromEntries(ids.map((id) => [id, true])) } })
const answers = (yes: readonly number[], bothersomeness: StartBack['bothersomeness']): StartBack => ({
  items: [1, 2, 3, 4, 5, 6, 7, 8].map((item) => yes.includes(item)) as unknown as StartBack['items'],
  bothersomeness,
})

describe('screening: the referral', () => {
  // Each message is what a person reads when referred, so its wording is part of the contract.
  it.each([
    ['bladder-or-bowel-change', 'cauda equina', 'new trouble passing or holding urine or stool', 'emergency'],
    ['saddle-numbness', 'cauda equina', 'numbness around the groin, buttocks or inner thighs', 'emergency'],
    ['sexual-dysfunction', 'cauda equina', 'new sexual dysfunction', 'emergency'],
    ['progressive-leg-weakness', 'cauda equina', 'leg weakness or numbness that is severe or getting worse', 'emergency'],
    ['bilateral-leg-symptoms', 'cauda equina', 'pain or other symptoms down both legs', 'emergency'],
    ['gait-disturbance', 'cauda equina', 'a change in the way of walking', 'emergency'],
    ['trauma', 'fracture', 'pain that began with an injury such as a fall or a car accident', 'soon'],
    ['minor-trauma-with-bone-risk', 'fracture', 'a small knock or strain with weak bones or long-term steroid use', 'soon'],
    ['deformity', 'fracture', 'a visible change in the shape of the spine', 'soon'],
    ['history-of-cancer', 'cancer', 'a past or present cancer', 'soon'],
    ['unexplained-weight-loss', 'cancer', 'weight loss with no explanation', 'soon'],
    ['night-pain', 'cancer', 'pain that persists through the night', 'soon'],
    ['no-improvement-after-a-month', 'cancer', 'no improvement after a month', 'routine'],
    ['fever', 'infection', 'fever or chills', 'soon'],
    ['immunosuppression', 'infection', 'a weakened immune system', 'soon'],
    ['iv-drug-use', 'infection', 'intravenous drug use', 'soon'],
    ['recent-bacterial-infection', 'infection', 'a recent bacterial infection', 'soon'],
    ['penetrating-wound', 'infection', 'a wound that went through the skin near the spine', 'soon'],
  ] as const)('refers on %s with its condition, description and urgency', (id, condition, description, urgency) => {
    expect(screen(withFlags(id))).toEqual({
      _tag: 'Referral',
      urgency,
      flags: [id],
      advice: ADVICE[urgency],
      reasons: [{ rule: 'red-flag', message: `Red flag for ${condition}: ${description}. Refer (${urgency}).`, value: id, source: RED_FLAG_SOURCE }],
    })
  })

  it('describes each flag with the condition it points to', () => {
    expect(RED_FLAGS.map((flag) => [flag.id, flag.condition])).toEqual([
      ['bladder-or-bowel-change', 'cauda-equina'],
      ['saddle-numbness', 'cauda-equina'],
      ['sexual-dysfunction', 'cauda-equina'],
      ['progressive-leg-weakness', 'cauda-equina'],
      ['bilateral-leg-symptoms', 'cauda-equina'],
      ['gait-disturbance', 'cauda-equina'],
      ['trauma', 'fracture'],
      ['minor-trauma-with-bone-risk', 'fracture'],
      ['deformity', 'fracture'],
      ['history-of-cancer', 'cancer'],
      ['unexplained-weight-loss', 'cancer'],
      ['night-pain', 'cancer'],
      ['no-improvement-after-a-month', 'cancer'],
      ['fever', 'infection'],
      ['immunosuppression', 'infection'],
      ['iv-drug-use', 'infection'],
      ['recent-bacterial-infection', 'infection'],
      ['penetrating-wound', 'infection'],
    ])
  })

  it('refers on age alone as a routine cancer flag, at both ends of the accepted ages', () => {
    const ageReferral = {
      _tag: 'Referral',
      urgency: 'routine',
      flags: ['age-under-20-or-over-50'],
      advice: ADVICE.routine,
      reasons: [
        {
          rule: 'red-flag',
          message: 'Red flag for cancer: back pain under age 20 or over age 50. Refer (routine).',
          value: 'age-under-20-or-over-50',
          source: RED_FLAG_SOURCE,
        },
      ],
    }
    expect(screen({ age: 0, redFlags: noRedFlags() })).toEqual(ageReferral)
    expect(screen({ age: 120, redFlags: noRedFlags() })).toEqual(ageReferral)
    expect(AGE_RED_FLAG).toEqual({
      id: 'age-under-20-or-over-50',
      condition: 'cancer',
      urgency: 'routine',
      description: 'back pain under age 20 or over age 50',
    })
  })

  it('takes the most urgent of the flags found, whatever their order', () => {
    expect(screen(withFlags('no-improvement-after-a-month', 'night-pain'))).toMatchObject({ urgency: 'soon', advice: ADVICE.soon })
    expect(screen(withFlags('night-pain', 'no-improvement-after-a-month'))).toMatchObject({ urgency: 'soon' })
    expect(screen(withFlags('fever', 'saddle-numbness'))).toMatchObject({ urgency: 'emergency', advice: ADVICE.emergency })
    expect(screen({ ...withFlags('no-improvement-after-a-month'), age: 70 })).toMatchObject({
      urgency: 'routine',
      flags: ['no-improvement-after-a-month', 'age-under-20-or-over-50'],
    })
  })

  it('accepts exactly the referral flags as a schema', () => {
    expect(ReferralFlagSchema.options).toEqual(['age-under-20-or-over-50', ...RED_FLAGS.map((flag) => flag.id)])
    expect(UrgencySchema.options).toEqual(['emergency', 'soon', 'routine'])
  })
})

describe('screening: cleared', () => {
  it('says why it cleared and that the risk is unknown without STarT Back', () => {
    expect(screen({ age: 20, redFlags: noRedFlags() })).toEqual({
      _tag: 'Cleared',
      risk: 'unknown',
      reasons: [
        {
          rule: 'red-flags-clear',
          message: 'Every red-flag question was answered "no" and the age (20) is within 20-50.',
          value: 0,
          source: RED_FLAG_SOURCE,
        },
        { rule: 'start-back-missing', message: 'No STarT Back answers were given, so the risk of a poor outcome is unknown.', source: START_BACK_SOURCE },
      ],
    })
  })

  it('explains a low STarT Back score with its total and psychosocial subscale', () => {
    expect(screen({ age: 50, redFlags: noRedFlags(), startBack: answers([1, 5], 'slightly') })).toEqual({
      _tag: 'Cleared',
      risk: 'low',
      reasons: [
        {
          rule: 'red-flags-clear',
          message: 'Every red-flag question was answered "no" and the age (50) is within 20-50.',
          value: 0,
          source: RED_FLAG_SOURCE,
        },
        {
          rule: 'start-back-total',
          message: 'STarT Back total 2 of 9 (3 or less is low risk).',
          value: 2,
          limit: 3,
          source: START_BACK_SOURCE,
        },
        {
          rule: 'start-back-psychosocial',
          message: 'STarT Back psychosocial subscale 1 of 5 (4 or more is high risk).',
          value: 1,
          limit: 4,
          source: START_BACK_SOURCE,
        },
      ],
    })
  })

  it('scores every item and the bothersomeness at the top of the scale, and asks for a clinician', () => {
    const result = screen({ age: 30, redFlags: noRedFlags(), startBack: answers([1, 2, 3, 4, 5, 6, 7, 8], 'extremely') })
    expect(result._tag === 'Cleared' && result.reasons.slice(1)).toEqual([
      { rule: 'start-back-total', message: 'STarT Back total 9 of 9 (3 or less is low risk).', value: 9, limit: 3, source: START_BACK_SOURCE },
      {
        rule: 'start-back-psychosocial',
        message: 'STarT Back psychosocial subscale 5 of 5 (4 or more is high risk).',
        value: 5,
        limit: 4,
        source: START_BACK_SOURCE,
      },
      { rule: 'start-back-high-risk', message: 'High risk of a poor outcome: a clinician should be involved in the plan.', source: START_BACK_SOURCE },
    ])
  })

  it('counts items 1-4 in the total only, and items 5-8 in both scores', () => {
    const scores = (yes: number[]) => {
      const result = screen({ age: 30, redFlags: noRedFlags(), startBack: answers(yes, 'not-at-all') })
      return result._tag === 'Cleared' ? result.reasons.slice(1, 3).map((reason) => reason.value) : []
    }
    expect(scores([1, 2, 3, 4])).toEqual([4, 0])
    expect(scores([5])).toEqual([1, 1])
    expect(scores([8])).toEqual([1, 1])
    expect(scores([4])).toEqual([1, 0])
    expect(scores([])).toEqual([0, 0])
  })

  it('gives no high-risk reason at medium risk', () => {
    const result = screen({ age: 30, redFlags: noRedFlags(), startBack: answers([1, 2, 5, 6], 'moderately') })
    expect(result._tag === 'Cleared' && [result.risk, result.reasons.map((reason) => reason.rule)]).toEqual([
      'medium',
      ['red-flags-clear', 'start-back-total', 'start-back-psychosocial'],
    ])
  })

  it('lists the STarT Back item topics in the order of the tool', () => {
    expect(START_BACK_ITEM_TOPICS).toEqual([
      'pain spreading down a leg',
      'pain in the shoulder or neck',
      'walking only short distances because of the pain',
      'dressing more slowly because of the pain',
      'feeling that activity is unsafe',
      'worrying thoughts about the pain',
      'feeling the pain will never get better',
      'no longer enjoying things',
    ])
  })
})

describe('screening: intake bounds', () => {
  const issues = (input: unknown) => {
    const result = screenIntake(input as Intake)
    return result._tag === 'Left' ? result.left.issues : []
  }

  it('accepts ages 0 to 120 as whole numbers only', () => {
    expect(issues({ age: -1, redFlags: noRedFlags() })).toEqual([{ path: 'age', message: 'must be at least 0' }])
    expect(issues({ age: 38.5, redFlags: noRedFlags() })).toEqual([{ path: 'age', message: 'must be a whole number' }])
    expect(IntakeSchema.safeParse({ age: 0, redFlags: noRedFlags() }).success).toBe(true)
    expect(IntakeSchema.safeParse({ age: 120, redFlags: noRedFlags() }).success).toBe(true)
  })

  it('takes STarT Back as optional, but refuses a non-boolean item', () => {
    expect(issues({ age: 38, redFlags: noRedFlags(), startBack: { items: [true, 'yes', false, false, false, false, false, false], bothersomeness: 'slightly' } })).toEqual([
      { path: 'startBack.items.1', message: 'must be a boolean' },
    ])
    expect(issues({ age: 38, redFlags: noRedFlags(), startBack: { items: Array(9).fill(false), bothersomeness: 'slightly' } })).toEqual([
      { path: 'startBack.items', message: 'must be a list of exactly 8 true/false answers, items 1-8 in order' },
    ])
    expect(issues({ age: 38, redFlags: noRedFlags(), startBack: { ...answers([], 'slightly'), extra: 1 } })).toEqual([
      { path: 'startBack.extra', message: 'is not a known field' },
    ])
    expect(StartBackSchema.safeParse(answers([2], 'very-much')).success).toBe(true)
  })

  it('refuses an unknown field of the intake and a red-flag answer that is not a boolean', () => {
    expect(issues({ age: 38, redFlags: { ...noRedFlags(), trauma: 1 }, name: 'x' })).toEqual([
      { path: 'redFlags.trauma', message: 'must be true or false' },
      { path: 'name', message: 'is not a known field' },
    ])
  })
})

const DATE = '2026-11-02'
const SIX: Assessment['results'] = [
  { movement: 'hip-mobility', pain: 1 },
  { movement: 'cat-camel', pain: 6 },
  { movement: 'hip-bridge', pain: 2 },
  { movement: 'bird-dog', pain: 0 },
  { movement: 'side-plank-clam-shell', pain: 3 },
  { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 },
  { movement: 'kettlebell-walk', variant: 'overhead', pain: 3 },
]
const dosed = (perSide: boolean) => ({
  reps: { min: 5, max: 10 },
  sets: { min: 1, max: 2 },
  timesPerDay: 3,
  start: perSide ? { kind: 'reps', sets: 1, reps: 5, perSide: true } : { kind: 'reps', sets: 1, reps: 5 },
})

describe('selection: the full answer', () => {
  // Strict: a movement without a variant has no variant key at all, not one set to undefined.
  it('lists the chosen, the excluded with their reasons, and the reasons for the choice', () => {
    expect(selectRehabMovements({ date: DATE, results: SIX })).toStrictEqual({
      _tag: 'Right',
      right: {
        selected: [
          { movement: 'hip-mobility', pain: 1, ...dosed(false) },
          { movement: 'hip-bridge', pain: 2, ...dosed(false) },
          { movement: 'side-plank-clam-shell', pain: 3, ...dosed(true) },
          { movement: 'bird-dog', pain: 0, ...dosed(true) },
          { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1, ...dosed(false) },
        ],
        excluded: [
          {
            movement: 'cat-camel',
            pain: 6,
            reason: {
              rule: 'pain-ceiling',
              message: 'cat-camel hurt 6/10, above the ceiling of 3/10.',
              movement: 'cat-camel',
              value: 6,
              limit: 3,
              source: SELECTION_SOURCE,
            },
          },
          {
            movement: 'kettlebell-walk',
            variant: 'overhead',
            pain: 3,
            reason: {
              rule: 'selection-size',
              message:
                'kettlebell-walk (overhead) was within the ceiling, but every set of 5 that includes it covers fewer focus areas than the chosen 6, or as many with more total pain than 7, or ties on both and comes later in catalog order.',
              movement: 'kettlebell-walk',
              variant: 'overhead',
              value: 3,
              limit: 5,
              source: SELECTION_SOURCE,
            },
          },
        ],
        painCeiling: 3,
        reasons: [
          {
            rule: 'pain-ceiling',
            message: 'Movements that hurt more than 3/10 are left out (the default ceiling).',
            value: 3,
            limit: 5,
            source: SELECTION_SOURCE,
          },
          { rule: 'selection-size', message: '6 movements hurt 3/10 or less; 5 are chosen (4-5).', value: 5, limit: 5, source: SELECTION_SOURCE },
          {
            rule: 'focus-coverage',
            message:
              'The chosen movements cover 6 of the 6 focus areas the eligible ones reach: hips, lower-back, core, shoulders, glutes, hamstrings.',
            value: ['hips', 'lower-back', 'core', 'shoulders', 'glutes', 'hamstrings'],
            limit: 6,
            source: COVERAGE_SOURCE,
          },
          {
            rule: 'total-pain',
            message: 'Among the choices with the most coverage, this one has the lowest total pain (7); ties go to catalog order.',
            value: 7,
            source: SELECTION_SOURCE,
          },
          {
            rule: 'rehab-dose',
            message: 'Each chosen movement: 5-10 reps in 1-2 sets, 3 times a day, starting at 1 set of 5.',
            source: SELECTION_SOURCE,
          },
        ],
      },
    })
  })

  it('reports a pain-ceiling exclusion of a variant with the variant named', () => {
    const result = selectRehabMovements({ date: DATE, results: [...SIX.slice(0, 6), { movement: 'kettlebell-walk', variant: 'overhead', pain: 4 }] })
    expect(result._tag === 'Right' && result.right.excluded[1]).toEqual({
      movement: 'kettlebell-walk',
      variant: 'overhead',
      pain: 4,
      reason: {
        rule: 'pain-ceiling',
        message: 'kettlebell-walk (overhead) hurt 4/10, above the ceiling of 3/10.',
        movement: 'kettlebell-walk',
        variant: 'overhead',
        value: 4,
        limit: 3,
        source: SELECTION_SOURCE,
      },
    })
  })

  it('chooses all four when exactly four are eligible, and counts coverage over them', () => {
    const result = selectRehabMovements({ date: DATE, results: SIX.slice(0, 5) })
    expect(result._tag === 'Right' && result.right.selected.map((item) => item.movement)).toEqual([
      'hip-mobility',
      'hip-bridge',
      'side-plank-clam-shell',
      'bird-dog',
    ])
    expect(result._tag === 'Right' && result.right.reasons.slice(1, 4)).toEqual([
      { rule: 'selection-size', message: '4 movements hurt 3/10 or less; 4 are chosen (4-5).', value: 4, limit: 5, source: SELECTION_SOURCE },
      {
        rule: 'focus-coverage',
        message: 'The chosen movements cover 5 of the 5 focus areas the eligible ones reach: hips, lower-back, core, glutes, hamstrings.',
        value: ['hips', 'lower-back', 'core', 'glutes', 'hamstrings'],
        limit: 5,
        source: COVERAGE_SOURCE,
      },
      {
        rule: 'total-pain',
        message: 'Among the choices with the most coverage, this one has the lowest total pain (6); ties go to catalog order.',
        value: 6,
        source: SELECTION_SOURCE,
      },
    ])
  })

  it('says when the caller set the ceiling, with the default and the highest allowed', () => {
    const result = selectRehabMovements({ date: DATE, results: SIX }, { painCeiling: 0 })
    expect(result).toStrictEqual({
      _tag: 'Left',
      left: {
        _tag: 'NotEnoughTolerableMovements',
        eligible: [{ movement: 'bird-dog', pain: 0 }],
        needed: 4,
        painCeiling: 0,
        advice: NOT_ENOUGH_ADVICE,
        reasons: [
          {
            rule: 'pain-ceiling',
            message: 'Movements that hurt more than 0/10 are left out (ceiling set by the caller; default 3, at most 5).',
            value: 0,
            limit: 5,
            source: SELECTION_SOURCE,
          },
          {
            rule: 'selection-size',
            message: '1 of 7 assessed movements hurt 0/10 or less; a plan needs at least 4.',
            value: 1,
            limit: 4,
            source: SELECTION_SOURCE,
          },
          { rule: 'see-clinician', message: NOT_ENOUGH_ADVICE, source: 'seed 003: stop exercising until the pain is checked and managed' },
        ],
      },
    })
  })

  it('lists eligible variants by name when too few are tolerable', () => {
    const result = selectRehabMovements({ date: DATE, results: SIX }, { painCeiling: 1 })
    expect(result._tag === 'Left' && result.left._tag === 'NotEnoughTolerableMovements' && result.left.eligible).toEqual([
      { movement: 'hip-mobility', pain: 1 },
      { movement: 'bird-dog', pain: 0 },
      { movement: 'kettlebell-walk', variant: 'by-the-side', pain: 1 },
    ])
  })

  it('reads an explicit default ceiling as set by the caller', () => {
    const result = selectRehabMovements({ date: DATE, results: SIX }, { painCeiling: 3 })
    expect(result._tag === 'Right' && result.right.reasons[0]?.message).toBe(
      'Movements that hurt more than 3/10 are left out (ceiling set by the caller; default 3, at most 5).',
    )
    const none = selectRehabMovements({ date: DATE, results: SIX }, {})
    expect(none._tag === 'Right' && none.right.reasons[0]?.message).toBe('Movements that hurt more than 3/10 are left out (the default ceiling).')
  })

  it('takes an app catalog from the options', () => {
    const catalog = parseCatalog(movements)
    if (catalog._tag !== 'Right') throw new Error('expected a catalog')
    expect(selectRehabMovements({ date: DATE, results: SIX }, { catalog: catalog.right })).toEqual(selectRehabMovements({ date: DATE, results: SIX }))
    const broken = selectRehabMovements({ date: DATE, results: SIX }, { catalog: [] as never })
    expect(broken._tag === 'Left' && broken.left._tag === 'InvalidInput' && broken.left.issues[0]?.path).toMatch(/^options\.catalog/)
  })
})

describe('selection: a parsed assessment', () => {
  const parsed = (assessment: Assessment, catalog?: never) => {
    const result = parseAssessment(assessment, catalog === undefined ? undefined : { catalog })
    if (result._tag !== 'Right') throw new Error(`expected a parsed assessment, got ${JSON.stringify(result.left)}`)
    return result.right
  }

  it('still checks the options given with it', () => {
    const result = selectRehabMovements(parsed({ date: DATE, results: SIX }), { painCeiling: 7 })
    expect(result).toEqual({ _tag: 'Left', left: { _tag: 'InvalidInput', issues: [{ path: 'options.painCeiling', message: 'must be at most 5' }] } })
  })

  it('is checked again against another catalog', () => {
    const other = parseCatalog(movements.filter((movement) => movement.id !== 'cat-camel'))
    if (other._tag !== 'Right') throw new Error('expected a catalog')
    const result = selectRehabMovements(parsed({ date: DATE, results: SIX }), { catalog: other.right })
    expect(result).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ path: 'results.1.movement', message: '"cat-camel" is not a movement of the catalog' }] },
    })
  })

  it('reports its own problems, the catalog at fault included', () => {
    expect(parseAssessment({ date: DATE, results: [] })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ path: 'results', message: 'must hold at least 1 item(s)' }] },
    })
    expect(parseAssessment({ date: DATE, results: [{ movement: 'deadbug', pain: 1 }] })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ path: 'results.0.movement', message: '"deadbug" is not an assessment movement' }] },
    })
    const bad = parseAssessment({ date: DATE, results: SIX }, { catalog: 'none' as never })
    expect(bad._tag === 'Left' && bad.left.issues.every((issue) => issue.path.startsWith('options.catalog'))).toBe(true)
  })
})

describe('planRehab: the whole path', () => {
  const intake: Intake = { age: 41, redFlags: noRedFlags() }

  it('returns the screening and the selection together', () => {
    const plan = planRehab({ intake, assessment: { date: DATE, results: SIX } })
    const screening = screenIntake(intake)
    const selection = selectRehabMovements({ date: DATE, results: SIX })
    expect(plan).toEqual({
      _tag: 'Right',
      right: { screening: screening._tag === 'Right' && screening.right, selection: selection._tag === 'Right' && selection.right },
    })
  })

  it('lists only the intake problems when the assessment is fine, and only the assessment problems when the intake is', () => {
    expect(planRehab({ intake: { ...intake, age: 200 }, assessment: { date: DATE, results: SIX } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ path: 'intake.age', message: 'must be at most 120' }] },
    })
    expect(planRehab({ intake, assessment: { date: DATE, results: [{ movement: 'hip-bridge', pain: 11 }] } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ path: 'assessment.results.0.pain', message: 'must be at most 10' }] },
    })
  })

  it('answers an input that is not an object at the root', () => {
    expect(planRehab(null as never)).toEqual({ _tag: 'Left', left: { _tag: 'InvalidInput', issues: [{ path: '', message: 'must be an object' }] } })
  })

  it('describes its input as a schema', () => {
    expect(PlanRehabInputSchema.safeParse({ intake, assessment: { date: DATE, results: SIX } }).success).toBe(true)
    expect(PlanRehabInputSchema.safeParse({ intake, assessment: { date: DATE, results: SIX }, notes: '' }).success).toBe(false)
    expect(PlanRehabInputSchema.safeParse({ intake }).success).toBe(false)
    expect(PlanRehabInputSchema.safeParse({ intake: { age: 41 }, assessment: { date: DATE, results: SIX } }).success).toBe(false)
  })
})

describe('output schemas of screening and selection', () => {
  const selection = selectRehabMovements({ date: DATE, results: SIX })
  if (selection._tag !== 'Right') throw new Error('expected a selection')
  const good = selection.right
  const [first] = good.selected

  it('hold a plan to four or five movements', () => {
    expect(RehabSelectionSchema.safeParse(good).success).toBe(true)
    expect(RehabSelectionSchema.safeParse({ ...good, selected: good.selected.slice(0, 4) }).success).toBe(true)
    expect(RehabSelectionSchema.safeParse({ ...good, selected: good.selected.slice(0, 3) }).success).toBe(false)
    expect(RehabSelectionSchema.safeParse({ ...good, selected: [...good.selected, first] }).success).toBe(false)
    expect(RehabSelectionSchema.safeParse({ ...good, painCeiling: 11 }).success).toBe(false)
    expect(RehabSelectionSchema.safeParse({ ...good, extra: 1 }).success).toBe(false)
  })

  it('require positive whole ranges and a reps dose to start at', () => {
    expect(SelectedMovementSchema.safeParse(first).success).toBe(true)
    expect(SelectedMovementSchema.safeParse({ ...first, variant: 'overhead' }).success).toBe(true)
    expect(SelectedMovementSchema.safeParse({ ...first, reps: { min: 0, max: 10 } }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, sets: { min: 1, max: 2.5 } }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, timesPerDay: 0 }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, start: { kind: 'hold', sets: 1, seconds: 5 } }).success).toBe(false)
    expect(SelectedMovementSchema.safeParse({ ...first, movement: 1 }).success).toBe(false)
    expect(ExcludedMovementSchema.safeParse(good.excluded[0]).success).toBe(true)
    expect(ExcludedMovementSchema.safeParse({ ...good.excluded[0], reason: undefined }).success).toBe(false)
  })

  it('describe the answer with too few tolerable movements', () => {
    const none = {
      _tag: 'NotEnoughTolerableMovements',
      eligible: [{ movement: 'bird-dog', pain: 0 }],
      needed: 4,
      painCeiling: 0,
      advice: NOT_ENOUGH_ADVICE,
      reasons: [],
    }
    expect(NotEnoughTolerableMovementsSchema.safeParse(none).success).toBe(true)
    expect(NotEnoughTolerableMovementsSchema.safeParse({ ...none, advice: '' }).success).toBe(false)
    expect(NotEnoughTolerableMovementsSchema.safeParse({ ...none, needed: 0 }).success).toBe(false)
    expect(NotEnoughTolerableMovementsSchema.safeParse({ ...none, _tag: 'Other' }).success).toBe(false)
    expect(NotEnoughTolerableMovementsSchema.safeParse({ ...none, eligible: [{ movement: 'bird-dog', pain: 0, reason: 'x' }] }).success).toBe(false)
  })

  it('describe a cleared screening, a referral and a plan', () => {
    const cleared = screen({ age: 38, redFlags: noRedFlags() })
    const referral = screen(withFlags('fever'))
    expect(ClearedSchema.safeParse(cleared).success).toBe(true)
    expect(ClearedSchema.safeParse({ ...cleared, risk: 'severe' }).success).toBe(false)
    expect(ReferralSchema.safeParse(referral).success).toBe(true)
    expect(ReferralSchema.safeParse({ ...referral, flags: [] }).success).toBe(false)
    expect(ReferralSchema.safeParse({ ...referral, advice: '' }).success).toBe(false)
    expect(ScreeningSchema.safeParse(referral).success).toBe(true)
    expect(ScreeningSchema.safeParse({ ...cleared, _tag: 'Referral' }).success).toBe(false)
    expect(RehabPlanSchema.safeParse({ screening: cleared, selection: good }).success).toBe(true)
    expect(RehabPlanSchema.safeParse({ screening: referral, selection: good }).success).toBe(false)
  })

  it('hold an assessment to 1-64 results', () => {
    const result = { movement: 'hip-bridge', pain: 1 }
    expect(AssessmentSchema.safeParse({ date: DATE, results: Array(64).fill(result) }).success).toBe(true)
    expect(AssessmentSchema.safeParse({ date: DATE, results: Array(65).fill(result) }).success).toBe(false)
    // Ids are only bounded here; the catalog refuses an unknown one with a clearer message.
    expect(AssessmentSchema.safeParse({ date: DATE, results: [{ ...result, variant: '' }] }).success).toBe(false)
    expect(AssessmentSchema.safeParse({ date: DATE, results: [{ ...result, movement: 'x'.repeat(65) }] }).success).toBe(false)
    expect(AssessmentSchema.safeParse({ date: DATE, results: [{ ...result, variant: 'x'.repeat(64) }] }).success).toBe(true)
  })
})
