// Run by tests/support/machineZone.ts in a fresh Node process whose TZ is set: calls one export of one src
// module with JSON arguments, and prints the machine's zone and the result as JSON.
const [modulePath, exportName, argumentsJson] = process.argv.slice(2)
const loaded = (await import(new URL(`../../src/${modulePath}.ts`, import.meta.url).href)) as Record<string, unknown>
const target = loaded[exportName!]
if (typeof target !== 'function') throw new Error(`src/${modulePath} has no function ${exportName}`)
const localMidnight = new Date(2011, 11, 29)
localMidnight.setDate(localMidnight.getDate() + 1)
const machine = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, dayAfter20111229: localMidnight.getDate() }
console.log(JSON.stringify({ machine, result: target(...(JSON.parse(argumentsJson!) as unknown[])) }))
