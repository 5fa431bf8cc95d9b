import { describe, expect, it } from 'vitest'
import {
  evaluateCeiling,
  nextDose,
  parseCatalog,
  programToMarkdown,
  selectRehabMovements,
  simulateProgression,
  type EvaluateCeilingInput,
  type NextDoseInput,
  type ProgramToMarkdownInput,
  type SelectRehabMovementsInput,
} from '../../src/index.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

const UNREADABLE = 'could not be read (Cannot convert object to primitive value)'
const RANGE = 'must be a date from 1900-01-01 to 2999-12-31'

// Each case here was found by scripts/fuzz.ts throwing or running away before its fix.
describe('inputs that once escaped the checks', () => {
  it('refuses a value of the wrong type whose `length` cannot be read as a number, rather than throwing', () => {
    const unreadable: unknown = JSON.parse('{"length":{"toString":[],"valueOf":null}}')
    expect(selectRehabMovements({ intake: CLEAR_INTAKE, assessment: { date: '2026-11-02', results: unreadable } } as SelectRehabMovementsInput)).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'unreadable', path: ['assessment'], message: UNREADABLE }] },
    })
    expect(parseCatalog(unreadable as never)).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'unreadable', path: [], message: UNREADABLE }] },
    })
  })

  it('keeps dates where calendar arithmetic stays valid', () => {
    const result = evaluateCeiling({ sessions: [], mornings: [{ date: '9999-12-31', backPain: 2 }], baselinePain: 0, today: '9999-12-31' })
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      { code: 'too_big', path: ['mornings', 0, 'date'], message: RANGE },
      { code: 'too_big', path: ['today'], message: RANGE },
    ])
    expect(simulateProgression({ intake: CLEAR_INTAKE, movement: 'hip-thrust', start: '9999-12-31', weeks: 1, baselinePain: 1, response: { painDuring: 1 } })).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'too_big', path: ['start'], message: RANGE }] },
    })
  })

  it('finds the end of a flare-up lock from the logs, not by walking every day since', () => {
    // A day-by-day walk over a thousand years took seconds and ran past the test's time limit; this is one step.
    const input: EvaluateCeilingInput = { sessions: [], mornings: [{ date: '1990-11-21', backPain: 2 }], baselinePain: 0, today: '2999-12-29' }
    const result = evaluateCeiling(input)
    // Today has no morning check yet, so it may still count: the earliest is the day after tomorrow.
    expect(result._tag === 'Right' && result.right.progressionLockedUntil).toBe('2999-12-31')
  })

  it('refuses an unreadable `length` beside well-formed logs, which are read without zod, rather than throwing', () => {
    const movement: unknown = JSON.parse('{"__proto__":[],"length":[{"toString":[]}]}')
    expect(nextDose({ intake: CLEAR_INTAKE, movement, sessions: [], mornings: [], baselinePain: 0, today: '2026-11-21' } as NextDoseInput)).toEqual({
      _tag: 'Left',
      left: { _tag: 'InvalidInput', issues: [{ code: 'unreadable', path: [], message: UNREADABLE }] },
    })
  })

  it('refuses a program whose dates span more than it can hold', () => {
    const program = {
      start: '1900-01-01',
      end: '2999-12-31',
      timeZone: 'UTC',
      sessions: [],
      checkIns: [],
      reasons: [{ rule: 'program-frame', message: 'A frame.' }],
    }
    expect(programToMarkdown({ program } as ProgramToMarkdownInput)).toEqual({
      _tag: 'Left',
      left: {
        _tag: 'InvalidInput',
        issues: [{ code: 'inconsistent', path: ['program', 'end'], message: 'must end a whole number of weeks (1-52) after start' }],
      },
    })
  })
})
