// A small hand-made program for the export tests: two weeks whose sessions sit on the first and last day of
// each week, every kind of dose, a variant, a movement the catalog lacks, and a label holding a pipe.
import type { Program } from '../../src/index.js'

export const SAMPLE_PROGRAM: Program = {
  start: '2026-11-02',
  end: '2026-11-15',
  timeZone: 'Europe/Berlin',
  sessions: [
    {
      start: '2026-11-02T08:00:00+01:00',
      date: '2026-11-02',
      time: '08:00',
      label: 'Morning rehab',
      items: [
        { movement: 'hip-bridge', dose: { kind: 'reps', sets: 1, reps: 5 } },
        { movement: 'kettlebell-walk', variant: 'overhead', dose: { kind: 'distance', sets: 2, meters: 20 } },
      ],
    },
    {
      start: '2026-11-08T19:00:00+01:00',
      date: '2026-11-08',
      time: '19:00',
      label: 'Evening | late',
      items: [
        { movement: 'deadbug', dose: { kind: 'hold', sets: 2, seconds: 20 } },
        { movement: 'thoracic-press', dose: { kind: 'reps', sets: 2, reps: 8, loadKg: 5.5 } },
      ],
    },
    {
      start: '2026-11-09T07:30:00+01:00',
      date: '2026-11-09',
      time: '07:30',
      label: 'Morning rehab',
      items: [{ movement: 'bird-dog', dose: { kind: 'reps', sets: 2, reps: 6, perSide: true } }],
    },
    {
      start: '2026-11-15T19:00:00+01:00',
      date: '2026-11-15',
      time: '19:00',
      label: 'Evening rehab and workout',
      items: [
        { movement: 'hip-thrust', dose: { kind: 'reps', sets: 3, reps: 15, band: true } },
        { movement: 'handstand', dose: { kind: 'hold', sets: 1, seconds: 10 } },
      ],
    },
  ],
  checkIns: [
    { date: '2026-11-09', kind: 'reassessment' },
    { date: '2026-11-16', kind: 'check-in' },
  ],
  reasons: [{ rule: 'program-frame', message: 'A hand-made program.' }],
}
