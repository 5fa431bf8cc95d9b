import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { Option } from 'commander'
import { wholeNumber, type CliContext } from '../context.js'
import { EXIT } from '../exitCodes.js'
import { playgroundServer, readPlaygroundFiles } from '../playgroundServer.js'

// Ports are 16-bit; 0 asks the system for any free one.
const HIGHEST_PORT = 65_535

/** playground: serves the built page (the engine in the browser, with charts) on 127.0.0.1 until stopped. */
export const addPlaygroundCommand = (context: CliContext): void => {
  context.program
    .command('playground')
    .description('serve the playground page (edit an episode, see its plan, charts and report) on this machine only, until stopped')
    .addOption(new Option('--port <n>', 'the port on 127.0.0.1 (default: any free port)').argParser(wholeNumber))
    .addHelpText('after', '\nExample:\n  rehab-engine playground --port 8080\n')
    .action(async (options: { port?: number }) => {
      const { io, exit } = context
      if (options.port !== undefined && options.port > HIGHEST_PORT) {
        io.err(`rehab-engine: --port ${options.port} is over ${HIGHEST_PORT}\n`)
        exit.code = EXIT.invalidInput
        return
      }
      // The built page sits beside the CLI's own file in dist.
      const folder = fileURLToPath(new URL('./playground/', import.meta.url))
      const files = await readPlaygroundFiles(folder).catch(() => undefined)
      if (files === undefined) {
        io.err(`rehab-engine: the playground is not built in ${folder}: run npm run build\n`)
        exit.code = EXIT.unexpected
        return
      }
      const server = playgroundServer(files)
      server.listen(options.port ?? 0, '127.0.0.1')
      const opened = await Promise.race([once(server, 'listening').then(() => undefined), once(server, 'error').then(([error]) => error as Error)])
      if (opened !== undefined) {
        io.err(`rehab-engine: cannot serve the playground: ${opened.message}\n`)
        exit.code = EXIT.unexpected
        return
      }
      const { port } = server.address() as { port: number }
      io.out(`The playground is at http://127.0.0.1:${port}/ (Ctrl+C stops it).\n`)
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')])
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      exit.code = EXIT.done
    })
}
