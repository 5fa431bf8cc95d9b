import { describe, expect, it } from 'vitest'
import { CEILING_ACTIONS } from '../../../src/index.js'
import { afterLiftedStop } from '../../../src/progression/steps/liftedStop.js'

describe('afterLiftedStop', () => {
  it('turns the two stops into a step down and keeps every other action', () => {
    expect(Object.fromEntries(CEILING_ACTIONS.map((action) => [action, afterLiftedStop(action)]))).toEqual({
      progress: 'progress',
      hold: 'hold',
      'step-down': 'step-down',
      pause: 'step-down',
      'stop-and-refer': 'step-down',
    })
  })
})
