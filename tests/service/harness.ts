// The example service as a client meets it: a real server on a free loopback port, over a real database.
// PGlite always; the PostgreSQL server of DATABASE_URL too when it is set, each test file in a schema of its own.
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { Ajv2020 } from 'ajv/dist/2020.js'
import pg from 'pg'
import { openPglite, openPostgres, type Database } from '../../examples/service/database.js'
import { openApiDocument } from '../../examples/service/openapi.js'
import { buildServer, type ServerOptions } from '../../examples/service/server.js'
import { openStore, type Store } from '../../examples/service/store.js'

export interface Backend {
  readonly name: string
  readonly open: () => Promise<{ database: Database; dispose: () => Promise<void> }>
}

const url = process.env['DATABASE_URL']

const postgres = (connection: string): Backend => ({
  name: 'PostgreSQL',
  open: async () => {
    const schema = `test_${randomUUID().replaceAll('-', '')}`
    const database = await openPostgres(connection, schema)
    return {
      database,
      dispose: async () => {
        await database.close()
        const client = new pg.Client({ connectionString: connection })
        await client.connect()
        await client.query(`DROP SCHEMA "${schema}" CASCADE`)
        await client.end()
      },
    }
  },
})

export const BACKENDS: readonly Backend[] = [
  { name: 'PGlite', open: async () => { const database = await openPglite(); return { database, dispose: () => database.close() } } },
  ...(url ? [postgres(url)] : []),
]

export type Json = Record<string, any>

export interface Response {
  readonly status: number
  readonly type: string
  readonly body: Json
  readonly text: string
}

export interface Running {
  readonly base: string
  readonly request: (method: string, path: string, body?: unknown, contentType?: string) => Promise<Response>
  readonly close: () => Promise<void>
}

/** A server on `backend`, listening on loopback, with a fixed clock unless one is given; `watch` may wrap its store. */
export const startService = async (backend: Backend, options: Partial<Omit<ServerOptions, 'store'>> = {}, watch: (store: Store) => Store = (store) => store): Promise<Running> => {
  const { database, dispose } = await backend.open()
  const app = buildServer({ store: watch(await openStore(database)), now: () => new Date('2026-11-09T10:00:00Z'), ...options })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const request = async (method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<Response> => {
    const response = await fetch(`${base}${path}`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
    const text = await response.text()
    const type = response.headers.get('content-type') ?? ''
    return { status: response.status, type, text, body: type.startsWith('application/json') ? (JSON.parse(text) as Json) : {} }
  }
  return {
    base,
    request,
    close: async () => {
      await app.close()
      await dispose()
    },
  }
}

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
const root = { $id: 'https://rehab-engine.invalid/openapi', ...openApiDocument() }
ajv.addSchema(root)

/** The errors of `value` against a component of the OpenAPI document, none when it matches. */
export const againstDocument = (component: string, value: unknown): string[] => {
  const validate = ajv.getSchema(`https://rehab-engine.invalid/openapi#/components/schemas/${component}`)
  if (validate === undefined) return [`no component ${component}`]
  return validate(value) ? [] : (validate.errors ?? []).map((error: { instancePath: string; message?: string }) => `${error.instancePath} ${error.message ?? ''}`)
}
