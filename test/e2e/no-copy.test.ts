/**
 * `.no-copy` on code that is no shell block (`test/e2e/lessons/no-copy.md`, a
 * test-only page): as in Material, only the copy button goes. The manifest
 * stays YAML, highlighted like the same block without the class, which keeps
 * Docusaurus's copy button.
 */
import type {Browser} from 'playwright-core';
import {afterAll, beforeAll, expect, inject, test} from 'vitest';
import {launchBrowser, openPage} from './browser';
import {docUrl} from './pages';

const SOURCE = 'test/e2e/lessons/no-copy.md';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('a YAML block marked .no-copy is highlighted YAML without a copy button', async () => {
  const opened = await openPage(browser, docUrl(SOURCE), {mode: 'light', width: 1280, themeStorage: inject('themeStorage')});
  const {page} = opened;
  try {
    const blocks = page.locator('article pre');
    expect(await blocks.count()).toBe(2);
    const [marked, plain] = [blocks.nth(0), blocks.nth(1)];
    for (const block of [marked, plain]) {
      expect(await block.getAttribute('class')).toContain('language-yaml');
      // Prism's YAML tokens: the keys are highlighted.
      expect(await block.locator('.token.key').count()).toBeGreaterThan(0);
      expect(await block.innerText()).toContain('kind: ServiceMeshControlPlane');
    }
    const container = (block: typeof marked) => block.locator('xpath=ancestor::div[contains(@class, "codeBlockContainer")][1]');
    await container(marked).hover();
    expect(await container(marked).getByRole('button', {name: /copy/i}).count()).toBe(0);
    await container(plain).hover();
    expect(await container(plain).getByRole('button', {name: /copy/i}).count()).toBe(1);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
});
