// Iteration order of a java.util.HashMap, which decides how the ingest pipeline's Map.toString() lists keys.

/** java.lang.String#hashCode over UTF-16 code units, with 32-bit overflow. */
export function javaStringHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

const hashCache = new Map<string, number>();

function spreadHash(key: string): number {
  let h = hashCache.get(key);
  if (h === undefined) {
    const raw = javaStringHash(key);
    // HashMap.hash(): fold the high bits into the low ones.
    h = raw ^ (raw >>> 16);
    if (hashCache.size < 100_000) hashCache.set(key, h);
  }
  return h;
}

/** Table size after inserting `count` keys into a default HashMap (capacity 16, load factor 0.75). */
export function javaHashMapCapacity(count: number): number {
  let capacity = 16;
  while (count > capacity * 0.75) capacity *= 2;
  return capacity;
}

/**
 * Keys in the order a HashMap built by inserting `insertionOrder` iterates them: by bucket, and within a
 * bucket by insertion (resizes split buckets but keep relative order). Removals after the fact do not
 * shrink the table, so pass every key that was ever inserted and filter afterwards.
 */
export function javaHashMapOrder(insertionOrder: readonly string[]): string[] {
  const mask = javaHashMapCapacity(insertionOrder.length) - 1;
  return insertionOrder
    .map((key, index) => ({ key, index, bucket: spreadHash(key) & mask }))
    .sort((x, y) => x.bucket - y.bucket || x.index - y.index)
    .map((entry) => entry.key);
}
