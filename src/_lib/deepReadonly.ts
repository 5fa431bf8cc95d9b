/**
 * A value that can only be read, all the way down. Every input and output of
 * the engine is typed this way: the engine never changes what it is given, and
 * an app should not change what it gets back (it may be shared). Lists, tuples
 * and objects keep their shape.
 *
 * @category Shared
 * @since 0.2.0
 */
export type DeepReadonly<Value> = Value extends (...args: never[]) => unknown
  ? Value
  : Value extends object
    ? { readonly [Key in keyof Value]: DeepReadonly<Value[Key]> }
    : Value
