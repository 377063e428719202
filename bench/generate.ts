/**
 * Deterministic generator of benchmark lessons.
 *
 * Every lesson is built once as a small block tree and then written twice:
 *
 * - in MkDocs-Material syntax: `!!! type "Title"` / `??? type` / `???+ type`
 *   with 4-space-indented bodies, nested by indenting further;
 * - in Docusaurus' native syntax: `:::type[Title]` … `:::`, where an outer
 *   container uses more colons than any container inside it.
 *
 * Both texts hold the same words, code and structure, so parsing them measures
 * the syntaxes rather than the content. CommonMark-only `.md` has no
 * `<details>` construct, so a collapsible becomes a container of its own type
 * on the native side (same size, same nesting).
 *
 * Run directly (`tsx bench/generate.ts`) to write both corpora to `bench/out/`.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {mulberry32} from '../plugins/remark-mkdocs/test/generate-documents';

/** Box types both syntaxes know (Docusaurus' default admonition keywords). */
const BOX_TYPES = ['note', 'tip', 'info', 'warning', 'danger'] as const;
type BoxType = (typeof BOX_TYPES)[number];

type Block =
  | {kind: 'heading'; depth: number; text: string}
  | {kind: 'paragraph'; text: string}
  | {kind: 'code'; lang: string; lines: string[]}
  | {kind: 'list'; ordered: boolean; items: string[]}
  | {kind: 'box'; style: '!!!' | '???' | '???+'; type: BoxType; title: string | undefined; body: Block[]};

export interface Corpus {
  /** All lessons in MkDocs-Material syntax, one document. */
  mkdocs: string;
  /** The same lessons in Docusaurus directive syntax, one document. */
  native: string;
  /** The lessons one by one, as Docusaurus compiles them (one file each). */
  mkdocsLessons: string[];
  nativeLessons: string[];
  lessons: number;
  boxes: number;
}

export interface GenerateOptions {
  /** PRNG seed; the same seed always gives the same corpus. Default: 20251125. */
  seed?: number;
  /** Stop adding lessons once the MkDocs text reaches this many UTF-8 bytes. Default: 2 MiB. */
  minBytes?: number;
}

// The same seeded PRNG the differential test's generator uses.
const prng = mulberry32;

// Prose words without `:`, `!`, `?` or `[`: nothing in the text may look like
// a directive, an admonition marker or a link to either parser.
const WORDS = (
  'pod node cluster service deployment replica container image volume claim network policy ingress ' +
  'namespace label selector port probe restart schedule kernel process layer registry build cache ' +
  'the a an of to and in on with for from by is are be can will should must may this that these ' +
  'each every all some request response client server traffic route address host reach expose ' +
  'apply create delete describe scale update rollout history status event log metric limit quota ' +
  'first then next finally now later again quickly slowly safely carefully directly usually'
).split(' ');
const CODE_LINES = [
  'kubectl get pods -o wide',
  'kubectl apply -f deployment.yaml',
  'kubectl describe service nginx',
  'docker build -t my-image .',
  'docker run --rm -it my-image sh',
  'apptainer exec image.sif cat /etc/os-release',
  'curl -s http//10.244.1.6 | head -n 5',
  'echo "$HOSTNAME" && sleep 1',
];

class Builder {
  private readonly random: () => number;
  boxes = 0;

  constructor(seed: number) {
    this.random = prng(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  words(min: number, max: number): string {
    const count = this.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      let word = this.pick(WORDS);
      const r = this.random();
      if (r < 0.04) word = `**${word}**`;
      else if (r < 0.08) word = `\`${word}\``;
      else if (r < 0.1) word = `*${word}*`;
      out.push(word);
    }
    const text = out.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  sentence(): string {
    return `${this.words(6, 18)}.`;
  }

  paragraph(): Block {
    const sentences: string[] = [];
    const count = this.int(1, 4);
    for (let i = 0; i < count; i++) sentences.push(this.sentence());
    return {kind: 'paragraph', text: sentences.join(this.chance(0.3) ? '\n' : ' ')};
  }

  code(): Block {
    const lines: string[] = [];
    const count = this.int(1, 6);
    for (let i = 0; i < count; i++) lines.push(this.pick(CODE_LINES));
    return {kind: 'code', lang: this.pick(['bash', 'yaml', 'text', '']), lines};
  }

  list(): Block {
    const items: string[] = [];
    const count = this.int(2, 5);
    for (let i = 0; i < count; i++) items.push(this.words(3, 10));
    return {kind: 'list', ordered: this.chance(0.4), items};
  }

  title(): string | undefined {
    const r = this.random();
    if (r < 0.15) return undefined;
    if (r < 0.3) return `Use \`${this.pick(WORDS)}\` here`;
    return this.words(1, 5);
  }

  box(depth: number): Block {
    this.boxes++;
    const r = this.random();
    const style = r < 0.6 ? '!!!' : r < 0.85 ? '???' : '???+';
    const body: Block[] = [];
    const count = this.int(1, 4);
    for (let i = 0; i < count; i++) body.push(this.bodyBlock(depth + 1));
    return {kind: 'box', style, type: this.pick(BOX_TYPES), title: this.title(), body};
  }

  /** A block inside a box at nesting `depth` (1 = directly inside a top-level box). */
  bodyBlock(depth: number): Block {
    const r = this.random();
    if (depth < 4 && r < 0.2) return this.box(depth);
    if (r < 0.55) return this.paragraph();
    if (r < 0.8) return this.code();
    return this.list();
  }

  lesson(index: number): Block[] {
    const blocks: Block[] = [{kind: 'heading', depth: 1, text: `Lesson ${index + 1}`}];
    const sections = this.int(3, 6);
    for (let s = 0; s < sections; s++) {
      blocks.push({kind: 'heading', depth: 2, text: this.words(2, 6)});
      const count = this.int(3, 8);
      for (let i = 0; i < count; i++) {
        const r = this.random();
        if (r < 0.3) blocks.push(this.box(0));
        else if (r < 0.65) blocks.push(this.paragraph());
        else if (r < 0.85) blocks.push(this.code());
        else blocks.push(this.list());
      }
    }
    return blocks;
  }
}

/** Lines of a leaf block, unindented; shared by both syntaxes. */
function leafLines(block: Exclude<Block, {kind: 'box'}>): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.depth)} ${block.text}`];
    case 'paragraph':
      return block.text.split('\n');
    case 'code':
      return [`\`\`\`${block.lang}`, ...block.lines, '```'];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item}`);
  }
}

function writeMkdocs(blocks: readonly Block[], indent: string, out: string[]): void {
  for (const block of blocks) {
    if (block.kind === 'box') {
      const title = block.title === undefined ? '' : ` "${block.title}"`;
      out.push(`${indent}${block.style} ${block.type}${title}`);
      writeMkdocs(block.body, `${indent}    `, out);
    } else {
      for (const line of leafLines(block)) out.push(line === '' ? '' : `${indent}${line}`);
      out.push('');
    }
  }
}

/** How many boxes deep a box goes, itself included. */
function boxDepth(block: Block): number {
  if (block.kind !== 'box') return 0;
  return 1 + Math.max(0, ...block.body.map(boxDepth));
}

function writeNative(blocks: readonly Block[], out: string[]): void {
  for (const block of blocks) {
    if (block.kind === 'box') {
      // The outermost fence needs more colons than every fence inside it.
      const fence = ':'.repeat(2 + boxDepth(block));
      const label = block.title === undefined ? '' : `[${block.title}]`;
      out.push(`${fence}${block.type}${label}`, '');
      writeNative(block.body, out);
      out.push(fence, '');
    } else {
      out.push(...leafLines(block), '');
    }
  }
}

export function generateCorpus(options: GenerateOptions = {}): Corpus {
  const builder = new Builder(options.seed ?? 20251125);
  const minBytes = options.minBytes ?? 2 * 1024 * 1024;
  const mkdocs: string[] = [];
  const native: string[] = [];
  let bytes = 0;
  let lessons = 0;
  while (bytes < minBytes) {
    const lesson = builder.lesson(lessons++);
    const m: string[] = [];
    writeMkdocs(lesson, '', m);
    const text = `${m.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    mkdocs.push(text);
    const n: string[] = [];
    writeNative(lesson, n);
    native.push(`${n.join('\n')}\n`);
  }
  return {mkdocs: mkdocs.join('\n'), native: native.join('\n'), mkdocsLessons: mkdocs, nativeLessons: native, lessons, boxes: builder.boxes};
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = generateCorpus();
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
  mkdirSync(dir, {recursive: true});
  writeFileSync(path.join(dir, 'lessons.mkdocs.md'), corpus.mkdocs);
  writeFileSync(path.join(dir, 'lessons.native.md'), corpus.native);
  console.log(
    `${corpus.lessons} lessons, ${corpus.boxes} boxes: ` +
      `mkdocs ${Buffer.byteLength(corpus.mkdocs)} B, native ${Buffer.byteLength(corpus.native)} B → ${dir}`,
  );
}
