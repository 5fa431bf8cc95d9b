import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/index.js'
import { RULE_IDS, type RuleIdOf } from '../../src/shared/rules.js'

describe('RULES', () => {
  it('lists its ids in RULE_IDS in the same order', () => {
    expect(RULE_IDS).toEqual(Object.keys(RULES))
  })

  it('puts every rule in one of the areas of the engine', () => {
    const areas = new Set(Object.values(RULES).map((rule) => rule.area))
    expect([...areas]).toEqual(['screening', 'selection', 'ceiling', 'soreness', 'progression', 'program', 'episode'])
  })

  it('gives the screening its red-flag, STarT Back and inflammatory screen rules', () => {
    const screening: RuleIdOf<'screening'>[] = [
      'red-flag',
      'red-flags-clear',
      'start-back-missing',
      'start-back-total',
      'start-back-psychosocial',
      'start-back-high-risk',
      'inflammatory-back-pain',
    ]
    expect(RULE_IDS.filter((rule) => RULES[rule].area === 'screening')).toEqual(screening)
  })

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(RULES)).toBe(true)
  })
})
