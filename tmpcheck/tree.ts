import {readFileSync} from 'node:fs';
import {parseTree} from '../plugins/remark-mkdocs/test/pipeline';
const tree = parseTree(readFileSync(process.argv[2], 'utf8'));
const show = (n: any, d = 0) => { console.log(' '.repeat(d) + n.type + (n.value !== undefined ? ' ' + JSON.stringify(n.value).slice(0, 60) : '') + ` ${n.position?.start.line}:${n.position?.start.column}-${n.position?.end.line}:${n.position?.end.column}` + (n.lang ? ' lang=' + n.lang : '')); for (const c of n.children ?? []) show(c, d + 2); };
show(tree);
