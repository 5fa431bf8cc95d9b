import { describe, expect, it } from 'vitest'
import { CEILING_ACTIONS } from '../../../src/index.js'
import { afterLiftedStop } from '../../../src/progression/steps/liftedStop.js'

describe('afterLiftedStop', () => {
  it('turns the two stops into a step down when the red is on the latest day, and keeps every other action', () => {
    expect(Object.fromEntries(CEILING_ACTIONS.map((action) => [action, afterLiftedStop(action, true)]))).toEqual({
      progress: 'progress',
      hold: 'hold',
      'step-down': 'step-down',
      pause: 'step-down',
      'stop-and-refer': 'step-down',
    })
  })

  it('turns the two stops into a hold once a later day has answered the red', () => {
    expect(Object.fromEntries(CEILING_ACTIONS.map((action) => [action, afterLiftedStop(action, false)]))).toEqual({
      progress: 'progress',
      hold: 'hold',
      'step-down': 'step-down',
      pause: 'hold',
      'stop-and-refer': 'hold',
    })
  })
})
