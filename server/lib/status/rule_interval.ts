// A rule's schedule interval (`5m`, `1h`, …) in milliseconds; Kibana's default when the rule has none.

/** Kibana applies this when a rule is created without `interval`. */
export const KIBANA_DEFAULT_INTERVAL = '5m';

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function intervalMs(interval: string | undefined): number | null {
  const match = /^(\d+)([smhd])$/.exec(interval ?? KIBANA_DEFAULT_INTERVAL);
  if (!match) return null;
  const value = Number(match[1]) * UNIT_MS[match[2]];
  return value > 0 ? value : null;
}
