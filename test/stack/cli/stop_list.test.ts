// Unit tests for stopping what a starting stack brought up, and for ending a load early.
import { untilAborted } from './abortable';
import { StopList } from './stop_list';

describe('StopList', () => {
  it('stops newest first, keeps going past a failure, and only once', async () => {
    const order: string[] = [];
    const logged: string[] = [];
    const list = new StopList();
    list.add('engine', async () => {
      order.push('engine');
    });
    list.add('proxy', () => Promise.reject(new Error('socket hang up')));
    list.add('emulator', async () => {
      order.push('emulator');
    });
    await Promise.all([list.stopAll((l) => logged.push(l)), list.stopAll(() => undefined)]);
    await list.stopAll(() => undefined);
    expect(order).toEqual(['emulator', 'engine']);
    expect(logged).toEqual(['[stack] stopping proxy failed: socket hang up']);
  });
});

describe('untilAborted', () => {
  it('passes everything through without a signal or before an abort', () => {
    expect([...untilAborted([1, 2, 3], undefined)]).toEqual([1, 2, 3]);
    expect([...untilAborted([1, 2, 3], new AbortController().signal)]).toEqual([1, 2, 3]);
  });

  it('ends the stream at the next item once aborted', () => {
    const controller = new AbortController();
    const seen: number[] = [];
    for (const item of untilAborted([1, 2, 3, 4], controller.signal)) {
      seen.push(item);
      if (item === 2) controller.abort();
    }
    expect(seen).toEqual([1, 2]);
  });
});
