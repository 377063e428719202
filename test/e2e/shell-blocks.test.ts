/**
 * Shell blocks as a reader uses them, on the seed lesson and on "Authoring
 * commands and output": every copy button puts exactly the commands on the
 * clipboard (never a prompt, never sample output), by mouse and by keyboard,
 * and says so to screen readers; sample output is labelled, has no copy
 * button, and aligned output is a table that scrolls sideways on a phone.
 *
 * The expected clipboard texts are written by hand from the page sources,
 * never read from the rendered page.
 */
import type {Browser, ElementHandle, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, inject, test} from 'vitest';
import {
  MODES,
  allowClipboard,
  clipboardAfter,
  WIDTHS,
  formatViolations,
  launchBrowser,
  openPage,
  runAxe,
  screenshot,
  type Mode,
  type OpenedPage,
} from './browser';
import {docUrl, sourceText} from './pages';

const SEED = 'docs/pod-networking.md';
const AUTHORING = 'docs/authoring-commands.md';

// ---------------------------------------------------------------------------
// What each copy button must copy
// ---------------------------------------------------------------------------

interface ExpectedButton {
  /** Accessible name. */
  name: string;
  /** Exact clipboard text. */
  text: string;
  /** Docusaurus's button on a `markdown` fence that shows Markdown source (sample output included on purpose). */
  source?: boolean;
}

/** Contents of the ```` ```` markdown ```` fences of a page source, in order: what their copy buttons copy. */
function markdownFences(markdown: string): string[] {
  const fences: string[] = [];
  let body: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (body === undefined) {
      if (/^````\s*markdown\s*$/.test(line)) body = [];
    } else if (/^````\s*$/.test(line)) {
      fences.push(body.join('\n'));
      body = undefined;
    } else {
      body.push(line);
    }
  }
  return fences;
}

const FENCES = markdownFences(sourceText(AUTHORING));
const md = (index: number): ExpectedButton => {
  const text = FENCES[index];
  if (text === undefined) throw new Error(`${AUTHORING} has no markdown fence #${index} (it has ${FENCES.length})`);
  return {name: 'Copy code to clipboard', text, source: true};
};
/** The bar button of a block with one command. */
const command = (text: string): ExpectedButton => ({name: 'Copy command', text});
/** The bar button of a block with several commands. */
const all = (...lines: string[]): ExpectedButton => ({name: 'Copy all commands', text: lines.join('\n')});
/** A per-command button (several commands in the block). */
const each = (...texts: string[]): ExpectedButton[] =>
  texts.map((text) => ({name: `Copy command: ${text.split('\n')[0]}`, text}));

const SEED_BUTTONS: ExpectedButton[] = [command('kubectl exec -it nginx1 -- sh'), command('curl 10.244.1.6')];

const HEREDOC = [
  'cat <<EOF | kubectl apply -f -',
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: nginx3',
  'spec:',
  '  containers:',
  '    - name: nginx',
  '      image: nginx',
  'EOF',
].join('\n');

/** Document order: the Markdown source of each example, then the buttons of the example rendered live. */
const AUTHORING_BUTTONS: ExpectedButton[] = [
  // A single command
  md(0),
  command('kubectl get pods -o wide'),
  // Several commands
  md(1),
  all('kubectl create deployment web --image=nginx', 'kubectl scale deployment web --replicas=3', 'kubectl rollout status deployment/web'),
  ...each('kubectl create deployment web --image=nginx', 'kubectl scale deployment web --replicas=3', 'kubectl rollout status deployment/web'),
  // `\` continuation: one command of three lines
  md(2),
  command('kubectl run curl --image=curlimages/curl \\\n  --restart=Never --rm -it \\\n  -- sh'),
  // Heredoc
  md(3),
  command(HEREDOC),
  // Comments: kept in "copy all", not in a command's own copy
  md(4),
  all('# List the pods with their IP addresses', 'kubectl get pods -o wide', '# Open a shell in one of them', 'kubectl exec -it nginx1 -- sh'),
  ...each('kubectl get pods -o wide', 'kubectl exec -it nginx1 -- sh'),
  // Assignments
  md(5),
  all('POD=nginx1', 'TARGET_IP=10.244.1.6', 'kubectl exec -it "$POD" -- curl "$TARGET_IP"'),
  ...each('POD=nginx1', 'TARGET_IP=10.244.1.6', 'kubectl exec -it "$POD" -- curl "$TARGET_IP"'),
  // `$ ` session
  md(6),
  all('kubectl get deployments', 'kubectl scale deployment nginx --replicas=4'),
  ...each('kubectl get deployments', 'kubectl scale deployment nginx --replicas=4'),
  // `# ` root prompt
  md(7),
  all('apt-get update', 'apt-get install -y curl', 'curl -s 10.244.1.6 | grep title'),
  ...each('apt-get update', 'apt-get install -y curl', 'curl -s 10.244.1.6 | grep title'),
  // PowerShell
  md(8),
  all('kubectl get nodes', 'kubectl config current-context'),
  ...each('kubectl get nodes', 'kubectl config current-context'),
  // Command and output in one bash block
  md(9),
  command('kubectl create deployment web --image=nginx'),
  // A comment that announces the output
  md(10),
  command('kubectl describe node minikube | grep MemoryPressure'),
  // Commands followed by their output in a fence of its own (no button on the output)
  md(11),
  command('kubectl get pods -o wide'),
  md(12),
  command('kubectl get svc,endpoints'),
  md(13),
  command('docker ps'),
  md(14),
  command('helm list'),
  md(15),
  command('df -h'),
  md(16),
  command('kubectl get ingress'),
  md(17),
  command('kubectl get pod nginx1 -o yaml'),
  // `.no-copy`, `title="Output"`: output only; a `.no-copy` transcript: nothing to copy either
  md(18),
  md(19),
  md(20),
  // `text` after a command
  md(21),
  command('kubectl exec nginx1 -- hostname'),
  // `.command`
  md(22),
  all('workshopctl reset --all', 'workshopctl start'),
  ...each('workshopctl reset --all', 'workshopctl start'),
  // title="deploy.sh"
  md(23),
  command('kubectl apply -f deployment.yaml'),
  // hl_lines + linenums
  md(24),
  all('kubectl apply -f deployment.yaml', 'kubectl rollout status deployment/web', 'kubectl get pods -l app=web -o wide'),
  ...each('kubectl apply -f deployment.yaml', 'kubectl rollout status deployment/web', 'kubectl get pods -l app=web -o wide'),
];

// ---------------------------------------------------------------------------
// Sample output, as written in the sources
// ---------------------------------------------------------------------------

const SEED_POD_OUTPUT = [
  'NAME                     READY   STATUS    RESTARTS   AGE     IP           NODE                       NOMINATED NODE   READINESS GATES',
  'nginx-7bf8c77b5b-vd4ln   1/1     Running   0          3h50m   10.244.2.5   workshop-cluster-worker    <none>           <none>',
  'nginx1                   1/1     Running   0          2m37s   10.244.1.5   workshop-cluster-worker2   <none>           <none>',
  'nginx2                   1/1     Running   0          2m4s    10.244.1.6   workshop-cluster-worker2   <none>           <none>',
];

/** First line of every fence of the authoring page (outside the Markdown sources) that is sample output. */
const AUTHORING_OUTPUT_FENCES = [
  SEED_POD_OUTPUT[0],
  'NAME                 TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE',
  'CONTAINER ID   IMAGE        COMMAND                  CREATED       STATUS       PORTS                  NAMES',
  'NAME \tNAMESPACE\tREVISION\tUPDATED                                \tSTATUS  \tCHART        \tAPP VERSION',
  'Filesystem      Size  Used Avail Use% Mounted on',
  'NAME   CLASS   HOSTS             ADDRESS      PORTS   AGE',
  'apiVersion: v1',
  'Forwarding from 127.0.0.1:8080 -> 80',
  'pod/nginx1 condition met',
  'nginx1',
];

/** Output lines inside the authoring page's session blocks (and the mixed `bash` block). */
const AUTHORING_SESSION_OUTPUT = [
  'NAME    READY   UP-TO-DATE   AVAILABLE   AGE',
  'nginx   3/3     3            3           4h',
  'deployment.apps/nginx scaled',
  '<title>Welcome to nginx!</title>',
  'NAME                       STATUS   ROLES           AGE   VERSION',
  'workshop-cluster-worker    Ready    <none>          5d    v1.31.0',
  'kind-workshop-cluster',
  'deployment.apps/web created',
  '# Output should be similar to:',
  '  MemoryPressure   False   KubeletHasSufficientMemory   kubelet has sufficient memory available',
  'PLAY [Apache server installed] *************************',
  'TASK [Gathering Facts] *********************************',
  'ok: [node1]',
];

/** Fences of a source that are not inside a ```` fence (the live examples), as arrays of lines. */
function liveFences(markdown: string): string[][] {
  const fences: string[][] = [];
  let outer = false;
  let body: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (/^````/.test(line)) {
      outer = !outer;
      continue;
    }
    if (outer) continue;
    if (body === undefined) {
      if (/^```/.test(line)) body = [];
    } else if (/^```\s*$/.test(line)) {
      fences.push(body);
      body = undefined;
    } else {
      body.push(line);
    }
  }
  return fences;
}

/** Every line of sample output on the authoring page, whole output fences included. */
function authoringOutputLines(): string[] {
  const fences = liveFences(sourceText(AUTHORING));
  const lines: string[] = [...AUTHORING_SESSION_OUTPUT];
  for (const first of AUTHORING_OUTPUT_FENCES) {
    const fence = fences.find((body) => body[0] === first);
    if (!fence) throw new Error(`${AUTHORING} has no fence starting with ${JSON.stringify(first)}`);
    lines.push(...fence);
  }
  return lines.filter((line) => line.trim() !== '');
}

// ---------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------

/** Every button in the article whose accessible name contains "Copy", with that name, in document order. */
async function copyButtons(page: Page, expectedCount: number): Promise<Array<{name: string; handle: ElementHandle}>> {
  const locator = page.locator('article').getByRole('button', {name: 'Copy'});
  // Docusaurus's own buttons (the Markdown sources) and the bar's buttons appear after hydration.
  await expect.poll(() => locator.count(), {timeout: 10_000}).toBe(expectedCount);
  const handles = await locator.elementHandles();
  return Promise.all(
    handles.map(async (handle) => ({name: (await handle.getAttribute('aria-label')) ?? (await handle.textContent()) ?? '', handle})),
  );
}

/**
 * Lines of copied `text` that are a line of sample output. Heredoc bodies are
 * left out: they are input, and a manifest shares lines such as `kind: Pod`
 * with the same object printed by `kubectl get -o yaml`.
 */
function outputLinesIn(text: string, outputLines: readonly string[]): string[] {
  const output = new Set(outputLines.map((line) => line.trim()));
  const withoutHeredocs = text.replace(/<<-?\s*(['"]?)(\w+)\1[^\n]*\n[\s\S]*?\n\2$/gm, '');
  return withoutHeredocs.split('\n').filter((line) => output.has(line.trim()));
}

const cases = MODES.flatMap((mode) => WIDTHS.map((width) => ({mode, width})));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('the hand-written expectations still match the page sources', () => {
  const authoring = sourceText(AUTHORING);
  expect(FENCES).toHaveLength(25);
  for (const line of AUTHORING_SESSION_OUTPUT) expect(authoring.split('\n'), line).toContain(line);
  for (const line of SEED_POD_OUTPUT) expect(sourceText(SEED).split('\n'), line).toContain(line);
  // Every expected command line is in the source as written, or with its prompt.
  const lines = new Set(authoring.split('\n'));
  for (const button of AUTHORING_BUTTONS.filter((b) => !b.source)) {
    for (const line of button.text.split('\n')) {
      const found = [line, `$ ${line}`, `# ${line}`, `PS C:\\> ${line}`].some((shown) => lines.has(shown));
      expect(found, `${button.name}: ${JSON.stringify(line)} is not a line of ${AUTHORING}`).toBe(true);
    }
  }
  expect(authoringOutputLines().length).toBeGreaterThan(30);
});

// ---------------------------------------------------------------------------
// Copying, on a desktop and on a phone
// ---------------------------------------------------------------------------

const copyCases: Array<{mode: Mode; width: number}> = [
  {mode: 'light', width: 1280},
  {mode: 'dark', width: 375},
];

describe.each(copyCases)('copy buttons, $mode mode, $width px', ({mode, width}) => {
  const pages = [
    {source: SEED, buttons: SEED_BUTTONS, output: () => SEED_POD_OUTPUT},
    {source: AUTHORING, buttons: AUTHORING_BUTTONS, output: authoringOutputLines},
  ];

  test.each(pages)('$source: every copy button copies exactly its commands', async ({source, buttons, output}) => {
    const opened = await openPage(browser, docUrl(source), {mode, width, themeStorage: inject('themeStorage')});
    try {
      await allowClipboard(opened);
      const page = opened.page;
      const found = await copyButtons(page, buttons.length);
      expect(found.map((button) => button.name)).toEqual(buttons.map((button) => button.name));
      const outputLines = output();
      for (const [index, expected] of buttons.entries()) {
        const {handle} = found[index];
        await handle.scrollIntoViewIfNeeded();
        const copied = await clipboardAfter(page, () => handle.click(), `button #${index} "${expected.name}"`);
        expect(copied, `button #${index} "${expected.name}"`).toBe(expected.text);
        if (!expected.source) {
          expect(outputLinesIn(copied, outputLines), `button #${index} "${expected.name}" copied sample output`).toEqual([]);
          // No prompt and no trailing newline either.
          expect(copied).not.toMatch(/^(?:\$ |PS [^>]*> )/m);
          expect(copied).not.toMatch(/\n$/);
        }
      }
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('the copy feedback is announced in the status region next to the button', async () => {
    const opened = await openPage(browser, docUrl(AUTHORING), {mode, width, themeStorage: inject('themeStorage')});
    try {
      await allowClipboard(opened);
      const page = opened.page;
      const names = ['Copy all commands', 'Copy command: kubectl scale deployment web --replicas=3', 'Copy command'];
      for (const name of names) {
        const button = page.locator('article').getByRole('button', {name, exact: true}).first();
        await button.waitFor();
        const status = button.locator('xpath=following-sibling::*[@role="status"]');
        // The live region exists (empty) before the update, or it would not be announced.
        expect(await status.count(), name).toBe(1);
        expect(await status.getAttribute('aria-live')).toBe('polite');
        expect((await status.textContent())?.trim()).toBe('');
        await button.scrollIntoViewIfNeeded();
        await button.click();
        await expect.poll(() => status.textContent(), {timeout: 2_000}).toContain('Copied');
        // The button keeps focus.
        expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
      }
    } finally {
      await opened.close();
    }
  });

  test('Tab to a copy button and press Enter copies too', async () => {
    const opened = await openPage(browser, docUrl(SEED), {mode, width, themeStorage: inject('themeStorage')});
    try {
      await allowClipboard(opened);
      const page = opened.page;
      await page.locator('article').getByRole('button', {name: 'Copy command'}).first().waitFor();
      // Start from the paragraph that introduces `kubectl exec`, then Tab forward.
      await page.locator('article p', {hasText: 'a cmdlet we haven'}).click();
      let reached = false;
      for (let presses = 0; presses < 15 && !reached; presses++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') === 'Copy command');
      }
      expect(reached, 'Tab never reached the "Copy command" button').toBe(true);
      const copied = await clipboardAfter(page, () => page.keyboard.press('Enter'), 'Enter on "Copy command"');
      expect(copied).toBe('kubectl exec -it nginx1 -- sh');
      // Space works as for any button.
      const again = await clipboardAfter(page, () => page.keyboard.press('Space'), 'Space on "Copy command"');
      expect(again).toBe('kubectl exec -it nginx1 -- sh');
    } finally {
      await opened.close();
    }
  });
});

// ---------------------------------------------------------------------------
// Sample output and layout, in both modes, on a phone and a desktop
// ---------------------------------------------------------------------------

const SEED_HEADER = ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'];
const SEED_ROWS = [
  ['nginx-7bf8c77b5b-vd4ln', '1/1', 'Running', '0', '3h50m', '10.244.2.5', 'workshop-cluster-worker', '<none>', '<none>'],
  ['nginx1', '1/1', 'Running', '0', '2m37s', '10.244.1.5', 'workshop-cluster-worker2', '<none>', '<none>'],
  ['nginx2', '1/1', 'Running', '0', '2m4s', '10.244.1.6', 'workshop-cluster-worker2', '<none>', '<none>'],
];

/** Copy buttons of shell blocks that intersect a piece of code text in the same block. */
function overlapsOfCopyButtons(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const intersects = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    for (const block of Array.from(document.querySelectorAll<HTMLElement>('article .shell-block'))) {
      const buttons = Array.from(block.querySelectorAll<HTMLElement>('button')).filter((button) =>
        /copy/i.test(button.getAttribute('aria-label') ?? ''),
      );
      const tokens = Array.from(block.querySelectorAll<HTMLElement>('pre code span.token')).filter(
        (token) => (token.textContent ?? '').trim() !== '',
      );
      for (const button of buttons) {
        const box = button.getBoundingClientRect();
        for (const token of tokens) {
          for (const rect of Array.from(token.getClientRects())) {
            if (intersects(box, rect)) {
              problems.push(`"${button.getAttribute('aria-label')}" covers "${token.textContent}"`);
            }
          }
        }
      }
    }
    return problems;
  });
}

describe.each(cases)('sample output and layout, $mode mode, $width px', ({mode, width}) => {
  let seed: OpenedPage;
  let authoring: OpenedPage;

  beforeAll(async () => {
    seed = await openPage(browser, docUrl(SEED), {mode, width, themeStorage: inject('themeStorage')});
    authoring = await openPage(browser, docUrl(AUTHORING), {mode, width, themeStorage: inject('themeStorage')});
    await authoring.page.locator('article').getByRole('button', {name: 'Copy'}).nth(AUTHORING_BUTTONS.length - 1).waitFor();
    await screenshot(authoring.page, 'authoring-commands', mode, width);
  });
  afterAll(async () => {
    await seed?.close();
    await authoring?.close();
  });

  test("the seed's pod output is a table with the exact header and cells", async () => {
    const figure = seed.page.locator('article figure.shell-output');
    expect(await figure.count()).toBe(1);
    const table = figure.locator('table');
    expect(await table.count()).toBe(1);
    const header = await table.locator('thead th[scope=col]').allTextContents();
    expect(header).toEqual(SEED_HEADER);
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td, th')).map((cell) => cell.textContent ?? '')));
    expect(rows).toEqual(SEED_ROWS);
  });

  test('output blocks carry a visible "Output" label and no copy button', async () => {
    for (const opened of [seed, authoring]) {
      const figures = opened.page.locator('article figure.shell-output');
      const count = await figures.count();
      expect(count).toBe(opened === seed ? 1 : 10);
      for (let index = 0; index < count; index++) {
        const figure = figures.nth(index);
        const label = figure.locator('figcaption').getByText('Output', {exact: true}).first();
        expect(await label.isVisible(), `output block #${index}: "Output" label`).toBe(true);
        expect(await figure.getByRole('button', {name: /copy/i}).count(), `output block #${index}: copy button`).toBe(0);
      }
    }
  });

  test('"Show as text" shows the raw output and "Show as table" brings the table back', async () => {
    const figure = seed.page.locator('article figure.shell-output');
    const toggle = figure.getByRole('button', {name: 'Show as text'});
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    const back = figure.getByRole('button', {name: 'Show as table'});
    expect(await back.getAttribute('aria-pressed')).toBe('true');
    expect(await figure.locator('table').count()).toBe(0);
    const pre = figure.locator('pre');
    expect(await pre.isVisible()).toBe(true);
    const shown = await pre.locator('code > div').evaluateAll((lines) => lines.map((line) => line.textContent ?? ''));
    expect(shown).toEqual(SEED_POD_OUTPUT);
    // Still no way to copy sample output.
    expect(await figure.getByRole('button', {name: /copy/i}).count()).toBe(0);
    await back.click();
    expect(await figure.locator('table').isVisible()).toBe(true);
    expect(await figure.locator('pre').count()).toBe(0);
    expect(await figure.getByRole('button', {name: 'Show as text'}).getAttribute('aria-pressed')).toBe('false');
  });

  test('tables scroll sideways in a focusable region, header row visible', async () => {
    const region = seed.page.locator('article figure.shell-output [role=region]');
    expect(await region.count()).toBe(1);
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toBeTruthy();
    const {scrollWidth, clientWidth} = await region.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }));
    if (width === 375) expect(scrollWidth, 'the table is wider than a phone').toBeGreaterThan(clientWidth);
    await region.focus();
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
    const headerRow = region.locator('thead tr');
    await headerRow.scrollIntoViewIfNeeded();
    expect(await headerRow.isVisible()).toBe(true);
    const box = await headerRow.boundingBox();
    expect(box && box.height > 0 && box.y >= 0 && box.y + box.height <= 900, JSON.stringify(box)).toBe(true);
    // The page itself does not scroll sideways: only the region does.
    const pageScrolls = await seed.page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(pageScrolls).toBe(false);
  });

  test('blocks with several commands have a button per command', async () => {
    const block = authoring.page
      .locator('article .shell-block')
      .filter({hasText: 'kubectl scale deployment web --replicas=3'});
    expect(await block.count()).toBe(1);
    for (const text of ['kubectl create deployment web --image=nginx', 'kubectl scale deployment web --replicas=3', 'kubectl rollout status deployment/web']) {
      const button = block.getByRole('button', {name: `Copy command: ${text}`, exact: true});
      expect(await button.count(), text).toBe(1);
      expect(await button.isVisible(), text).toBe(true);
    }
    expect(await block.getByRole('button', {name: 'Copy all commands', exact: true}).count()).toBe(1);
    // A block with one command has no per-command button.
    const single = authoring.page.locator('article .shell-block').filter({hasText: 'kubectl get ingress'});
    expect(await single.getByRole('button', {name: /^Copy command: /}).count()).toBe(0);
  });

  test("every command bar draws its icon (a CSS mask in the bar's text colour), hidden from screen readers", async () => {
    const icons = await authoring.page.locator('article .shell-block [class*="barLabel"] > [class*="barIcon"]').evaluateAll(async (spans) =>
      Promise.all(
        spans.map(async (span) => {
          const style = getComputedStyle(span);
          const box = span.getBoundingClientRect();
          // The mask's image, drawn: how much of it is opaque (an image that does not decode draws nothing).
          const url = /url\("?(.*?)"?\)$/.exec(style.maskImage || style.getPropertyValue('-webkit-mask-image'))?.[1];
          let opaque = 0;
          if (url) {
            const image = new Image(24, 24);
            image.src = url;
            await image.decode().catch(() => undefined);
            const canvas = document.createElement('canvas');
            canvas.width = canvas.height = 24;
            const context = canvas.getContext('2d')!;
            context.drawImage(image, 0, 0, 24, 24);
            const pixels = context.getImageData(0, 0, 24, 24).data;
            for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 128) opaque++;
          }
          return {
            hidden: span.getAttribute('aria-hidden'),
            // MDI's console-line covers about a quarter of its 24×24 box.
            drawn: opaque > 60 && opaque < 300,
            painted: style.backgroundColor === getComputedStyle(span.parentElement!).color,
            size: box.width > 10 && box.height > 10,
          };
        }),
      ),
    );
    expect(icons.length).toBeGreaterThan(10);
    for (const icon of icons) expect(icon).toEqual({hidden: 'true', drawn: true, painted: true, size: true});
  });

  test("a session's output lines are marked, its command lines are not", async () => {
    const session = authoring.page.locator('article .shell-block--session').filter({hasText: 'kubectl get deployments'});
    expect(await session.count()).toBe(1);
    const lines = await session.locator('pre code > div').evaluateAll((divs) =>
      divs.map((div) => {
        const style = getComputedStyle(div);
        return {
          text: (div.textContent ?? '').replace(/\n$/, ''),
          marked: /outputLine/.test(div.className) && (style.boxShadow !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)'),
        };
      }),
    );
    expect(lines.map((line) => [line.text, line.marked])).toEqual([
      ['$ kubectl get deployments', false],
      ['NAME    READY   UP-TO-DATE   AVAILABLE   AGE', true],
      ['nginx   3/3     3            3           4h', true],
      ['$ kubectl scale deployment nginx --replicas=4', false],
      ['deployment.apps/nginx scaled', true],
    ]);
  });

  test("a session's output is not coloured as the shell's language: one plain token per line", async () => {
    const session = authoring.page.locator('article .shell-block--session').filter({hasText: 'TASK [Gathering Facts]'});
    const lines = await session.locator('pre code > div').evaluateAll((divs) =>
      divs.map((div) => ({
        output: /outputLine/.test(div.className),
        tokens: Array.from(div.querySelectorAll('.token')).map((token) => token.className.replace(/^token /, '')),
      })),
    );
    const output = lines.filter((line) => line.output && line.tokens.length > 0);
    expect(output.length).toBeGreaterThan(2);
    // `PLAY [Apache server installed] ****`, `ok: [node1]`: Prism's bash grammar cut them into punctuation and operators.
    for (const line of output) expect(line.tokens).toEqual(['plain']);
  });

  test("a blank line inside a command's output is marked with it, one before the output is not", async () => {
    const session = authoring.page.locator('article .shell-block--session').filter({hasText: 'TASK [Gathering Facts]'});
    expect(await session.count()).toBe(1);
    const lines = await session.locator('pre code > div').evaluateAll((divs) =>
      divs.map((div) => {
        const style = getComputedStyle(div);
        return [(div.textContent ?? '').replace(/\n$/, ''), style.boxShadow !== 'none' && style.backgroundColor !== 'rgba(0, 0, 0, 0)'];
      }),
    );
    expect(lines).toEqual([
      ['[student@ansible-1 ~]$ ansible-playbook apache.yml', false],
      ['', false],
      ['PLAY [Apache server installed] *************************', true],
      ['', true],
      ['TASK [Gathering Facts] *********************************', true],
      ['ok: [node1]', true],
    ]);
  });

  test('no copy button covers code', async () => {
    for (const opened of [seed, authoring]) {
      expect(await overlapsOfCopyButtons(opened.page)).toEqual([]);
    }
  });

  test('axe-core finds no violations on the authoring page', async () => {
    const violations = await runAxe(authoring.page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  test('no console errors or page errors', () => {
    expect(seed.errors).toEqual([]);
    expect(authoring.errors).toEqual([]);
  });
});
