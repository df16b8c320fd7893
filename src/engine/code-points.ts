// Character classes that need a Unicode property test are asked about every character of a long
// draft; a draft uses few distinct characters, so each answer is worked out once and remembered
// (planes 0 and 1, where nearly all text and emoji live, in a table; the rest in a small map).

const TABLE_SIZE = 0x20000;
const MAP_LIMIT = 4096;

/** `classify` (answers 0–254) remembered per code point. */
export function rememberedPerCodePoint(classify: (char: string) => number): (point: number) => number {
  let table: Uint8Array | undefined;
  const others = new Map<number, number>();
  return (point) => {
    if (point < TABLE_SIZE) {
      table ??= new Uint8Array(TABLE_SIZE);
      let stored = table[point]!;
      if (stored === 0) {
        stored = classify(String.fromCodePoint(point)) + 1;
        table[point] = stored;
      }
      return stored - 1;
    }
    let answer = others.get(point);
    if (answer === undefined) {
      answer = classify(String.fromCodePoint(point));
      if (others.size < MAP_LIMIT) others.set(point, answer);
    }
    return answer;
  };
}
