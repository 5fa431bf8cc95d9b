// The database under the example service: PostgreSQL, embedded (PGlite, no set-up) or a real server, through
// the same SQL. The store speaks only to the small interface below.
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'

/** Runs one statement with `$1`-style parameters and gives its rows. */
export interface Sql {
  query<Row extends object>(text: string, params?: readonly unknown[]): Promise<Row[]>
}

export interface Database extends Sql {
  /** `pglite` for the embedded database, `postgresql` for a server. */
  readonly kind: 'pglite' | 'postgresql'
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<Result>(work: (sql: Sql) => Promise<Result>): Promise<Result>
  close(): Promise<void>
}

/**
 * PGlite, in memory (`memory://`, the default) or in a folder. It runs one
 * statement at a time, so its transactions never overlap.
 */
export const openPglite = async (dataDir = 'memory://'): Promise<Database> => {
  const db = await PGlite.create(dataDir)
  const sql = (runner: Pick<PGlite, 'query'>): Sql => ({
    query: async <Row extends object>(text: string, params: readonly unknown[] = []) => (await runner.query<Row>(text, [...params])).rows,
  })
  return {
    kind: 'pglite',
    ...sql(db),
    transaction: (work) => db.transaction((tx) => work(sql(tx))),
    close: () => db.close(),
  }
}

const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`

/**
 * A PostgreSQL server at `url` (such as `postgres://user@127.0.0.1:5432/db`),
 * through a pool of connections. With `schema`, every connection works in that
 * schema, made if missing: tests that share one server keep apart.
 */
export const openPostgres = async (url: string, schema?: string): Promise<Database> => {
  if (schema !== undefined) {
    const setup = new pg.Client({ connectionString: url })
    await setup.connect()
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`)
    } finally {
      await setup.end()
    }
  }
  const pool = new pg.Pool({ connectionString: url, max: 10, ...(schema === undefined ? {} : { options: `-c search_path=${quoteIdentifier(schema)}` }) })
  const sql = (runner: pg.Pool | pg.PoolClient): Sql => ({
    query: async <Row extends object>(text: string, params: readonly unknown[] = []) => (await runner.query<Row>(text, [...params])).rows,
  })
  return {
    kind: 'postgresql',
    ...sql(pool),
    transaction: async (work) => {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(sql(client))
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

/** The database the environment names: a server when `DATABASE_URL` is set, otherwise PGlite in `PGLITE_DIR` (in memory when unset). */
export const openDatabase = (env: NodeJS.ProcessEnv = process.env): Promise<Database> =>
  env['DATABASE_URL'] ? openPostgres(env['DATABASE_URL']) : openPglite(env['PGLITE_DIR'] || undefined)
