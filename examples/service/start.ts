// Starts the example service: `PORT=8080 npx tsx examples/service/start.ts` (the port defaults to 3000).
// Episodes are kept in PostgreSQL: the server `DATABASE_URL` names, or else PGlite in the folder `PGLITE_DIR`
// (`.rehab-engine-data` by default). It listens on 127.0.0.1 only: the service has no authentication, so it is
// not for an open network.
import { openDatabase } from './database.js'
import { buildServer } from './server.js'
import { openStore } from './store.js'

const port = Number(process.env['PORT'] || 3000)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not "${process.env['PORT']}"`)
  process.exit(1)
}

const database = await openDatabase({ ...process.env, PGLITE_DIR: process.env['PGLITE_DIR'] || '.rehab-engine-data' })
const app = buildServer({ store: await openStore(database), logger: true })
app.log.info(database.kind === 'postgresql' ? 'episodes are kept in the PostgreSQL server of DATABASE_URL' : 'episodes are kept in PGlite')
try {
  await app.listen({ host: '127.0.0.1', port })
} catch (error) {
  app.log.error(error)
  process.exit(1)
}

// Let requests in flight finish on Ctrl-C or a stop signal, then close the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0))
  })
}
