// npm run audit: `npm audit --omit=dev`, failing on any advisory against a runtime dependency. When the
// registry's audit service does not answer (some mirrors refuse it), the script says so and does not
// pretend the audit passed: its last line names the outcome either way.
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
const parse = (text) => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
const report = parse(run.stdout)

if (report?.auditReportVersion === undefined) {
  // npm's message ends with the method and address it tried; the status is what a reader needs.
  const why = report?.message?.split(' - ')[0] ?? (run.stderr.trim().split('\n').at(-1) || `npm exited with ${run.status}`)
  console.log(`npm audit --omit=dev: NOT RUN, the audit service did not answer (${why})`)
  process.exit(0)
}

const { vulnerabilities, dependencies } = report.metadata
for (const [name, found] of Object.entries(report.vulnerabilities)) {
  console.log(`- ${name}: ${found.severity}, ${found.range}${found.fixAvailable ? ' (a fix is available)' : ''}`)
}
console.log(`npm audit --omit=dev: ${vulnerabilities.total} known vulnerabilities in ${dependencies.prod} runtime dependencies`)
process.exit(vulnerabilities.total === 0 ? 0 : 1)
