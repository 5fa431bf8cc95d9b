import { describe, expect, it } from 'vitest'
import { ProgramSchema, programToMarkdown } from '../../src/index.js'
import { build } from '../support/programHelpers.js'

const program = build({ weeks: 1 })
const WEEKS_MESSAGE = 'must end a whole number of weeks (1-52) after start'
const endIssues = (end: string) => {
  const result = programToMarkdown({ program: { ...program, end } })
  return result._tag === 'Left' ? result.left.issues : []
}

describe('ProgramSchema', () => {
  it('accepts the programs buildProgram makes, one week to 52', () => {
    expect(ProgramSchema.safeParse(program).success).toBe(true)
    expect(ProgramSchema.safeParse(build({ weeks: 52 }, '2026-01-05')).success).toBe(true)
  })

  it('takes back only whole weeks from 1 to 52, as buildProgram lays them out', () => {
    expect(endIssues('2026-11-08')).toEqual([])
    expect(endIssues('2027-10-31')).toEqual([]) // 52 weeks from 2026-11-02
    for (const end of ['2026-11-07', '2026-11-09', '2026-11-14', '2027-11-07', '2026-11-01', '2026-11-02']) {
      expect(endIssues(end)).toEqual([{ code: 'inconsistent', path: ['program', 'end'], message: WEEKS_MESSAGE }])
    }
  })

  it('refuses a session with no movement, or more than 20', () => {
    const session = program.sessions[0]!
    const withItems = (count: number) => ({ ...program, sessions: [{ ...session, items: Array.from({ length: count }, () => session.items[0]!) }] })
    expect(ProgramSchema.safeParse(withItems(1)).success).toBe(true)
    expect(ProgramSchema.safeParse(withItems(20)).success).toBe(true)
    expect(ProgramSchema.safeParse(withItems(0)).success).toBe(false)
    expect(ProgramSchema.safeParse(withItems(21)).success).toBe(false)
  })

  it('refuses a session start without its UTC offset, and a program without a reason', () => {
    const session = program.sessions[0]!
    expect(ProgramSchema.safeParse({ ...program, sessions: [{ ...session, start: '2026-11-02T08:00:00' }] }).success).toBe(false)
    expect(ProgramSchema.safeParse({ ...program, reasons: [] }).success).toBe(false)
  })
})
