import { runCli } from './main.js'

// The bin entry: the real process's arguments and streams; the exit code tells scripts what happened.
const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTerminal: process.stdout.isTTY === true,
})
process.exitCode = code
