import {unsafeUrl} from './rules';

/**
 * Front matter keys whose value the theme writes into the page as a URL:
 * `custom_edit_url` becomes the "Edit this page" link, `image` the page's
 * social card. A lesson's author writes them as freely as its body.
 */
const URL_KEYS: Readonly<Record<string, 'link' | 'image'>> = {custom_edit_url: 'link', image: 'image'};

export interface FrontMatterFinding {
  key: string;
  reason: string;
}

/**
 * Removes the front matter URLs that would run script (`javascript:`,
 * `vbscript:`, `data:` pages) from `frontMatter`, in place, and says which:
 * the page then builds with the site's default (the edit link to the lesson's
 * file, no social image), instead of failing at the built-HTML guard.
 */
export function dropUnsafeFrontMatter(frontMatter: Record<string, unknown>): FrontMatterFinding[] {
  const findings: FrontMatterFinding[] = [];
  for (const [key, kind] of Object.entries(URL_KEYS)) {
    const value = frontMatter[key];
    if (typeof value !== 'string') continue;
    const reason = unsafeUrl(value, kind);
    if (!reason) continue;
    delete frontMatter[key];
    findings.push({key, reason});
  }
  return findings;
}
