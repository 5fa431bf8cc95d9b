// Writes a JSON Schema (draft-07) for every public input and output into schemas/, from the zod schemas of
// the built package, so that the files shipped are exactly what the shipped code checks. Run after tsup.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import * as z from 'zod'
import * as calendar from '../dist/ics.js'
import * as main from '../dist/index.js'

// Both public entries: rehab-engine and rehab-engine/ics.
const engine = { ...main, ...calendar }

/** File name (without .json) and the schema it describes. */
export const SCHEMAS = {
  // Inputs
  intake: engine.IntakeSchema,
  assessment: engine.AssessmentSchema,
  'select-rehab-movements-input': engine.SelectRehabMovementsInputSchema,
  'plan-rehab-input': engine.PlanRehabInputSchema,
  catalog: engine.CatalogSchema,
  movement: engine.MovementSchema,
  ladder: engine.LadderSchema,
  'find-movement-input': engine.FindMovementInputSchema,
  'session-log': engine.SessionLogSchema,
  'morning-check': engine.MorningCheckSchema,
  'evaluate-ceiling-input': engine.EvaluateCeilingInputSchema,
  'next-dose-input': engine.NextDoseInputSchema,
  'simulate-progression-input': engine.SimulateProgressionInputSchema,
  'soreness-report': engine.SorenessReportSchema,
  'build-program-input': engine.BuildProgramInputSchema,
  'program-to-markdown-input': engine.ProgramToMarkdownInputSchema,
  'program-to-ics-input': engine.ProgramToIcsInputSchema,
  episode: engine.EpisodeSchema,
  'episode-event': engine.EpisodeEventSchema,
  'decide-day-input': engine.DecideDayInputSchema,
  'replay-episode-input': engine.ReplayEpisodeInputSchema,
  'snapshot-episode-input': engine.SnapshotEpisodeInputSchema,
  'episode-ceiling-input': engine.EpisodeCeilingInputSchema,
  'episode-dose-input': engine.EpisodeDoseInputSchema,
  'outcome-report-input': engine.OutcomeReportInputSchema,
  // Outputs
  screening: engine.ScreeningSchema,
  referral: engine.ReferralSchema,
  'rehab-selection': engine.RehabSelectionSchema,
  'rehab-plan': engine.RehabPlanSchema,
  'invalid-input': engine.InvalidInputSchema,
  'ceiling-verdict': engine.CeilingVerdictSchema,
  'dose-decision': engine.DoseDecisionSchema,
  paused: engine.PausedSchema,
  simulation: engine.SimulationSchema,
  'soreness-verdict': engine.SorenessVerdictSchema,
  program: engine.ProgramSchema,
  'day-plan': engine.DayPlanSchema,
  'episode-referral': engine.EpisodeReferralSchema,
  'replayed-day': engine.ReplayedDaySchema,
  'episode-snapshot': engine.EpisodeSnapshotSchema,
  'outcome-report': engine.OutcomeReportSchema,
  // Shared
  dose: engine.DoseSchema,
  reason: engine.ReasonSchema,
}

const folder = new URL('../schemas/', import.meta.url)
rmSync(folder, { recursive: true, force: true })
mkdirSync(folder)
for (const [name, schema] of Object.entries(SCHEMAS)) {
  if (schema === undefined) throw new Error(`schemas/${name}.json: the package exports no such schema`)
  // io 'output' describes the parsed shape. The catalog option is checked when it is resolved, so its
  // schema only carries its type: it comes out as "any value", and catalog.json describes a catalog.
  const json = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' })
  writeFileSync(new URL(`${name}.json`, folder), `${JSON.stringify({ title: `rehab-engine ${name}`, ...json }, null, 2)}\n`)
}
console.log(`schemas/: ${Object.keys(SCHEMAS).length} JSON Schemas written`)
