// Put in by the build (scripts/build-playground.mjs): the text `rehab-engine init` writes, and the bundled example.
declare const __EPISODE_TEMPLATE__: string
declare const __EXAMPLE_EPISODE__: string
