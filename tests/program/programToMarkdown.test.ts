import { describe, expect, it } from 'vitest'
import { BUILT_IN_CATALOG, DISCLAIMER, InvalidInputSchema, ProgramToMarkdownInputSchema, programToMarkdown, type ProgramToMarkdownInput } from '../../src/index.js'
import { hostileValues } from '../support/hostile.js'
import { build, issuesOf } from '../support/programHelpers.js'
import { SAMPLE_PROGRAM } from '../support/programSample.js'

const markdown = (input: unknown): string => {
  const result = programToMarkdown(input as ProgramToMarkdownInput)
  if (result._tag !== 'Right') throw new Error(`expected Markdown, got ${JSON.stringify(result.left)}`)
  return result.right
}

describe('programToMarkdown', () => {
  it('writes a title, the disclaimer, a table per week and the check-ins', () => {
    expect(markdown({ program: SAMPLE_PROGRAM })).toBe(
      [
        '# Rehab program: 2026-11-02 to 2026-11-15 (Europe/Berlin)',
        '',
        `> ${DISCLAIMER}`,
        '',
        '## Week 1: 2026-11-02 to 2026-11-08',
        '',
        '| Date | Time | Session | Movements |',
        '|---|---|---|---|',
        '| Mon 2026-11-02 | 08:00 | Morning rehab | Hip bridge 1 x 5; Kettlebell walk: Held overhead 2 x 20 m |',
        '| Sun 2026-11-08 | 19:00 | Evening \\| late | Deadbug hold 2 x 20 s; Thoracic press 2 x 8 with 5.5 kg |',
        '',
        '## Week 2: 2026-11-09 to 2026-11-15',
        '',
        '| Date | Time | Session | Movements |',
        '|---|---|---|---|',
        '| Mon 2026-11-09 | 07:30 | Morning rehab | Bird dog 2 x 6 per side |',
        '| Sun 2026-11-15 | 19:00 | Evening rehab and workout | Hip thrust 3 x 15 with a band; handstand 1 x 10 s |',
        '',
        '## Check-ins',
        '',
        '| Date | Kind |',
        '|---|---|',
        '| 2026-11-09 | Reassessment |',
        '| 2026-11-16 | Check-in: how the back feels |',
        '',
      ].join('\n'),
    )
  })

  it('takes the names from an app catalog, and escapes a pipe in them', () => {
    const catalog = BUILT_IN_CATALOG.map((movement) => (movement.id === 'hip-bridge' ? { ...movement, name: 'Bridge | glutes' } : movement))
    expect(markdown({ program: SAMPLE_PROGRAM, options: { catalog } })).toContain(
      '| Mon 2026-11-02 | 08:00 | Morning rehab | Bridge \\| glutes 1 x 5; Kettlebell walk: Held overhead 2 x 20 m |',
    )
  })

  it('writes every week and every session of a program buildProgram made', () => {
    const program = build({ weeks: 8, timeZone: 'Europe/Berlin' })
    const text = markdown({ program })
    expect(text.match(/^## Week \d+: .*$/gm)).toEqual([
      '## Week 1: 2026-11-02 to 2026-11-08',
      '## Week 2: 2026-11-09 to 2026-11-15',
      '## Week 3: 2026-11-16 to 2026-11-22',
      '## Week 4: 2026-11-23 to 2026-11-29',
      '## Week 5: 2026-11-30 to 2026-12-06',
      '## Week 6: 2026-12-07 to 2026-12-13',
      '## Week 7: 2026-12-14 to 2026-12-20',
      '## Week 8: 2026-12-21 to 2026-12-27',
    ])
    expect(text.match(/^\| (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-\d\d-\d\d \| /gm)).toHaveLength(program.sessions.length)
    expect(text).toContain('| Mon 2026-11-02 | 08:00 | Morning rehab | Back mobility warm-up 1 x 10 per side; Hamstring mobility warm-up 1 x 20; Hip mobility 1 x 5;')
    expect(text).toContain('| 2026-12-28 | Check-in: how the back feels |')
  })

  it('refuses a malformed program or options, naming each field under its part of the input', () => {
    expect(issuesOf(programToMarkdown({ program: { ...SAMPLE_PROGRAM, timeZone: '' } }))).toEqual([
      { code: 'too_small', path: ['program', 'timeZone'], message: 'must not be empty' },
    ])
    expect(issuesOf(programToMarkdown({ program: SAMPLE_PROGRAM, options: { idPrefix: 'x' } } as never))).toEqual([
      { code: 'unknown_key', path: ['options', 'idPrefix'], message: 'is not a known field' },
    ])
    expect(issuesOf(programToMarkdown({ program: SAMPLE_PROGRAM, options: { catalog: [{ id: 'x' }] } } as never))).toContainEqual({
      code: 'required',
      path: ['options', 'catalog', 0, 'name'],
      message: 'is required',
    })
    expect(issuesOf(programToMarkdown(SAMPLE_PROGRAM as never))).toContainEqual({ code: 'required', path: ['program'], message: 'is required' })
  })

  it.each(hostileValues())('answers %s with InvalidInput, never a throw', (_name, value) => {
    for (const input of [value, { program: value }, { program: SAMPLE_PROGRAM, options: value }]) {
      const result = programToMarkdown(input as ProgramToMarkdownInput)
      expect(result._tag === 'Left' && InvalidInputSchema.safeParse(result.left).success).toBe(true)
    }
  })
})

describe('programToMarkdown: its input schema', () => {
  it('describes its input as a schema: a program, and options that are optional', () => {
    expect(ProgramToMarkdownInputSchema.safeParse({ program: SAMPLE_PROGRAM }).success).toBe(true)
    expect(ProgramToMarkdownInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: { catalog: BUILT_IN_CATALOG } }).success).toBe(true)
    expect(ProgramToMarkdownInputSchema.safeParse({ program: SAMPLE_PROGRAM, options: { idPrefix: 'client-42' } }).success).toBe(false)
    expect(ProgramToMarkdownInputSchema.safeParse({ program: { ...SAMPLE_PROGRAM, end: SAMPLE_PROGRAM.start } }).success).toBe(false)
    expect(ProgramToMarkdownInputSchema.safeParse({ program: SAMPLE_PROGRAM, notes: '' }).success).toBe(false)
    expect(ProgramToMarkdownInputSchema.safeParse({ options: {} }).success).toBe(false)
  })
})
