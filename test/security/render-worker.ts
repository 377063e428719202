/**
 * Renders lessons for the security tests in a plain Node process, as
 * `docusaurus build` runs the pipeline: Vitest resolves packages with the
 * `development` condition, where micromark's development build asserts
 * invariants that the comment syntax Docusaurus enables (mdx1Compat's
 * remark-comment) breaks on some hostile inputs (`<!--<img src="-->…`); the
 * build, on the production code, renders them, and that is what must be checked.
 *
 * Protocol: one JSON request per stdin line `{id, markdown}`, one JSON answer
 * per stdout line `{id, html}` or `{id, error}`.
 */
import {createInterface} from 'node:readline';
import {renderLesson} from './site-render';

const lines = createInterface({input: process.stdin});
let queue = Promise.resolve();
lines.on('line', (line) => {
  const {id, markdown} = JSON.parse(line) as {id: number; markdown: string};
  queue = queue.then(async () => {
    try {
      const {html} = await renderLesson(markdown);
      process.stdout.write(`${JSON.stringify({id, html})}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)})}\n`);
    }
  });
});
lines.on('close', () => void queue.then(() => process.exit(0)));
