// A coach's batch: for every client file in a folder, plan the rehab, lay it out on a calendar, and write
// the plan (JSON) and the calendar (ICS) beside each other, with one progress line per client.
//
//   npx tsx examples/coach-script.ts clients/ out/
//
// A client file (JSON or YAML) holds { intake, assessment, start, options? }, as the CLI's program command
// reads it: `options` are the program's (weeks, timeZone, sessionTimes, deadbugDays, ...). The script exits 1
// when any client needs attention (a referral, too few tolerable movements, or a file to fix).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import { parse } from 'yaml'
import { buildProgram, planRehab, type BuildProgramInput, type InvalidInput, type PlanRehabInput } from 'rehab-engine'
import { programToIcs } from 'rehab-engine/ics'

const [clientsFolder, outFolder] = process.argv.slice(2)
if (clientsFolder === undefined || outFolder === undefined) {
  console.error('usage: coach-script <clients-folder> <out-folder>')
  process.exit(2)
}
mkdirSync(outFolder, { recursive: true })

const files = readdirSync(clientsFolder)
  .filter((file) => ['.json', '.yaml', '.yml'].includes(extname(file)))
  .sort()
let needAttention = 0
const STAMP = new Date().toISOString()

/** Every issue as `path: message`, the path dot-joined as the CLI writes it. */
const describeIssues = (error: InvalidInput) => error.issues.map((issue) => `${issue.path.length === 0 ? '(file)' : issue.path.join('.')}: ${issue.message}`).join('; ')

/** A parsed file's fields; anything but an object has none, and the engine says what is missing. */
const fieldsOf = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {})

/** One client from file to plan and calendar; returns the progress line. */
const processClient = (file: string): string => {
  const name = basename(file, extname(file))
  let client: Record<string, unknown>
  try {
    client = fieldsOf(parse(readFileSync(join(clientsFolder, file), 'utf8')))
  } catch (error) {
    needAttention++
    return `${name}: cannot read the file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
  const { intake, assessment, start, options } = client
  const plan = planRehab({ intake, assessment } as PlanRehabInput)
  if (plan._tag === 'Left') {
    needAttention++
    const failure = plan.left
    switch (failure._tag) {
      case 'Referral':
        return failure.cause === 'too-few-tolerable'
          ? `${name}: no plan, too few tolerable movements: ${failure.advice}`
          : `${name}: REFER (${failure.urgency}): ${failure.advice}`
      case 'InvalidInput':
        return `${name}: fix the file: ${describeIssues(failure)}`
    }
  }
  const program = buildProgram({ start, plan: plan.right, options } as BuildProgramInput)
  if (program._tag === 'Left') {
    needAttention++
    return `${name}: fix the file: ${describeIssues(program.left)}`
  }
  // The client's name starts every event id; the time of this run raises every event's SEQUENCE, so a calendar
  // app takes a newer file for the same client as an update.
  const idPrefix = name.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 64)
  const calendar = programToIcs({ program: program.right, options: { idPrefix, stamp: STAMP } })
  if (calendar._tag === 'Left') {
    needAttention++
    return `${name}: the calendar could not be written: ${calendar.left.issues[0]?.message ?? ''}`
  }
  writeFileSync(join(outFolder, `${name}.plan.json`), `${JSON.stringify({ plan: plan.right, program: program.right }, null, 2)}\n`)
  writeFileSync(join(outFolder, `${name}.ics`), calendar.right)
  const movements = plan.right.selection.selected.map((item) => item.movement).join(', ')
  return `${name}: ${plan.right.selection.selected.length} movements (${movements}), ${program.right.sessions.length} sessions from ${program.right.start} in ${program.right.timeZone}`
}

files.forEach((file, index) => console.log(`[${index + 1}/${files.length}] ${processClient(file)}`))
console.log(`${files.length - needAttention} of ${files.length} clients planned; ${needAttention} need attention.`)
process.exitCode = needAttention > 0 ? 1 : 0
