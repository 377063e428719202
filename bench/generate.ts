/**
 * Deterministic generator of benchmark lessons.
 *
 * Every lesson is built once as a small block tree and then written twice:
 *
 * - in MkDocs-Material syntax: `!!! type "Title"` / `??? type` / `???+ type`
 *   with 4-space-indented bodies, nested by indenting further, and the
 *   constructs of Material's recommended extension set (issue 16): snippets
 *   includes, definition lists, footnotes, keys, mark/caret/tilde, critic
 *   marks, smart symbols, inline code with a language, task lists, math,
 *   mermaid fences, annotated code in `<div class="annotate" markdown>` and
 *   other `markdown` HTML blocks;
 * - in Docusaurus' native syntax: `:::type[Title]` … `:::`, where an outer
 *   container uses more colons than any container inside it, and for each
 *   newer construct what a Docusaurus author writes in a `.md` file to get the
 *   same page (see `NATIVE` below: GFM where GFM has the construct, remark-math's
 *   `$`, a `mermaid` fence, else the HTML the reader gets).
 *
 * Both texts hold the same words, code and structure, so parsing them measures
 * the syntaxes rather than the content. CommonMark-only `.md` has no
 * `<details>` construct, so a collapsible becomes a container of its own type
 * on the native side (same size, same nesting).
 *
 * Proportions follow a Kubernetes-style workshop (the corpus workshops and the
 * demo workshop in `test/data/demo-workshop`): per lesson about one each of a
 * task list, a glossary, an annotated manifest, an include, a footnote; a
 * diagram or a formula in every other lesson; keys, marks and the other inline
 * constructs in a few sentences of each section (`INLINE_RATE`).
 *
 * Run directly (`tsx bench/generate.ts`) to write both corpora and the include
 * files to `bench/out/`.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {mulberry32} from '../plugins/remark-mkdocs/test/generate-documents';

/** Box types both syntaxes know (Docusaurus' default admonition keywords). */
const BOX_TYPES = ['note', 'tip', 'info', 'warning', 'danger'] as const;
type BoxType = (typeof BOX_TYPES)[number];

type Syntax = 'mkdocs' | 'native';

/**
 * A word of running text: shared Markdown (a string), or a construct each
 * syntax writes its own way. `glued` ones follow the previous word without a
 * space (a sentence's full stop, a footnote reference).
 */
type Inline =
  | string
  | {kind: 'glued'; text: string}
  | {kind: 'keys'; keys: readonly string[]}
  | {kind: 'format'; format: 'mark' | 'insert' | 'delete'; text: string}
  | {kind: 'script'; format: 'superscript' | 'subscript'; base: string; script: string}
  | {kind: 'critic'; edit: 'add' | 'delete' | 'substitute' | 'highlight' | 'comment'; text: string; replacement: string}
  | {kind: 'symbol'; mkdocs: string; native: string}
  | {kind: 'hilite'; lang: string; code: string}
  | {kind: 'math'; tex: string};
/** A line of running text. */
type Text = readonly Inline[];

type Block =
  | {kind: 'heading'; depth: number; text: string}
  | {kind: 'paragraph'; lines: Text[]}
  | {kind: 'code'; lang: string; lines: string[]}
  | {kind: 'list'; ordered: boolean; items: Text[]}
  | {kind: 'box'; style: '!!!' | '???' | '???+'; type: BoxType; title: string | undefined; body: Block[]}
  | {kind: 'tasks'; items: Task[]}
  | {kind: 'definitions'; entries: Array<{terms: string[]; definitions: Block[][]}>}
  | {kind: 'math'; lines: string[]}
  | {kind: 'mermaid'; lines: string[]}
  | {kind: 'annotated'; lang: string; lines: string[]; notes: Text[]}
  | {kind: 'grid'; items: Text[]}
  | {kind: 'include'; include: Include}
  | {kind: 'footnotes'; notes: Array<{label: string; paragraphs: Text[]}>};

interface Task {
  done: boolean;
  text: Text;
  subtasks: Array<{done: boolean; text: Text}>;
}

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
  /** The files the MkDocs lessons include (pymdownx.snippets), name → text: write them to the base path. */
  includes: Record<string, string>;
  /** How many of each construct the MkDocs text holds (includes expanded), for the report. */
  constructs: Record<string, number>;
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
/** A manifest's lines, for annotated code (markers go on some of them as YAML comments). */
const MANIFEST_LINES = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  labels:',
  '    app: web',
  'spec:',
  '  replicas: 3',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: web',
  '          image: nginx:1.27',
  '          ports:',
  '            - containerPort: 8080',
];
/** Key combinations as `++…++` names (pymdownx.keys) with the labels its key map shows. */
const KEY_COMBOS: ReadonlyArray<readonly string[]> = [
  ['ctrl', 'c'],
  ['ctrl', 'alt', 't'],
  ['ctrl', 'shift', 'v'],
  ['cmd', 'space'],
  ['ctrl', 'r'],
  ['enter'],
  ['tab'],
  ['arrow-up'],
  ['ctrl', 'l'],
];
const KEY_LABELS: Record<string, string> = {
  ctrl: 'Ctrl',
  alt: 'Alt',
  shift: 'Shift',
  cmd: 'Cmd',
  space: 'Space',
  enter: 'Enter',
  tab: 'Tab',
  'arrow-up': 'Up',
};
/** pymdownx.smartsymbols' default replacements, as MkDocs writes them and as a native author types the character. */
const SYMBOLS: ReadonlyArray<{mkdocs: string; native: string}> = [
  {mkdocs: '(c)', native: '©'},
  {mkdocs: '(tm)', native: '™'},
  {mkdocs: '(r)', native: '®'},
  {mkdocs: '-->', native: '→'},
  {mkdocs: '<--', native: '←'},
  {mkdocs: '+/-', native: '±'},
  {mkdocs: '1/2', native: '½'},
  {mkdocs: '=/=', native: '≠'},
];
const HILITES: ReadonlyArray<{lang: string; code: string}> = [
  {lang: 'python', code: 'print(len(pods))'},
  {lang: 'bash', code: 'kubectl get pods'},
  {lang: 'yaml', code: 'replicas: 3'},
  {lang: 'python', code: 'client.list_namespaced_pod("default")'},
];
const INLINE_MATH = ['n \\cdot c', '\\frac{1000\\,c}{r}', 'x^2 + y^2', 'O(n \\log n)', 'p_{99}', '\\sum_{i=1}^{k} L_i'];
const BLOCK_MATH: ReadonlyArray<readonly string[]> = [
  ['B(n) = 30 \\cdot n \\cdot p + \\sum_{i=1}^{k} L_i'],
  ['h = 1 - \\frac{\\sum r}{n\\,c}', '\\quad\\text{with } h \\ge 0.2'],
  ['\\begin{aligned}', '\\text{requests} &\\le \\text{allocatable} \\\\', '\\text{limits} &\\ge \\text{requests}', '\\end{aligned}'],
];
const MERMAID: ReadonlyArray<readonly string[]> = [
  ['flowchart LR', '  client([Client]) --> ingress[Ingress]', '  ingress --> svc[Service]', '  svc --> pod1[Pod A]', '  svc --> pod2[Pod B]'],
  ['sequenceDiagram', '  participant C as Client', '  participant S as Service', '  C->>S: GET /api', '  S-->>C: 200 OK'],
  ['stateDiagram-v2', '  [*] --> Pending', '  Pending --> Running', '  Running --> Succeeded', '  Running --> Failed'],
];

/**
 * Files the lessons include with pymdownx.snippets (written to the base path
 * by `bench/run.ts`): a whole file that includes another (nested), named
 * sections, and a manifest included by line range inside a fence.
 */
const INCLUDE_FILES: Record<string, readonly string[]> = {
  'prerequisites.md': ['You need these tools on your machine:', '', '--8<-- "versions.md"', '', 'Check the client:', '', '```bash', 'kubectl version --client', '```'],
  'versions.md': ['- `kubectl` 1.30 or later', '- `kind` 0.23 or later', '- `helm` 3.14 or later'],
  'cluster-setup.md': [
    '# Shared cluster setup',
    '',
    '--8<-- [start:create]',
    'Create a local cluster with kind:',
    '',
    '```bash',
    'kind create cluster --name workshop',
    '```',
    '--8<-- [end:create]',
    '',
    '--8<-- [start:delete]',
    'Delete it when you are done:',
    '',
    '```bash',
    'kind delete cluster --name workshop',
    '```',
    '--8<-- [end:delete]',
  ],
  'service.yaml': ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  selector:', '    app: web', '  ports:', '    - port: 80', '      targetPort: 8080'],
};
const PREREQUISITES_EXPANDED = [...INCLUDE_FILES['prerequisites.md'].slice(0, 2), ...INCLUDE_FILES['versions.md'], ...INCLUDE_FILES['prerequisites.md'].slice(3)];

/** An include as MkDocs writes it (the lines around and the `--8<--` line) and as the reader gets it (its expansion). */
interface Include {
  name: string;
  /** Lines of the MkDocs text, unindented; the include line among them. */
  mkdocs: readonly string[];
  /** The same lines with the include expanded: what a native author writes in place. */
  native: readonly string[];
}
const INCLUDES: readonly Include[] = [
  {name: 'file with a nested include', mkdocs: ['--8<-- "prerequisites.md"'], native: PREREQUISITES_EXPANDED},
  {name: 'section', mkdocs: ['--8<-- "cluster-setup.md:create"'], native: INCLUDE_FILES['cluster-setup.md'].slice(3, 8)},
  {name: 'section', mkdocs: ['--8<-- "cluster-setup.md:delete"'], native: INCLUDE_FILES['cluster-setup.md'].slice(11, 16)},
  {name: 'line range in a fence', mkdocs: ['```yaml', '--8<-- "service.yaml:1:4"', '```'], native: ['```yaml', ...INCLUDE_FILES['service.yaml'].slice(0, 4), '```']},
  {name: 'block form', mkdocs: ['--8<--', 'versions.md', 'cluster-setup.md:delete', '--8<--'], native: [...INCLUDE_FILES['versions.md'], ...INCLUDE_FILES['cluster-setup.md'].slice(11, 16)]},
];

/**
 * Share of words that are one of the newer inline constructs (about one
 * sentence in five holds one), and how they split among themselves.
 */
const INLINE_RATE = 0.025;
const INLINE_KINDS: ReadonlyArray<[kind: string, weight: number]> = [
  ['keys', 20],
  ['mark', 12],
  ['insert', 4],
  ['superscript', 6],
  ['subscript', 6],
  ['delete', 6],
  ['critic', 5],
  ['symbol', 12],
  ['hilite', 12],
  ['math', 10],
  ['footnote', 7],
];
const INLINE_WEIGHT = INLINE_KINDS.reduce((sum, [, weight]) => sum + weight, 0);

class Builder {
  private readonly random: () => number;
  boxes = 0;
  readonly constructs: Record<string, number> = {};
  /** The footnotes referenced in the lesson being built. */
  private notes: Array<{label: string; paragraphs: Text[]}> = [];
  private lessonIndex = 0;

  constructor(seed: number) {
    this.random = prng(seed);
  }

  private count(construct: string, by = 1): void {
    this.constructs[construct] = (this.constructs[construct] ?? 0) + by;
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

  word(): string {
    let word = this.pick(WORDS);
    const r = this.random();
    if (r < 0.04) word = `**${word}**`;
    else if (r < 0.08) word = `\`${word}\``;
    else if (r < 0.1) word = `*${word}*`;
    return word;
  }

  /** Plain words (headings, titles, terms): the same text in both syntaxes. */
  plainWords(min: number, max: number): string {
    const count = this.int(min, max);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.word());
    const text = out.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  /** Running text: words, some of them inline constructs. */
  words(min: number, max: number): Inline[] {
    const count = this.int(min, max);
    const out: Inline[] = [];
    for (let i = 0; i < count; i++) {
      if (this.random() < INLINE_RATE) out.push(...this.inlineConstruct(i === 0));
      else out.push(i === 0 ? capitalize(this.word()) : this.word());
    }
    return out;
  }

  inlineConstruct(first: boolean): Inline[] {
    let r = this.random() * INLINE_WEIGHT;
    let kind = INLINE_KINDS[0][0];
    for (const [name, weight] of INLINE_KINDS) {
      if (r < weight) {
        kind = name;
        break;
      }
      r -= weight;
    }
    this.count(kind);
    const few = (): string => [this.pick(WORDS), ...(this.chance(0.5) ? [this.pick(WORDS)] : [])].join(' ');
    switch (kind) {
      case 'keys':
        return [{kind: 'keys', keys: this.pick(KEY_COMBOS)}];
      case 'mark':
      case 'insert':
      case 'delete':
        return [{kind: 'format', format: kind, text: few()}];
      case 'superscript':
        return [{kind: 'script', format: 'superscript', base: String(this.int(2, 10)), script: String(this.int(2, 9))}];
      case 'subscript':
        return [{kind: 'script', format: 'subscript', base: this.pick(['CO', 'H', 'x', 'T']), script: String(this.int(1, 4))}];
      case 'critic': {
        const edit = this.pick(['add', 'delete', 'substitute', 'highlight', 'comment'] as const);
        return [{kind: 'critic', edit, text: few(), replacement: few()}];
      }
      case 'symbol':
        return [first ? 'The' : this.pick(WORDS), {kind: 'symbol', ...this.pick(SYMBOLS)}];
      case 'hilite':
        return [{kind: 'hilite', ...this.pick(HILITES)}];
      case 'math':
        return [{kind: 'math', tex: this.pick(INLINE_MATH)}];
      default: {
        // A footnote reference follows a word; its note goes to the end of the lesson.
        // The note is listed before its text is written: a reference inside the note gets the next label.
        const label = `l${this.lessonIndex + 1}-${this.notes.length + 1}`;
        const paragraphs: Text[] = [];
        this.notes.push({label, paragraphs});
        paragraphs.push(this.sentence());
        if (this.chance(0.25)) paragraphs.push(this.sentence());
        return [first ? 'The' : this.pick(WORDS), {kind: 'glued', text: `[^${label}]`}];
      }
    }
  }

  sentence(): Text {
    return [...this.words(6, 18), {kind: 'glued', text: '.'}];
  }

  paragraph(): Block {
    const sentences: Text[] = [];
    const count = this.int(1, 4);
    for (let i = 0; i < count; i++) sentences.push(this.sentence());
    return {kind: 'paragraph', lines: this.chance(0.3) ? sentences : [sentences.flat()]};
  }

  code(): Block {
    const lines: string[] = [];
    const count = this.int(1, 6);
    for (let i = 0; i < count; i++) lines.push(this.pick(CODE_LINES));
    return {kind: 'code', lang: this.pick(['bash', 'yaml', 'text', '']), lines};
  }

  list(): Block {
    const items: Text[] = [];
    const count = this.int(2, 5);
    for (let i = 0; i < count; i++) items.push(this.words(3, 10));
    return {kind: 'list', ordered: this.chance(0.4), items};
  }

  title(): string | undefined {
    const r = this.random();
    if (r < 0.15) return undefined;
    if (r < 0.3) return `Use \`${this.pick(WORDS)}\` here`;
    return this.plainWords(1, 5);
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

  tasks(): Block {
    this.count('task list');
    const items: Task[] = [];
    const count = this.int(2, 6);
    for (let i = 0; i < count; i++) {
      const subtasks = this.chance(0.2) ? Array.from({length: this.int(1, 3)}, () => ({done: this.chance(0.5), text: this.words(3, 8)})) : [];
      items.push({done: this.chance(0.5), text: this.words(3, 10), subtasks});
    }
    return {kind: 'tasks', items};
  }

  definitions(): Block {
    this.count('definition list');
    const entries: Array<{terms: string[]; definitions: Block[][]}> = [];
    const count = this.int(2, 5);
    for (let i = 0; i < count; i++) {
      const terms = Array.from({length: this.chance(0.15) ? 2 : 1}, () => capitalize(this.pick(WORDS)));
      const definitions = Array.from({length: this.chance(0.2) ? 2 : 1}, () => {
        const blocks: Block[] = [this.paragraph()];
        if (this.chance(0.2)) blocks.push(this.chance(0.5) ? this.code() : this.list());
        return blocks;
      });
      entries.push({terms, definitions});
    }
    return {kind: 'definitions', entries};
  }

  math(): Block {
    this.count('block math');
    return {kind: 'math', lines: [...this.pick(BLOCK_MATH)]};
  }

  mermaid(): Block {
    this.count('mermaid diagram');
    return {kind: 'mermaid', lines: [...this.pick(MERMAID)]};
  }

  annotated(): Block {
    this.count('annotated code block');
    const start = this.int(0, 5);
    const lines = MANIFEST_LINES.slice(start, start + this.int(5, 10));
    const notes: Text[] = [];
    const marked = lines.map((line) => {
      if (!this.chance(0.35) && !(notes.length === 0 && line === lines[lines.length - 1])) return line;
      notes.push(this.words(4, 12));
      return `${line} # (${notes.length})`;
    });
    return {kind: 'annotated', lang: 'yaml', lines: marked, notes};
  }

  grid(): Block {
    this.count('md_in_html grid');
    return {kind: 'grid', items: Array.from({length: this.int(2, 4)}, () => this.words(3, 10))};
  }

  include(): Block {
    const include = this.pick(INCLUDES);
    this.count(`include (${include.name})`);
    return {kind: 'include', include};
  }

  /** A block inside a box at nesting `depth` (1 = directly inside a top-level box). */
  bodyBlock(depth: number): Block {
    const r = this.random();
    if (depth < 4 && r < 0.2) return this.box(depth);
    if (r < 0.52) return this.paragraph();
    if (r < 0.76) return this.code();
    if (r < 0.9) return this.list();
    if (r < 0.94) return this.include();
    if (r < 0.96) return this.definitions();
    if (r < 0.98) return this.tasks();
    if (r < 0.99) return this.math();
    return this.mermaid();
  }

  lesson(index: number): Block[] {
    this.lessonIndex = index;
    this.notes = [];
    const blocks: Block[] = [{kind: 'heading', depth: 1, text: `Lesson ${index + 1}`}];
    const sections = this.int(3, 6);
    for (let s = 0; s < sections; s++) {
      blocks.push({kind: 'heading', depth: 2, text: this.plainWords(2, 6)});
      const count = this.int(3, 8);
      for (let i = 0; i < count; i++) {
        const r = this.random();
        if (r < 0.27) blocks.push(this.box(0));
        else if (r < 0.57) blocks.push(this.paragraph());
        else if (r < 0.74) blocks.push(this.code());
        else if (r < 0.84) blocks.push(this.list());
        else if (r < 0.87) blocks.push(this.tasks());
        else if (r < 0.9) blocks.push(this.definitions());
        // The notes are a list: a paragraph after them keeps a following list from joining it.
        else if (r < 0.93) blocks.push(this.annotated(), this.paragraph());
        else if (r < 0.95) blocks.push(this.mermaid());
        else if (r < 0.97) blocks.push(this.math());
        else if (r < 0.98) blocks.push(this.grid());
        else blocks.push(this.include());
      }
    }
    if (this.notes.length > 0) blocks.push({kind: 'footnotes', notes: this.notes});
    return blocks;
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * What a Docusaurus author writes for each newer inline construct in a `.md`
 * lesson (CommonMark + GFM, which Docusaurus always loads, + remark-math for
 * `$`): GFM's `~~` for a deletion; for what Docusaurus has no syntax of its
 * own, the HTML the reader gets (`<kbd>`, `<mark>`, `<ins>`, `<sup>`, `<sub>`,
 * `<del>`), the character itself for a smart symbol, and plain inline code
 * for highlighted inline code (Docusaurus does not highlight inline code).
 */
const NATIVE: {[K in Exclude<Inline, string>['kind']]: (inline: Extract<Inline, {kind: K}>) => string} = {
  glued: (inline) => inline.text,
  keys: (inline) => inline.keys.map((key) => `<kbd>${KEY_LABELS[key] ?? key.toUpperCase()}</kbd>`).join('+'),
  format: (inline) => (inline.format === 'delete' ? `~~${inline.text}~~` : `<${inline.format === 'mark' ? 'mark' : 'ins'}>${inline.text}</${inline.format === 'mark' ? 'mark' : 'ins'}>`),
  script: (inline) => `${inline.base}<${inline.format === 'superscript' ? 'sup' : 'sub'}>${inline.script}</${inline.format === 'superscript' ? 'sup' : 'sub'}>`,
  critic: (inline) =>
    ({
      add: `<ins>${inline.text}</ins>`,
      delete: `<del>${inline.text}</del>`,
      substitute: `<del>${inline.text}</del><ins>${inline.replacement}</ins>`,
      highlight: `<mark>${inline.text}</mark>`,
      comment: `<span class="critic comment">${inline.text}</span>`,
    })[inline.edit],
  symbol: (inline) => inline.native,
  hilite: (inline) => `\`${inline.code}\``,
  math: (inline) => `$${inline.tex}$`,
};

const MKDOCS: typeof NATIVE = {
  glued: (inline) => inline.text,
  keys: (inline) => `++${inline.keys.join('+')}++`,
  format: (inline) => {
    const marker = {mark: '==', insert: '^^', delete: '~~'}[inline.format];
    return `${marker}${inline.text}${marker}`;
  },
  script: (inline) => (inline.format === 'superscript' ? `${inline.base}^${inline.script}^` : `${inline.base}~${inline.script}~`),
  critic: (inline) =>
    ({
      add: `{++${inline.text}++}`,
      delete: `{--${inline.text}--}`,
      substitute: `{~~${inline.text}~>${inline.replacement}~~}`,
      highlight: `{==${inline.text}==}`,
      comment: `{>>${inline.text}<<}`,
    })[inline.edit],
  symbol: (inline) => inline.mkdocs,
  hilite: (inline) => `\`#!${inline.lang} ${inline.code}\``,
  math: (inline) => `$${inline.tex}$`,
};

function writeText(text: Text, syntax: Syntax): string {
  const writers = syntax === 'mkdocs' ? MKDOCS : NATIVE;
  let out = '';
  for (const inline of text) {
    if (typeof inline === 'string') out += out === '' ? inline : ` ${inline}`;
    else {
      const written = (writers[inline.kind] as (value: typeof inline) => string)(inline);
      out += inline.kind === 'glued' || out === '' ? written : ` ${written}`;
    }
  }
  return out;
}

/** Lines of a block that both syntaxes write alike (apart from inline constructs), unindented. */
function sharedLines(block: Block, syntax: Syntax): string[] | undefined {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.depth)} ${block.text}`];
    case 'paragraph':
      return block.lines.map((line) => writeText(line, syntax));
    case 'code':
      return [`\`\`\`${block.lang}`, ...block.lines, '```'];
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${writeText(item, syntax)}`);
    case 'tasks':
      // GFM's task list items are pymdownx.tasklist's syntax (MkDocs needs 4 columns for a nested list; CommonMark takes them too).
      return block.items.flatMap((item) => [
        `- [${item.done ? 'x' : ' '}] ${writeText(item.text, syntax)}`,
        ...item.subtasks.map((sub) => `    - [${sub.done ? 'x' : ' '}] ${writeText(sub.text, syntax)}`),
      ]);
    case 'math':
      // pymdownx.arithmatex's and remark-math's display math alike.
      return ['$$', ...block.lines, '$$'];
    case 'mermaid':
      // Material's custom fence and Docusaurus' theme-mermaid read the same fence.
      return ['```mermaid', ...block.lines, '```'];
    case 'footnotes':
      // Python-Markdown's footnotes and GFM's share the syntax.
      return block.notes.flatMap((note, i) => [
        ...(i > 0 ? [''] : []),
        `[^${note.label}]: ${writeText(note.paragraphs[0], syntax)}`,
        ...note.paragraphs.slice(1).flatMap((paragraph) => ['', `    ${writeText(paragraph, syntax)}`]),
      ]);
    default:
      return undefined;
  }
}

/** Lines of blocks in a container, unindented, a blank line after each block. */
function blocksLines(blocks: readonly Block[], syntax: Syntax): string[] {
  const out: string[] = [];
  if (syntax === 'mkdocs') writeMkdocs(blocks, '', out);
  else writeNative(blocks, out);
  return out;
}

function indentLines(lines: readonly string[], indent: string): string[] {
  return lines.map((line) => (line === '' ? '' : `${indent}${line}`));
}

function writeMkdocs(blocks: readonly Block[], indent: string, out: string[]): void {
  for (const block of blocks) {
    const shared = sharedLines(block, 'mkdocs');
    if (shared) {
      out.push(...indentLines(shared, indent), '');
      continue;
    }
    switch (block.kind) {
      case 'box': {
        const title = block.title === undefined ? '' : ` "${block.title}"`;
        out.push(`${indent}${block.style} ${block.type}${title}`);
        writeMkdocs(block.body, `${indent}    `, out);
        break;
      }
      case 'definitions':
        // def_list: terms, then each definition's blocks after `:   `, continued 4 columns in.
        for (const entry of block.entries) {
          out.push(...indentLines(entry.terms, indent));
          for (const definition of entry.definitions) {
            const lines = blocksLines(definition, 'mkdocs');
            while (lines[lines.length - 1] === '') lines.pop();
            out.push(`${indent}:   ${lines[0]}`, ...indentLines(lines.slice(1), `${indent}    `));
          }
          out.push('');
        }
        break;
      case 'annotated':
        // Material's pattern: the code in `<div class="annotate" markdown>`, `# (N)!` markers, the list after `</div>`.
        out.push(
          `${indent}<div class="annotate" markdown>`,
          '',
          ...indentLines([`\`\`\`${block.lang}`, ...block.lines.map((line) => line.replace(/# \((\d+)\)$/, '# ($1)!')), '```'], indent),
          '',
          `${indent}</div>`,
          '',
          ...indentLines(block.notes.map((note, i) => `${i + 1}. ${writeText(note, 'mkdocs')}`), indent),
          '',
        );
        break;
      case 'grid':
        out.push(`${indent}<div class="grid cards" markdown>`, '', ...indentLines(block.items.map((item) => `- ${writeText(item, 'mkdocs')}`), indent), '', `${indent}</div>`, '');
        break;
      case 'include':
        out.push(...indentLines(block.include.mkdocs, indent), '');
        break;
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
    const shared = sharedLines(block, 'native');
    if (shared) {
      out.push(...shared, '');
      continue;
    }
    switch (block.kind) {
      case 'box': {
        // The outermost fence needs more colons than every fence inside it.
        const fence = ':'.repeat(2 + boxDepth(block));
        const label = block.title === undefined ? '' : `[${block.title}]`;
        out.push(`${fence}${block.type}${label}`, '');
        writeNative(block.body, out);
        out.push(fence, '');
        break;
      }
      case 'definitions':
        // No definition list in CommonMark or GFM: the HTML, with blank lines around each definition's
        // blocks so they are Markdown (what the `.md` author writes to keep code and lists in a definition).
        out.push('<dl>');
        for (const entry of block.entries) {
          out.push(...entry.terms.map((term) => `<dt>${term}</dt>`));
          for (const definition of entry.definitions) out.push('<dd>', '', ...blocksLines(definition, 'native'), '</dd>');
        }
        out.push('</dl>', '');
        break;
      case 'annotated':
        // Docusaurus has no code annotations: the comments stay numbered in the code, the notes a list after it.
        out.push(`\`\`\`${block.lang}`, ...block.lines, '```', '', ...block.notes.map((note, i) => `${i + 1}. ${writeText(note, 'native')}`), '');
        break;
      case 'grid':
        // A plain `<div>` around Markdown, blank lines inside: CommonMark parses what is between.
        out.push('<div class="grid cards">', '', ...block.items.map((item) => `- ${writeText(item, 'native')}`), '', '</div>', '');
        break;
      case 'include':
        // `.md` has no include: the included text, written in place.
        out.push(...block.include.native, '');
        break;
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
  const includes = Object.fromEntries(Object.entries(INCLUDE_FILES).map(([name, lines]) => [name, `${lines.join('\n')}\n`]));
  return {
    mkdocs: mkdocs.join('\n'),
    native: native.join('\n'),
    mkdocsLessons: mkdocs,
    nativeLessons: native,
    lessons,
    boxes: builder.boxes,
    includes,
    constructs: builder.constructs,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = generateCorpus();
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
  mkdirSync(path.join(dir, 'includes'), {recursive: true});
  writeFileSync(path.join(dir, 'lessons.mkdocs.md'), corpus.mkdocs);
  writeFileSync(path.join(dir, 'lessons.native.md'), corpus.native);
  for (const [name, text] of Object.entries(corpus.includes)) writeFileSync(path.join(dir, 'includes', name), text);
  console.log(
    `${corpus.lessons} lessons, ${corpus.boxes} boxes: ` +
      `mkdocs ${Buffer.byteLength(corpus.mkdocs)} B, native ${Buffer.byteLength(corpus.native)} B → ${dir}`,
  );
  console.log(Object.entries(corpus.constructs).map(([name, count]) => `${name} ${count}`).join(', '));
}
