// Optional auto-refresh of the panel, off by default, in Kibana's refresh-interval convention ({pause, value} in
// milliseconds, paused by default at one minute, as `timepicker:refreshIntervalDefaults`).
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_REFRESH_INTERVAL, type RefreshInterval } from '../services/refresh_interval';

/** Shorter intervals would only load the cluster: the rule itself runs every few minutes. */
export const MIN_REFRESH_MS = 10_000;

export interface AutoRefresh {
  interval: RefreshInterval;
  setInterval(interval: RefreshInterval): void;
}

export function useAutoRefresh(onRefresh: () => void): AutoRefresh {
  const [interval, setRefreshInterval] = useState<RefreshInterval>(DEFAULT_REFRESH_INTERVAL);
  // The latest callback without restarting the timer each render.
  const refresh = useRef(onRefresh);
  refresh.current = onRefresh;

  useEffect(() => {
    if (interval.pause || interval.value <= 0) return undefined;
    const timer = window.setInterval(
      () => refresh.current(),
      Math.max(interval.value, MIN_REFRESH_MS),
    );
    return () => window.clearInterval(timer);
  }, [interval.pause, interval.value]);

  return {
    interval,
    setInterval: (next) =>
      setRefreshInterval({ pause: next.pause, value: Math.max(next.value, MIN_REFRESH_MS) }),
  };
}
