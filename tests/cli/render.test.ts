import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_CATALOG,
  DISCLAIMER,
  type CeilingVerdict,
  type DoseDecision,
  type Paused,
  type Referral,
  type RehabSelection,
  type Screening,
} from '../../src/index.js'
import {
  catalogBlocks,
  decisionBlocks,
  pausedBlocks,
  programBlocks,
  referralBlocks,
  renderBlocks,
  screeningBlocks,
  selectionBlocks,
  verdictBlocks,
} from '../../src/cli/render.js'
import { build } from '../support/programHelpers.js'
import { SAMPLE_PROGRAM } from '../support/programSample.js'
import { voiceOf } from '../../src/cli/voice.js'

const english = voiceOf('en')

const reason = (message: string) => ({ rule: 'window' as const, message })

describe('renderBlocks', () => {
  const blocks = [
    { heading: 'Ceiling', lines: ['Zone: green.', 'Action: progress.'] },
    { headers: ['Movement', 'Zone'], rows: [['Deadbug hold', 'green']] },
  ]

  it('writes headed blocks as plain text, blank lines between them, the disclaimer last', () => {
    expect(renderBlocks(blocks, 'table', english)).toBe(
      ['Ceiling', 'Zone: green.', 'Action: progress.', '', 'Movement      Zone', '------------  -----', 'Deadbug hold  green', '', DISCLAIMER].join('\n'),
    )
  })

  it('writes the same blocks as Markdown: headings, then a blank line, then the body', () => {
    expect(renderBlocks(blocks, 'md', english)).toBe(
      ['## Ceiling', '', 'Zone: green.', 'Action: progress.', '', '| Movement | Zone |', '| --- | --- |', '| Deadbug hold | green |', '', DISCLAIMER].join('\n'),
    )
  })

  it('gives no blocks the disclaimer alone', () => {
    expect(renderBlocks([], 'md', english)).toBe(DISCLAIMER)
  })
})

describe('referralBlocks and screeningBlocks', () => {
  const referral: Referral = { _tag: 'Referral', cause: 'red-flag', urgency: 'soon', advice: 'See a doctor within days.', reasons: [reason('Fever or chills.'), reason('A recent infection.')] }

  it('tells a referral to stop, with its urgency, advice and reasons', () => {
    expect(referralBlocks(referral, english)).toEqual([
      { heading: 'Refer, do not exercise', lines: ['Urgency: soon. See a doctor within days.', '- Fever or chills.', '- A recent infection.'] },
    ])
  })

  it('says there is no plan when too few movements were tolerable', () => {
    expect(referralBlocks({ ...referral, cause: 'too-few-tolerable', urgency: 'routine' }, english)[0]?.heading).toBe('No plan: see a clinician first')
    expect(referralBlocks({ ...referral, cause: 'ceiling' }, english)[0]?.heading).toBe('Refer, do not exercise')
  })

  it('gives a cleared screening its risk group and reasons, and a referral its referral blocks', () => {
    const cleared: Screening = { _tag: 'Cleared', risk: 'medium', reasons: [reason('No red flags.')] }
    expect(screeningBlocks(cleared, english)).toEqual([{ heading: 'Screening', lines: ['No red flags. STarT Back risk: medium.', '- No red flags.'] }])
    expect(screeningBlocks(referral, english)).toEqual(referralBlocks(referral, english))
  })
})

describe('pausedBlocks', () => {
  const paused: Paused = { _tag: 'Paused', movement: 'kettlebell-walk', variant: 'overhead', resumeOn: '2026-11-28', reasons: [reason('Red twice.')] }

  it('names the paused movement and variant, the day it may resume and why', () => {
    expect(pausedBlocks(paused, english)).toEqual([{ heading: 'Paused: Kettlebell walk: Held overhead', lines: ['Do not do it before 2026-11-28.', '- Red twice.'] }])
  })

  it('names the substitute and its score when there is one, and falls back to ids the catalog lacks', () => {
    expect(pausedBlocks({ ...paused, movement: 'deadbug', variant: undefined, substitute: { movement: 'hip-bridge', pain: 1 } } as Paused, english)[0]).toEqual({
      heading: 'Paused: Deadbug hold',
      lines: ['Do not do it before 2026-11-28.', 'Instead: Hip bridge (scored 1/10).', '- Red twice.'],
    })
    expect(pausedBlocks({ ...paused, movement: 'handstand', variant: 'one-arm', substitute: { movement: 'kettlebell-walk', variant: 'on-ice', pain: 2 } }, english)[0]).toMatchObject({
      heading: 'Paused: handstand: one-arm',
      lines: ['Do not do it before 2026-11-28.', 'Instead: Kettlebell walk: on-ice (scored 2/10).', '- Red twice.'],
    })
    expect(pausedBlocks({ ...paused, movement: 'handstand', variant: undefined } as Paused, english)[0]?.heading).toBe('Paused: handstand')
  })
})

describe('selectionBlocks', () => {
  const selection: RehabSelection = {
    selected: [
      { movement: 'hip-bridge', pain: 0, reps: { min: 5, max: 10 }, sets: { min: 1, max: 2 }, timesPerDay: 3, start: { kind: 'reps', sets: 1, reps: 5 } },
      {
        movement: 'kettlebell-walk',
        variant: 'by-the-side',
        pain: 2,
        reps: { min: 5, max: 10 },
        sets: { min: 1, max: 2 },
        timesPerDay: 3,
        start: { kind: 'distance', sets: 1, meters: 20 },
      },
    ],
    excluded: [
      { movement: 'cat-camel', pain: 4, reason: { rule: 'pain-ceiling', message: 'Too painful.', limit: 3 } },
      { movement: 'bird-dog', pain: 1, reason: { rule: 'not-chosen', message: 'Covered already.' } },
    ],
    painCeiling: 3,
    reasons: [reason('Chosen for coverage.')],
  } as unknown as RehabSelection

  it('tables the chosen movements, those left out and why, then the reasons', () => {
    expect(selectionBlocks(selection, english)).toEqual([
      {
        heading: 'Chosen movements (pain ceiling 3/10)',
        headers: ['Movement', 'Pain', 'Start at', 'Work up to', 'How often'],
        rows: [
          ['Hip bridge', '0/10', '1 x 5', '5-10 reps, 1-2 sets', '3 times a day'],
          ['Kettlebell walk: Held at the side', '2/10', '1 x 20 m', '5-10 reps, 1-2 sets', '3 times a day'],
        ],
      },
      {
        heading: 'Left out',
        headers: ['Movement', 'Pain', 'Why'],
        rows: [
          ['Cat-camel', '4/10', 'above the ceiling of 3/10'],
          ['Bird dog', '1/10', 'the chosen set covers more, or as much with less pain'],
        ],
      },
      { heading: 'Why', lines: ['- Chosen for coverage.'] },
    ])
  })

  it('leaves out the "Left out" table when nothing was', () => {
    expect(selectionBlocks({ ...selection, excluded: [] }, english).map((block) => block.heading)).toEqual(['Chosen movements (pain ceiling 3/10)', 'Why'])
  })

  it('tables the posture correctives after the chosen movements, with the finding each answers', () => {
    const correctives = [
      { movement: 'posterior-pelvic-tilt', finding: 'anteriorPelvicTilt', start: { kind: 'reps', sets: 2, reps: 8 }, timesPerDay: 1 },
      { movement: 'side-lying-hip-abduction', finding: 'lateralPelvicTilt', start: { kind: 'reps', sets: 2, reps: 8, perSide: true }, timesPerDay: 2 },
    ]
    const blocks = selectionBlocks({ ...selection, excluded: [], correctives } as unknown as RehabSelection, english)
    expect(blocks.map((block) => block.heading)).toEqual(['Chosen movements (pain ceiling 3/10)', "Posture correctives (the trainer's approach)", 'Why'])
    expect(blocks[1]).toMatchObject({
      rows: [
        ['Posterior pelvic tilt', 'a forward-tipped pelvis', '2 x 8', 'once a day'],
        ['Side-lying hip abduction', 'one hip higher than the other', '2 x 8 per side', '2 times a day'],
      ],
    })
  })
})

describe('verdictBlocks', () => {
  const verdict: CeilingVerdict = {
    zone: 'amber',
    action: 'hold',
    flareUp: true,
    progressionLockedUntil: '2026-11-25',
    movements: [{ movement: 'deadbug', zone: 'amber', action: 'hold', reasons: [reason('Pain 4 during.')] }],
    reasons: [reason('The window.')],
  }

  it('gives the zone, the action, a flare-up, the lock, each movement, and every reason', () => {
    expect(verdictBlocks(verdict, english)).toEqual([
      { heading: 'Ceiling', lines: ['Zone: amber. Action: hold. A flare-up in the last 7 days.', 'No progression before 2026-11-25.'] },
      { heading: 'Movements', headers: ['Movement', 'Zone', 'Action'], rows: [['Deadbug hold', 'amber', 'hold']] },
      { heading: 'Why', lines: ['- The window.', '- Pain 4 during.'] },
    ])
  })

  it('says nothing of a flare-up, a lock or movements that are not there', () => {
    const { progressionLockedUntil: _lock, ...calm } = verdict
    expect(verdictBlocks({ ...calm, zone: 'green', action: 'progress', flareUp: false, movements: [] }, english)).toEqual([
      { heading: 'Ceiling', lines: ['Zone: green. Action: progress.'] },
      { heading: 'Why', lines: ['- The window.'] },
    ])
  })
})

describe('decisionBlocks', () => {
  const decision: DoseDecision = {
    movement: 'deadbug',
    action: 'advance',
    dose: { kind: 'hold', sets: 2, seconds: 15 },
    advanceTo: { movement: 'advanced-iso-hold' },
    nextEarliest: '2026-11-23',
    reasons: [reason('At the top.')],
  }

  it('gives the action, the dose, the next date, what to advance to and the reasons', () => {
    expect(decisionBlocks(decision, english)).toEqual([
      {
        heading: 'Next dose: Deadbug hold',
        lines: ['Action: advance. Dose: 2 x 15 s. Not before 2026-11-23.', 'Next: Advanced core hold.'],
      },
      { heading: 'Why', lines: ['- At the top.'] },
    ])
  })

  it('names the harder form to try at the next reassessment', () => {
    const { advanceTo: _next, ...rest } = decision
    const lines = decisionBlocks({ ...rest, movement: 'hip-bridge', action: 'hold', dose: { kind: 'reps', sets: 2, reps: 10 }, harderForm: { movement: 'single-leg-hip-bridge' } }, english)[0]
    expect(lines).toEqual({
      heading: 'Next dose: Hip bridge',
      lines: ['Action: hold. Dose: 2 x 10. Not before 2026-11-23.', 'At the next reassessment, try: Single-leg hip bridge.'],
    })
  })
})

describe('programBlocks', () => {
  it('gives the frame and reasons, a table per week, and the check-ins', () => {
    expect(programBlocks(SAMPLE_PROGRAM, undefined, english)).toEqual([
      { heading: 'Program', lines: ['2026-11-02 to 2026-11-15, Europe/Berlin.', '- A hand-made program.'] },
      {
        heading: 'Week 1: 2026-11-02 to 2026-11-08',
        headers: ['Date', 'Time', 'Session', 'Movements'],
        rows: [
          ['2026-11-02', '08:00', 'Morning rehab', 'Hip bridge 1 x 5; Kettlebell walk: Held overhead 2 x 20 m'],
          ['2026-11-08', '19:00', 'Evening | late', 'Deadbug hold 2 x 20 s; Thoracic press 2 x 8 with 5.5 kg'],
        ],
      },
      {
        heading: 'Week 2: 2026-11-09 to 2026-11-15',
        headers: ['Date', 'Time', 'Session', 'Movements'],
        rows: [
          ['2026-11-09', '07:30', 'Morning rehab', 'Bird dog 2 x 6 per side'],
          ['2026-11-15', '19:00', 'Evening rehab and workout', 'Hip thrust 3 x 15 with a band; handstand 1 x 10 s'],
        ],
      },
      {
        heading: 'Check-ins',
        headers: ['Date', 'Kind'],
        rows: [
          ['2026-11-09', 'reassessment'],
          ['2026-11-16', 'check-in'],
        ],
      },
    ])
  })

  it('shows only the week asked for', () => {
    const blocks = programBlocks(build({ weeks: 3 }), 2, english)
    expect(blocks.map((block) => block.heading)).toEqual(['Program', 'Week 2: 2026-11-09 to 2026-11-15', 'Check-ins'])
    expect(blocks[1] && 'rows' in blocks[1] ? blocks[1].rows.map((row) => row[0]) : []).toEqual(
      ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15'].flatMap((date) => [date, date, date]),
    )
  })
})

describe('catalogBlocks', () => {
  it('tables each movement with its roles, focus and the source before its first colon', () => {
    const [first] = catalogBlocks(BUILT_IN_CATALOG.filter((movement) => movement.id === 'hip-bridge' || movement.id === 'deadbug'), english)
    expect(first).toEqual({
      heading: 'Catalog',
      headers: ['Id', 'Name', 'Roles', 'Focus', 'Source'],
      rows: BUILT_IN_CATALOG.filter((movement) => movement.id === 'hip-bridge' || movement.id === 'deadbug').map((movement) => [
        movement.id,
        movement.name,
        movement.roles.join(', '),
        movement.focus.join(', '),
        movement.source.split(':')[0],
      ]),
    })
    expect(first && 'rows' in first ? first.rows.map((row) => row[4]) : []).toEqual(['seed 001', 'seed 000'])
  })
})

describe('a dose the engine could not describe', () => {
  it('is written as its JSON rather than dropped', () => {
    const decision: DoseDecision = { movement: 'deadbug', action: 'hold', dose: { kind: 'hold', sets: 0, seconds: 20 }, nextEarliest: '2026-11-23', reasons: [reason('Odd.')] }
    expect(decisionBlocks(decision, english)[0]).toEqual({ heading: 'Next dose: Deadbug hold', lines: ['Action: hold. Dose: {"kind":"hold","sets":0,"seconds":20}. Not before 2026-11-23.'] })
  })
})
