import { act, renderHook } from '@testing-library/react';
import { DEFAULT_REFRESH_INTERVAL } from '../services/refresh_interval';
import { MIN_REFRESH_MS, useAutoRefresh } from './use_auto_refresh';

describe('auto-refresh', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('is off by default, in Kibana’s convention (paused, one minute)', () => {
    const onRefresh = jest.fn();
    const { result } = renderHook(() => useAutoRefresh(onRefresh));
    expect(result.current.interval).toEqual({ pause: true, value: 60_000 });
    expect(DEFAULT_REFRESH_INTERVAL).toEqual({ pause: true, value: 60_000 });
    act(() => jest.advanceTimersByTime(10 * 60_000));
    expect(onRefresh).not.toHaveBeenCalled();
  });

  it('refreshes every interval once started, and stops when paused again', () => {
    const onRefresh = jest.fn();
    const { result } = renderHook(() => useAutoRefresh(onRefresh));
    act(() => result.current.setInterval({ pause: false, value: 30_000 }));
    act(() => jest.advanceTimersByTime(90_000));
    expect(onRefresh).toHaveBeenCalledTimes(3);
    act(() => result.current.setInterval({ pause: true, value: 30_000 }));
    act(() => jest.advanceTimersByTime(90_000));
    expect(onRefresh).toHaveBeenCalledTimes(3);
  });

  it('never refreshes faster than the floor', () => {
    const onRefresh = jest.fn();
    const { result } = renderHook(() => useAutoRefresh(onRefresh));
    act(() => result.current.setInterval({ pause: false, value: 1_000 }));
    expect(result.current.interval.value).toBe(MIN_REFRESH_MS);
    act(() => jest.advanceTimersByTime(MIN_REFRESH_MS - 1));
    expect(onRefresh).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(onRefresh).toHaveBeenCalledTimes(1);
  });
});
