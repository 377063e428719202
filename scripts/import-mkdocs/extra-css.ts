/**
 * The rules of an `extra_css` file the site can apply as they are: those that
 * style the workshop's own classes and the lessons' elements (`.no-mkdocs {
 * display: none }`, `.center { text-align: center }` for attr_list's `{ .center
 * }` or `<div class="center" markdown>`), carried over into
 * {@link WORKSHOP_CSS}, which docusaurus.config.ts loads when the workshop is
 * the site. Each selector is scoped to the workshop's lessons
 * ({@link LESSON_SCOPE}), so no rule restyles the site's navbar, sidebar or
 * footer, nor the authoring guide, and keeps the specificity it had in Material
 * relative to the content; `rem` lengths are scaled to Material's root font
 * size ({@link MATERIAL_REM}). The workshop's own custom properties for the whole
 * page (`:root`, Material's palette schemes) are declared on the lessons
 * ({@link VARIABLE_SCOPES}). Left out, each with a finding at its line:
 * rules on Material's own markup (`.md-*` classes, `[data-md-*]`, the markup of
 * its boxes, tabs and code blocks, which the site draws its own way), on the
 * whole page (`html`, `body`, `:root`), Material's variables (`--md-*`), and
 * anything that loads or runs something (`@import`, `url(…)` other than a
 * `data:` image, `behavior`, `-moz-binding`, `expression(…)`). Parsed with
 * postcss and postcss-selector-parser. Pure: text in, text and findings out.
 */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import postcss, {type AtRule, type ChildNode, type Container, type Declaration, type Rule} from 'postcss';
import selectorParser from 'postcss-selector-parser';
import valueParser from 'postcss-value-parser';
import {WORKSHOP_CSS} from '../../plugins/workshop-site';
import {finding, type Finding} from './report';

export {WORKSHOP_CSS};

/**
 * The workshop's lessons: their Markdown container (`.theme-doc-markdown`) in
 * the default docs instance (`plugin-id-default` on `<html>`: the workshop's
 * lessons when it is the site; the site's own docs are the `authoring` instance).
 */
export const LESSON_SCOPE = '.plugin-id-default .theme-doc-markdown';

/**
 * The scope as a carried rule's selector starts: with the specificity the rule had in Material relative to the
 * content, so that the site's own component styles (code blocks, boxes, tabs, copy buttons) win where Material's own
 * styles won. Material's content container `.md-typeset` counts as the one class it was (`.md-typeset code`, 0,1,1:
 * `:where(.plugin-id-default) .theme-doc-markdown code`); the scope of any other selector counts for nothing
 * (`.hero`, 0,1,0: `:where(.plugin-id-default .theme-doc-markdown) .hero`).
 */
const TYPESET_SCOPE = ':where(.plugin-id-default) .theme-doc-markdown';
const WHERE_SCOPE = ':where(.plugin-id-default .theme-doc-markdown)';

/**
 * Where the workshop's own custom properties (`:root { --accent: #23477e }`) are declared: on the lessons' container,
 * under their own names, so they reach the carried rules (and an inline `style="--x: …"` of a lesson still overrides
 * them) and nothing else of the page: the site's own variables cannot be shadowed outside the lessons, and inside them
 * only names of the site's namespaces could clash, which are left out ({@link SITE_VARIABLES}). Specificity 0: a
 * carried `.md-typeset { --accent: … }` wins, as it won over `:root` in Material. Material's dark scheme
 * (`[data-md-color-scheme="slate"]`) is the site's dark mode (`data-theme="dark"` on `<html>`, beside the docs
 * instance's class); its block is written after the light one, so it wins in dark mode.
 */
const VARIABLE_SCOPES = {light: WHERE_SCOPE, dark: ":where([data-theme='dark'].plugin-id-default .theme-doc-markdown)"} as const;

/** Prefixes of the site's own custom properties (Infima's, Docusaurus's, the site's): a workshop's of these names is left out. */
const SITE_VARIABLES = /^--(ifm|docusaurus|prism|lsr|shell|mask)-/i;

/**
 * Material's root font size is 125% (20px), the site's 16px: a `rem` length of a carried declaration is scaled by
 * this, so it computes to what it computed in Material.
 */
export const MATERIAL_REM = 1.25;

/**
 * Classes of the markup Material (and its Markdown extensions) writes, which the
 * site writes differently or styles its own way: a rule on them is Material's
 * look, not the workshop's content.
 */
const MATERIAL_MARKUP = new Set([
  'admonition',
  'admonition-title',
  'tabbed-set',
  'tabbed-labels',
  'tabbed-content',
  'tabbed-block',
  'tabbed-alternate',
  'tabbed-control',
  'highlight',
  'highlighttable',
  'linenos',
  'linenodiv',
  'filename',
  'annotate',
  'headerlink',
  'footnote',
  'footnote-ref',
  'footnote-backref',
  'arithmatex',
  'task-list',
  'task-list-item',
  'task-list-control',
  'task-list-indicator',
  'twemoji',
  'critic',
  'keys',
  'mermaid',
  'toc',
]);

/** Material's collapsible boxes (`??? note`), which the site draws as its own component. */
const MATERIAL_BOX_TAGS = new Set(['details', 'summary']);

/**
 * Classes of Infima's components (`.hero`, `.card`, `.button`, `.row`…) that the site itself does not put in the
 * lessons: a workshop's element of such a class (`<div class="hero" markdown>`) would pick up Infima's component style
 * (a flex row with a background), which Material never gave it. Where the workshop's stylesheet styles such a class,
 * the properties Infima's rules on that class set are reverted on the lessons' elements of it, before the carried
 * rules, which then style it as in Material. `alert` and `tabs` are the site's own boxes and tabs in the lessons:
 * reported, not reverted.
 */
const SITE_COMPONENT_CLASSES = new Set(['alert', 'tabs', 'markdown']);

let infimaCache: Map<string, string[]> | undefined;

/**
 * The properties Infima's rules on a bare class (`.hero { … }`, in `@media` too) set, by class: read from the Infima
 * stylesheet Docusaurus loads (a dependency's fixed text, read once).
 */
export function infimaClassProperties(): ReadonlyMap<string, readonly string[]> {
  if (infimaCache) return infimaCache;
  const classes = new Map<string, Set<string>>();
  try {
    const file = createRequire(import.meta.url).resolve('infima/dist/css/default/default.css');
    postcss.parse(readFileSync(file, 'utf8'), {from: undefined}).walkRules((rule) => {
      for (const selector of rule.selectors) {
        const name = /^\.([a-z]+)$/.exec(selector.trim())?.[1];
        if (name === undefined) continue;
        const properties = classes.get(name) ?? new Set<string>();
        rule.each((child) => {
          if (child.type === 'decl' && !child.prop.startsWith('--')) properties.add(child.prop);
        });
        classes.set(name, properties);
      }
    });
  } catch {
    // No Infima: nothing to revert.
  }
  infimaCache = new Map([...classes].filter(([, properties]) => properties.size > 0).map(([name, properties]) => [name, [...properties]]));
  return infimaCache;
}

/** The page as a whole: a rule on them restyles the site's chrome too. */
const PAGE_ELEMENTS = new Set(['html', 'body']);
const PAGE_PSEUDOS = new Set([':root', ':host', ':scope']);

/** At-rules whose rules are carried over inside them. */
const CONDITIONAL = new Set(['media', 'supports']);

const UNSAFE_PROPERTIES = new Set(['behavior', '-moz-binding', '-ms-behavior']);

/** The workshop's own custom properties (`--accent: #23477e`, as written but for `rem`), by Material scheme. */
export interface WorkshopVariables {
  light: string[];
  dark: string[];
}

export interface PortedCss {
  /** The carried-over rules, scoped (postcss's text), or '' when none. */
  css: string;
  /** The custom properties declared for the whole page (`:root`, a palette scheme), declared on the lessons instead. */
  variables: WorkshopVariables;
  /** Classes the carried rules style that are also Infima's components' (see {@link SITE_COMPONENT_CLASSES}): Infima's style of them is reverted in the lessons. */
  infimaClasses: string[];
  findings: Finding[];
}

/** `.md-typeset .x`, `.md-typeset.x`: what of a selector is Material's, or undefined when nothing is. */
function materialPart(selector: selectorParser.Selector): string | undefined {
  let found: string | undefined;
  selector.walk((node) => {
    if (found !== undefined) return false;
    if (node.type === 'class' && (node.value.startsWith('md-') || MATERIAL_MARKUP.has(node.value))) found = `.${node.value}`;
    else if (node.type === 'attribute' && node.attribute.startsWith('data-md-')) found = `[${node.attribute}]`;
    else if (node.type === 'id' && node.value.startsWith('__')) found = `#${node.value}`;
    else if (node.type === 'tag' && MATERIAL_BOX_TAGS.has(node.value.toLowerCase())) found = node.value.toLowerCase();
    return undefined;
  });
  return found;
}

function pagePart(selector: selectorParser.Selector): string | undefined {
  let found: string | undefined;
  selector.walk((node) => {
    if (found !== undefined) return false;
    if (node.type === 'tag' && PAGE_ELEMENTS.has(node.value.toLowerCase())) found = node.value;
    else if (node.type === 'pseudo' && PAGE_PSEUDOS.has(node.value.toLowerCase())) found = node.value;
    return undefined;
  });
  return found;
}

/**
 * A selector scoped to the lessons, or why it is left out. A leading `.md-typeset` (Material's content container,
 * alone in its compound) is the lessons' container: `.md-typeset .center` → `<scope> .center`.
 */
function scopedSelector(selector: selectorParser.Selector): {scoped: string} | {problem: string} {
  const first = selector.nodes[0];
  const second = selector.nodes[1];
  if (first?.type === 'class' && first.value === 'md-typeset' && (second === undefined || second.type === 'combinator')) {
    const rest = selector.clone();
    rest.nodes[0]!.remove();
    const restPart = materialPart(rest) ?? pagePart(rest);
    if (restPart !== undefined) return {problem: restPart};
    return {scoped: `${TYPESET_SCOPE}${inlineCodeOnly(rest).toString().trimEnd()}`};
  }
  const problem = materialPart(selector) ?? pagePart(selector);
  if (problem !== undefined) return {problem};
  return {scoped: `${WHERE_SCOPE} ${inlineCodeOnly(selector.clone()).toString().trim()}`};
}

/** Pseudo-elements, which must stay last in their compound. */
const PSEUDO_ELEMENT = /^(::|:(before|after|first-line|first-letter)$)/i;

/**
 * `selector` with its subject kept to inline code when it is `code` and names no `pre`: a workshop's
 * `.md-typeset code { padding: .1em .3em }` is for inline code, Material's own `.md-typeset pre > code` winning in
 * code blocks; the site's code blocks carry no rule that strong (Docusaurus's are one class), so in the lessons
 * such a rule gets `:not(pre > code)`. Changes and returns `selector`.
 */
function inlineCodeOnly(selector: selectorParser.Selector): selectorParser.Selector {
  let lastCombinator = -1;
  selector.nodes.forEach((node, index) => {
    if (node.type === 'combinator') lastCombinator = index;
  });
  const subject = selector.nodes.slice(lastCombinator + 1);
  if (!subject.some((node) => node.type === 'tag' && node.value.toLowerCase() === 'code')) return selector;
  let namesPre = false;
  selector.walkTags((tag) => {
    if (tag.value.toLowerCase() === 'pre') namesPre = true;
  });
  if (namesPre) return selector;
  const not = selectorParser.pseudo({value: ':not'});
  not.append(selectorParser().astSync('pre > code').first);
  const pseudoElement = subject.find((node) => node.type === 'pseudo' && PSEUDO_ELEMENT.test(node.value));
  if (pseudoElement) selector.insertBefore(pseudoElement, not);
  else selector.append(not);
  return selector;
}

/** Why a declaration is left out, or undefined when it is carried over. */
function declarationProblem(declaration: Declaration): string | undefined {
  const property = declaration.prop.toLowerCase();
  if (property.startsWith('--md-')) return "Material's variable (the site's palette is set from its colours)";
  if (SITE_VARIABLES.test(property)) return "a name of the site's own variables (Infima's, Docusaurus's or the site's), which it would override in the lessons";
  if (UNSAFE_PROPERTIES.has(property)) return 'loads or runs code';
  const value = declaration.value;
  if (/expression\s*\(|javascript:/i.test(value)) return 'runs script';
  if (/var\(\s*--md-/i.test(value)) return "uses Material's variables, which the site does not set";
  let url: string | undefined;
  valueParser(value).walk((node) => {
    if (url !== undefined) return false;
    if (node.type === 'function' && node.value.toLowerCase() === 'url') {
      const target = node.nodes.map((child) => (child.type === 'string' ? child.value : valueParser.stringify(child))).join('').trim();
      if (!/^data:image\//i.test(target)) url = target;
    }
    return undefined;
  });
  if (url !== undefined) return `loads ${url || 'a URL'} (only data: URLs of images are carried over: the site serves the stylesheet elsewhere, and loads nothing from another host)`;
  return undefined;
}

/** `value` with each `rem` length (in `calc()` too) scaled by {@link MATERIAL_REM}. */
export function materialRem(value: string): string {
  if (!/rem/i.test(value)) return value;
  const parsed = valueParser(value);
  let changed = false;
  parsed.walk((node) => {
    if (node.type === 'function' && node.value.toLowerCase() === 'url') return false;
    if (node.type !== 'word') return undefined;
    const unit = valueParser.unit(node.value);
    if (!unit || unit.unit.toLowerCase() !== 'rem') return undefined;
    const scaled = Number((Number(unit.number) * MATERIAL_REM).toFixed(4));
    node.value = `${scaled}${unit.unit}`;
    changed = true;
    return undefined;
  });
  return changed ? parsed.toString() : value;
}

/** The custom properties a value reads without a fallback (`var(--x)`; not `var(--x, 1px)`). */
function readVariables(value: string): string[] {
  const names: string[] = [];
  valueParser(value).walk((node) => {
    if (node.type !== 'function' || node.value.toLowerCase() !== 'var') return;
    const [name, ...rest] = node.nodes.filter((child) => child.type !== 'space');
    if (name?.type === 'word' && name.value.startsWith('--') && !rest.some((child) => child.type === 'div' && child.value === ',')) names.push(name.value);
  });
  return names;
}

/** The custom properties (`--x`, not Material's `--md-*`) a stylesheet declares, in any rule. */
export function declaredVariables(css: string): Set<string> {
  const names = new Set<string>();
  try {
    postcss.parse(css, {from: undefined}).walkDecls((declaration) => {
      if (declaration.prop.startsWith('--') && !declaration.prop.toLowerCase().startsWith('--md-')) names.add(declaration.prop);
    });
  } catch {
    // Reported by portExtraCss.
  }
  return names;
}

/**
 * Whether a selector stands for the whole page in one of Material's schemes, where a workshop declares its own
 * custom properties: `:root`, `html`, `body`, `[data-md-color-scheme="default"]` (light), `[data-md-color-scheme="slate"]`
 * (dark), alone or together (`:root [data-md-color-scheme=slate]`). Undefined for any other selector, or another scheme.
 */
function variablesScheme(selector: selectorParser.Selector): 'light' | 'dark' | undefined {
  let scheme: 'light' | 'dark' = 'light';
  let other = false;
  selector.walk((node) => {
    if (node.type === 'combinator' && node.value.trim() === '') return;
    if (node.type === 'pseudo' && node.value.toLowerCase() === ':root') return;
    if (node.type === 'tag' && PAGE_ELEMENTS.has(node.value.toLowerCase())) return;
    if (node.type === 'attribute' && node.attribute === 'data-md-color-scheme' && node.operator === '=') {
      const value = node.value?.replace(/^['"]|['"]$/g, '');
      if (value === 'slate') scheme = 'dark';
      else if (value !== 'default') other = true;
      return;
    }
    if (node.type === 'selector') return;
    other = true;
  });
  return other ? undefined : scheme;
}

function lineOf(node: ChildNode): number | undefined {
  return node.source?.start?.line;
}

/**
 * The rules of `css` (an extra_css file, `file` as the report names it) that the site can apply, scoped to the
 * lessons; a finding for each rule, declaration or at-rule left out, and one listing what was carried over.
 */
export function portExtraCss(file: string, css: string, declaredElsewhere: ReadonlySet<string> = new Set()): PortedCss {
  const findings: Finding[] = [];
  const carried: string[] = [];
  const variables: WorkshopVariables = {light: [], dark: []};
  const infimaClasses: string[] = [];
  const declared = new Set([...declaredVariables(css), ...declaredElsewhere]);
  /** A finding for each custom property `value` reads that no extra_css file declares. */
  const checkVariables = (node: Declaration, shown: string) => {
    for (const name of readVariables(node.value)) {
      if (declared.has(name) || name.toLowerCase().startsWith('--md-') || SITE_VARIABLES.test(name)) continue;
      findings.push(finding('warning', `extra_css declaration ${node.prop} in ${shown}: var(${name}) is declared in no extra_css file, so it computes to nothing (the property's inherited or initial value)`, file, lineOf(node)));
    }
  };
  let root: postcss.Root;
  try {
    root = postcss.parse(css, {from: undefined});
  } catch (error) {
    const line = (error as {line?: number}).line;
    findings.push(finding('warning', `extra_css: not carried over, postcss cannot parse it (${(error as {reason?: string}).reason ?? String(error)})`, file, line));
    return {css: '', variables, infimaClasses, findings};
  }
  const drop = (node: ChildNode, what: string, why: string) => {
    findings.push(finding('warning', `extra_css ${what}: not carried over, ${why}`, file, lineOf(node)));
    node.remove();
  };

  const portRule = (rule: Rule) => {
    let selectors: selectorParser.Root;
    try {
      selectors = selectorParser().astSync(rule.selector);
    } catch {
      drop(rule, `rule ${rule.selector}`, 'a selector postcss-selector-parser cannot read');
      return;
    }
    const shown = rule.selector.replace(/\s+/g, ' ').trim();
    // The workshop's own custom properties for the whole page, or a scheme of its palette: declared on the lessons.
    const schemes = selectors.nodes.map(variablesScheme);
    if (schemes.every((scheme) => scheme !== undefined)) {
      const scheme = schemes.includes('light') ? 'light' : 'dark';
      const names: string[] = [];
      for (const child of [...(rule.nodes ?? [])]) {
        if (child.type !== 'decl' || !child.prop.startsWith('--') || child.prop.toLowerCase().startsWith('--md-')) continue;
        const problem = declarationProblem(child);
        if (problem !== undefined) {
          drop(child, `declaration ${child.prop} in ${shown}`, problem);
          continue;
        }
        checkVariables(child, shown);
        variables[scheme].push(`${child.prop}: ${materialRem(child.value).trim()}${child.important ? ' !important' : ''}`);
        names.push(child.prop);
        child.remove();
      }
      if (names.length > 0) {
        carried.push(`${shown}'s custom properties ${names.join(', ')}${scheme === 'dark' ? ' (dark mode)' : ''} (line ${lineOf(rule) ?? '?'})`);
        if (!rule.nodes.some((child) => child.type === 'decl')) {
          rule.remove();
          return;
        }
      }
    }
    const kept: string[] = [];
    const keptAsWritten: string[] = [];
    const left: string[] = [];
    const problems: string[] = [];
    for (const selector of selectors.nodes) {
      const result = scopedSelector(selector);
      if ('scoped' in result) {
        kept.push(result.scoped);
        keptAsWritten.push(selector.toString().replace(/\s+/g, ' ').trim());
      } else {
        left.push(`${selector.toString().replace(/\s+/g, ' ').trim()} (${result.problem})`);
        problems.push(result.problem);
      }
    }
    if (kept.length === 0) {
      const page = problems.every((problem) => PAGE_ELEMENTS.has(problem.toLowerCase()) || PAGE_PSEUDOS.has(problem.toLowerCase()));
      const onlyMaterialVariables = (rule.nodes ?? []).every((child) => child.type !== 'decl' || child.prop.toLowerCase().startsWith('--md-'));
      const why = page
        ? "it styles the whole page, the site's navigation included"
        : problems.some((problem) => ['.admonition', '.admonition-title', 'details', 'summary'].includes(problem))
          ? "Material's box markup (the site draws boxes its own way; custom box types are carried over on their own)"
          : "Material's own markup (the site draws it its own way): port it by hand if it matters";
      if (onlyMaterialVariables && rule.nodes.some((child) => child.type === 'decl')) {
        // Read elsewhere: the palette's colours (site-settings.ts) and the box types' icons (css.ts); the rest is Material's layout.
        findings.push(finding('info', `extra_css rule ${shown}: Material's variables, not carried over as CSS (its palette colours and box icons are read into the site's settings; the rest is Material's own layout)`, file, lineOf(rule)));
        rule.remove();
      } else drop(rule, `rule ${shown}`, why);
      return;
    }
    if (left.length > 0) findings.push(finding('warning', `extra_css rule ${shown}: selectors ${left.join(', ')} not carried over (Material's markup or the whole page)`, file, lineOf(rule)));
    for (const child of [...(rule.nodes ?? [])]) {
      if (child.type === 'comment') child.remove();
      else if (child.type === 'decl') {
        const problem = declarationProblem(child);
        if (problem !== undefined) drop(child, `declaration ${child.prop} in ${shown}`, problem);
        else {
          checkVariables(child, shown);
          child.value = materialRem(child.value);
        }
      } else drop(child, `nested ${child.type === 'rule' ? `rule ${child.selector}` : `@${child.name}`} in ${shown}`, 'nested CSS is not carried over');
    }
    if (!rule.nodes.some((child) => child.type === 'decl')) {
      rule.remove();
      return;
    }
    // The workshop's classes that are Infima's components' too.
    for (const selector of selectors.nodes) {
      selector.walkClasses((node) => {
        const name = node.value;
        if (infimaClasses.includes(name) || !infimaClassProperties().has(name)) return;
        infimaClasses.push(name);
        if (SITE_COMPONENT_CLASSES.has(name)) {
          findings.push(finding('warning', `extra_css rule ${shown}: .${name} is also a class of the site's own components in the lessons (Infima's ${name === 'alert' ? 'boxes' : name}): an element of the workshop's with that class gets their style too; rename the class in the lessons and the stylesheet`, file, lineOf(rule)));
        } else {
          findings.push(finding('info', `extra_css rule ${shown}: .${name} is also one of Infima's component classes; Infima's style of it (${infimaClassProperties().get(name)!.join(', ')}) is reverted on the lessons' .${name} elements, as Material gave them none`, file, lineOf(rule)));
        }
      });
    }
    rule.selector = kept.join(',\n');
    carried.push(`${keptAsWritten.join(', ')} (line ${lineOf(rule) ?? '?'})`);
  };

  const portContainer = (container: Container) => {
    for (const node of [...(container.nodes ?? [])]) {
      if (node.type === 'comment') node.remove();
      else if (node.type === 'rule') portRule(node);
      else if (node.type === 'atrule') portAtRule(node);
      else drop(node, `declaration ${node.prop}`, 'outside any rule');
    }
  };

  const portAtRule = (atRule: AtRule) => {
    const name = atRule.name.toLowerCase();
    if (name === 'charset') atRule.remove();
    else if (name === 'import') drop(atRule, `@import ${atRule.params}`, 'the site loads no other stylesheet');
    else if (CONDITIONAL.has(name)) {
      portContainer(atRule);
      if ((atRule.nodes ?? []).length === 0) atRule.remove();
    } else if (/^(-\w+-)?keyframes$/.test(name) || name === 'font-face') {
      // Kept whole, or left out whole: a font or animation without one of its parts is another one.
      let problem: string | undefined;
      atRule.walkDecls((declaration) => {
        problem ??= declarationProblem(declaration);
      });
      if (problem !== undefined) drop(atRule, `@${atRule.name} ${atRule.params}`.trim(), problem);
      else {
        atRule.walkComments((comment) => {
          comment.remove();
        });
        atRule.walkDecls((declaration) => {
          declaration.value = materialRem(declaration.value);
        });
        carried.push(`@${atRule.name} ${atRule.params}`.trim() + ` (line ${lineOf(atRule) ?? '?'})`);
      }
    } else drop(atRule, `@${atRule.name}`, 'an at-rule the import does not carry over');
  };

  portContainer(root);
  if (carried.length > 0) {
    findings.push(finding('info', `extra_css: carried over into ${WORKSHOP_CSS}, scoped to the lessons (${LESSON_SCOPE}): ${carried.join(', ')}`, file, 1));
  }
  root.raws.after = '\n';
  for (const node of root.nodes) node.raws.before = '\n';
  return {css: root.nodes.length > 0 ? root.toString().trim() : '', variables, infimaClasses, findings};
}

/**
 * The stylesheet of the carried-over rules of each extra_css file, in the config's order, after the workshop's own
 * custom properties of all of them (light, then dark, so dark mode's win there).
 */
export function workshopStylesheet(parts: ReadonlyArray<{file: string; css: string; variables?: WorkshopVariables; infimaClasses?: readonly string[]}>): string | undefined {
  const kept = parts.filter((part) => part.css !== '');
  const reverted = [...new Set(parts.flatMap((part) => part.infimaClasses ?? []))].filter((name) => !SITE_COMPONENT_CLASSES.has(name));
  const resets = reverted.map((name) => `${WHERE_SCOPE} .${name} {\n${infimaClassProperties().get(name)!.map((property) => `  ${property}: revert;`).join('\n')}\n}`);
  const blocks = (['light', 'dark'] as const).flatMap((scheme) => {
    const declarations = parts.flatMap((part) => part.variables?.[scheme] ?? []);
    return declarations.length === 0 ? [] : [`${VARIABLE_SCOPES[scheme]} {\n${declarations.map((line) => `  ${line};`).join('\n')}\n}`];
  });
  if (kept.length === 0 && blocks.length === 0) return undefined;
  return [
    `/* Written by npm run import:mkdocs: the workshop's extra_css rules for its lessons' own classes and elements, each selector scoped to the lessons (${LESSON_SCOPE}), rem lengths scaled by ${MATERIAL_REM} (Material's root font size is 20px, the site's 16px). What was left out, and why, is in import-report.txt. */`,
    ...(blocks.length > 0 ? [`\n/* The workshop's own custom properties (:root, and Material's slate scheme as the dark mode), declared on the lessons */\n${blocks.join('\n')}`] : []),
    ...(resets.length > 0 ? [`\n/* The workshop's classes that are Infima's components' too: Infima's style of them reverted (Material gave them none), before the workshop's rules */\n${resets.join('\n')}`] : []),
    ...kept.map((part) => `\n/* ${part.file} */\n${part.css}`),
  ].join('\n') + '\n';
}
