/**
 * `{ ...base, ...more }` for objects the engine builds itself: the keys of
 * `base`, then those of `more`, which win. Written with Object.assign because
 * the V8 of Node 20 adds each key after a leading spread slowly (about a
 * microsecond a key, against tens of nanoseconds this way; measured
 * 2026-12-02), and a day's plan builds hundreds of such objects. Not for raw
 * input: Object.assign sets a `__proto__` key where a spread defines it.
 */
export const extend = <Base extends object, More extends object>(base: Base, more: More): Omit<Base, keyof More> & More => Object.assign({}, base, more)
