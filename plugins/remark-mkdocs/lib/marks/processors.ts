import type {MarkdownExtensions} from '../markdown-extensions';
import {caretProcessor, markProcessor, tildeProcessor, type FormatProcessor} from './patterns';

const PROCESSORS = {
  'pymdownx.mark': markProcessor,
  'pymdownx.caret': caretProcessor,
  'pymdownx.tilde': tildeProcessor,
} as const;

/**
 * The enabled ones of pymdownx.mark, caret and tilde, in the order
 * Python-Markdown runs them: all three register at priority 65, and its
 * registry keeps equal priorities in the order the extensions were loaded
 * (the order of `markdown_extensions`).
 */
export function formatProcessors(extensions: MarkdownExtensions): FormatProcessor[] {
  return extensions
    .names()
    .filter((name): name is keyof typeof PROCESSORS => Object.hasOwn(PROCESSORS, name))
    .map((name) => PROCESSORS[name](extensions.options(name)))
    .filter((processor) => processor.patterns.length > 0);
}
