import { describe, expect, it } from 'vitest'
import * as calendar from '../../src/ics.js'
import * as main from '../../src/index.js'
import { de } from '../../src/locales.js'
import { hostileValues, prototypeIsClean } from '../support/hostile.js'

// A catalog of words as an app would hand it over: a copy, so a test that breaks it breaks no other.
const german = structuredClone(de)

// Both public entries: rehab-engine and rehab-engine/ics.
const engine = { ...main, ...calendar }
const { NO_RED_FLAGS } = engine

const assessment = { date: '2026-11-02', results: ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 })) }
const session = { date: '2026-11-20', movement: 'deadbug', performed: { kind: 'hold', sets: 2, seconds: 20 }, completed: true, painDuring: 1 }
const logs = { sessions: [session], mornings: [{ date: '2026-11-21', backPain: 1 }], baselinePain: 1, today: '2026-11-21' }
const intake = { age: 38, redFlags: { ...NO_RED_FLAGS } }
const planned = engine.planRehab({ intake, assessment })
if (planned._tag !== 'Right') throw new Error('the fixtures must give a plan')
const plan = planned.right
const episode = { intake, baselinePain: 1, events: [{ type: 'assessment', ...assessment }] }
const program = engine.buildProgram({ start: '2026-11-02', plan, options: { weeks: 1 } })
if (program._tag !== 'Right') throw new Error('the fixtures must give a program')
const stored = engine.snapshotEpisode({ episode: episode as main.EpisodeInput, through: '2026-11-03' })
if (stored._tag !== 'Right') throw new Error('the fixtures must give a snapshot')

/** Every public function with a valid input of its own, and where in it to put a hostile value. */
interface Call {
  readonly name: string
  /** Which of its input forms, for a function that takes more than one. */
  readonly form?: string
  readonly call: (input: unknown) => unknown
  readonly valid: unknown
  /** The path of the field the hostile value replaces. */
  readonly field: string | number
}

const CALLS: readonly Call[] = [
  { name: 'describeDose', call: engine.describeDose as (input: unknown) => unknown, valid: { kind: 'hold', sets: 2, seconds: 20 }, field: 'sets' },
  { name: 'describeDose', form: 'in a locale', call: engine.describeDose as (input: unknown) => unknown, valid: { dose: { kind: 'hold', sets: 2, seconds: 20 }, options: { locale: german } }, field: 'options' },
  { name: 'movementName', call: engine.movementName as (input: unknown) => unknown, valid: { movement: 'kettlebell-walk', variant: 'overhead', options: { locale: german } }, field: 'options' },
  { name: 'sessionLabel', call: engine.sessionLabel as (input: unknown) => unknown, valid: { label: 'Morning rehab', planned: true, options: { locale: german } }, field: 'label' },
  { name: 'parseCatalog', call: engine.parseCatalog as (input: unknown) => unknown, valid: [...engine.BUILT_IN_CATALOG], field: 0 },
  { name: 'findMovement', call: engine.findMovement as (input: unknown) => unknown, valid: { movement: 'deadbug' }, field: 'movement' },
  { name: 'ladderOf', call: engine.ladderOf as (input: unknown) => unknown, valid: { movement: 'deadbug' }, field: 'options' },
  { name: 'screenIntake', call: engine.screenIntake as (input: unknown) => unknown, valid: { age: 38, redFlags: { ...NO_RED_FLAGS } }, field: 'redFlags' },
  { name: 'selectRehabMovements', call: engine.selectRehabMovements as (input: unknown) => unknown, valid: { intake, assessment }, field: 'assessment' },
  { name: 'parseAssessment', call: engine.parseAssessment as (input: unknown) => unknown, valid: { assessment }, field: 'options' },
  { name: 'planRehab', call: engine.planRehab as (input: unknown) => unknown, valid: { intake, assessment }, field: 'intake' },
  { name: 'evaluateCeiling', call: engine.evaluateCeiling as (input: unknown) => unknown, valid: { ...logs }, field: 'sessions' },
  { name: 'evaluateCeiling', form: 'of an episode', call: engine.evaluateCeiling as (input: unknown) => unknown, valid: { episode, today: '2026-11-03' }, field: 'episode' },
  {
    name: 'classifySoreness',
    call: engine.classifySoreness as (input: unknown) => unknown,
    valid: { location: 'worked-muscle', character: 'dull-ache', hoursSinceExercise: 30, atRest: false, disturbsSleep: false, trend: 'same', numbnessOrTingling: false },
    field: 'trend',
  },
  { name: 'nextDose', call: engine.nextDose as (input: unknown) => unknown, valid: { intake, movement: 'deadbug', ...logs }, field: 'mornings' },
  { name: 'nextDose', form: 'of an episode', call: engine.nextDose as (input: unknown) => unknown, valid: { episode, movement: 'hip-bridge', today: '2026-11-03' }, field: 'episode' },
  {
    name: 'simulateProgression',
    call: engine.simulateProgression as (input: unknown) => unknown,
    valid: { intake, movement: 'deadbug', start: '2026-11-02', weeks: 1, baselinePain: 1, response: { painDuring: 1 } },
    field: 'response',
  },
  { name: 'buildProgram', call: engine.buildProgram as (input: unknown) => unknown, valid: { start: '2026-11-02', plan }, field: 'plan' },
  { name: 'programToMarkdown', call: engine.programToMarkdown as (input: unknown) => unknown, valid: { program: program.right }, field: 'program' },
  { name: 'programToMarkdown', form: 'in a locale', call: engine.programToMarkdown as (input: unknown) => unknown, valid: { program: program.right, options: { locale: german } }, field: 'options' },
  { name: 'decideDay', call: engine.decideDay as (input: unknown) => unknown, valid: { episode, today: '2026-11-03' }, field: 'episode' },
  { name: 'validateEpisode', call: engine.validateEpisode as (input: unknown) => unknown, valid: { episode }, field: 'episode' },
  { name: 'episodeProgram', call: engine.episodeProgram as (input: unknown) => unknown, valid: { episode, today: '2026-11-03', weeks: 1 }, field: 'episode' },
  {
    name: 'decideDay',
    form: 'from a snapshot',
    call: engine.decideDay as (input: unknown) => unknown,
    valid: { snapshot: stored.right, events: [{ type: 'morning', date: '2026-11-04', backPain: 1 }], today: '2026-11-04' },
    field: 'events',
  },
  { name: 'snapshotEpisode', call: engine.snapshotEpisode as (input: unknown) => unknown, valid: { episode, through: '2026-11-03' }, field: 'episode' },
  { name: 'replayEpisode', call: engine.replayEpisode as (input: unknown) => unknown, valid: { episode, through: '2026-11-03' }, field: 'through' },
  { name: 'outcomeReport', call: engine.outcomeReport as (input: unknown) => unknown, valid: { episode, today: '2026-11-03' }, field: 'episode' },
  { name: 'programToIcs', call: engine.programToIcs as (input: unknown) => unknown, valid: { program: program.right, options: { idPrefix: 'client-42' } }, field: 'options' },
]

/** A copy of `valid` with `value` at `field`: a list stays a list. */
const withField = (valid: unknown, field: string | number, value: unknown): unknown => {
  if (Array.isArray(valid)) return valid.map((entry, index) => (index === field ? value : entry))
  return { ...(valid as Record<string, unknown>), [field]: value }
}

const isInvalidInput = (result: unknown): boolean =>
  typeof result === 'object' && result !== null && '_tag' in result && result._tag === 'Left' && 'left' in result && (result.left as { _tag?: unknown })._tag === 'InvalidInput'

const firstIssuePath = (result: unknown): unknown => (result as { left: { issues: { path: unknown }[] } }).left.issues[0]?.path

describe('every public function, given a hostile JavaScript value', () => {
  it('lists every public function here', () => {
    const functions = Object.entries(engine).filter(([, value]) => typeof value === 'function' && !('safeParse' in value)).map(([name]) => name)
    expect([...new Set(CALLS.map((entry) => entry.name))].sort()).toEqual(functions.sort())
  })

  for (const { name: plainName, form, call, valid, field } of CALLS) {
    const name = form === undefined ? plainName : `${plainName} (${form})`
    it(`${name} answers its valid fixture with a Right`, () => {
      expect((call(valid) as { _tag: string })._tag).toBe('Right')
    })

    it.each(hostileValues().map(([what, value]) => [what, value] as const))(`${name} refuses %s as its input, without throwing`, (_, value) => {
      expect(isInvalidInput(call(value))).toBe(true)
      expect(prototypeIsClean()).toBe(true)
    })

    it.each(hostileValues().map(([what, value]) => [what, value] as const))(`${name} refuses %s in a field, naming the field`, (_, value) => {
      const result = call(withField(valid, field, value))
      expect(isInvalidInput(result)).toBe(true)
      expect((firstIssuePath(result) as unknown[])[0]).toBe(field)
      expect(prototypeIsClean()).toBe(true)
    })

    it(`${name} neither changes nor freezes what it refused`, () => {
      const inner = { unexpected: [1, 2, 3] }
      const refused = withField(valid, field, inner)
      const snapshot = structuredClone(refused)
      expect(isInvalidInput(call(refused))).toBe(true)
      expect(refused).toEqual(snapshot)
      expect([Object.isFrozen(refused), Object.isFrozen(inner), Object.isFrozen(inner.unexpected)]).toEqual([false, false, false])
    })
  }
})

/** Calls whose long lists are read by hand before anything else inspects them, with where in them to put a hostile value. */
const READ_BY_HAND: readonly { readonly name: string; readonly call: (input: unknown) => unknown; readonly input: (value: unknown) => unknown; readonly at: readonly (string | number)[] }[] = [
  { name: 'decideDay', call: engine.decideDay as (input: unknown) => unknown, input: (value) => ({ episode: { ...episode, events: [...episode.events, value] }, today: '2026-11-03' }), at: ['episode', 'events', 1] },
  { name: 'validateEpisode', call: engine.validateEpisode as (input: unknown) => unknown, input: (value) => ({ episode: { ...episode, events: [...episode.events, value] } }), at: ['episode', 'events', 1] },
  { name: 'episodeProgram', call: engine.episodeProgram as (input: unknown) => unknown, input: (value) => ({ episode: { ...episode, events: [...episode.events, value] }, today: '2026-11-03' }), at: ['episode', 'events', 1] },
  {
    name: 'outcomeReport',
    call: engine.outcomeReport as (input: unknown) => unknown,
    input: (value) => ({ episode: { ...episode, events: [...episode.events, value] }, today: '2026-11-03' }),
    at: ['episode', 'events', 1],
  },
  {
    name: 'decideDay from a snapshot',
    call: engine.decideDay as (input: unknown) => unknown,
    input: (value) => ({ snapshot: stored.right, events: [{ type: 'morning', date: '2026-11-04', backPain: 1 }, value], today: '2026-11-04' }),
    at: ['events', 1],
  },
  {
    name: 'evaluateCeiling of an episode',
    call: engine.evaluateCeiling as (input: unknown) => unknown,
    input: (value) => ({ episode: { ...episode, events: [...episode.events, value] }, today: '2026-11-03' }),
    at: ['episode', 'events', 1],
  },
  { name: 'evaluateCeiling of logs', call: engine.evaluateCeiling as (input: unknown) => unknown, input: (value) => ({ ...logs, sessions: [session, value] }), at: ['sessions', 1] },
  {
    name: 'nextDose of an episode',
    call: engine.nextDose as (input: unknown) => unknown,
    input: (value) => ({ episode: { ...episode, events: [...episode.events, value] }, movement: 'hip-bridge', today: '2026-11-03' }),
    at: ['episode', 'events', 1],
  },
  { name: 'nextDose of logs', call: engine.nextDose as (input: unknown) => unknown, input: (value) => ({ intake, movement: 'deadbug', ...logs, sessions: [session, value] }), at: ['sessions', 1] },
  { name: 'replayEpisode', call: engine.replayEpisode as (input: unknown) => unknown, input: (value) => ({ episode: { ...episode, events: [value, ...episode.events] }, through: '2026-11-03' }), at: ['episode', 'events', 0] },
  { name: 'snapshotEpisode', call: engine.snapshotEpisode as (input: unknown) => unknown, input: (value) => ({ episode: { ...episode, events: [...episode.events, value] }, through: '2026-11-03' }), at: ['episode', 'events', 1] },
]

describe('a hostile value inside a list read by hand', () => {
  for (const { name, call, input, at } of READ_BY_HAND) {
    it.each(hostileValues().map(([what, value]) => [what, value] as const))(`${name} refuses %s as an event, naming it`, (_, value) => {
      const result = call(input(value))
      expect(isInvalidInput(result)).toBe(true)
      expect((firstIssuePath(result) as unknown[]).slice(0, at.length)).toEqual(at)
      expect(prototypeIsClean()).toBe(true)
    })
  }
})
