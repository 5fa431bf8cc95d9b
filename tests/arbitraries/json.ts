import fc from 'fast-check'

/*
 * Hostile payloads made the way a server receives them, through JSON.parse,
 * which gives `__proto__` and `constructor` as own keys rather than as the
 * prototype. Each is mixed into otherwise arbitrary JSON.
 */
const hostileObject = fc.jsonValue().map((value) =>
  JSON.parse(
    `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "date": "2026-11-02",` +
      ` "results": [{"movement": "hip-bridge", "pain": 1, "__proto__": ${JSON.stringify(value)}}]}`,
  ),
)

/** Arbitrary JSON, including hostile prototype keys. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: hostileObject },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, '', 'plan', 0, Number.NaN, [], {}) },
)
