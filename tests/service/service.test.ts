// The example service over real HTTP: one server on a free port for every case, so the test stays quick and
// exercises what a client meets (parsing, schema checks, status codes), not just the handlers.
import { readFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { planRehab, type PlanRehabInput } from 'rehab-engine'
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

const paths = (body: Json): string[] => (body['issues'] as { path: string }[]).map((issue) => issue.path)

describe('POST /plan', () => {
  it('answers 200 with the plan the engine makes, five movements for the example', async () => {
    const { status, body } = await post('/plan', example())
    expect(status).toBe(200)
    expect(body['selection']['selected']).toHaveLength(5)
    const direct = planRehab(example())
    expect(direct._tag).toBe('Right')
    expect(body).toEqual(direct._tag === 'Right' ? direct.right : undefined)
  })

  it('answers a red flag with 200 and the referral, never a plan', async () => {
    const input = editable()
    input['intake']['redFlags']['fever'] = true
    const { status, body } = await post('/plan', input)
    expect(status).toBe(200)
    expect(body['_tag']).toBe('Referral')
    expect(body['flags']).toEqual(['fever'])
    expect(body).not.toHaveProperty('selection')
  })

  it('refuses with 400 what the shipped schema catches, naming every field as the engine would', async () => {
    const input = editable()
    input['assessment']['results'][1]['pain'] = 11
    delete input['intake']['redFlags']['fever']
    const { status, body } = await post('/plan', input)
    expect(status).toBe(400)
    expect(body).toEqual({
      _tag: 'InvalidInput',
      issues: expect.arrayContaining([
        { path: 'assessment.results.1.pain', message: 'must be at most 10' },
        { path: 'intake.redFlags.fever', message: 'is required' },
      ]),
    })
    expect(paths(body).sort()).toEqual(['assessment.results.1.pain', 'intake.redFlags.fever'])
  })

  it('refuses, rather than coerces or drops, a pain written as text and an unknown field', async () => {
    const input = editable()
    input['assessment']['results'][0]['pain'] = '1'
    input['intake']['weight'] = 80
    const { status, body } = await post('/plan', input)
    expect(status).toBe(400)
    expect(paths(body).sort()).toEqual(['assessment.results.0.pain', 'intake.weight'])
  })

  it('refuses with 400 what only the engine catches: a movement not in the catalog', async () => {
    const input = editable()
    input['assessment']['results'][0]['movement'] = 'handstand'
    const { status, body } = await post('/plan', input)
    expect(status).toBe(400)
    expect(body['_tag']).toBe('InvalidInput')
    expect(paths(body)).toEqual(['assessment.results.0.movement'])
  })

  it('answers 422 when every movement hurts too much', async () => {
    const input = editable()
    for (const result of input['assessment']['results'] as Json[]) result['pain'] = 7
    const { status, body } = await post('/plan', input)
    expect(status).toBe(422)
    expect(body['_tag']).toBe('NotEnoughTolerableMovements')
  })

  it('refuses a body that is not JSON with 400', async () => {
    const broken = await post('/plan', '{"intake": ', 'application/json')
    expect(broken.status).toBe(400)
    expect(broken.body).toEqual({ _tag: 'InvalidInput', issues: [{ path: '', message: expect.any(String) }] })
    const text = await post('/plan', 'my back hurts', 'text/plain')
    expect(text.status).toBe(400)
    expect(paths(text.body)).toEqual([''])
  })
})

describe('POST /progress', () => {
  it('decides the deadbug dose', async () => {
    const { status, body } = await post('/progress', {
      movement: 'deadbug',
      history: [deadbugHold('2026-11-17', 20), deadbugHold('2026-11-19', 25)],
      mornings: [
        { date: '2026-11-18', backPain: 1 },
        { date: '2026-11-20', backPain: 1 },
      ],
      baselinePain: 1,
      today: '2026-11-21',
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ movement: 'deadbug', action: 'progress', dose: { kind: 'hold', sets: 2, seconds: 30 } })
  })

  it('refuses a dose of the wrong shape with one issue at the dose', async () => {
    const { status, body } = await post('/progress', {
      movement: 'deadbug',
      history: [{ date: '2026-11-20', movement: 'deadbug', performed: { kind: 'hold', sets: 2, reps: 3 }, completed: true, painDuring: 1 }],
      mornings: [],
      baselinePain: 1,
      today: '2026-11-21',
    })
    expect(status).toBe(400)
    expect(paths(body)).toEqual(['history.0.performed'])
  })
})

describe('POST /program', () => {
  it('lays the plan out: three sessions a day for eight weeks', async () => {
    const { status, body } = await post('/program', { plan: example(), layout: { start: '2026-11-02', weeks: 8, timeZone: 'Europe/Berlin' } })
    expect(status).toBe(200)
    expect(body['plan']['selection']['selected']).toHaveLength(5)
    expect(body['program']['sessions']).toHaveLength(8 * 7 * 3)
    expect(body['program']).toMatchObject({ start: '2026-11-02', end: '2026-12-27', timeZone: 'Europe/Berlin' })
  })

  it('refuses a date that is not on the calendar, at its place in the body', async () => {
    const { status, body } = await post('/program', { plan: example(), layout: { start: '2026-02-30' } })
    expect(status).toBe(400)
    expect(body['_tag']).toBe('InvalidInput')
    expect(paths(body)).toEqual(['layout.start'])
  })

  it('refuses a missing start and a selection sent by the client', async () => {
    const { status, body } = await post('/program', { plan: example(), layout: { selection: { selected: [] } } })
    expect(status).toBe(400)
    expect(paths(body).sort()).toEqual(['layout.selection', 'layout.start'])
  })

  it('puts the plan first: a red flag refers, with no program', async () => {
    const plan = editable()
    plan['intake']['redFlags']['night-pain'] = true
    const { status, body } = await post('/program', { plan, layout: { start: '2026-11-02' } })
    expect(status).toBe(200)
    expect(body['_tag']).toBe('Referral')
    expect(body).not.toHaveProperty('program')
  })

  it('names plan issues under plan.', async () => {
    const plan = editable()
    plan['assessment']['results'][0]['movement'] = 'handstand'
    const { status, body } = await post('/program', { plan, layout: { start: '2026-11-02' } })
    expect(status).toBe(400)
    expect(paths(body)).toEqual(['plan.assessment.results.0.movement'])
  })
})
