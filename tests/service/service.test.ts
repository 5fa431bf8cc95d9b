// The example service over real HTTP and a real database, as a backend developer meets it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { decideDay, NO_RED_FLAGS, outcomeReport } from 'rehab-engine'
import { de, localize } from 'rehab-engine/locales'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { againstDocument, BACKENDS, startService, type Json, type Running } from './harness.js'

const ROOT = join(import.meta.dirname, '../..')
const example = (): Json => JSON.parse(readFileSync(join(ROOT, 'examples/episode.json'), 'utf8')) as Json
const SADDLE = { ...NO_RED_FLAGS, 'saddle-numbness': true }
const morning = (date: string, backPain: number, id?: string) => ({ type: 'morning', date, backPain, ...(id === undefined ? {} : { id }) })
const pathsOf = (body: Json) => (body['issues'] as Json[]).map((issue) => issue['path'])

describe.each(BACKENDS)('the example service on $name', (backend) => {
  let service: Running
  beforeAll(async () => {
    service = await startService(backend)
  }, 60_000)
  afterAll(() => service.close())
  const call = (method: string, path: string, body?: unknown, type?: string) => service.request(method, path, body, type)

  it('answers /health and its OpenAPI document', async () => {
    expect(await call('GET', '/health')).toMatchObject({ status: 200, body: { status: 'ok' } })
    const document = await call('GET', '/openapi.json')
    expect(document.body['openapi']).toBe('3.1.0')
    expect(Object.keys(document.body['paths'] as Json).sort()).toEqual(['/health', '/openapi.json', '/people', '/people/{id}/calendar.ics', '/people/{id}/events', '/people/{id}/report', '/people/{id}/today'])
  })

  it('stores an episode and decides its day, report and calendar as the engine does in process', async () => {
    const episode = example()
    const created = await call('POST', '/people', { id: 'ana', ...episode })
    expect(created).toMatchObject({ status: 201, body: { _tag: 'Stored', id: 'ana', events: episode['events'].length, appended: episode['events'].length } })
    expect(againstDocument('Stored', created.body)).toEqual([])
    const today = await call('GET', '/people/ana/today?today=2026-11-09')
    const inProcess = decideDay({ episode: episode as never, today: '2026-11-09' })
    expect(inProcess._tag === 'Right' && JSON.parse(JSON.stringify(inProcess.right))).toEqual(today.body)
    expect(againstDocument('DayPlan', today.body)).toEqual([])
    // Without ?today=, the day is the clock's date where the episode lives.
    expect((await call('GET', '/people/ana/today')).body['date']).toBe('2026-11-09')
    const report = await call('GET', '/people/ana/report?today=2026-11-09')
    const reported = outcomeReport({ episode: episode as never, today: '2026-11-09' })
    expect(reported._tag === 'Right' && JSON.parse(JSON.stringify(reported.right))).toEqual(report.body)
    expect(againstDocument('OutcomeReport', report.body)).toEqual([])
    const calendar = await call('GET', '/people/ana/calendar.ics?today=2026-11-09')
    expect(calendar.type).toMatch(/^text\/calendar/)
    const events = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent')
    expect(events.length).toBeGreaterThan(100)
    expect(events.every((event) => String(event.getFirstPropertyValue('uid')).startsWith('ana~'))).toBe(true)
    // Up to the day asked, each session at the dose decided for its day; later ones at that day's, marked planned.
    const planned = (date: string) => events.filter((event) => String(event.getFirstPropertyValue('uid')).includes(`~${date}~session`)).map((event) => String(event.getFirstPropertyValue('summary')).endsWith('(planned)'))
    expect([planned('2026-11-09'), planned('2026-11-10')]).toEqual([[false, false, false], [true, true, true]])
  })

  it('answers a read in German with ?lang=de: reasons and advice as localize writes them, the calendar in German words', async () => {
    const episode = example()
    const german = localize({ value: decideDay({ episode: episode as never, today: '2026-11-09' }), catalog: de })
    const today = await call('GET', '/people/ana/today?today=2026-11-09&lang=de')
    expect(german._tag === 'Right' && german.right._tag === 'Right' && JSON.parse(JSON.stringify(german.right.right))).toEqual(today.body)
    expect(againstDocument('DayPlan', today.body)).toEqual([])
    const report = await call('GET', '/people/ana/report?today=2026-11-09&lang=de')
    const reported = localize({ value: outcomeReport({ episode: episode as never, today: '2026-11-09' }), catalog: de })
    expect(reported._tag === 'Right' && reported.right._tag === 'Right' && JSON.parse(JSON.stringify(reported.right.right))).toEqual(report.body)
    const calendar = await call('GET', '/people/ana/calendar.ics?today=2026-11-09&lang=de')
    const [first] = new ICAL.Component(ICAL.parse(calendar.text)).getAllSubcomponents('vevent')
    expect(first?.getFirstPropertyValue('summary')).toBe(de.program.morning)
    expect(String(first?.getFirstPropertyValue('description'))).toContain(de.program.disclaimer)
    const refused = await call('GET', '/people/ana/today?lang=fr')
    expect([refused.status, refused.body['code'], pathsOf(refused.body)]).toEqual([400, 'invalid_input', [['query', 'lang']]])
    expect(againstDocument('Problem', refused.body)).toEqual([])
  })

  it('refuses a taken id, a malformed episode and an unknown person, in one shape', async () => {
    const taken = await call('POST', '/people', { id: 'ana', ...example() })
    expect(taken.body).toMatchObject({ _tag: 'Problem', status: 409, code: 'id_taken' })
    const malformed = await call('POST', '/people', { ...example(), baselinePain: 11, id: 'bad id' })
    expect([malformed.status, malformed.body['code'], pathsOf(malformed.body)]).toEqual([400, 'invalid_input', [['id'], ['baselinePain']]])
    const unknown = await call('GET', '/people/nobody/today')
    expect([unknown.status, pathsOf(unknown.body)]).toEqual([404, [['params', 'id']]])
    for (const answer of [taken, malformed, unknown]) expect(againstDocument('Problem', answer.body)).toEqual([])
  })

  it('lets a red flag win over any other fault of the body, and stores a valid one with its referral', async () => {
    const flagged: Json = { ...example(), intake: { age: 40, redFlags: SADDLE } }
    const broken = await call('POST', '/people?today=2026-11-09', { ...flagged, id: 'ben', events: [...flagged['events'], morning('2026-11-05', 11)] })
    expect([broken.status, broken.body['_tag'], broken.body['referral']['urgency'], pathsOf(broken.body)]).toEqual([200, 'NotStored', 'emergency', [['events', flagged['events'].length, 'backPain']]])
    expect(againstDocument('NotStored', broken.body)).toEqual([])
    expect((await call('GET', '/people/ben/today')).status).toBe(404)
    const stored = await call('POST', '/people?today=2026-11-09', { ...flagged, id: 'ben' })
    expect([stored.status, stored.body['referral']['cause']]).toEqual([201, 'red-flag'])
    expect((await call('GET', '/people/ben/today?today=2026-11-09')).body).toMatchObject({ _tag: 'Referral', cause: 'red-flag' })
    const calendar = await call('GET', '/people/ben/calendar.ics?today=2026-11-09')
    expect([calendar.status, calendar.body['code'], calendar.body['referral']['cause']]).toEqual([409, 'referral_holds', 'red-flag'])
  })

  it('appends idempotently by event id, names faults at their place in the request, and stores all or nothing', async () => {
    await call('POST', '/people', { id: 'cy', ...example() })
    const first = await call('POST', '/people/cy/events?today=2026-11-10', { events: [morning('2026-11-10', 2, 'm-10')] })
    expect(first.body).toMatchObject({ _tag: 'Stored', appended: 1, repeated: 0, events: example()['events'].length + 1 })
    const retried = await call('POST', '/people/cy/events?today=2026-11-10', { events: [morning('2026-11-10', 2, 'm-10')] })
    expect([retried.status, retried.body['appended'], retried.body['repeated']]).toEqual([200, 0, 1])
    const changed = await call('POST', '/people/cy/events', { events: [morning('2026-11-10', 3, 'm-10')] })
    expect([changed.status, changed.body['code'], pathsOf(changed.body)]).toEqual([409, 'id_taken', [['events', 0, 'id']]])
    // The repeat is left out; the fault keeps its index in the request.
    const faulty = await call('POST', '/people/cy/events', { events: [morning('2026-11-10', 2, 'm-10'), morning('2026-11-11', 1), morning('2026-11-12', 12)] })
    expect([faulty.status, pathsOf(faulty.body)]).toEqual([400, [['events', 2, 'backPain']]])
    const sign = { type: 'symptoms', date: '2026-11-11', redFlags: SADDLE }
    const signed = await call('POST', '/people/cy/events?today=2026-11-11', { events: [sign, morning('2026-11-12', 12)] })
    expect([signed.status, signed.body['_tag'], signed.body['referral']['cause'], pathsOf(signed.body)]).toEqual([200, 'NotStored', 'red-flag', [['events', 1, 'backPain']]])
    const count = (await call('POST', '/people/cy/events', { events: [morning('2026-11-10', 2, 'm-10')] })).body['events']
    expect(count).toBe(example()['events'].length + 1)
  })

  it('loses no event when appends to one person come at once', async () => {
    await call('POST', '/people', { id: 'dee', ...example() })
    const dates = Array.from({ length: 20 }, (_, day) => `2026-12-${String(day + 1).padStart(2, '0')}`)
    const answers = await Promise.all(dates.map((date) => call('POST', '/people/dee/events', { events: [morning(date, 1, `m-${date}`)] })))
    expect(answers.map((answer) => answer.status)).toEqual(dates.map(() => 201))
    const same = await Promise.all(Array.from({ length: 10 }, () => call('POST', '/people/dee/events', { events: [morning('2026-12-25', 1, 'once')] })))
    expect(same.map((answer) => answer.body['appended']).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    const totals = (await call('POST', '/people/dee/events', { events: [morning('2026-12-25', 1, 'once')] })).body['events']
    expect(totals).toBe(example()['events'].length + 21)
  })

  it("answers the stored episode's own faults and the query's apart", async () => {
    await call('POST', '/people', { id: 'eve', intake: { age: 30, redFlags: NO_RED_FLAGS, backPain: 3 } })
    const early = await call('GET', '/people/eve/today?today=2026-11-09')
    expect([early.status, early.body['code'], pathsOf(early.body)]).toEqual([409, 'not_decidable', [['episode', 'events']]])
    const badDay = await call('GET', '/people/ana/today?today=2026-13-01')
    expect([badDay.status, pathsOf(badDay.body)]).toEqual([400, [['query', 'today']]])
  })

  it("answers Fastify's own refusals in the same shape", async () => {
    const small = await startService(backend, { bodyLimit: 200 })
    try {
      const answers = [
        [await small.request('GET', '/nowhere'), 404, 'not_found'],
        [await small.request('POST', '/people', '{"intake":', 'application/json'), 400, 'invalid_input'],
        [await small.request('POST', '/people', 'intake', 'text/plain'), 415, 'unsupported_media_type'],
        [await small.request('POST', '/people', { padding: 'x'.repeat(300) }), 413, 'body_too_large'],
      ] as const
      for (const [answer, status, code] of answers) {
        expect([answer.status, answer.body['status'], answer.body['code']]).toEqual([status, status, code])
        expect(againstDocument('Problem', answer.body)).toEqual([])
      }
    } finally {
      await small.close()
    }
  })
})
