import { describe, expect, it } from 'vitest'
import { NO_RED_FLAGS, ReferralSchema, planRehab, selectRehabMovements } from '../../../src/index.js'

// domain.md section 3; seed 003: a movement that hurts at or over the refer threshold is a reason to be checked, not a silent exclusion.
const assessment = (pains: Readonly<Record<string, number>>) => ({
  date: '2026-11-02',
  results: Object.entries(pains).map(([movement, pain]) => ({ movement, pain })),
})
const tolerable = { 'hip-mobility': 1, 'cat-camel': 0, 'hip-bridge': 2, 'bird-dog': 1 }
const intake = { age: 38, redFlags: NO_RED_FLAGS }

describe('an assessment movement at or over the refer threshold', () => {
  it('refers soon, naming the movement and its score, even when enough others are tolerable', () => {
    const result = planRehab({ intake, assessment: assessment({ ...tolerable, 'side-plank-clam-shell': 8 }) })
    expect(result).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'Referral',
        cause: 'assessment-pain',
        urgency: 'soon',
        advice: 'A movement hurt severely at the assessment. Hold off on the exercises and have the pain checked by a doctor or physiotherapist within the next few days.',
        reasons: [
          {
            rule: 'assessment-pain',
            message: 'At the assessment side-plank-clam-shell (8/10) hurt 8/10 or more, the pain that has to be checked before exercising.',
            value: ['side-plank-clam-shell'],
            limit: 8,
            source: 'seed 003: stop exercising until the pain is checked and managed',
            params: { scored: ['side-plank-clam-shell (8/10)'], referPain: 8 },
          },
        ],
      },
    })
    expect(result._tag === 'Left' && ReferralSchema.safeParse(result.left).success).toBe(true)
  })

  it('names every such movement in catalog order, and leaves 7/10 to the pain ceiling alone', () => {
    const both = selectRehabMovements({ intake, assessment: assessment({ ...tolerable, 'side-plank-clam-shell': 10, 'in-line-lunge-halo': 9 }) })
    expect(both._tag === 'Left' && both.left._tag === 'Referral' && both.left.reasons[0]!.value).toEqual(['in-line-lunge-halo', 'side-plank-clam-shell'])
    const seven = selectRehabMovements({ intake, assessment: assessment({ ...tolerable, 'side-plank-clam-shell': 7 }) })
    expect(seven._tag === 'Right' && seven.right.excluded.map((entry) => [entry.movement, entry.reason.rule])).toEqual([['side-plank-clam-shell', 'pain-ceiling']])
  })

  it('gives way to a red flag, which refers first', () => {
    const result = planRehab({ intake: { ...intake, redFlags: { ...NO_RED_FLAGS, fever: true } }, assessment: assessment({ ...tolerable, 'side-plank-clam-shell': 9 }) })
    expect(result._tag === 'Left' && result.left._tag === 'Referral' && result.left.cause).toBe('red-flag')
  })
})
