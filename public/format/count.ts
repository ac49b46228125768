// Counts with the reader's thousands separators.

export function formatCount(value: number): string {
  return value.toLocaleString();
}

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
