import type {Code, Parent, Root, RootContent} from 'mdast';
import type {VFile} from 'vfile';
import {visit} from '../mdast-util/visit';
import {parseFenceInfo, type FenceInfo} from './info';
import {pygmentsLexerName} from './pygments-lexers';
import {addressLine, classifyShellBlock, fileTitleLine, foreignCodeLine, kindBefore, pythonCodeLine, queryStageLine, outputOf, type ShellBlockKind, type ShellClassification} from '../shell/classify';
import {parseOutputTables} from '../shell/output-table';
import {commandShape} from '../shell/words';
import {lastSentence, readIntro} from '../shell/intro';
import {report} from '../messages';
import {codeClassNames, docusaurusMetastring, fenceClasses} from './meta';
import {jsxAttribute, jsxFlowElement} from '../mdast-util/jsx';
import {copySource, hasTextMarkerButtons} from '../annotations/text-markers';
import {boxTitle, isBox} from '../boxes/nodes';
import {toString} from 'mdast-util-to-string';

/**
 * Fenced code → what the reader needs. Shell-ish blocks are classified
 * (commands, output, session): commands become `<CommandBlock>` with the exact
 * text to paste computed here, at build time; sample output becomes
 * `<OutputBlock>`, with aligned output parsed into tables. Other fences keep
 * Docusaurus's code block, with MkDocs' `title`/`hl_lines`/`linenums` mapped to
 * its metastring. Props are plain data (strings, JSON strings). With
 * `emit: false` (the `html` target) blocks are only checked, not rewritten.
 */
export function fencedCode(tree: Root, file: VFile, emit: boolean, highlight: FenceDefaults = {}): void {
  const found: Array<{node: Code; parent: Parent; index: number}> = [];
  visit(tree, 'code', (node, index, parent) => {
    if (parent && index !== undefined) found.push({node, parent, index});
  });

  let previous: {kind: ShellBlockKind; parent: Parent; index: number; command?: string} | undefined;
  for (const {node, parent, index} of found) {
    // The blank lines that end a block (Pygments' `stripnl`; those that start it went in `withoutLeadingBlankLines`).
    if (emit) {
      node.value = withoutTrailingNewlines(node.value);
      if (node.data?.mkdocsAnnotationCopy !== undefined) node.data.mkdocsAnnotationCopy = withoutTrailingNewlines(node.data.mkdocsAnnotationCopy);
    }
    const info = withDefaults(forPrism(parseFenceInfo(node.lang, node.meta), emit), highlight);
    for (const problem of info.problems) report(file, 'mkdocs-fence-option', problem.reason, node.position);
    reportUnrenderedAttributes(file, node, info);
    const adjacent = previous && previous.parent === parent && isAdjacent(parent, previous.index, index) ? previous : undefined;
    // Classified as copied: annotation markers that are buttons are not part of a command.
    const classification = classifyShellBlock({
      info,
      value: copySource(node),
      previous: adjacent?.kind,
      previousCommand: adjacent?.command,
      intro: introText(parent, index),
      boxTitle: boxTitleText(parent) ?? summaryText(parent, index),
    });
    // The title the reader sees (`auto_title`), not one the classifier weighs: only the author's says "Output".
    const shown = withAutoTitle(info, highlight);
    // A shell fence holding another language's text (shown as a plain code block): its warning, the first that applies.
    const wrongLanguage = classification ? undefined : wrongLanguageReason(info, node.value);
    if (wrongLanguage !== undefined) report(file, 'shell-block-ambiguous', wrongLanguage, node.position);
    if (!classification) {
      if (emit) {
        // A `mermaid` fence here is no custom fence of the page's superfences (those are diagrams by now): code, as
        // in MkDocs, not a diagram Docusaurus's mermaid step would draw (the site turns it on for its own pages).
        node.lang = info.language === 'mermaid' ? 'text' : (info.language ?? null);
        node.meta = docusaurusMetastring(shown);
        addCodeClasses(node, info, true);
      } else {
        fenceToMkdocsHtml(node, shown, parent, index);
      }
      previous = undefined;
      continue;
    }
    if (classification.certainty === 'ambiguous') {
      report(
        file,
        'shell-block-ambiguous',
        `Unexpected ambiguous \`${info.language ?? 'untagged'}\` block (${classification.reason}), expected a marker: add \`title="Output"\` or use \`text\` for sample output, or \`{ .bash .command }\` for commands; treated as ${classification.kind}`,
        node.position,
      );
    } else if (classification.kind === 'session' && classification.certainty === 'heuristic') {
      report(
        file,
        'shell-block-mixed',
        `Unexpected command and sample output in one \`${info.language ?? 'untagged'}\` block (${classification.reason}), expected them in separate fences (commands in \`bash\`, output in \`text\`): only the commands are copied`,
        node.position,
      );
    }
    if (emit) {
      parent.children[index] =
        classification.kind === 'output'
          ? outputBlock(node, shown, outputOf(classification, adjacent?.command, namedCommand(parent, index)))
          : commandBlock(node, shown, classification);
    } else {
      fenceToMkdocsHtml(node, shown, parent, index);
    }
    previous = {kind: kindBefore(classification), parent, index, command: lastCommand(classification)};
  }
}

/**
 * What pymdownx.highlight's options give every fence: `linenums: true` numbers each one that does not say
 * `linenums="0"`; `auto_title: true` titles each one without a `title` by its Pygments lexer's name ("Python",
 * "Bash Session", "Text Only" for none or an unknown language, indented code too), renamed by `auto_title_map`.
 */
export interface FenceDefaults {
  linenums?: boolean;
  autoTitle?: {map: Readonly<Record<string, string>>};
}

/** pymdownx.highlight's `auto_title`: a block without a title is titled by its lexer's name, each lower-case word capitalized. */
function withAutoTitle(info: FenceInfo, defaults: FenceDefaults): FenceInfo {
  if (!defaults.autoTitle || info.title !== undefined) return info;
  const name = pygmentsLexerName(info.language)
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => (word === word.toLowerCase() && word !== word.toUpperCase() ? titleCase(word) : word))
    .join(' ');
  return {...info, title: (Object.hasOwn(defaults.autoTitle.map, name) ? defaults.autoTitle.map[name]! : name).trim()};
}

/** Python's `str.title()` of a lower-case word: each letter after a non-letter upper-cased (`c++` → `C++`, `3d` → `3D`). */
function titleCase(word: string): string {
  return word.replace(/(^|[^\p{L}])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Why a shell fence the classifier left a plain code block holds another language's text, in the order the checks
 * apply (the first that finds a line is said): a file title of another language (`title="main.tf"`), another
 * language's code, a query's pipeline, addresses. Undefined: nothing says the fence's language is wrong.
 */
function wrongLanguageReason(info: FenceInfo, value: string): string | undefined {
  const input = {info, value};
  const fileTitle = fileTitleLine(input);
  if (fileTitle !== undefined) {
    return `Unexpected \`${info.language}\` block titled with a file of another language (\`${fileTitle}\`), expected the fence tagged with that file's language (\`hcl\`, \`yaml\`, \`json\`, …) or \`text\`: shown as a plain code block, not as commands`;
  }
  const foreign = foreignCodeLine(input);
  if (foreign !== undefined) {
    return `Unexpected \`${info.language}\` block of another language's code (\`${foreign}\` reads as function calls), expected the fence tagged with its language (\`groovy\`, \`nextflow\`, \`python\`, …) or \`text\`: shown as a plain code block, not as commands`;
  }
  const python = pythonCodeLine(input);
  if (python !== undefined) {
    return `Unexpected \`${info.language}\` block of Python's code (\`${python}\` opens a block with a colon, no shell's syntax), expected the fence tagged \`python\` (or \`text\` for pseudo-code): shown as a plain code block, not as commands`;
  }
  const stage = queryStageLine(input);
  if (stage !== undefined) {
    return `Unexpected \`${info.language}\` block of a query (\`${stage}\` goes on with the query above it; no shell command starts with \`|\`), expected the fence tagged with the query's language (\`spl\`, \`sql\`, …) or \`text\`: shown as a plain code block, not as commands`;
  }
  const address = addressLine(input);
  if (address !== undefined) {
    return `Unexpected \`${info.language}\` block of addresses (\`${address}\` is a URL or a page's path to open, not a command), expected the fence tagged \`text\`: shown as a plain code block, not as commands`;
  }
  return undefined;
}

/**
 * Pygments finds a lexer by any case of its name (```` ```R ````, ```` ```Python ```` are coloured in MkDocs); Prism's
 * grammars are looked up by their lower-case name only. For the Docusaurus target a language Pygments knows is
 * written in lower case; the `html` target keeps the author's, as MkDocs' class does.
 */
function forPrism(info: FenceInfo, emit: boolean): FenceInfo {
  const language = info.language;
  if (!emit || language === undefined || language === language.toLowerCase() || pygmentsLexerName(language) === 'Text only') return info;
  return {...info, language: language.toLowerCase()};
}

function withDefaults(info: FenceInfo, defaults: FenceDefaults): FenceInfo {
  return defaults.linenums === true && !info.linenums && !info.linenumsOff ? {...info, linenums: {start: 1}} : info;
}

/** The title of the box the block is directly in, as the reader sees it; undefined outside boxes or without a title. */
function boxTitleText(parent: Parent): string | undefined {
  if (!isBox(parent)) return undefined;
  const title = boxTitle(parent);
  return title ? toString({type: 'paragraph', children: title}) : undefined;
}

/**
 * The `<summary>` of the raw `<details>` the block is in (`<details>` then `<summary>Expected output</summary>` on
 * the lines before the fence): the title of a box the reader opens, read as a box's title is. Raw HTML reaches the
 * tree as `html` nodes beside the Markdown inside it (in a `<details markdown>` the `<summary>` is the container's
 * first child), so the block is in that box when an earlier sibling holds a `<summary>` that no `</details>` after it
 * closes, with only short paragraphs (captions: "Third search — response times:") and other code blocks between. Not
 * where the box goes on to explain and then gives a command ("Still failing? Read the generated config:" over
 * `kubectl get cm …` under "Expected"): a long paragraph between, or one right before that says to run it.
 */
function summaryText(parent: Parent, index: number): string | undefined {
  const before = parent.children[index - 1];
  if (before?.type === 'paragraph' && readIntro(toString(before)) === 'command') return undefined;
  for (let at = index - 1; at >= 0; at--) {
    const node = parent.children[at]!;
    if (node.type === 'paragraph') {
      if (textLength(node) >= 200) return undefined;
      continue;
    }
    // Earlier blocks in the box are code, or already a `CommandBlock` or `OutputBlock`.
    if (node.type === 'code' || (node.type === 'mdxJsxFlowElement' && /^(?:Command|Output)Block$/.test(node.name ?? ''))) continue;
    if (node.type !== 'html') return undefined;
    const opened = node.value.lastIndexOf('<summary');
    if (opened === -1 || /<\/details\s*>/i.test(node.value.slice(opened))) return undefined;
    const summary = /^<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i.exec(node.value.slice(opened));
    return summary ? summary[1]!.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim() : undefined;
  }
  return undefined;
}

/** The text of the paragraph right before the block ("For example, your output will look something like:"), if one is. */
function introText(parent: Parent, index: number): string | undefined {
  const before = parent.children[index - 1];
  return before?.type === 'paragraph' ? toString(before) : undefined;
}

/**
 * The command the paragraph right before a block names in inline code ("Typing `sudo iptables -L` now will list the
 * detailed rules …:"), when it names one: a known command with its arguments (`ls` alone, or `-i`, names a tool or
 * an option in prose, not what printed the block). Two different ones say nothing.
 */
function namedCommand(parent: Parent, index: number): string | undefined {
  const before = parent.children[index - 1];
  if (before?.type !== 'paragraph') return undefined;
  // Only in the sentence that leads into the block ("After `kubectl apply -f x.yaml` the pods start. You should see:"
  // names what ran before, not what printed the block).
  const leading = lastSentence(toString(before));
  const named = new Set<string>();
  visit(before, 'inlineCode', (code) => {
    const text = code.value.trim();
    if (/\S\s+\S/.test(text) && !text.includes('\n') && leading.includes(text) && commandShape(text, 'posix') === 'known') named.add(text);
  });
  return named.size === 1 ? [...named][0] : undefined;
}

/** Only a short paragraph (or nothing) between two blocks still reads as "the command, then its output". */
function isAdjacent(parent: Parent, before: number, after: number): boolean {
  const between = parent.children.slice(before + 1, after);
  return between.length === 0 || (between.length === 1 && between[0]!.type === 'paragraph' && textLength(between[0]!) < 200);
}

function textLength(node: RootContent): number {
  let length = 0;
  visit(node, 'text', (text) => {
    length += text.value.length;
  });
  return length;
}

/**
 * The block's last command as one line (`oc apply -n bookinfo -f \` and the URL on the next line: both, joined by a
 * space, the `\` taken away); a heredoc's body is left out (`cat <<EOF > pod.yaml`).
 */
function lastCommand(classification: ShellClassification): string | undefined {
  const last = classification.commands[classification.commands.length - 1];
  if (!last) return undefined;
  const parts: string[] = [];
  for (const [offset, text] of last.text.split('\n').entries()) {
    if (classification.lines[last.firstLine + offset]?.role === 'heredoc') break;
    const part = text.replace(/\\$/, '').trim();
    if (part !== '') parts.push(part);
  }
  return parts.join(' ');
}

/** Past this many characters a caption's command is cut, at a space near the end when there is one, and ends in `…`. */
const CAPTION_COMMAND_LENGTH = 100;

function captionCommand(command: string): string {
  if (command.length <= CAPTION_COMMAND_LENGTH) return command;
  const cut = command.slice(0, CAPTION_COMMAND_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= CAPTION_COMMAND_LENGTH * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function commandBlock(node: Code, info: FenceInfo, classification: ShellClassification) {
  const attributes = [
    jsxAttribute('kind', classification.kind),
    jsxAttribute('language', info.language ?? 'bash'),
    jsxAttribute('code', node.value),
    jsxAttribute('commands', JSON.stringify(compactCommands(node.value, classification.commands))),
  ];
  const output = lineRanges(classification.lines.flatMap((line, index) => (line.role === 'output' ? [index] : [])));
  if (output !== '') attributes.push(jsxAttribute('outputLines', output));
  // The page carries each command's text once: the component derives what equals the shown lines.
  if (classification.noCopy) attributes.push(jsxAttribute('noCopy', null));
  else if (classification.copyAll !== node.value) attributes.push(jsxAttribute('copyAll', classification.copyAll));
  const metastring = docusaurusMetastring(info);
  if (metastring) attributes.push(jsxAttribute('metastring', metastring));
  const classes = fenceClasses(info);
  if (classes.length > 0) attributes.push(jsxAttribute('className', classes.join(' ')));
  return jsxFlowElement('CommandBlock', attributes, [], node.position);
}

/**
 * The commands as the component reads them (`parseCommands`): a command that
 * is its lines is their range, `first` alone for one line or `[first, last]`;
 * `[first, last, text]` only where the text differs from the lines it spans (a
 * prompt, a continuation or an annotation marker taken off). Repeating every
 * command's text made a block's code two or three times the size of the
 * page's JavaScript (the build compiles, renders and minifies every copy).
 */
function compactCommands(code: string, commands: ShellClassification['commands']): Array<number | [number, number] | [number, number, string]> {
  const lines = code.split('\n');
  return commands.map(({text, firstLine, lastLine}) => {
    if (text !== lines.slice(firstLine, lastLine + 1).join('\n')) return [firstLine, lastLine, text];
    return firstLine === lastLine ? firstLine : [firstLine, lastLine];
  });
}

/** Line numbers in ascending order as ranges, `3-5,9` (`parseLineRanges` reads them). */
function lineRanges(lines: readonly number[]): string {
  const ranges: string[] = [];
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1] === lines[end]! + 1) end++;
    ranges.push(end === start ? String(lines[start]) : `${lines[start]}-${lines[end]}`);
    start = end + 1;
  }
  return ranges.join(',');
}

function outputBlock(node: Code, info: FenceInfo, command: string | undefined) {
  const attributes = [jsxAttribute('raw', node.value)];
  // Lines the author highlighted or numbered (`hl_lines`, `linenums`) are shown as text, where those are (a table has no lines).
  const tables = hasTextMarkerButtons(node) || info.hlLines.length > 0 || info.linenums ? undefined : parseOutputTables(node.value);
  if (tables) attributes.push(jsxAttribute('tables', JSON.stringify(tables.map(({header, rows}) => ({header, rows})))));
  // A title that only says "Output" (or "Saída", "Salida", "Sortie", "Ausgabe") repeats the caption's badge: the caption names the command instead.
  if (info.title !== undefined && !/^(?:output|sa[ií]da|salida|sortie|ausgabe)\s*:?$/i.test(info.title.trim())) attributes.push(jsxAttribute('title', info.title));
  if (command) attributes.push(jsxAttribute('command', captionCommand(command)));
  // `hl_lines` and `linenums` as on any code block (the title is the caption's).
  const metastring = docusaurusMetastring({...info, title: undefined});
  if (metastring) attributes.push(jsxAttribute('metastring', metastring));
  // Output is shown as text, not highlighted; the language stays a class, as on MkDocs' `<code>`.
  const classes = codeClassNames(info.language, info);
  if (classes.length > 0) attributes.push(jsxAttribute('className', classes.join(' ')));
  return jsxFlowElement('OutputBlock', attributes, [], node.position);
}

/**
 * The `html` target, any fence: MkDocs' language class comes from the header's
 * first class too (`{ .yaml }` → `language-yaml`), the other classes follow it
 * on `<code>`, and a title becomes the filename bar.
 */
function fenceToMkdocsHtml(node: Code, info: FenceInfo, parent: Parent, index: number): void {
  if (info.braces) {
    node.lang = info.language ?? null;
    node.meta = null;
  }
  addCodeClasses(node, info);
  // pymdownx shows no filename bar for an empty title (`title=""`).
  if (info.title) parent.children[index] = withFilename(node, info.title);
}

/**
 * The header's extra classes on the `<code>` element, after its language class
 * (`language-` and the first word of `lang`, words split at spaces and tabs).
 * Without extra classes mdast-util-to-hast writes the language class itself,
 * but it splits `lang` at any JavaScript whitespace (`/\s+/`) and keeps the
 * first word, while superfences splits a header at spaces only: `{.\u00a0e}`
 * (a no-break space) is the language `\u00a0e` in MkDocs, which to-hast cut
 * to `language-`, dropping `e`. Such a language gets its class stated here.
 */
function addCodeClasses(node: Code, info: FenceInfo, keepNoCopy = false): void {
  const language = node.lang?.split(/[ \t]/)[0];
  // `.no-copy` on code that is no shell block, on the site: the theme's copy button reads it (as Material's does) and
  // stays away. (On the html target, as in the classes the plugin reads, it is not repeated.)
  const noCopy = keepNoCopy && info.classes.some((name) => name.toLowerCase() === 'no-copy') ? ['no-copy'] : [];
  if (fenceClasses(info).length === 0 && noCopy.length === 0 && !(language && /\s/.test(language))) return;
  const className = [...codeClassNames(language, info), ...noCopy];
  node.data = {...node.data, hProperties: {...node.data?.hProperties, className}};
}

/**
 * Brace-form keys other than the highlight options (`{ .yaml data-x="1" }`, a
 * bare `{ .yaml wrap }`) are attributes of MkDocs' `<pre>`/`<code>`: invisible
 * there, and not carried by either target here. Said once per block, so the
 * author knows the words did not reach the page.
 */
function reportUnrenderedAttributes(file: VFile, node: Code, info: FenceInfo): void {
  // The whole header too: the ignored text may be the tail of a word an option started (`R劌"` → `R`, `劌"`).
  const header = [node.lang, node.meta].filter(Boolean).join(' ');
  for (const text of info.ignored ?? []) {
    report(file, 'mkdocs-fence-option', `Unexpected \`${text}\` among the fence options of \`${header}\`, expected \`key="value"\` options: ignored, as MkDocs ignores it`, node.position);
  }
  // Plain-form unknown keys already have their problem (MkDocs drops that fence).
  const keys = info.braces ? Object.keys(info.data) : [];
  if (keys.length === 0) return;
  const list = keys.map((key) => (info.data[key] === key ? `\`${key}\`` : `\`${key}="${info.data[key]}"\``)).join(', ');
  report(
    file,
    'mkdocs-fence-option',
    `Unexpected fence attribute${keys.length === 1 ? '' : 's'} ${list}, expected \`title\`, \`hl_lines\`, \`linenums\` or classes: not rendered on the page`,
    node.position,
  );
}

/**
 * The `html` target: superfences shows a fence's `title` as
 * `<span class="filename">` above the code, inside `div.highlight`.
 */
function withFilename(node: Code, title: string): RootContent {
  return {
    type: 'blockquote',
    data: {hName: 'div', hProperties: {className: ['highlight']}},
    children: [
      {
        type: 'paragraph',
        data: {hName: 'span', hProperties: {className: ['filename']}},
        children: [{type: 'text', value: title}],
      },
      node,
    ],
    position: node.position,
  };
}

declare module 'mdast' {
  interface CodeData {
    /** How many line breaks `withoutLeadingBlankLines` took off the start of the block's text. */
    mkdocsLeadingNewlines?: number;
  }
}

/**
 * Pygments drops the blank lines that start and end a block (its `stripnl`), so MkDocs shows none: on the site, a
 * fence opened or closed with a blank line shows no empty first or last line and copies none, and `hl_lines` count
 * from the first line shown, as there. The lines dropped at the start are counted (`mkdocsLeadingNewlines`) for
 * the steps that place a code line in the page. Before any step reads a code block's lines; the site's target only
 * (the html target keeps CommonMark's code text).
 */
export function withoutLeadingBlankLines(tree: Root): void {
  visit(tree, 'code', (node) => {
    let start = 0;
    while (node.value.charCodeAt(start) === 10) start++;
    if (start === 0) return;
    node.value = node.value.slice(start);
    node.data = {...node.data, mkdocsLeadingNewlines: start};
  });
}

function withoutTrailingNewlines(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 10) end--;
  return end === value.length ? value : value.slice(0, end);
}
