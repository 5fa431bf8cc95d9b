import { execFile } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const SCRIPT = join(import.meta.dirname, '../../scripts/audit.mjs')
const folders: string[] = []

/** Runs scripts/audit.mjs with a stand-in `npm` first on the PATH that prints `output` and exits with `code`. */
const audit = (output: unknown, code: number): Promise<{ code: number; stdout: string }> => {
  const bin = mkdtempSync(join(tmpdir(), 'audit-'))
  folders.push(bin)
  writeFileSync(join(bin, 'report.json'), JSON.stringify(output))
  writeFileSync(join(bin, 'npm'), `#!/bin/sh\ncat "${join(bin, 'report.json')}"\nexit ${code}\n`)
  chmodSync(join(bin, 'npm'), 0o755)
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT], { env: { ...process.env, PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}` } }, (error, stdout) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1, stdout })
    })
  })
}

const report = (found: Record<string, unknown>, total: number) => ({
  auditReportVersion: 2,
  vulnerabilities: found,
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: total, high: 0, critical: 0, total }, dependencies: { prod: 9, dev: 0, total: 9 } },
})

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

describe('npm run audit', () => {
  it('passes a clean report and says how many runtime dependencies it covered', async () => {
    const run = await audit(report({}, 0), 0)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('npm audit --omit=dev: 0 known vulnerabilities in 9 runtime dependencies')
  })

  it('fails on an advisory and names the package', async () => {
    const found = { nanoid: { name: 'nanoid', severity: 'moderate', range: '<3.3.8', fixAvailable: true } }
    const run = await audit(report(found, 1), 1)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('- nanoid: moderate, <3.3.8 (a fix is available)')
    expect(run.stdout).toContain('1 known vulnerabilities')
  })

  it('says plainly that it did not run when the audit service refuses', async () => {
    const refused = { message: '405 Method Not Allowed - POST http://127.0.0.1/-/npm/v1/security/advisories/bulk', statusCode: 405 }
    const run = await audit(refused, 1)
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe('npm audit --omit=dev: NOT RUN, the audit service did not answer (405 Method Not Allowed)')
  })
})
