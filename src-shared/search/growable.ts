/** Capacity helpers for the index's typed arrays, which grow by doubling like JS arrays do. */

type TypedArrayCtor<T> = new (length: number) => T;

/** `array` if it holds at least `needed` items, else a copy with room for them (doubling). */
export function ensureCapacity<
  T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array,
>(array: T, needed: number, ctor: TypedArrayCtor<T>): T {
  if (needed <= array.length) return array;
  let capacity = Math.max(16, array.length);
  while (capacity < needed) capacity *= 2;
  const grown = new ctor(capacity);
  grown.set(array);
  return grown;
}
