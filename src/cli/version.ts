// Replaced with the package's version at build time (tsup `define`); the fallback shows an unbuilt run.
declare const __REHAB_ENGINE_VERSION__: string | undefined

export const VERSION: string = typeof __REHAB_ENGINE_VERSION__ === 'string' ? __REHAB_ENGINE_VERSION__ : '0.0.0-dev'
