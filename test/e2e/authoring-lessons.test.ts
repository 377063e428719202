/**
 * "Authoring lessons": every example shows its Markdown source beside the
 * rendered result, each construct renders as what it stands for (never as
 * raw MkDocs syntax), copy buttons and tabs inside results work, example
 * headings stay out of the TOC without duplicate ids, warnings from inside an
 * example name the page's own line, and axe-core finds nothing in light/dark
 * at phone and desktop widths.
 *
 * The examples' sources are read from the page source, so adding an example
 * is covered by the structural tests; the per-construct checks are written by
 * hand from what each construct must become.
 */
import type {Code} from 'mdast';
import type {Browser, Locator, Page} from 'playwright-core';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {isExampleFence} from '../../plugins/remark-authoring-examples';
import {describeAxeMatrix} from './axe-matrix';
import {launchBrowser, openPage, type OpenedPage} from './browser';
import {docUrl, readBoxes, sourceText} from './pages';
import {BUILD_LOG, readLog} from './site';

const SOURCE = 'docs/authoring-lessons.md';

/** MkDocs syntax that must never reach a reader outside `pre`/`code`: it means a construct was not converted. */
const RAW_MARKERS = ['===', '*[', '{ .', '{:', ':tada:', '!!!', '???', 'markdown>', 'markdown='];

/** The content of every example fence of the page source, in order. */
function exampleSources(): string[] {
  const tree = unified().use(remarkParse).parse(sourceText(SOURCE));
  const sources: string[] = [];
  visit(tree, 'code', (node: Code) => {
    // `;--8<--` is how the page writes an include inside an example without pymdownx.snippets expanding it in the
    // source column: the reader is shown the include line as a lesson writes it (the escape removed, as pymdownx does).
    if (isExampleFence(node)) sources.push(node.value.replace(/^([ \t]*);(-+8<-+)/gm, '$1$2'));
  });
  return sources;
}

const EXAMPLES = exampleSources();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The result column of the one example whose source contains `marker`. */
function resultOf(page: Page, marker: string): Locator {
  const index = EXAMPLES.findIndex((source) => source.includes(marker));
  if (index === -1 || EXAMPLES.findIndex((source, at) => at > index && source.includes(marker)) !== -1) {
    throw new Error(`"${marker}" must be in exactly one example of ${SOURCE}`);
  }
  return page.locator('[data-authoring-example]').nth(index).locator('[data-authoring-example-result]');
}

/** Visible texts of the selected tab of every tab list inside `scope`, in document order. */
function selectedTabs(scope: Locator): Promise<string[]> {
  return scope
    .locator('[role="tablist"]')
    .evaluateAll((lists) =>
      lists.map((list) => list.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim() ?? ''),
    );
}

interface ConstructCheck {
  name: string;
  /** Text only that example's source contains. */
  marker: string;
  check(result: Locator, page: Page): Promise<void>;
}

const texts = (locator: Locator): Promise<string[]> => locator.evaluateAll((nodes) => nodes.map((n) => n.textContent?.trim() ?? ''));

/** What each construct must become in its result column. */
const CONSTRUCTS: ConstructCheck[] = [
  {
    name: 'admonition types, default titles, an alias',
    marker: 'Pods on every node share one flat network.',
    async check(result) {
      const headings = await texts(result.locator('.theme-admonition [class*="admonitionHeading"]'));
      expect(headings).toEqual(['Note', 'Warning', 'Danger', 'Caution']);
    },
  },
  {
    name: 'a title with inline Markdown',
    marker: '!!! tip "Use `kubectl get -o wide`"',
    async check(result) {
      const heading = result.locator('.theme-admonition [class*="admonitionHeading"]');
      expect(await heading.locator('code').textContent()).toBe('kubectl get -o wide');
      expect(await result.locator('.theme-admonition strong').textContent()).toBe('IP address');
    },
  },
  {
    name: '`""`: no title bar',
    marker: '!!! info ""',
    async check(result) {
      expect(await result.locator('.theme-admonition').count()).toBe(1);
      expect(await result.locator('.theme-admonition [class*="admonitionHeading"]').count()).toBe(0);
      expect(await result.locator('.theme-admonition').textContent()).toContain('A box with a body only.');
    },
  },
  {
    name: 'inline end: a box floated beside the text',
    marker: '!!! info inline end "Sidebar"',
    async check(result) {
      const box = result.locator('.theme-admonition');
      expect(await box.getAttribute('class')).toMatch(/\binline\b.*\bend\b/);
      expect(await box.evaluate((element) => getComputedStyle(element).float)).toBe('right');
    },
  },
  {
    name: 'nested boxes',
    marker: '!!! example "Outer"',
    async check(result) {
      expect(await texts(result.locator('.theme-admonition .theme-admonition [class*="admonitionHeading"]'))).toEqual(['Inner']);
    },
  },
  {
    name: 'custom types lab and stretch',
    marker: '!!! lab "Reach another pod"',
    async check(result) {
      const classes = await result.locator('.theme-admonition').evaluateAll((boxes) => boxes.map((box) => box.className));
      expect(classes).toHaveLength(2);
      expect(classes[0]).toContain('lab');
      expect(classes[1]).toContain('stretch');
      expect(await texts(result.locator('[class*="admonitionHeading"]'))).toEqual(['Reach another pod', 'Stretch']);
    },
  },
  {
    name: '??? closed, ???+ open',
    marker: '??? question "Why has the pod no IP address yet?"',
    async check(result) {
      const open = await result.locator('details').evaluateAll((all) => all.map((details) => (details as HTMLDetailsElement).open));
      expect(open).toEqual([false, true]);
      await result.locator('summary').first().click();
      await expect.poll(() => result.locator('details').first().evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    },
  },
  {
    name: 'content tabs',
    marker: 'Your kubeconfig is `~/.kube/config`.',
    async check(result) {
      expect(await texts(result.locator('[role="tab"]'))).toEqual(['Linux', 'Windows']);
    },
  },
  {
    name: '===+ selects its tab',
    marker: '===+ "Minikube"',
    async check(result) {
      expect(await selectedTabs(result)).toEqual(['Minikube']);
    },
  },
  {
    name: 'nested tabs',
    marker: '=== "From a file"',
    async check(result) {
      expect(await result.locator('[role="tabpanel"] [role="tablist"]').count()).toBe(1);
    },
  },
  {
    name: 'bash commands get command copy buttons',
    marker: 'kubectl scale deployment web --replicas=3',
    async check(result) {
      expect(await result.getByRole('button', {name: 'Copy all commands'}).count()).toBe(1);
      expect(await result.getByRole('button', {name: /^Copy command: /}).count()).toBe(2);
    },
  },
  {
    name: 'kubectl get pods -o wide output becomes a table, with no copy button',
    marker: 'kubectl get pods -o wide',
    async check(result) {
      const output = result.locator('.shell-output');
      const header = await texts(output.locator('table th'));
      expect(header.slice(0, 3)).toEqual(['NAME', 'READY', 'STATUS']);
      expect(await output.locator('table tbody tr').count()).toBe(2);
      expect(await output.getByRole('button', {name: /copy/i}).count()).toBe(0);
      expect(await result.getByRole('button', {name: 'Copy command'}).count()).toBe(1);
    },
  },
  {
    name: 'a console session: commands copied, output not',
    marker: '$ kubectl get deployments',
    async check(result) {
      expect(await result.getByRole('button', {name: /^Copy command: /}).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))).toEqual([
        'Copy command: kubectl get deployments',
        'Copy command: kubectl scale deployment nginx --replicas=4',
      ]);
    },
  },
  {
    name: '.no-copy and title="Output" are output, .command is a command',
    marker: '``` { .bash .no-copy }',
    async check(result) {
      expect(await texts(result.locator('.shell-output pre'))).toEqual(['pod/nginx1 condition met', 'Forwarding from 127.0.0.1:8080 -> 80']);
      expect(await result.getByRole('button', {name: /copy/i}).count()).toBe(1);
      expect(await result.getByRole('button', {name: 'Copy command'}).count()).toBe(1);
    },
  },
  {
    name: 'fence title, hl_lines, linenums',
    marker: 'title="web.yaml"',
    async check(result) {
      expect(await result.locator('[class*="codeBlockTitle"]').textContent()).toBe('web.yaml');
      expect(await texts(result.locator('.theme-code-block-highlighted-line'))).toEqual(['kind: Deployment', 'metadata:']);
      expect(await result.locator('[class*="codeLineNumber"]').count()).toBe(4);
    },
  },
  {
    name: 'a diff: removed and added lines highlighted',
    marker: 'title="deployment.yaml"',
    async check(result) {
      // Prism's diff grammar (a site language): each changed line a token of its own, in its own colour.
      // prism-react-renderer flattens the grammar's nested tokens: the sign and the line are tokens of their own.
      const line = async (sign: string) => (await result.locator(`.token.${sign}-sign`).allTextContents()).join('');
      await expect.poll(() => line('deleted'), {timeout: 10_000}).toBe('-  replicas: 1');
      expect(await line('inserted')).toBe('+  replicas: 3');
      const colour = (sign: string) => result.locator(`.token.${sign}-sign.line`).first().evaluate((element) => getComputedStyle(element).color);
      expect(await colour('deleted')).not.toBe(await colour('inserted'));
    },
  },
  {
    name: 'code annotations: markers are buttons, the list is consumed',
    marker: 'kind: Service # (1)!',
    async check(result) {
      expect(await result.getByRole('button', {name: /^Annotation \d$/}).count()).toBe(2);
      expect(await result.locator('ol').count()).toBe(0);
      expect(await result.locator('pre').textContent()).not.toContain('(1)');
    },
  },
  {
    name: 'emoji',
    marker: 'We\'re done :tada:',
    async check(result) {
      const text = await result.textContent();
      expect(text).toContain('🎉');
      expect(text).toContain('🚀');
    },
  },
  {
    name: 'icons',
    marker: ':material-kubernetes:',
    async check(result) {
      expect(await result.locator('p svg').count()).toBe(3);
    },
  },
  {
    name: 'buttons',
    marker: '{ .md-button .md-button--primary }',
    async check(result) {
      const buttons = result.locator('a.md-button');
      expect(await texts(buttons)).toEqual(['Start the workshop', 'Slides']);
      expect(await buttons.first().getAttribute('class')).toContain('md-button--primary');
    },
  },
  {
    name: 'heading { #id }',
    marker: '{ #pod-ips }',
    async check(result) {
      const heading = result.locator('h3#pod-ips');
      expect((await heading.textContent())?.replace(/\u200b/g, '').trim()).toBe('Pod IP addresses');
      expect(await result.locator('a[href$="#pod-ips"]').filter({hasText: 'Link to that heading'}).count()).toBe(1);
    },
  },
  {
    name: 'abbreviations defined inside the example',
    marker: '*[CNI]: Container Network Interface',
    async check(result) {
      expect(await texts(result.locator('abbr[title="Container Network Interface"]'))).toEqual(['CNI']);
    },
  },
  {
    name: 'mojibake repaired',
    marker: 'All pods are ready',
    async check(result) {
      const text = await result.textContent();
      expect(text).toContain('All pods are ready ✅');
      expect(text).not.toContain('\u00e2\u0153\u2026');
    },
  },
  {
    name: '<div markdown>: the Markdown inside counts',
    marker: '<div markdown>',
    async check(result) {
      expect(await result.locator('div strong').textContent()).toBe('bold');
      expect(await texts(result.locator('div code'))).toEqual(['code', 'div']);
    },
  },
  {
    name: '<figure markdown>: an image in Markdown, and its caption',
    marker: '<figure markdown>',
    async check(result) {
      const image = result.locator('figure img[alt="The Lessonsaurus logo"]');
      expect(await image.count()).toBe(1);
      expect(await image.getAttribute('width')).toBe('96');
      expect((await result.locator('figure figcaption').textContent())?.trim()).toBe("The site's logo, with a caption.");
    },
  },
  {
    name: '<figcaption markdown> in span-mode content: an element of its own, with inline Markdown',
    marker: '<figcaption markdown>',
    async check(result) {
      expect(await result.locator('figure img[alt="The Lessonsaurus logo"]').count()).toBe(1);
      expect(await result.locator('figure figcaption strong').textContent()).toBe('logo');
      expect(await result.locator('figure figcaption em').textContent()).toBe('caption');
      expect(await result.locator('[markdown]').count()).toBe(0);
    },
  },
  {
    name: '<div class="annotate" markdown>: markers in the text open the list items',
    marker: '<div class="annotate" markdown>',
    async check(result) {
      expect(await result.getByRole('button', {name: /^Annotation \d$/}).count()).toBe(2);
      expect(await result.locator('ol').count()).toBe(0);
      expect(await result.textContent()).not.toMatch(/\(\d\)/);
    },
  },
  {
    name: 'prose annotations: Text (1) + { .annotate } + list',
    marker: 'Every pod gets its own IP address (1)',
    async check(result) {
      expect(await result.getByRole('button', {name: /^Annotation \d$/}).count()).toBe(2);
      expect(await result.locator('ol').count()).toBe(0);
      expect(await result.textContent()).not.toMatch(/\(\d\)/);
    },
  },
  {
    name: 'box annotations: !!! note annotate + list after the box',
    marker: '!!! note annotate "Pod addresses"',
    async check(result) {
      expect(await result.locator('.theme-admonition').getByRole('button', {name: 'Annotation 1'}).count()).toBe(1);
      expect(await result.locator('ol').count()).toBe(0);
      expect(await result.textContent()).not.toMatch(/\(\d\)/);
    },
  },
];

describe('authoring lessons page', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: new URL(inject('baseUrl')).origin});
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('every example shows its exact source beside a non-empty result, side by side at 1280 px', async () => {
    const {page} = opened;
    const examples = page.locator('[data-authoring-example]');
    expect(await examples.count()).toBe(EXAMPLES.length);
    for (const [index, source] of EXAMPLES.entries()) {
      const example = examples.nth(index);
      // One `.token-line` per source line (Prism's rendering); their texts joined are the code block's text.
      const shown = await example
        .locator('[data-authoring-example-source] pre code')
        .evaluate((code) => Array.from(code.querySelectorAll('.token-line'), (line) => line.textContent ?? '').join('\n'));
      expect(shown, `example #${index}`).toBe(source);
      const result = example.locator('[data-authoring-example-result]');
      const content = await result.evaluate((column) => {
        const [, body] = Array.from(column.children);
        return {text: (body?.textContent ?? '').trim(), media: body?.querySelectorAll('img, svg').length ?? 0};
      });
      expect(content.text.length + content.media, `example #${index} has an empty result`).toBeGreaterThan(0);
      const [left, right] = await Promise.all(
        ['source', 'result'].map((which) => example.locator(`[data-authoring-example-${which}]`).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect)),
      );
      expect(right!.left, `example #${index}: result beside the source`).toBeGreaterThan(left!.right - 1);
      expect(Math.abs(right!.top - left!.top)).toBeLessThan(2);
    }
  });

  test.each(CONSTRUCTS)('$name', async ({marker, check}) => {
    await check(resultOf(opened.page, marker), opened.page);
  });

  test(`no raw ${RAW_MARKERS.join(' ')} outside pre/code, in text or attributes`, async () => {
    const leaks = await opened.page.evaluate((markers) => {
      const found: string[] = [];
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('pre, code, script, style, noscript, template').forEach((element) => element.remove());
      const text = clone.textContent ?? '';
      for (const marker of markers) {
        for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
          found.push(`text ${marker}: …${text.slice(Math.max(0, at - 50), at + 50).replace(/\s+/g, ' ')}…`);
        }
      }
      const elements = [...Array.from(clone.querySelectorAll('*')), ...Array.from(document.head.querySelectorAll('title, meta'))];
      for (const element of elements) {
        for (const attribute of Array.from(element.attributes)) {
          const written = `${attribute.name}="${attribute.value}"`;
          for (const marker of markers) {
            if (written.includes(marker)) found.push(`<${element.tagName.toLowerCase()} ${written}> holds ${marker}`);
          }
        }
      }
      if (markers.some((marker) => document.title.includes(marker))) found.push(`title: ${document.title}`);
      return found;
    }, RAW_MARKERS);
    expect(leaks, leaks.join('\n')).toEqual([]);
  });

  test('copy buttons in a result copy exactly the commands; the source column copies the Markdown', async () => {
    const {page} = opened;
    const result = resultOf(page, 'kubectl scale deployment web --replicas=3');
    const copied = async (button: Locator): Promise<string> => {
      await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
      await button.click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('(nothing copied)');
      return page.evaluate(() => navigator.clipboard.readText());
    };
    expect(await copied(result.getByRole('button', {name: 'Copy all commands'}))).toBe(
      'kubectl create deployment web --image=nginx\nkubectl scale deployment web --replicas=3',
    );
    expect(await copied(result.getByRole('button', {name: 'Copy command: kubectl scale deployment web --replicas=3'}))).toBe(
      'kubectl scale deployment web --replicas=3',
    );
    const index = EXAMPLES.findIndex((source) => source.includes('kubectl scale deployment web --replicas=3'));
    const source = page.locator('[data-authoring-example]').nth(index).locator('[data-authoring-example-source]');
    await source.hover();
    expect(await copied(source.getByRole('button', {name: /copy/i}))).toBe(EXAMPLES[index]);
  });

  test('tabs switch, and linked tabs follow each other by label', async () => {
    const {page} = opened;
    const tabs = resultOf(page, 'Your kubeconfig is `~/.kube/config`.');
    await tabs.getByRole('tab', {name: 'Windows'}).click();
    await expect.poll(() => tabs.locator('[role="tabpanel"]:visible').textContent()).toContain('%USERPROFILE%');

    const linked = resultOf(page, 'brew install kubectl');
    await linked.locator('[role="tablist"]').first().getByRole('tab', {name: 'macOS'}).click();
    await expect.poll(() => selectedTabs(linked)).toEqual(['macOS', 'macOS']);
    expect(await linked.locator('[role="tabpanel"]:visible').allTextContents()).toEqual([
      expect.stringContaining('brew install kubectl'),
      expect.stringContaining('in Terminal.'),
    ]);
    await linked.locator('[role="tablist"]').nth(1).getByRole('tab', {name: 'Linux'}).click();
    await expect.poll(() => selectedTabs(linked)).toEqual(['Linux', 'Linux']);
  });

  test('example headings are not in the TOC, and no id is used twice', async () => {
    const {page} = opened;
    const tocTargets = await page.locator('.theme-doc-toc-desktop a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tocTargets).toContain('#heading-anchors');
    expect(tocTargets).not.toContain('#pod-ips');
    const inExamples = await page.locator('[data-authoring-example-result] :is(h1, h2, h3, h4, h5, h6)[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    expect(inExamples).toEqual(['#pod-ips']);
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    const boxes = await readBoxes(page);
    expect(boxes.length).toBeGreaterThan(10);
  });

  test('a warning from inside an example names the page file and the line of the example', () => {
    const lines = sourceText(SOURCE).split('\n');
    const line = lines.findIndex((text) => text.includes('\u00e2\u0153\u2026') && !text.includes('`')) + 1;
    const column = lines[line - 1]!.indexOf('\u00e2\u0153\u2026') + 1;
    expect(readLog(BUILD_LOG)).toMatch(new RegExp(`^${SOURCE.replace(/\./g, '\\.')}:${line}:${column}  \\S.*  mkdocs-mojibake$`, 'm'));
  });

  test('no console errors', () => {
    expect(opened.errors).toEqual([]);
  });
});

describe('phone width', () => {
  test('source and result stack, and nothing is wider than the screen', async () => {
    const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 375, themeStorage: inject('themeStorage')});
    try {
      const example = opened.page.locator('[data-authoring-example]').first();
      const [source, result] = await Promise.all(
        ['source', 'result'].map((which) => example.locator(`[data-authoring-example-${which}]`).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect)),
      );
      expect(result!.top).toBeGreaterThanOrEqual(source!.bottom - 1);
      const scrollWidth = await opened.page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(375);
    } finally {
      await opened.close();
    }
  });
});

describeAxeMatrix(SOURCE, 'authoring-lessons', () => browser, async (page) => {
  // Audit an open annotation note too.
  await resultOf(page, 'kind: Service # (1)!').getByRole('button', {name: 'Annotation 1'}).click();
});
