// A bounded load on loopback: 2,000 requests, 50 in flight at a time, reads and appends mixed over ten people,
// one append in ten a retry of an earlier one. No answer may be a server error and no event may be lost; the
// latencies are reported, not asserted (the machines are shared and noisy).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BACKENDS, startService, type Running } from './harness.js'

const REQUESTS = 2000
const IN_FLIGHT = 50
const PEOPLE = 10

const example = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/episode.json'), 'utf8')) as { events: unknown[] }
const dateAfter = (days: number) => new Date(Date.UTC(2026, 10, 10) + days * 86_400_000).toISOString().slice(0, 10)

/** Request `index`: reads and appends in turn; an append every tenth request repeats one sent before. */
const planned = (index: number) => {
  const person = `p${index % PEOPLE}`
  const round = Math.floor(index / PEOPLE)
  if (round % 2 === 0) return { person, method: 'GET', path: `/people/${person}/${round % 4 === 0 ? 'today' : 'report'}` }
  const day = round % 10 === 9 ? round - 8 : round
  return { person, method: 'POST', path: `/people/${person}/events`, id: `${person}-${day}`, body: { events: [{ type: 'morning', id: `${person}-${day}`, date: dateAfter(day), backPain: 2 }] } }
}

const percentile = (sorted: readonly number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!

describe.each(BACKENDS)('the example service under load on $name', (backend) => {
  let service: Running
  beforeAll(async () => {
    service = await startService(backend)
    for (let person = 0; person < PEOPLE; person++) await service.request('POST', '/people', { id: `p${person}`, ...example })
  }, 60_000)
  afterAll(() => service.close())

  it(`answers ${REQUESTS} requests, ${IN_FLIGHT} at a time, with no server error and no lost event`, async () => {
    const latencies: number[] = []
    const statuses = new Map<number, number>()
    const stored = new Map<string, Set<string>>()
    let next = 0
    const worker = async () => {
      while (next < REQUESTS) {
        const call = planned(next++)
        const began = performance.now()
        const answer = await service.request(call.method, call.path, call.body)
        latencies.push(performance.now() - began)
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1)
        if (call.id !== undefined && answer.body['_tag'] === 'Stored') stored.set(call.person, (stored.get(call.person) ?? new Set()).add(call.id))
      }
    }
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
    latencies.sort((a, b) => a - b)
    const [p50, p99] = [percentile(latencies, 0.5), percentile(latencies, 0.99)]
    console.info(`${backend.name}: ${REQUESTS} requests, ${IN_FLIGHT} in flight: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`)
    expect(latencies).toHaveLength(REQUESTS)
    expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([])
    // Every event a request was told is stored is there, once: a repeat of the first append tells the total.
    for (let person = 0; person < PEOPLE; person++) {
      const first = planned(PEOPLE + person)
      const total = await service.request('POST', first.path, first.body)
      expect(total.body['events']).toBe(example.events.length + (stored.get(`p${person}`)?.size ?? 0))
    }
  }, 300_000)
})
