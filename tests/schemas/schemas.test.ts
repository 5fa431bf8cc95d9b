import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fc, test } from '@fast-check/vitest'
import { Ajv, type ValidateFunction } from 'ajv'
import { describe, expect, it } from 'vitest'
import {
  buildProgram,
  decideDay,
  replayEpisode,
  snapshotEpisode,
  outcomeReport,
  evaluateCeiling,
  nextDose,
  planRehab,
  screenIntake,
  selectRehabMovements,
  simulateProgression,
  type EpisodeEventInput,
  type PlanRehabInput,
} from '../../src/index.js'
import { assessmentArbitrary } from '../arbitraries/assessment.js'
import { programInputArbitrary } from '../arbitraries/program.js'
import { hostileValues } from '../support/hostile.js'
import { CLEAR_INTAKE } from '../arbitraries/intake.js'

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
type Example = { intake: { redFlags: Record<string, boolean> } & Record<string, unknown>; assessment: { date: string; results: { movement: string; pain: number }[] } }
// The JSON round trip makes a fresh, writable copy; `plan` gives it the engine's readonly input type.
const example = () => JSON.parse(readFileSync(join(ROOT, 'examples/assessment.json'), 'utf8')) as Example
const plan = (value: Example) => value as unknown as PlanRehabInput
const right = <Value>(result: { _tag: 'Left'; left: unknown } | { _tag: 'Right'; right: Value }): Value => {
  if (result._tag !== 'Right') throw new Error(`expected a Right, got ${JSON.stringify(result.left)}`)
  return result.right
}
const leftOf = (result: { _tag: 'Left'; left: unknown } | { _tag: 'Right' }): unknown => {
  if (result._tag !== 'Left') throw new Error('expected a Left')
  return result.left
}
const hold = (date: string, painDuring: number) => ({ date, movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 20 }, completed: true, painDuring }) as const
const logs = { sessions: [hold('2026-11-20', 1)], mornings: [{ date: '2026-11-21', backPain: 1 }], baselinePain: 1, today: '2026-11-21' } as const

describe('the shipped JSON Schemas', () => {
  it('are draft-07 documents that compile, one for every public input and output', () => {
    const names = readdirSync(SCHEMAS).map((file) => file.replace(/\.json$/, ''))
    expect(names).toEqual(
      expect.arrayContaining([
        'plan-rehab-input',
        'rehab-plan',
        'referral',
        'paused',
        'evaluate-ceiling-input',
        'ceiling-verdict',
        'next-dose-input',
        'dose-decision',
        'build-program-input',
        'program',
        'program-to-markdown-input',
        'program-to-ics-input',
        'invalid-input',
        'catalog',
        'episode',
        'decide-day-input',
        'day-plan',
        'replayed-day',
        'episode-snapshot',
        'snapshot-episode-input',
        'episode-ceiling-input',
        'episode-dose-input',
        'outcome-report-input',
        'outcome-report',
      ]),
    )
    for (const name of names) {
      expect(requireFromPackage(`rehab-engine/schemas/${name}.json`)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: `rehab-engine ${name}` })
      expect(() => schema(name)).not.toThrow()
    }
  })

  it('accept the bundled example and the engine outputs made from it', () => {
    const input = example()
    expect(valid('plan-rehab-input', input)).toBe(true)
    expect(valid('screening', right(screenIntake(plan(input).intake)))).toBe(true)
    const made = right(planRehab(plan(input)))
    expect(valid('rehab-plan', made)).toBe(true)
    const programInput = { start: '2026-11-02', plan: made, options: { weeks: 2, timeZone: 'Europe/Berlin' } }
    expect(valid('build-program-input', programInput)).toBe(true)
    const program = right(buildProgram(programInput))
    expect(valid('program', program)).toBe(true)
    expect(valid('program-to-markdown-input', { program })).toBe(true)
    expect(valid('program-to-ics-input', { program, options: { idPrefix: 'client-7', stamp: '2026-11-01T00:00:00Z' } })).toBe(true)
    expect(valid('evaluate-ceiling-input', logs)).toBe(true)
    expect(valid('ceiling-verdict', right(evaluateCeiling(logs)))).toBe(true)
    const doseInput = { intake: plan(input).intake, ...logs, movement: 'deadbug' }
    expect(valid('next-dose-input', doseInput)).toBe(true)
    expect(valid('dose-decision', right(nextDose(doseInput)))).toBe(true)
    const script = { intake: plan(input).intake, movement: 'hip-thrust', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 } }
    expect(valid('simulate-progression-input', script)).toBe(true)
    expect(valid('simulate-progression-input', { ...script, intake: undefined })).toBe(false)
    expect(valid('simulation', right(simulateProgression(script)))).toBe(true)
  })

  it('accept an episode and what decideDay and replayEpisode make of it, and refuse a stop with a dose', () => {
    const assessment = { type: 'assessment', date: '2026-11-02', results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })) } as const
    const episode = { intake: plan(example()).intake, baselinePain: 1, events: [assessment, { type: 'morning', date: '2026-11-03', backPain: 1 }] as EpisodeEventInput[] }
    expect(valid('episode', episode)).toBe(true)
    expect(valid('decide-day-input', { episode, today: '2026-11-03' })).toBe(true)
    expect(valid('day-plan', right(decideDay({ episode, today: '2026-11-03' })))).toBe(true)
    const replayed = right(replayEpisode({ episode, through: '2026-11-04' }))
    expect(replayed.map((day) => valid('replayed-day', day))).toEqual([true, true, true])
    const referred = { ...episode, events: [...episode.events, { type: 'session' as const, date: '2026-11-03', movement: 'hip-bridge', performed: { kind: 'reps' as const, sets: 1, reps: 5 }, completed: true, painDuring: 10 }] }
    const held = decideDay({ episode: referred, today: '2026-11-04' })
    expect(held._tag === 'Left' && valid('episode-referral', held.left)).toBe(true)
    expect(held._tag === 'Left' && valid('episode-referral', { ...held.left, dose: { kind: 'reps', sets: 1, reps: 5 } })).toBe(false)
    expect(valid('episode-event', { type: 'clearance', date: '2026-11-05', clears: 'referral', by: 'Dr Hale' })).toBe(true)
    expect(valid('episode-ceiling-input', { episode, today: '2026-11-03' })).toBe(true)
    expect(valid('episode-dose-input', { episode, movement: 'hip-bridge', today: '2026-11-03' })).toBe(true)
    expect(valid('episode-dose-input', { episode, today: '2026-11-03' })).toBe(false)
    expect(valid('snapshot-episode-input', { episode, through: '2026-11-03' })).toBe(true)
    const snapshot = right(snapshotEpisode({ episode: referred, through: '2026-11-03' }))
    expect(valid('episode-snapshot', snapshot)).toBe(true)
    expect(valid('episode-snapshot', { ...snapshot, version: 3 })).toBe(false)
    expect(valid('decide-day-input', { snapshot, events: [], today: '2026-11-04' })).toBe(true)
    expect(valid('outcome-report-input', { episode, today: '2026-11-03' })).toBe(true)
    const report = right(outcomeReport({ episode, today: '2026-11-03' }))
    expect(valid('outcome-report', report)).toBe(true)
    expect(valid('outcome-report', { ...report, backPain: { ...report.backPain, verdict: 'better' } })).toBe(false)
  })

  it('describe every Left the engine gives: a referral of each cause, a pause, and invalid input', () => {
    const flagged = example()
    flagged.intake.redFlags['fever'] = true
    expect(valid('referral', leftOf(planRehab(plan(flagged))))).toBe(true)
    expect(valid('screening', right(screenIntake(plan(flagged).intake)))).toBe(true)
    const painful = example()
    for (const result of painful.assessment.results) result.pain = 7
    expect(valid('referral', leftOf(planRehab(plan(painful))))).toBe(true)
    expect(valid('referral', leftOf(nextDose({ intake: CLEAR_INTAKE, ...logs, movement: 'deadbug', sessions: [hold('2026-11-20', 8)] })))).toBe(true)
    expect(valid('paused', leftOf(nextDose({ intake: CLEAR_INTAKE, ...logs, movement: 'deadbug', sessions: [hold('2026-11-17', 6), hold('2026-11-19', 6)] })))).toBe(true)
    expect(valid('invalid-input', leftOf(buildProgram({ start: '2026-02-30', plan: right(planRehab(plan(example()))) })))).toBe(true)
  })

  it('refuse bad examples, naming the same fields the engine names', () => {
    const input = example()
    const bad = { ...input, assessment: { ...input.assessment, results: [{ movement: 'hip-bridge', pain: 11 }] }, extra: true }
    const validate = schema('plan-rehab-input')
    expect(validate(bad)).toBe(false)
    expect(validate.errors?.map((error) => error.instancePath || error.params)).toEqual(expect.arrayContaining(['/assessment/results/0/pain', { additionalProperty: 'extra' }]))
    const { fever: _fever, ...unanswered } = input.intake.redFlags
    expect(valid('plan-rehab-input', { ...input, intake: { ...input.intake, redFlags: unanswered } })).toBe(false)
    expect(valid('assessment', { date: '2026-02-30', results: [{ movement: 'hip-bridge', pain: 1 }] })).toBe(false)
    expect(valid('assessment', { date: '2026-11-02', results: Array(65).fill({ movement: 'hip-bridge', pain: 1 }) })).toBe(false)
    expect(valid('dose', { kind: 'hold', sets: 2, reps: 20 })).toBe(false)
    expect(valid('invalid-input', { _tag: 'InvalidInput', issues: [] })).toBe(false)
    expect(valid('invalid-input', { _tag: 'InvalidInput', issues: [{ code: 'required', path: 'start', message: 'is required' }] })).toBe(false)
    expect(valid('referral', { _tag: 'Referral', cause: 'red-flag', urgency: 'soon', advice: 'See a doctor.', reasons: [] })).toBe(false)
    expect(valid('paused', { _tag: 'Paused', movement: 'deadbug', resumeOn: '2026-11-28', dose: { kind: 'hold', sets: 2, seconds: 20 }, reasons: [{ rule: 'ceiling-pause', message: 'x' }] })).toBe(false)
  })

  it('refuse a malformed program layout, as buildProgram does', () => {
    const made = right(planRehab(plan(example())))
    for (const options of [{ weeks: 53 }, { weeks: 0 }, { sessionTimes: ['08:00', '13:00'] }, { deadbugDays: ['monday', 'wednesday', 'friday', 'sunday'] }, { thoracicPressDays: ['friday'] }, { colour: 'red' }]) {
      const input = { start: '2026-11-02', plan: made, options }
      expect(valid('build-program-input', input)).toBe(false)
      expect(buildProgram(input as never)._tag).toBe('Left')
    }
    expect(valid('build-program-input', { start: '2026-11-02', plan: made, weeks: 2 })).toBe(false)
    expect(valid('build-program-input', { start: '2026-11-02', selection: made.selection })).toBe(false)
    expect(valid('program-to-ics-input', { program: right(buildProgram({ start: '2026-11-02', plan: made })), options: { idPrefix: 'two words' } })).toBe(false)
    // A calendar names whose events it holds: the id prefix is required.
    expect(valid('program-to-ics-input', { program: right(buildProgram({ start: '2026-11-02', plan: made })) })).toBe(false)
    expect(valid('program-to-ics-input', { program: right(buildProgram({ start: '2026-11-02', plan: made })), options: {} })).toBe(false)
  })

  test.prop([assessmentArbitrary()], { numRuns: 200 })('agree with the engine on every generated assessment and its selection', (assessment) => {
    expect(valid('assessment', assessment)).toBe(true)
    expect(valid('select-rehab-movements-input', { intake: CLEAR_INTAKE, assessment })).toBe(true)
    expect(valid('select-rehab-movements-input', { assessment })).toBe(false)
    const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment })
    expect(valid(result._tag === 'Right' ? 'rehab-selection' : result.left._tag === 'Referral' ? 'referral' : 'invalid-input', result._tag === 'Right' ? result.right : result.left)).toBe(true)
  })

  test.prop([programInputArbitrary], { numRuns: 50 })('describe every generated program input and the program made from it', (input) => {
    expect(valid('build-program-input', input)).toBe(true)
    expect(valid('program', right(buildProgram(input)))).toBe(true)
  })

  test.prop([fc.integer({ min: -3, max: 14 })], { numRuns: 100 })('draw the pain bounds where the engine does', (pain) => {
    const assessment = { date: '2026-11-02', results: [{ movement: 'hip-bridge', pain }] }
    const result = selectRehabMovements({ intake: CLEAR_INTAKE, assessment })
    const engineAccepts = !(result._tag === 'Left' && result.left._tag === 'InvalidInput')
    expect(valid('assessment', assessment)).toBe(engineAccepts)
    expect(engineAccepts).toBe(pain >= 0 && pain <= 10)
  })

  it.each(hostileValues())('describe the InvalidInput the engine gives for %s', (_name, value) => {
    expect(valid('invalid-input', leftOf(buildProgram(value as never)))).toBe(true)
  })
})
