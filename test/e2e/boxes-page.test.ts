/**
 * The "Authoring boxes" page (`docs/authoring-boxes.md`): every kind of MkDocs
 * box it shows renders as the right Docusaurus box, collapsibles work from the
 * keyboard, and the page passes axe-core in both colour modes.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {
  MODES,
  WIDTHS,
  formatViolations,
  launchBrowser,
  openPage,
  runAxe,
  screenshot,
  type OpenedPage,
} from './browser';
import {docUrl, proseText, readBoxes, sourceText, type BoxInfo} from './pages';

const SOURCE = 'docs/authoring-boxes.md';

interface Expected {
  /** Text of the source this box comes from (checked to still be there). */
  source: string;
  /** `theme-admonition-<type>` */
  type: string;
  tag: 'div' | 'details';
  /** Title bar text; null: no title bar; undefined: a title bar, text not checked. */
  heading: string | null | undefined;
  content: string;
  headingCode?: string[];
  open?: boolean;
  /** `heading` of the box it must be nested in. */
  parent?: string;
}

const TWELVE = ['note', 'abstract', 'info', 'tip', 'success', 'question', 'warning', 'failure', 'danger', 'bug', 'example', 'quote'];
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

const EXPECTED: Expected[] = [
  {source: '!!! note\n    Pods on every node', type: 'note', tag: 'div', heading: 'Note', content: 'Pods on every node share one flat network.'},
  {
    source: '!!! tip "Use `kubectl get -o wide`"',
    type: 'tip',
    tag: 'div',
    heading: 'Use kubectl get -o wide',
    headingCode: ['kubectl get -o wide'],
    content: "The extra columns show each pod's IP address and node.",
  },
  {source: '!!! info ""\n    A box with only a body.', type: 'info', tag: 'div', heading: null, content: 'A box with only a body.'},
  {
    source: '!!! warning "Before you scale"',
    type: 'warning',
    tag: 'div',
    heading: 'Before you scale',
    content: 'Check two things',
  },
  ...TWELVE.map(
    (type): Expected => ({source: `!!! ${type}\n    \`${type}\``, type, tag: 'div', heading: capitalize(type), content: type}),
  ),
  // Aliases take the look of their type and keep the word as the title.
  {source: '!!! caution', type: 'warning', tag: 'div', heading: 'Caution', content: 'Drawn as a warning box'},
  {source: '!!! tldr', type: 'abstract', tag: 'div', heading: 'Tldr', content: 'Drawn as an abstract box'},
  // This site's custom types.
  {source: '!!! lab "Reach another pod"', type: 'lab', tag: 'div', heading: 'Reach another pod', content: 'Open a shell in nginx1'},
  {source: '!!! stretch\n', type: 'stretch', tag: 'div', heading: 'Stretch', content: 'Repeat the request from a pod on another node.'},
  // Collapsibles.
  {source: '??? success "Answer"', type: 'success', tag: 'details', heading: 'Answer', content: 'kubectl exec -it nginx1 -- sh', open: false},
  {
    source: '???+ example "Worked example"',
    type: 'example',
    tag: 'details',
    heading: 'Worked example',
    content: 'This one starts open.',
    open: true,
  },
  {source: '??? question ""', type: 'question', tag: 'details', heading: undefined, content: 'Hidden until opened.', open: false},
  // Nesting.
  {source: '!!! example "Outer"', type: 'example', tag: 'div', heading: 'Outer', content: 'Text of the outer box.'},
  {
    source: '    ??? tip "Inner"',
    type: 'tip',
    tag: 'details',
    heading: 'Inner',
    content: 'Text of the inner box.',
    open: false,
    parent: 'Outer',
  },
  {source: '!!! info inline end "Sidebar"', type: 'info', tag: 'div', heading: 'Sidebar', content: 'Floated to the right'},
  // Docusaurus' own syntax, with a Material type.
  {source: ':::bug[Known issue]', type: 'bug', tag: 'div', heading: 'Known issue', content: 'The first request after a restart'},
];

/** Box openers (`!!!`, `???`, `???+`, `:::word`) in the source outside fenced code: the boxes the page must show. */
function countSourceBoxes(markdown: string): number {
  let fence: string | undefined;
  let count = 0;
  for (const line of markdown.split('\n')) {
    const trimmed = line.trimStart();
    const marker = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && trimmed.slice(marker.length).trim() === '') {
        fence = undefined;
      }
    } else if (marker) {
      fence = marker;
    } else if (/^(!!!|\?\?\?\+?) ?[\w-]/u.test(trimmed) || /^:{3,}[a-z]/.test(trimmed)) {
      count++;
    }
  }
  return count;
}

function describeBox(box: BoxInfo): string {
  return `<${box.tag} ${box.classes.filter((c) => c.startsWith('theme-admonition-')).join(' ')}> ${JSON.stringify(box.heading)}: ${box.content.slice(0, 60)}`;
}

function findBox(boxes: readonly BoxInfo[], expected: Expected): BoxInfo | undefined {
  return boxes.find(
    (box) =>
      box.tag === expected.tag &&
      box.classes.includes(`theme-admonition-${expected.type}`) &&
      (expected.heading === undefined ? box.heading !== null : box.heading === expected.heading) &&
      box.content.includes(expected.content),
  );
}

test('the page source still holds every case this test expects', () => {
  const markdown = sourceText(SOURCE);
  for (const expected of EXPECTED) expect(markdown, `source of ${expected.type} box`).toContain(expected.source);
  expect(countSourceBoxes(markdown)).toBe(EXPECTED.length);
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const cases = MODES.flatMap((mode) => WIDTHS.map((width) => ({mode, width})));

describe.each(cases)('authoring boxes, $mode mode, $width px', ({mode, width}) => {
  let opened: OpenedPage;

  beforeAll(async () => {
    opened = await openPage(browser, docUrl(SOURCE), {mode, width, themeStorage: inject('themeStorage')});
    await screenshot(opened.page, 'authoring-boxes', mode, width);
  });
  afterAll(async () => {
    await opened?.close();
  });

  test('every box of the source is rendered, with the right type, title, body and nesting', async () => {
    const boxes = await readBoxes(opened.page);
    const listing = boxes.map(describeBox).join('\n');
    expect(boxes.length, listing).toBe(EXPECTED.length);
    for (const expected of EXPECTED) {
      const box = findBox(boxes, expected);
      expect(box, `no box for \`${expected.source.split('\n')[0]}\`; the page has:\n${listing}`).toBeDefined();
      if (!box) continue;
      if (expected.headingCode) expect(box.headingCode).toEqual(expected.headingCode);
      if (expected.open !== undefined) expect(box.open, `${expected.source}: open`).toBe(expected.open);
      if (expected.parent !== undefined) {
        expect(box.parent, `${expected.source}: nested`).not.toBeNull();
        expect(boxes[box.parent!].heading).toBe(expected.parent);
      }
    }
    // The first line indented less than four spaces ends the box.
    const outside = 'This paragraph is outside the box.';
    expect(boxes.filter((box) => box.content.includes(outside))).toEqual([]);
    expect(await proseText(opened.page)).toContain(outside);
  });

  test('the box with a blank line after its header keeps its whole body', async () => {
    const box = opened.page.locator('article .theme-admonition-warning', {hasText: 'Before you scale'}).first();
    await expect.poll(() => box.locator('li').count()).toBe(2);
    expect(await box.locator('pre').first().textContent()).toContain('kubectl get deployments');
  });

  test('no raw MkDocs or directive syntax outside code', async () => {
    const prose = await proseText(opened.page);
    for (const marker of ['!!!', '???', ':::']) expect(prose).not.toContain(marker);
  });

  test('an open `???+` shows its body, a closed `???` hides it', async () => {
    const page = opened.page;
    const details = (type: string, text: string) =>
      page.locator(`article details.theme-admonition-${type}`).filter({hasText: text}).last();
    expect(await details('example', 'Worked example').getByText('This one starts open.').isVisible()).toBe(true);
    expect(await details('question', 'Hidden until opened.').getByText('Hidden until opened.').isVisible()).toBe(false);
  });

  test('axe-core finds no violations', async () => {
    const violations = await runAxe(opened.page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  test('a closed `???` opens from the keyboard (focus its summary, press Enter)', async () => {
    const page = opened.page;
    const answer = page
      .locator('article details.theme-admonition-success')
      .filter({has: page.locator(':scope > summary', {hasText: 'Answer'})});
    await expect.poll(() => answer.count()).toBe(1);
    const summary = answer.locator(':scope > summary');
    const body = answer.locator('pre').first();
    expect(await answer.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await body.isVisible()).toBe(false);

    await summary.focus();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    await body.waitFor({state: 'visible', timeout: 5_000});
    expect(await answer.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await body.textContent()).toContain('kubectl exec -it nginx1 -- sh');
  });

  test("every title bar draws its type's icon, in the box's accent colour, beside the title", async () => {
    const icons = await opened.page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('article .lsr-admonition')).flatMap((box) => {
        const bar = box.tagName === 'DETAILS' ? box.querySelector(':scope > summary') : box.querySelector(':scope > [class*="admonitionHeading"]');
        if (!bar) return [];
        const icon = bar.querySelector<HTMLElement>('.lsr-icon');
        const title = bar.querySelector('.lsr-admonition__title');
        // The accent as the browser resolves it, through an element of the box.
        const probe = document.createElement('span');
        probe.style.color = 'var(--lsr-admonition-color)';
        box.append(probe);
        const accent = getComputedStyle(probe).color;
        probe.remove();
        const style = icon ? getComputedStyle(icon) : undefined;
        const rect = icon?.getBoundingClientRect();
        return [
          {
            type: Array.from(box.classList).find((name) => name.startsWith('theme-admonition-'))?.slice('theme-admonition-'.length),
            title: title?.textContent ?? '',
            mask: style ? decodeURIComponent(style.maskImage || style.webkitMaskImage) : 'no icon',
            colour: style?.backgroundColor,
            accent,
            size: rect ? [Math.round(rect.width), Math.round(rect.height)] : [0, 0],
            beforeTitle: icon && title ? Boolean(icon.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING) : false,
          },
        ];
      }),
    );
    expect(icons.length).toBeGreaterThan(10);
    const {BOX_THEMES} = await import('../../src/admonitions/box-types');
    for (const icon of icons) {
      const where = `${icon.type} box "${icon.title}"`;
      expect(icon.mask, where).toContain(`d='${BOX_THEMES[icon.type!]!.icon}'`);
      expect(icon.colour, where).toBe(icon.accent);
      expect(icon.size[0], where).toBeGreaterThan(10);
      expect(icon.size, where).toEqual([icon.size[0], icon.size[0]]);
      expect(icon.beforeTitle, where).toBe(true);
    }
    // Each type its own icon: the page shows more than one type, and their icons differ.
    const byType = new Map(icons.map((icon) => [icon.type, icon.mask]));
    expect(byType.size).toBeGreaterThan(3);
    expect(new Set(byType.values()).size).toBe(byType.size);
  });

  test('no console errors or page errors', () => {
    expect(opened.errors).toEqual([]);
  });
});
