import React, {createContext, useContext, type ReactNode} from 'react';

/**
 * What a shell block tells the wrapped code-block parts (copy button, lines):
 * the exact text to paste, computed at build time by remark-mkdocs, never
 * scraped from the DOM.
 */
export interface ShellBlockInfo {
  kind: 'commands' | 'session' | 'output';
  /** Whole-block paste text ('' for output). */
  copyAll: string;
  /** The author asked for no copy button (`.no-copy` on a transcript): nothing is offered for copying. */
  noCopy?: boolean;
  /** How many commands the block holds. */
  commandCount: number;
  /** Displayed first line of each command → that command's paste text. */
  commandByFirstLine: ReadonlyMap<string, string>;
  /** Displayed lines that are sample output inside a session. */
  outputLines: ReadonlySet<string>;
  /** Displayed first line of each command shown with a prompt → that prompt (`$ `, `PS C:\\> `). */
  promptByFirstLine: ReadonlyMap<string, string>;
}

const ShellBlockContext = createContext<ShellBlockInfo | undefined>(undefined);

export function ShellBlockProvider({value, children}: {value: ShellBlockInfo; children: ReactNode}) {
  return <ShellBlockContext.Provider value={value}>{children}</ShellBlockContext.Provider>;
}

export function useShellBlock(): ShellBlockInfo | undefined {
  return useContext(ShellBlockContext);
}

/**
 * Whether the block offers a copy button per command (in a gutter left of the lines): it holds several and the
 * author did not refuse copying. The layout reserves the gutter and each line draws its button by this one rule.
 */
export function hasPerCommandButtons(shell: ShellBlockInfo): boolean {
  return shell.commandCount > 1 && !shell.noCopy;
}
