// The page's script: the whole plan against the built ESM package, as a browser app would load it.
import * as calendar from '../../dist/ics.js'
import * as engine from '../../dist/index.js'
import { runPlan } from './plan.js'

// The page has no DOM typings here (the project's lib is ES2022 only), so the result goes on globalThis, which is window.
const page = globalThis as { __result?: unknown; __error?: string }
try {
  page.__result = runPlan({ ...engine, ...calendar })
} catch (error) {
  page.__error = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)
}
