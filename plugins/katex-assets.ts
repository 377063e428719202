import {cpSync, mkdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * KaTeX's stylesheet and fonts, self-hosted from node_modules (no CDN), as
 * files of their own under `assets/katex/` of the build: pages with math link
 * the stylesheet (src/components/KatexStylesheet), every other page loads
 * nothing of KaTeX. Added by the site config only when the workshop enables
 * arithmatex.
 */
export default function katexAssets(): Plugin {
  return {
    name: 'lessonsaurus-katex-assets',
    async postBuild({outDir}) {
      const dist = path.dirname(createRequire(__filename).resolve('katex/dist/katex.min.css'));
      const target = path.join(outDir, 'assets', 'katex');
      mkdirSync(target, {recursive: true});
      cpSync(path.join(dist, 'katex.min.css'), path.join(target, 'katex.min.css'));
      // The stylesheet names them `fonts/KaTeX_….woff2` (then .woff, .ttf), relative to itself.
      cpSync(path.join(dist, 'fonts'), path.join(target, 'fonts'), {recursive: true});
    },
  };
}
