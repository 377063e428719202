import {describe, expect, it} from 'vitest';
import {MATERIAL_TYPES, NEUTRAL_TYPE} from '../../plugins/remark-mkdocs';
import {BOX_THEMES, MATERIAL_BOX_THEMES} from '../../src/admonitions/box-types';
import {customTypes} from '../../src/admonitions/custom-types';

// The plugin decides which `type` a box gets; the theme must draw every one of them.
describe('plugin types and theme types', () => {
  it('the theme draws exactly Material’s twelve canonical types', () => {
    expect(Object.keys(MATERIAL_BOX_THEMES).sort()).toEqual(Object.keys(MATERIAL_TYPES).sort());
  });

  it('the theme draws every custom type and the neutral fallback', () => {
    for (const name of [...Object.keys(customTypes), NEUTRAL_TYPE]) expect(BOX_THEMES).toHaveProperty(name);
  });
});
