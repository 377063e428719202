/** Entry point of `npm run import:mkdocs`; the logic lives in `import-mkdocs/`. */
import {main} from './import-mkdocs/cli';

const {code, output} = main(process.argv.slice(2));
process.stdout.write(output);
process.exitCode = code;
