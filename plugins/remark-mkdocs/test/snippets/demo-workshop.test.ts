/**
 * The demo workshop's snippets lesson, expanded as MkDocs would run it (from
 * the project root, with its mkdocs.yml options): every include resolves,
 * the named section and the line range select what the lesson says, and the
 * oracle renders the expanded page without any include line left in prose.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {load} from 'js-yaml';
import {MarkdownExtensions, type MarkdownExtensionsOption} from '../../lib/markdown-extensions';
import {expandPageSnippets} from '../../lib/snippets/parse';

const project = path.resolve(import.meta.dirname, '../../../../test/data/demo-workshop');
const lesson = path.join(project, 'docs/extensions/snippets.md');

/** `markdown_extensions` of the demo mkdocs.yml (a list of names or one-key mappings), without its Python tags. */
function demoExtensions(): MarkdownExtensionsOption {
  const yaml = readFileSync(path.join(project, 'mkdocs.yml'), 'utf8').replace(/!!python\/\S+/g, '');
  const list = (load(yaml) as {markdown_extensions: Array<string | Record<string, unknown>>}).markdown_extensions;
  return Object.fromEntries(list.map((entry) => (typeof entry === 'string' ? [entry, null] : Object.entries(entry)[0]!))) as MarkdownExtensionsOption;
}

describe('demo workshop: extensions/snippets.md', () => {
  const extensions = new MarkdownExtensions(demoExtensions());
  const expansion = expandPageSnippets(readFileSync(lesson, 'utf8'), lesson, extensions, project);

  it('reads the workshop options (base_path [docs/includes, .], check_paths)', () => {
    expect(extensions.options('pymdownx.snippets')).toMatchObject({base_path: ['docs/includes', '.'], check_paths: true});
  });

  it('resolves every include, with no problem', () => {
    expect(expansion.problems).toEqual([]);
    expect(expansion.dependencies.map((file) => path.relative(project, file)).sort()).toEqual(
      ['docs/includes/cluster-setup.md', 'docs/includes/prerequisites.md', 'docs/includes/service.yaml'],
    );
  });

  it('takes the named section, the line range, the indentation in a box, and keeps the escaped line as text', () => {
    const text = expansion.text;
    expect(text).toContain('Create a local cluster with kind:');
    expect(text).toContain('\n    Delete it when you are done:\n');
    expect(text).toMatch(/```yaml\napiVersion: v1\nkind: Service\nmetadata:\n {2}name: web\n```/);
    expect(text).toContain('```text\n--8<-- "prerequisites.md"\n```');
    expect(text).not.toContain('[start:');
  });
});
