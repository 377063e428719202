/**
 * The box types' style sheet (src/admonitions/box-type-css.ts: the custom
 * types' accents and every type's icon) as a client module: one file in the
 * site's CSS bundle, which the browser caches, instead of a `<style>` in the
 * head of every page. Written into Docusaurus's generated files when the
 * plugin starts (client modules are collected after it), and only when its
 * text changed, so the dev server does not rebuild for nothing.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {BOX_THEMES, NEUTRAL_BOX_THEME} from '../src/admonitions/box-types';
import {boxTypeCss} from '../src/admonitions/box-type-css';
import {customTypes} from '../src/admonitions/custom-types';

export default function boxTypeStyles(context: LoadContext): Plugin {
  const file = path.join(context.generatedFilesDir, 'lessonsaurus', 'box-types.css');
  const css = boxTypeCss(BOX_THEMES, customTypes, NEUTRAL_BOX_THEME);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== css) {
    mkdirSync(path.dirname(file), {recursive: true});
    writeFileSync(file, css);
  }
  return {
    name: 'lessonsaurus-box-type-styles',
    getClientModules: () => [file],
  };
}
