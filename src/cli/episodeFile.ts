/**
 * The commands that plan (select, plan, program) read a client's episode file as well as a plan file: its
 * intake, its latest assessment (on or before `--today` when given), the selection's options, and for a
 * program the assessment's date as the start and the episode's program options. The engine checks all of it
 * as it would check a plan file; this only picks the parts.
 */
type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether the file is an episode: it has events and no assessment of its own. */
export const isEpisodeFile = (value: unknown): value is Row => isRow(value) && Array.isArray(value['events']) && !('assessment' in value)

const latestAssessment = (events: readonly unknown[], today: string | undefined): Row | undefined => {
  let latest: Row | undefined
  for (const event of events) {
    if (!isRow(event) || event['type'] !== 'assessment' || typeof event['date'] !== 'string') continue
    if (today !== undefined && event['date'] > today) continue
    // Of two on one date, the later in the file, as the engine orders them.
    if (latest === undefined || event['date'] >= (latest['date'] as string)) latest = event
  }
  return latest
}

/** What the file says to plan from: the file itself when it is a plan file, the parts of an episode otherwise. */
export const planFileOf = (value: unknown, today: string | undefined, forProgram: boolean): { value: unknown; missing?: string } => {
  if (!isEpisodeFile(value)) return { value }
  const assessment = latestAssessment(value['events'] as unknown[], today)
  if (assessment === undefined) return { value, missing: `the episode holds no assessment${today === undefined ? '' : ` on or before ${today}`} to plan from` }
  const { type: _type, id: _id, ...scored } = assessment
  const options = isRow(value['options']) ? value['options'] : {}
  const { program, painCeiling, catalog } = options
  const selection = { ...(painCeiling === undefined ? {} : { painCeiling }), ...(catalog === undefined ? {} : { catalog }) }
  if (!forProgram) return { value: { intake: value['intake'], assessment: scored, options: selection } }
  return { value: { intake: value['intake'], assessment: scored, start: scored['date'], options: { ...(isRow(program) ? program : {}), ...selection } } }
}
