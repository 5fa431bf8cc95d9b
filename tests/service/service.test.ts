// The example service over real HTTP: one server on a free port for every case, so the test stays quick and
// exercises what a client meets (parsing, schema checks, status codes), not just the handlers.
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { InvalidInputSchema, planRehab, type PlanRehabInput } from 'rehab-engine'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServer } from '../../examples/service/server.js'
import { deadbugHold } from '../support/fixtures.js'

const ROOT = join(import.meta.dirname, '../..')
// A fresh copy for every case, so that one case's edits never leak into another.
const example = (): PlanRehabInput => JSON.parse(readFileSync(join(ROOT, 'examples/assessment.json'), 'utf8')) as PlanRehabInput

/** The example with its parts replaced; the JSON round trip drops the readonly types the engine's inputs carry. */
type Json = Record<string, any>
const editable = (): Json => example() as unknown as Json

let app: FastifyInstance
let base: string

beforeAll(async () => {
  app = buildServer()
  await app.listen({ host: '127.0.0.1', port: 0 })
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await app.close()
})

const post = async (path: string, body: unknown, contentType = 'application/json') => {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Json }
}

/** Each issue's path, as the engine writes it in a message: keys and indexes joined by dots. */
const paths = (body: Json): string[] => (body['issues'] as { path: (string | number)[] }[]).map((issue) => issue.path.join('.'))
const redFlagged = (flag: string) => {
  const input = editable()
  input['intake']['redFlags'][flag] = true
  return input
}

describe('POST /plan', () => {
  it('answers 200 with the plan the engine makes, five movements for the example', async () => {
    const { status, body } = await post('/plan', example())
    expect(status).toBe(200)
    expect(body['selection']['selected']).toHaveLength(5)
    const direct = planRehab(example())
    expect(direct._tag).toBe('Right')
    expect(body).toEqual(direct._tag === 'Right' ? direct.right : undefined)
  })

  it('passes the options through: a lower pain ceiling', async () => {
    const { status, body } = await post('/plan', { ...example(), options: { painCeiling: 2 } })
    expect(status).toBe(200)
    expect(body['selection']['painCeiling']).toBe(2)
  })

  it('answers a red flag with 200 and the referral, never a plan', async () => {
    const { status, body } = await post('/plan', redFlagged('fever'))
    expect(status).toBe(200)
    expect(body).toMatchObject({ _tag: 'Referral', cause: 'red-flag', urgency: 'soon' })
    expect(body['reasons'].map((reason: Json) => reason['rule'])).toContain('red-flag')
    expect(body).not.toHaveProperty('selection')
  })

  it('refuses with 400 what the shipped schema catches, in the shape and words of the engine', async () => {
    const input = editable()
    input['assessment']['results'][1]['pain'] = 11
    delete input['intake']['redFlags']['fever']
    const { status, body } = await post('/plan', input)
    expect(status).toBe(400)
    expect(InvalidInputSchema.safeParse(body).success).toBe(true)
    expect(body['issues']).toEqual(
      expect.arrayContaining([
        { code: 'too_big', path: ['assessment', 'results', 1, 'pain'], message: 'must be at most 10' },
        { code: 'required', path: ['intake', 'redFlags', 'fever'], message: 'is required' },
      ]),
    )
    expect(paths(body).sort()).toEqual(['assessment.results.1.pain', 'intake.redFlags.fever'])
  })

  it('names a value out of range as the engine does', async () => {
    const input = editable()
    input['assessment']['results'][1]['pain'] = 11
    const door = (await post('/plan', input)).body['issues']
    const engine = planRehab(input as PlanRehabInput)
    expect(engine._tag === 'Left' && engine.left._tag === 'InvalidInput' ? engine.left.issues : []).toEqual(door)
  })

  it('refuses, rather than coerces or drops, a pain written as text and an unknown field', async () => {
    const input = editable()
    input['assessment']['results'][0]['pain'] = '1'
    input['intake']['weight'] = 80
    const { status, body } = await post('/plan', input)
    expect(status).toBe(400)
    expect(body['issues']).toEqual(
      expect.arrayContaining([
        { code: 'invalid_type', path: ['assessment', 'results', 0, 'pain'], message: 'must be a whole number' },
        { code: 'unknown_key', path: ['intake', 'weight'], message: 'is not a known field' },
      ]),
    )
    expect(paths(body).sort()).toEqual(['assessment.results.0.pain', 'intake.weight'])
  })

  it('refuses with 400 what only the engine catches: a movement not in the catalog', async () => {
    const input = editable()
    input['assessment']['results'][0]['movement'] = 'handstand'
    const { status, body } = await post('/plan', input)
    expect(status).toBe(400)
    expect(body).toEqual({
      _tag: 'InvalidInput',
      issues: [{ code: 'not_in_catalog', path: ['assessment', 'results', 0, 'movement'], message: '"handstand" is not a movement of the catalog' }],
    })
  })

  it('answers 422 with the referral when every movement hurts too much', async () => {
    const input = editable()
    for (const result of input['assessment']['results'] as Json[]) result['pain'] = 7
    const { status, body } = await post('/plan', input)
    expect(status).toBe(422)
    expect(body).toMatchObject({ _tag: 'Referral', cause: 'too-few-tolerable' })
  })

  it('refuses a body that is not JSON with 400', async () => {
    const broken = await post('/plan', '{"intake": ', 'application/json')
    expect(broken.status).toBe(400)
    expect(broken.body).toEqual({ _tag: 'InvalidInput', issues: [{ code: 'invalid_format', path: [], message: 'must be a JSON document' }] })
    const text = await post('/plan', 'my back hurts', 'text/plain')
    expect(text.status).toBe(400)
    expect(text.body['issues'].map((issue: Json) => issue['path'])).toEqual([[]])
  })
})

describe('POST /progress', () => {
  const mornings = [
    { date: '2026-11-18', backPain: 1 },
    { date: '2026-11-20', backPain: 1 },
  ]
  const progress = (sessions: unknown[], intake: unknown = example().intake) => post('/progress', { intake, movement: 'deadbug', sessions, mornings, baselinePain: 1, today: '2026-11-21' })

  it('decides the deadbug dose from the sessions logged', async () => {
    const { status, body } = await progress([deadbugHold('2026-11-17', 20), deadbugHold('2026-11-19', 25)])
    expect(status).toBe(200)
    expect(body).toMatchObject({ movement: 'deadbug', action: 'progress', dose: { kind: 'hold', sets: 2, seconds: 30 } })
  })

  it('answers a pause after repeated red with 200 and the pause, never a dose', async () => {
    const red = (date: string) => ({ ...deadbugHold(date, 20), painDuring: 6 })
    const { status, body } = await progress([red('2026-11-17'), red('2026-11-19')])
    expect(status).toBe(200)
    expect(body).toMatchObject({ _tag: 'Paused', movement: 'deadbug', resumeOn: '2026-11-28' })
    expect(body).not.toHaveProperty('dose')
  })

  it('answers a red flag in the intake with 200 and the referral, never a dose', async () => {
    const intake = editable()['intake']
    intake.redFlags['saddle-numbness'] = true
    const { status, body } = await progress([deadbugHold('2026-11-17', 20), deadbugHold('2026-11-19', 25)], intake)
    expect(status).toBe(200)
    expect(body).toMatchObject({ _tag: 'Referral', cause: 'red-flag', urgency: 'emergency' })
    expect(body).not.toHaveProperty('dose')
  })

  it('refuses a body without an intake', async () => {
    const { status, body } = await post('/progress', { movement: 'deadbug', sessions: [], mornings, baselinePain: 1, today: '2026-11-21' })
    expect(status).toBe(400)
    expect(paths(body)).toEqual(['intake'])
  })

  it('answers pain of 8 with 200 and the referral', async () => {
    const { status, body } = await progress([{ ...deadbugHold('2026-11-19', 20), painDuring: 8 }])
    expect(status).toBe(200)
    expect(body).toMatchObject({ _tag: 'Referral', cause: 'ceiling' })
  })

  it('refuses a dose of the wrong shape with one issue at the dose', async () => {
    const { status, body } = await progress([{ date: '2026-11-20', movement: 'deadbug', performed: { kind: 'hold', sets: 2, reps: 3 }, completed: true, painDuring: 1 }])
    expect(status).toBe(400)
    expect(body['issues']).toEqual([{ code: 'invalid_union', path: ['sessions', 0, 'performed'], message: 'does not match any accepted shape' }])
  })

  it('refuses the history field of the old API as unknown, and asks for the sessions', async () => {
    const { status, body } = await post('/progress', { intake: example().intake, movement: 'deadbug', history: [], mornings, baselinePain: 1, today: '2026-11-21' })
    expect(status).toBe(400)
    expect(paths(body).sort()).toEqual(['history', 'sessions'])
  })
})

describe('POST /program', () => {
  it('lays the plan out: three sessions a day for eight weeks, in the zone asked for', async () => {
    const { status, body } = await post('/program', { plan: example(), layout: { start: '2026-11-02', options: { weeks: 8, timeZone: 'Europe/Berlin' } } })
    expect(status).toBe(200)
    expect(body['plan']['selection']['selected']).toHaveLength(5)
    expect(body['program']['sessions']).toHaveLength(8 * 7 * 3)
    expect(body['program']).toMatchObject({ start: '2026-11-02', end: '2026-12-27', timeZone: 'Europe/Berlin' })
    expect(body['program']['sessions'][0]['start']).toBe('2026-11-02T08:00:00+01:00')
  })

  it('refuses a date that is not on the calendar, at its place in the body', async () => {
    const { status, body } = await post('/program', { plan: example(), layout: { start: '2026-02-30' } })
    expect(status).toBe(400)
    expect(body['_tag']).toBe('InvalidInput')
    expect(body['issues']).toEqual([{ code: 'invalid_format', path: ['layout', 'start'], message: 'must be a calendar date written YYYY-MM-DD' }])
  })

  it('names an option only the engine can judge under layout.options', async () => {
    const { status, body } = await post('/program', { plan: example(), layout: { start: '2026-11-02', options: { timeZone: 'Mars/Olympus_Mons', deadbugDays: ['monday', 'tuesday'] } } })
    expect(status).toBe(400)
    expect(paths(body)).toEqual(['layout.options.timeZone', 'layout.options.deadbugDays'])
    expect(body['issues'][1]).toEqual({
      code: 'inconsistent',
      path: ['layout', 'options', 'deadbugDays'],
      message: 'deadbug days must be at least 2 days apart, the week wrapping round',
    })
  })

  it('refuses a missing start, a selection and a catalog sent by the client', async () => {
    const { status, body } = await post('/program', { plan: example(), layout: { selection: { selected: [] }, options: { catalog: [] } } })
    expect(status).toBe(400)
    expect(paths(body).sort()).toEqual(['layout.options.catalog', 'layout.selection', 'layout.start'])
  })

  it('puts the plan first: a red flag refers, with no program', async () => {
    const { status, body } = await post('/program', { plan: redFlagged('night-pain'), layout: { start: '2026-11-02' } })
    expect(status).toBe(200)
    expect(body).toMatchObject({ _tag: 'Referral', cause: 'red-flag' })
    expect(body).not.toHaveProperty('program')
  })

  it('names plan issues under plan', async () => {
    const plan = editable()
    plan['assessment']['results'][0]['movement'] = 'handstand'
    const { status, body } = await post('/program', { plan, layout: { start: '2026-11-02' } })
    expect(status).toBe(400)
    expect(body['issues']).toEqual([{ code: 'not_in_catalog', path: ['plan', 'assessment', 'results', 0, 'movement'], message: '"handstand" is not a movement of the catalog' }])
  })

  it('answers 422 when too few movements are tolerable for a plan to lay out', async () => {
    const plan = editable()
    for (const result of plan['assessment']['results'] as Json[]) result['pain'] = 7
    const { status, body } = await post('/program', { plan, layout: { start: '2026-11-02' } })
    expect(status).toBe(422)
    expect(body).toMatchObject({ _tag: 'Referral', cause: 'too-few-tolerable' })
  })
})
