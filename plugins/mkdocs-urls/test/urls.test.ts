import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {fileTarget, isMkdocsPage, mkdocsDestination, mkdocsUrl, publishedFiles, resolveAgainstPage, servedAt} from '../index';

interface UrlCase {
  src: string;
  directoryUrls: boolean;
  dest: string;
  url: string;
}
const data = JSON.parse(readFileSync(path.join(import.meta.dirname, 'mkdocs-file-urls.json'), 'utf8')) as {
  cases: UrlCase[];
  published: Array<{comment: string; files: string[]; kept: string[]}>;
};

/** MkDocs' `File.url` is percent-encoded and `./` for the root; ours is neither. */
const asMkdocsWritesIt = (url: string) => (url === '' ? './' : encodeURI(url));

describe('file → URL, as MkDocs 1.6 (its own tests\' values)', () => {
  test.each(data.cases)('$src (use_directory_urls: $directoryUrls) → $url', ({src, directoryUrls, dest, url}) => {
    expect(mkdocsDestination(src, directoryUrls)).toBe(dest);
    expect(asMkdocsWritesIt(mkdocsUrl(src, directoryUrls))).toBe(url);
  });

  test('pages are the five Markdown extensions, case-sensitive like str.endswith', () => {
    expect(['a.md', 'a.markdown', 'a.mdown', 'a.mkdn', 'a.mkd'].every(isMkdocsPage)).toBe(true);
    expect(['a.MD', 'a.mdx', 'a.txt', 'Dockerfile', 'a.md.bak'].some(isMkdocsPage)).toBe(false);
  });

  test.each(data.published)('published files: $comment', ({files, kept}) => {
    expect(publishedFiles(files, true)).toEqual(kept);
    expect(publishedFiles(files, false)).toEqual(kept);
  });
});

describe('relative URLs, as the browser resolves them on the page MkDocs served', () => {
  test.each([
    // A directory URL: the page's own URL is the base, not its folder.
    ['/labs/1-essentials/', 'about-instructor', '/labs/1-essentials/about-instructor', ''],
    ['/labs/', 'about-instructor', '/labs/about-instructor', ''],
    ['/labs/1-essentials/', '../2-deployments/', '/labs/2-deployments/', ''],
    ['/02-Pod/', '../01-Namespace#create', '/01-Namespace', '#create'],
    ['/02-Pod/', '../01-Namespace/?tab=1#create', '/01-Namespace/', '?tab=1#create'],
    ['/labs/1-essentials.html', '2-deployments.html', '/labs/2-deployments.html', ''],
    ['/', '../../x/', '/x/', ''],
    ['/a b/', 'c%20d/', '/a b/c d/', ''],
  ])('on %s, %s → %s', (page, target, pathname, suffix) => {
    expect(resolveAgainstPage(page, target)).toEqual({pathname, suffix});
  });

  test('a Markdown link names a file relative to the page\'s file (MkDocs\' _target_uri)', () => {
    expect(fileTarget('labs/1-essentials.md', 'resources/Dockerfile')).toBe('labs/resources/Dockerfile');
    expect(fileTarget('02-Pod/README.md', '../01-Namespace#x')).toBe('01-Namespace');
    expect(fileTarget('02-Pod/README.md', '../01-Namespace/')).toBe('01-Namespace');
    expect(fileTarget('a.md', '../outside.md')).toBeUndefined();
  });

  test('a static server answers a page\'s URL, the folder without its slash and index.html', () => {
    expect(servedAt('/labs/1/')).toEqual(['/labs/1/', '/labs/1', '/labs/1/index.html']);
    expect(servedAt('/labs/index.html')).toEqual(['/labs/index.html', '/labs/', '/labs']);
    expect(servedAt('/labs/1.html')).toEqual(['/labs/1.html']);
    expect(servedAt('/')).toEqual(['/', '/index.html']);
  });
});
