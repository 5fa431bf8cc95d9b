// npm run bench: every benchmark in one run, as ratios against baselines measured in the same run.
// Not part of npm test: timings on a shared machine are too noisy to pass or fail a build on.
import { execFileSync } from 'node:child_process'
import { cpus } from 'node:os'
import { runBatch } from './batch.mjs'
import { runCalendarBench } from './calendar.mjs'
import { runDayPlanBench } from './dayPlan.mjs'
import { runEpisodeBench, runHistoryLengthBench } from './episode.mjs'
import { IMPORT_RATIO_TARGET, runImportBench } from './import.mjs'
import { runLimitsBench } from './limits.mjs'
import { runScalingBench } from './scaling.mjs'
import { runSelectionBench } from './selection.mjs'
import { runSnapshotBatch } from './snapshotBatch.mjs'

const line = (cells) => `| ${cells.join(' | ')} |`
console.log(`Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}\n`)

const selection = await runSelectionBench()
console.log('## The selection rule, one input, one run\n')
console.log(line(['variant', 'calls a second']), '\n' + line(['---', '---:']))
for (const [name, value] of selection.rows) console.log(line([name, Math.round(value).toLocaleString('en-US')]))
console.log('\n' + line(['target', 'measured', 'met']), '\n' + line(['---', '---:', '---']))
for (const [name, value, met] of selection.targets) console.log(line([name, value.toFixed(2), met === undefined ? '(context)' : met ? 'yes' : 'no']))

const scaling = await runScalingBench()
console.log('\n## Cost against history length\n')
console.log(line(['logs', 'evaluateCeiling (ms)', 'nextDose (ms)']), '\n' + line(['---:', '---:', '---:']))
for (const row of scaling.rows) console.log(line([row.count.toLocaleString('en-US'), (row.ceiling / 1e6).toFixed(3), (row.dose / 1e6).toFixed(3)]))
console.log(`\n10,000 against 1,000 logs: evaluateCeiling x${scaling.growth.ceiling.toFixed(1)}, nextDose x${scaling.growth.dose.toFixed(1)} (target: at most 12; ${scaling.met ? 'met' : 'not met'})`)

const calendar = await runCalendarBench()
console.log('\n## A calendar against the program\'s size\n')
console.log(line(['weeks', 'events', 'programToIcs (ms)', 'x baseline', 'emoji names (ms)', 'x baseline']), '\n' + line(['---:', '---:', '---:', '---:', '---:', '---:']))
for (const row of calendar.rows) {
  console.log(line([row.weeks, row.events, (row.plain / 1e6).toFixed(2), (row.plain / row.baseline).toFixed(1), (row.folded / 1e6).toFixed(2), (row.folded / row.baseline).toFixed(1)]))
}
console.log(`\nBaseline: ProgramSchema.safeParse of the same program. From 4 to 52 weeks, against the baseline's growth: x${calendar.growth.plain.toFixed(2)}, emoji names x${calendar.growth.folded.toFixed(2)} (target: at most 1.5; ${calendar.met ? 'met' : 'not met'})`)

const episode = await runEpisodeBench()
console.log('\n## The episode of care, one year\n')
console.log(`${episode.events.toLocaleString('en-US')} events, ${episode.kb.toFixed(0)} kB of JSON: JSON.parse ${episode.parseMs.toFixed(2)} ms; decideDay from the text ${episode.decideMs.toFixed(1)} ms, x${episode.ratio.toFixed(1)} the parse (target: at most 3; ${episode.ratio <= 3 ? 'met' : 'not met'}); replayEpisode of the year ${episode.replayMs.toFixed(0)} ms`)
console.log(`With a red session every 30 days and a flare-up every 45: decideDay from the text ${episode.redDecideMs.toFixed(1)} ms, x${episode.redRatio.toFixed(1)} the parse`)
const turns = episode.snapshotSpeedUpInTurns
console.log(`From a stored snapshot (${episode.snapshotKb.toFixed(0)} kB) and a day's events, from their text: ${episode.fromSnapshotMs.toFixed(2)} ms, ${episode.snapshotSpeedUp.toFixed(1)} times faster than from the whole year; timed in turns, ${turns.median.toFixed(1)} times (${turns.low.toFixed(1)} to ${turns.high.toFixed(1)} over the rounds; target: at least 50, ${turns.median >= 50 ? 'met' : 'not met'})`)

const parts = await runDayPlanBench()
const times = ({ median, low, high }) => `x${median.toFixed(0)} (${low.toFixed(0)} to ${high.toFixed(0)})`
console.log(`The year's whole decision against parts of its last day's plan, timed in turns: the plan ${times(parts.plan)}, the ceiling's judgement ${times(parts.ceiling)}, adherence ${times(parts.adherence)}; both paths build the plan, so a day from a snapshot is at most about ${parts.plan.median.toFixed(0)} times faster`)

const lengths = await runHistoryLengthBench()
console.log(`A day from a snapshot after ${lengths.rows.map((row) => `${row.days} days (${row.events.toLocaleString('en-US')} events) ${row.ms.toFixed(2)} ms`).join(', ')}: x${lengths.growth.toFixed(2)} from the first to the last`)

// The service is TypeScript over PGlite: it runs in a process of its own, through tsx.
const service = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'bench/service.ts'], { cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8' }))
console.log(`The example service with a year's episode stored (${service.events.toLocaleString('en-US')} events, PGlite in process): GET /today from the person's snapshot ${service.fromSnapshotMs.toFixed(1)} ms, from the whole episode ${service.wholeMs.toFixed(1)} ms, ${(service.wholeMs / service.fromSnapshotMs).toFixed(1)} times faster (mean of ${service.reads})`)

const people = runSnapshotBatch()
console.log('\n## 100,000 people from stored snapshots, streamed, one core\n')
console.log(`${Math.round(people.perSecond).toLocaleString('en-US')} decisions a second; ${people.seconds.toFixed(1)} s in all; snapshots of ${people.snapshotKb.toFixed(0)} kB on average`)
for (const point of people.heapAt) console.log(`- after ${point.people.toLocaleString('en-US')} people: heap ${point.heapMb.toFixed(1)} MB`)
console.log(`Memory flat: ${people.flat ? 'yes' : 'no'}`)

const batch = runBatch()
console.log('\n## 100,000 clients, streamed, one core\n')
console.log(`${Math.round(batch.perSecond).toLocaleString('en-US')} decisions a second; ${batch.seconds.toFixed(1)} s in all`)
for (const point of batch.heapAt) console.log(`- after ${point.clients.toLocaleString('en-US')} clients: heap ${point.heapMb.toFixed(1)} MB`)
console.log(`Memory flat: ${batch.flat ? 'yes' : 'no'}`)

const load = runImportBench()
console.log('\n## Cold import and build sizes\n')
console.log(`Node alone ${load.bare.toFixed(0)} ms; importing zod ${load.withZod.toFixed(0)} ms; importing rehab-engine ${load.library.toFixed(0)} ms, ${load.ratio.toFixed(2)} times zod (target at most ${IMPORT_RATIO_TARGET}: ${load.ratio <= IMPORT_RATIO_TARGET ? 'met' : 'not met'}); importing rehab-engine/ics ${load.calendar.toFixed(0)} ms (median of 25 fresh processes, taking turns)`)
for (const file of load.files) console.log(`- ${file.file}: ${file.kb.toFixed(1)} kB (${file.gzipKb.toFixed(1)} kB gzipped)`)

console.log('\n## At every documented maximum, one call in a fresh process (median of three)\n')
console.log(line(['case', 'answer', 'time (ms)', 'memory (MB)', 'under 1 s and 200 MB']), '\n' + line(['---', '---', '---:', '---:', '---']))
for (const row of runLimitsBench()) console.log(line([row.name, row.tag, row.milliseconds.toFixed(0), row.memoryMb.toFixed(0), row.within ? 'yes' : 'no']))
