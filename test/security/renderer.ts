/**
 * A client for `render-worker.ts`: lessons rendered by the site's pipeline and
 * React in a child Node process started without Vitest's `development`
 * condition (see the worker for why).
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process';
import path from 'node:path';
import {createInterface} from 'node:readline';

export interface WorkerRenderer {
  /** React's HTML for the lesson; rejects with the pipeline's error, as the build would fail. */
  render(markdown: string): Promise<string>;
  close(): Promise<void>;
}

export function startRenderer(): WorkerRenderer {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'render-worker.ts')], {
    cwd: path.join(import.meta.dirname, '../..'),
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {...process.env, NODE_OPTIONS: ''},
  });
  const pending = new Map<number, {resolve: (html: string) => void; reject: (error: Error) => void}>();
  let next = 0;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  createInterface({input: child.stdout}).on('line', (line) => {
    if (!line.startsWith('{')) return;
    const answer = JSON.parse(line) as {id: number; html?: string; error?: string};
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id);
    if (answer.error !== undefined) waiting.reject(new Error(answer.error));
    else waiting.resolve(answer.html ?? '');
  });
  child.on('exit', (code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`render worker exited (${code}): ${stderr}`));
    pending.clear();
  });
  return {
    render(markdown) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, {resolve, reject});
        child.stdin.write(`${JSON.stringify({id, markdown})}\n`);
      });
    },
    close() {
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
      });
    },
  };
}

/** A page as the browser gets it: React's HTML inside the body, where Docusaurus puts a lesson. */
export function asPage(body: string): string {
  return `<!doctype html><html lang="en"><head><title>t</title></head><body><div id="__docusaurus"><article><div class="markdown">${body}</div></article></div></body></html>`;
}
