/**
 * The grammar queue (src/prism/grammar-queue.ts): loads in the order added,
 * yields to the host once a slice of work is used up (and only then), keeps
 * going past a failed load, and tells subscribers when it starts and ends.
 */
import {describe, expect, test, vi} from 'vitest';
import {GrammarQueue, yieldToBrowser} from '../../src/prism/grammar-queue';

/** A queue on a fake clock: each load takes `costMs`; yields are recorded in `log`. */
function fakeQueue(costMs: number) {
  let clock = 0;
  const log: string[] = [];
  const queue = new GrammarQueue(
    async () => {
      log.push('yield');
    },
    () => clock,
  );
  const loader = (name: string) => async () => {
    clock += costMs;
    log.push(name);
  };
  return {queue, log, loader};
}

describe('GrammarQueue', () => {
  test('loads strictly in the order added, across several add() calls', async () => {
    const {queue, log, loader} = fakeQueue(0);
    queue.add([loader('markup'), loader('clike')]);
    queue.add([loader('javascript')]);
    await queue.idle();
    expect(log).toEqual(['markup', 'clike', 'javascript']);
  });

  test('yields after each ~8 ms slice of work, never after the last load', async () => {
    const {queue, log, loader} = fakeQueue(3);
    queue.add(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(loader));
    await queue.idle();
    // 3 ms each: the third load ends a slice (9 ms ≥ 8), then the sixth.
    expect(log).toEqual(['a', 'b', 'c', 'yield', 'd', 'e', 'f', 'yield', 'g']);
  });

  test('a slow load gets a task of its own', async () => {
    const {queue, log, loader} = fakeQueue(20);
    queue.add(['a', 'b', 'c'].map(loader));
    await queue.idle();
    expect(log).toEqual(['a', 'yield', 'b', 'yield', 'c']);
  });

  test('is idle before anything is added and after the loads; idle() resolves at once when idle', async () => {
    const {queue, loader} = fakeQueue(1);
    expect(queue.isIdle()).toBe(true);
    await queue.idle();
    queue.add([loader('a')]);
    expect(queue.isIdle()).toBe(false);
    await queue.idle();
    expect(queue.isIdle()).toBe(true);
  });

  test('subscribers hear the start and the end; unsubscribing stops that', async () => {
    const {queue, loader} = fakeQueue(1);
    const heard: boolean[] = [];
    const unsubscribe = queue.subscribe(() => heard.push(queue.isIdle()));
    queue.add([loader('a')]);
    await queue.idle();
    expect(heard).toEqual([false, true]);
    unsubscribe();
    queue.add([loader('b')]);
    await queue.idle();
    expect(heard).toEqual([false, true]);
  });

  test('a load that fails is reported and the rest still load', async () => {
    const {queue, log, loader} = fakeQueue(0);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    queue.add([loader('a'), () => Promise.reject(new Error('no such grammar')), loader('c')]);
    await queue.idle();
    expect(log).toEqual(['a', 'c']);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0][1])).toContain('no such grammar');
    error.mockRestore();
  });

  test('an add() while loading joins the running drain', async () => {
    const {queue, log, loader} = fakeQueue(0);
    queue.add([
      async () => {
        log.push('a');
        queue.add([loader('late')]);
      },
      loader('b'),
    ]);
    await queue.idle();
    expect(log).toEqual(['a', 'b', 'late']);
    expect(queue.isIdle()).toBe(true);
  });

  test('yieldToBrowser resolves in a later task, not in the current run of microtasks', async () => {
    let resolved = false;
    const yielded = yieldToBrowser().then(() => {
      resolved = true;
    });
    for (let n = 0; n < 10; n++) await Promise.resolve();
    expect(resolved).toBe(false);
    await yielded;
    expect(resolved).toBe(true);
  });
});
