import {readFileSync} from 'node:fs';
import {renderHtml, formatMessages} from '../plugins/remark-mkdocs/test/pipeline';
const {html, file} = renderHtml(readFileSync(process.argv[2], 'utf8'), {});
console.log(html); console.log('--- messages'); console.log(formatMessages(file));
