/** Entry point of `npm run lighthouse`; the logic lives in `lighthouse/cli.ts`. */
import {main} from './lighthouse/cli';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
