import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fc, test } from '@fast-check/vitest'
import { Ajv, type ValidateFunction } from 'ajv'
import { describe, expect, it } from 'vitest'
import {
  buildProgram,
  evaluateCeiling,
  nextDose,
  planRehab,
  selectRehabMovements,
  simulateProgression,
  type PlanRehabInput,
} from '../../src/index.js'
import { assessmentArbitrary } from '../arbitraries/assessment.js'

const ROOT = join(import.meta.dirname, '../..')
const SCHEMAS = join(ROOT, 'schemas')
// The schemas as a user loads them: through the package's own exports map.
const requireFromPackage = createRequire(join(ROOT, 'package.json'))

// The zod date pattern does the checking; `format` is left to the pattern, as most validators treat it as advisory.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false })
const validators = new Map<string, ValidateFunction>()
const schema = (name: string): ValidateFunction => {
  let validate = validators.get(name)
  if (validate === undefined) {
    validate = ajv.compile(requireFromPackage(`rehab-engine/schemas/${name}.json`) as object)
    validators.set(name, validate)
  }
  return validate
}
const valid = (name: string, value: unknown) => schema(name)(value)
const example = () => JSON.parse(readFileSync(join(ROOT, 'examples/assessment.json'), 'utf8')) as PlanRehabInput & Record<string, never>
const right = <Value>(result: { _tag: 'Left' } | { _tag: 'Right'; right: Value }): Value => {
  if (result._tag !== 'Right') throw new Error('expected a Right')
  return result.right
}

describe('the shipped JSON Schemas', () => {
  it('are draft-07 documents that compile, one for every public input and output', () => {
    const names = readdirSync(SCHEMAS).map((file) => file.replace(/\.json$/, ''))
    expect(names).toEqual(expect.arrayContaining(['plan-rehab-input', 'rehab-plan', 'evaluate-ceiling-input', 'ceiling-verdict', 'next-dose-input', 'dose-decision', 'build-program-input', 'program', 'invalid-input', 'catalog']))
    for (const name of names) {
      expect(requireFromPackage(`rehab-engine/schemas/${name}.json`)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#' })
      expect(() => schema(name)).not.toThrow()
    }
  })

  it('accept the bundled example and the engine outputs made from it', () => {
    const input = example()
    expect(valid('plan-rehab-input', input)).toBe(true)
    const plan = right(planRehab(input))
    expect(valid('rehab-plan', plan)).toBe(true)
    const program = right(buildProgram({ start: '2026-11-02', weeks: 2, timeZone: 'Europe/Berlin', selection: plan.selection }))
    expect(valid('program', program)).toBe(true)
    const logs = {
      sessions: [{ date: '2026-11-20', movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 20 }, completed: true, painDuring: 1 }],
      mornings: [{ date: '2026-11-21', backPain: 1 }],
      baselinePain: 1,
      today: '2026-11-21',
    } as const
    expect(valid('evaluate-ceiling-input', logs)).toBe(true)
    expect(valid('ceiling-verdict', right(evaluateCeiling(logs)))).toBe(true)
    const doseInput = { movement: 'deadbug', history: logs.sessions, mornings: logs.mornings, baselinePain: 1, today: '2026-11-21' }
    expect(valid('next-dose-input', doseInput)).toBe(true)
    expect(valid('dose-decision', right(nextDose(doseInput)))).toBe(true)
    expect(valid('simulation', right(simulateProgression({ movement: 'hip-thrust', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 } })))).toBe(true)
  })

  it('refuse bad examples, naming the same fields the engine names', () => {
    const input = example()
    const bad = { ...input, assessment: { ...input.assessment, results: [{ movement: 'hip-bridge', pain: 11 }] }, extra: true }
    const validate = schema('plan-rehab-input')
    expect(validate(bad)).toBe(false)
    expect(validate.errors?.map((error) => error.instancePath || error.params)).toEqual(
      expect.arrayContaining(['/assessment/results/0/pain', { additionalProperty: 'extra' }]),
    )
    const { fever: _fever, ...unanswered } = input.intake.redFlags
    expect(valid('plan-rehab-input', { ...input, intake: { ...input.intake, redFlags: unanswered } })).toBe(false)
    expect(valid('assessment', { date: '2026-02-30', results: [{ movement: 'hip-bridge', pain: 1 }] })).toBe(false)
    expect(valid('assessment', { date: '2026-11-02', results: Array(65).fill({ movement: 'hip-bridge', pain: 1 }) })).toBe(false)
    expect(valid('dose', { kind: 'hold', sets: 2, reps: 20 })).toBe(false)
    expect(valid('invalid-input', { _tag: 'InvalidInput', issues: [] })).toBe(false)
  })

  test.prop([assessmentArbitrary()], { numRuns: 300 })('agree with the engine on every generated assessment and its selection', (assessment) => {
    expect(valid('assessment', assessment)).toBe(true)
    const result = selectRehabMovements(assessment)
    expect(valid(result._tag === 'Right' ? 'rehab-selection' : 'not-enough-tolerable-movements', result._tag === 'Right' ? result.right : result.left)).toBe(true)
  })

  test.prop([fc.integer({ min: -3, max: 14 })], { numRuns: 100 })('draw the pain bounds where the engine does', (pain) => {
    const assessment = { date: '2026-11-02', results: [{ movement: 'hip-bridge', pain }] }
    const result = selectRehabMovements(assessment)
    const engineAccepts = !(result._tag === 'Left' && result.left._tag === 'InvalidInput')
    expect(valid('assessment', assessment)).toBe(engineAccepts)
    expect(engineAccepts).toBe(pain >= 0 && pain <= 10)
  })
})
