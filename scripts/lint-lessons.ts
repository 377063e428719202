/** Entry point of `npm run lint:lessons`; the logic lives in `lint-lessons/lint.ts`. */
import {main} from './lint-lessons/lint';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`lint:lessons: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
