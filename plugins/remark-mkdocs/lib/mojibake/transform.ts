import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {location} from 'vfile-location';
import {report} from '../messages';
import {findMojibake, repairMojibake} from './find';

/**
 * Repair (or, with `repair: false`, only report) mojibake in prose. Only
 * `text` nodes are touched: code, inline code and raw HTML keep their bytes.
 */
export function repairMojibakeInTree(tree: Root, file: VFile, repair: boolean): void {
  const source = String(file);
  const points = location(file);
  visit(tree, 'text', (node) => {
    const runs = findMojibake(node.value);
    if (runs.length === 0) return;
    const start = node.position?.start;
    const end = node.position?.end;
    const slice = start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '';
    let from = 0;
    for (const run of runs) {
      // Find the run in the source to point at its exact column (escapes can shift offsets).
      const at = slice.indexOf(run.garbled, from);
      from = at < 0 ? from : at + run.garbled.length;
      const place = at >= 0 && start?.offset !== undefined ? points.toPoint(start.offset + at) : start;
      report(
        file,
        'mkdocs-mojibake',
        repair
          ? `Unexpected mojibake \`${run.garbled}\` (UTF-8 read as Windows-1252), expected \`${run.repaired}\`: shown repaired; fix the file by replacing it with \`${run.repaired}\``
          : `Unexpected mojibake \`${run.garbled}\` (UTF-8 read as Windows-1252), expected \`${run.repaired}\`: shown as written because \`repairMojibake\` is off`,
        place,
      );
    }
    if (repair) node.value = repairMojibake(node.value, runs);
  });
}
