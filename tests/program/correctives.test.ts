import { describe, expect, it } from 'vitest'
import { buildProgram, NO_RED_FLAGS, planRehab, type RehabPlan } from '../../src/index.js'

const results = ['hip-mobility', 'cat-camel', 'hip-bridge', 'bird-dog'].map((movement) => ({ movement, pain: 1 }))
const planWith = (posture: Record<string, string>): RehabPlan => {
  const plan = planRehab({ intake: { age: 38, redFlags: NO_RED_FLAGS }, assessment: { date: '2026-11-02', results, posture } } as never)
  if (plan._tag !== 'Right') throw new Error('expected a plan')
  return plan.right
}
const build = (plan: RehabPlan) => buildProgram({ start: '2026-11-02', plan, options: { weeks: 1 } })

describe('the posture correctives in a program', () => {
  it('holds each corrective in the first sessions of every day, as many as its ladder says, at its starting dose', () => {
    const plan = planWith({ anteriorPelvicTilt: 'mild' })
    const correctives = plan.selection.correctives ?? []
    expect(correctives.length).toBeGreaterThan(0)
    const program = build(plan)
    if (program._tag !== 'Right') throw new Error('expected a program')
    for (const date of new Set(program.right.sessions.map((session) => session.date))) {
      const day = program.right.sessions.filter((session) => session.date === date)
      for (const corrective of correctives) {
        const holding = day.map((session) => session.items.find((item) => item.movement === corrective.movement))
        expect(holding.map((item) => item !== undefined)).toEqual(day.map((_, slot) => slot < corrective.timesPerDay))
        expect(holding[0]?.dose).toEqual(corrective.start)
      }
    }
    const reasons = program.right.reasons.filter((reason) => reason.rule === 'corrective-sessions')
    expect(reasons.map((reason) => reason.value)).toEqual(correctives.map((corrective) => corrective.timesPerDay))
    expect(reasons.map((reason) => reason.params)).toEqual(correctives.map(({ movement, timesPerDay, start }) => ({ movement, timesPerDay, dose: start })))
    expect(reasons[0]?.message).toContain(correctives[0]!.movement)
  })

  it('holds none without a posture finding', () => {
    const program = build(planWith({ anteriorPelvicTilt: 'none', lateralPelvicTilt: 'none' }))
    expect(program._tag === 'Right' && program.right.reasons.some((reason) => reason.rule === 'corrective-sessions')).toBe(false)
  })

  it('checks each corrective against the catalog and its ladder, as the selected movements are', () => {
    const plan = planWith({ lateralPelvicTilt: 'left-high' })
    const [first, ...rest] = plan.selection.correctives!
    const edit = (corrective: object) => build({ ...plan, selection: { ...plan.selection, correctives: [corrective as never, ...rest] } })
    const paths = (result: ReturnType<typeof buildProgram>) => (result._tag === 'Left' ? result.left.issues.map((issue) => [issue.code, issue.path.join('.')]) : [])
    expect(paths(edit({ ...first!, start: { kind: 'reps', sets: 9, reps: 400 } }))).toEqual([['inconsistent', 'plan.selection.correctives.0.start']])
    expect(paths(edit({ ...first!, timesPerDay: 3 }))).toEqual([['inconsistent', 'plan.selection.correctives.0.timesPerDay']])
    expect(paths(edit({ ...first!, movement: 'hip-bridge' }))).toEqual([['not_in_catalog', 'plan.selection.correctives.0.movement']])
    expect(paths(build({ ...plan, selection: { ...plan.selection, correctives: [first!, first!] } }))).toEqual([['duplicate', 'plan.selection.correctives.1']])
  })
})
