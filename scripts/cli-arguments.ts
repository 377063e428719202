/**
 * The scripts' command lines, read by Node's `util.parseArgs` in its strict
 * mode (an unknown option, a missing value or a value given to a flag is an
 * error), with its errors turned into one short line that names the argument:
 * `Unknown option --nope`, `--out needs a value`. Node's own messages add
 * advice on `--` that does not help here, over up to three lines.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util';

export type ParsedCommandLine<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/** `parseArgs(config)`, or the argument error as one line. */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ParsedCommandLine<T> | {error: string} {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = argumentError(error);
    if (message === undefined) throw error;
    return {error: message};
  }
}

/** The one-line message for a `parseArgs` error; undefined for any other error. */
function argumentError(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string' || !error.code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  // Node quotes the argument: '--nope', '--out <value>', '-o, --out <value>'.
  const quoted = /'([^']*)'/.exec(error.message)?.[1];
  const name = quoted?.replace(/ <value>$/, '').split(', ').at(-1);
  if (name === undefined) return error.message.split('\n')[0];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${name}`;
  if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Unexpected argument ${name}: this command takes options only`;
  if (/does not take an argument/.test(error.message)) return `${name} takes no value`;
  // "argument missing", or "ambiguous": the next argument starts with a dash (`--out --force`).
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${name} needs a value`;
  return error.message.split('\n')[0];
}
