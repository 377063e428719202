import type {List, ListItem} from 'mdast';

/**
 * The items of an annotation list that no marker binds (`bound(n)` is false
 * for the item numbered `n`, 1-based), as ordered lists of consecutive items
 * that keep their numbers (`start`). Code annotations and prose annotations
 * both leave them on the page: nothing the author wrote disappears.
 */
export function unboundRuns(list: List, bound: (n: number) => boolean): List[] {
  const runs: List[] = [];
  let run: ListItem[] = [];
  let runStart = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const start = run[0]!.position?.start;
    const end = run[run.length - 1]!.position?.end;
    runs.push({
      type: 'list',
      ordered: true,
      start: (list.start ?? 1) + runStart,
      spread: list.spread,
      children: run,
      ...(start && end ? {position: {start: {...start}, end: {...end}}} : {}),
    });
    run = [];
  };
  list.children.forEach((item, position) => {
    if (bound(position + 1)) return flush();
    if (run.length === 0) runStart = position;
    run.push(item);
  });
  flush();
  return runs;
}
