/**
 * Registers Prism grammars one after another without holding the browser's
 * main thread. Evaluating prism-react-renderer's 31 bundled grammars at start-up
 * was one ~150 ms task on a throttled phone (each `insertBefore` walks every
 * grammar loaded so far), the largest part of the page's blocking time. Here
 * each grammar module is evaluated on its own, and after about a frame's
 * worth of work the queue yields to the browser (input, paint) before the next.
 *
 * Order matters (a grammar extends those before it), so loads run strictly in
 * the order they were added. Readers of the queue wait for `idle()` or
 * subscribe to hear when it becomes idle.
 */
export type GrammarLoader = () => Promise<unknown>;

/** Work per slice before yielding: under the 50 ms that counts as a long task, with room for a throttled CPU. */
const SLICE_MS = 8;

export class GrammarQueue {
  private readonly pending: GrammarLoader[] = [];
  private running: Promise<void> | undefined;
  private readonly listeners = new Set<() => void>();

  /** `yieldToHost` is awaited between slices; `now` reads the clock. Both are for tests and the server. */
  constructor(
    private readonly yieldToHost: () => Promise<void> = yieldToBrowser,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queue loads after every load added before them; starts the queue if it is idle. */
  add(loaders: readonly GrammarLoader[]): void {
    this.pending.push(...loaders);
    if (this.pending.length > 0 && !this.running) {
      this.running = this.drain().finally(() => {
        this.running = undefined;
        for (const listener of this.listeners) listener();
      });
      for (const listener of this.listeners) listener();
    }
  }

  /** Whether every queued grammar is registered. */
  isIdle(): boolean {
    return this.running === undefined;
  }

  /** Resolves when every grammar queued so far is registered or has failed (a failure is logged by `drain`, never thrown here). */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** `listener` runs when the queue starts or finishes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async drain(): Promise<void> {
    let sliceStart = this.now();
    while (this.pending.length > 0) {
      const load = this.pending.shift()!;
      try {
        await load();
      } catch (error) {
        // One broken grammar must not keep the others (or the page) from loading.
        console.error('Lessonsaurus: a Prism grammar failed to load', error);
      }
      if (this.pending.length > 0 && this.now() - sliceStart >= SLICE_MS) {
        await this.yieldToHost();
        sliceStart = this.now();
      }
    }
  }
}

/**
 * A new task, so the browser can paint and handle input in between.
 * MessageChannel rather than `setTimeout(0)`, which browsers clamp to 4 ms
 * once nested.
 */
export function yieldToBrowser(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
