// Hostile JavaScript values: what a careless or malicious caller can pass that JSON never could.
// Each comes with a name for test titles; every one of them must give a Left, never a throw.

/** A fresh object whose getter throws when read. */
const throwingGetter = (key: string): object =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get: () => {
      throw new Error(`the ${key} getter throws`)
    },
  })

/** A Proxy whose every trap throws. */
const throwingProxy = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('get trap')
      },
      ownKeys: () => {
        throw new Error('ownKeys trap')
      },
      getPrototypeOf: () => {
        throw new Error('getPrototypeOf trap')
      },
      has: () => {
        throw new Error('has trap')
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('getOwnPropertyDescriptor trap')
      },
    },
  )

/** A Proxy that looks like an empty plain object (its other traps answer) and throws when any key is read. */
const throwingGetProxy = (): object =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('get trap')
      },
    },
  )

/** A Proxy that gives a different value at every read: a check and a later read would see different data. */
const shiftingProxy = (base: Record<string, unknown>): object => {
  let reads = 0
  return new Proxy(base, { get: (target, key) => (typeof key === 'string' && key in target && ++reads % 2 === 0 ? 'shifted' : Reflect.get(target, key)) })
}

const cyclic = (): object => {
  const value: Record<string, unknown> = { date: '2026-11-02' }
  value['self'] = value
  return value
}

const sparse = (length: number): unknown[] => {
  const list: unknown[] = []
  list.length = length
  return list
}

class Session {
  readonly date = '2026-11-02'
  readonly backPain = 1
}

/** Hostile values to put anywhere an input is expected, each with a name. */
export const hostileValues = (): readonly (readonly [string, unknown])[] => [
  ['a throwing getter', throwingGetter('date')],
  ['a Proxy whose traps throw', throwingProxy()],
  ['an empty-looking Proxy whose get trap throws', throwingGetProxy()],
  ['a revoked Proxy', (() => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    return proxy
  })()],
  ['a Proxy that shifts its values', shiftingProxy({ date: '2026-11-02', backPain: 1 })],
  ['a cyclic object', cyclic()],
  ['a sparse list of 2^32-1 holes', sparse(2 ** 32 - 1)],
  ['a sparse list of three holes', sparse(3)],
  ['a class instance', new Session()],
  ['a Date', new Date(0)],
  ['a Map', new Map([['date', '2026-11-02']])],
  ['a BigInt', 10n],
  ['a symbol', Symbol('hostile')],
  ['a function', () => 'hostile'],
  ['an object made by JSON.parse with __proto__', JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')],
  ['a list nested 100 deep', Array.from({ length: 100 }).reduce<unknown>((inner) => [inner], [])],
  ['an object with 5000 keys', Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`key${index}`, index]))],
]

/**
 * Values that look odd but are plain data, as JSON could carry them: a
 * function must read them as it reads any other data (an object without a
 * prototype is an object; a symbol key is not data and is ignored).
 */
export const oddButPlainValues = (): readonly (readonly [string, unknown])[] => [
  ['an object with a symbol key', { [Symbol('key')]: 1 }],
  ['an object without a prototype', Object.create(null) as object],
]

/** Whether Object.prototype still holds no pollution from a test. */
export const prototypeIsClean = (): boolean => !('polluted' in Object.prototype) && !('polluted' in (Object.prototype.constructor.prototype as object))
