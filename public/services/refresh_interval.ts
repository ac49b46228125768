// Kibana's refresh-interval convention, as `_g.refreshInterval` and `timepicker:refreshIntervalDefaults` hold it:
// paused or not, and the interval in milliseconds (paused at one minute by default).

export interface RefreshInterval {
  pause: boolean;
  /** Milliseconds. */
  value: number;
}

export const DEFAULT_REFRESH_INTERVAL: RefreshInterval = { pause: true, value: 60_000 };
