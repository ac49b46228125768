// Kibana's `getRuleRangeTuples`: the run's [from, to] window, up to 4 catch-up windows when runs were missed,
// and the remaining gap that no window covers (reported as a failure).
import { durationMs } from '../../../../common/time';
import { parseDateMath } from '../rules/date_math';

export interface RangeTuple {
  from: Date;
  to: Date;
}

export interface RangeTuples {
  /** Oldest first. */
  tuples: RangeTuple[];
  remainingGapMs: number;
}

/** At most this many missed intervals are caught up. */
const MAX_CATCHUP = 4;

export function ruleRangeTuples(args: {
  startedAt: Date;
  previousStartedAt?: Date;
  from: string;
  to: string;
  interval: string;
}): RangeTuples {
  const from = parseDateMath(args.from, args.startedAt);
  const to = parseDateMath(args.to, args.startedAt, true);
  if (!from || !to) throw new Error('Failed to parse date math of rule.from or rule.to');
  const tuples: RangeTuple[] = [{ from, to }];
  const interval = durationMs(args.interval);
  if (!interval || !args.previousStartedAt) return { tuples, remainingGapMs: 0 };

  const drift = to.getTime() - from.getTime();
  const gap = args.startedAt.getTime() - args.previousStartedAt.getTime() - drift;
  const catchup = gap <= 0 ? 0 : Math.min(Math.ceil(gap / interval), MAX_CATCHUP);
  for (let i = 1; i <= catchup; i += 1) {
    tuples.push({
      from: new Date(from.getTime() - i * interval),
      to: new Date(to.getTime() - i * interval),
    });
  }
  return {
    tuples: tuples.reverse(),
    remainingGapMs: Math.max(gap - catchup * interval, 0),
  };
}
