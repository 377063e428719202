/** The shapes `classifyShellBlock` returns; see classify.ts for how they are decided. */

import type {FenceInfo} from '../fence/info';

export type ShellBlockKind = 'commands' | 'output' | 'session';
export type LineRole = 'command' | 'continuation' | 'heredoc' | 'comment' | 'output' | 'blank';

export interface ShellLine {
  /** as displayed, prompt included */
  text: string;
  role: LineRole;
  /** e.g. '$ ', 'PS C:\\> ', '# ', or '> ' on a continuation line of a transcript */
  prompt?: string;
  /** index into commands */
  command?: number;
}

export interface ShellCommand {
  /** exact paste text: prompt stripped, continuations + heredoc body kept, no trailing newline */
  text: string;
  /** 0-based line indexes */
  firstLine: number;
  lastLine: number;
}

export interface ShellClassification {
  kind: ShellBlockKind;
  /** how sure: 'marker' = author said so, 'strong' = unmistakable evidence, 'heuristic', 'ambiguous' (caller warns) */
  certainty: 'marker' | 'strong' | 'heuristic' | 'ambiguous';
  /** short human explanation, e.g. "aligned table with an upper-case header" */
  reason: string;
  lines: ShellLine[];
  commands: ShellCommand[];
  /** everything to paste for the whole block ('' for output) */
  copyAll: string;
  /**
   * The author asked for no copy button (`.no-copy`) on a transcript: a session shown as one (prompts apart,
   * output as output), with nothing offered for copying.
   */
  noCopy?: boolean;
}

export interface ShellBlockInput {
  info: FenceInfo;
  value: string;
  /** kind of the previous shell block in the same lesson, if it came right before (only blank lines / a short paragraph between) */
  previous?: ShellBlockKind;
  /**
   * That block's last command (`vim /etc/kubernetes/manifests/kube-apiserver.yaml`), when it had one: continuation
   * lines joined by a space, a heredoc's body left out.
   */
  previousCommand?: string;
  /**
   * The text of the paragraph right before the block, if one is: its last sentence may say what the block is ("For
   * example, your output will look something like:", "Look at them:").
   */
  intro?: string;
  /**
   * The title of the box the block is the content of (`??? success "Output"`): a box titled as output says what
   * the block is, as a fence's own `title="Output"` does.
   */
  boxTitle?: string;
}

export type Certainty = ShellClassification['certainty'];
