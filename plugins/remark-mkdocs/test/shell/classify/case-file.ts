/** The `cases/<case>.txt` format and the reviewable summary stored in `<case>.json`. */

import type {ShellBlockKind, ShellClassification} from '../../../lib/shell/classify';

export interface CaseInput {
  lang?: string;
  meta?: string;
  previous?: ShellBlockKind;
  /** The previous block's last command (`after: vim app.yaml`). */
  after?: string;
  /** The title of the box the block is in (`box: Output`). */
  box?: string;
  /** The paragraph right before the block (`intro: You should see:`). */
  intro?: string;
  value: string;
}

export function readCase(file: string): CaseInput {
  // A leading newline lets a case without header lines start with `---`.
  const text = `\n${file}`;
  const split = text.indexOf('\n---\n');
  const head = split === -1 ? '' : text.slice(0, split);
  const input: CaseInput = {value: (split === -1 ? file : text.slice(split + 5)).replace(/\n$/, '')};
  for (const line of head.split('\n')) {
    const match = /^(lang|meta|previous|after|box|intro): ?(.*)$/.exec(line);
    if (!match) continue;
    if (match[1] === 'previous') input.previous = match[2] as ShellBlockKind;
    else if (match[1] === 'box') input.box = match[2];
    else if (match[1] === 'intro') input.intro = match[2];
    else if (match[1] === 'after') input.after = match[2];
    else input[match[1] as 'lang' | 'meta'] = match[2];
  }
  return input;
}

/** The reviewable part of a classification. */
export function summary(result: ShellClassification | undefined) {
  if (!result) return null;
  return {
    kind: result.kind,
    certainty: result.certainty,
    commands: result.commands.map((command) => command.text),
    copyAll: result.copyAll,
    ...(result.noCopy ? {noCopy: true} : {}),
    roles: result.lines.map((line) => (line.prompt ? `${line.role} ${JSON.stringify(line.prompt)}` : line.role)),
  };
}
