/**
 * `npm run lint:lessons [--strict] [paths...]`: the plugin's checks on lesson
 * files, without building the site. Paths are files or folders (default:
 * `docs`). Output is vfile-reporter's; the exit code is 1 when a file could not
 * be processed, and also on any warning with `--strict`.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {unified} from 'unified';
import remarkParse from 'remark-parse';
import {VFile} from 'vfile';
import {reporter} from 'vfile-reporter';
import remarkMkdocs from '../../plugins/remark-mkdocs';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import remarkSafeHtml, {RAW_PASS_THROUGH, rehypeSanitizeLesson} from '../../plugins/remark-safe-html';
import {customTypes} from '../../src/admonitions/custom-types';

export function collectLessons(target: string): string[] {
  const stats = statSync(target);
  if (stats.isFile()) return [target];
  return readdirSync(target, {withFileTypes: true})
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return collectLessons(full);
      return /\.mdx?$/.test(entry.name) ? [full] : [];
    })
    .sort();
}

export function lintLesson(filePath: string): VFile {
  const file = new VFile({path: filePath, value: readFileSync(filePath, 'utf8')});
  // The site's checks after parsing: raw HTML or URLs that would run script (mkdocs-html-unsafe).
  const processor = unified().use(remarkParse).use(remarkMkdocs, {target: 'html', customTypes}).use(remarkSafeHtml)
    // Then, as the site's build does, the raw HTML parsed in context and the tree sanitizer's findings.
    .use(remarkRehype, {allowDangerousHtml: true, passThrough: [...RAW_PASS_THROUGH]})
    .use(rehypeRaw, {passThrough: [...RAW_PASS_THROUGH]})
    .use(rehypeSanitizeLesson);
  try {
    processor.runSync(processor.parse(file), file);
  } catch (error) {
    const message = file.message(`Cannot process this file: ${(error as Error).message}`, {ruleId: 'crash', source: 'lint-lessons'});
    message.fatal = true;
  }
  return file;
}

export function main(argv: string[]): number {
  const strict = argv.includes('--strict');
  const targets = argv.filter((argument) => argument !== '--strict');
  const files = (targets.length > 0 ? targets : ['docs']).flatMap(collectLessons).map(lintLesson);
  process.stderr.write(reporter(files, {quiet: true}) + '\n');
  const errors = files.some((file) => file.messages.some((message) => message.fatal));
  const warnings = files.some((file) => file.messages.length > 0);
  return errors || (strict && warnings) ? 1 : 0;
}
