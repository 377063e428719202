import type {Node} from 'unist';
import type {Point, Position} from 'unist';
import type {VFile} from 'vfile';

/** Every rule the plugin reports, with the README's one-line explanation. */
export const RULES = {
  'mkdocs-box-header': 'A line starts like a box header (`!!!`, `???+`) but is not one; it stays a paragraph.',
  'mkdocs-box-indent': 'A line right after a box is indented less than 4 spaces, so it is not part of the box.',
  'mkdocs-box-type': 'A box type that is neither a Material type nor declared in `customTypes`; rendered neutral.',
  'mkdocs-mojibake': 'UTF-8 text that was decoded as Windows-1252 (`âœ…`); repaired unless `repairMojibake: false`.',
} as const;

export type RuleId = keyof typeof RULES;

export const SOURCE = 'remark-mkdocs';

/** Report through vfile, with a rule id and a place, the way remark-lint rules do. */
export function report(
  file: VFile,
  ruleId: RuleId,
  reason: string,
  place: Point | Position | undefined,
  ancestors?: Node[],
): void {
  file.message(reason, {place, ancestors, ruleId, source: SOURCE});
}
