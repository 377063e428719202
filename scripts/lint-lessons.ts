/** Entry point of `npm run lint:lessons`; the logic lives in `lint-lessons/lint.ts`. */
import {main} from './lint-lessons/lint';

process.exitCode = main(process.argv.slice(2));
