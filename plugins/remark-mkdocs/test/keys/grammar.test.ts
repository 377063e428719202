import {describe, expect, it} from 'vitest';
import {keysElement, keysOptions, readKeys} from '../../lib/keys/grammar';
import {KEY_ALIASES, KEYMAP} from '../../lib/keys/keymap';

const defaults = keysOptions({});

describe('pymdownx.keys grammar', () => {
  it("has pymdownx's key map and aliases", () => {
    expect(Object.keys(KEYMAP).length).toBeGreaterThan(150);
    expect(KEYMAP.control).toBe('Ctrl');
    expect(KEY_ALIASES.ctrl).toBe('control');
    for (const target of Object.values(KEY_ALIASES)) expect(KEYMAP[target], target).toBeDefined();
  });

  it('reads names through the aliases, quoted keys as written', () => {
    expect(readKeys('ctrl+alt+del', defaults)).toEqual({
      keys: [
        {name: 'control', label: 'Ctrl'},
        {name: 'alt', label: 'Alt'},
        {name: 'delete', label: 'Del'},
      ],
    });
    expect(readKeys('"a \\" b"+\'&amp; \'', defaults)).toEqual({keys: [{name: undefined, label: 'a " b'}, {name: undefined, label: '&'}]});
    expect(readKeys('ctrl+nokey', defaults)).toEqual({unknown: 'nokey'});
  });

  it('reads the options: camel_case, key_map, separator, strict, class', () => {
    const options = keysOptions({camel_case: true, key_map: {custom: 'Custom Key', control: 'Control'}, separator: '', strict: true, class: 'a b'});
    expect(readKeys('PgDn+custom+ctrl', options)).toEqual({
      keys: [
        {name: 'page-down', label: 'Page Down'},
        {name: 'custom', label: 'Custom Key'},
        {name: 'control', label: 'Control'},
      ],
    });
    const element = keysElement([{name: 'control', label: 'Ctrl'}, {name: undefined, label: 'x'}], options);
    expect(element.tagName).toBe('kbd');
    expect(element.className).toEqual(['a', 'b']);
    expect(element.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['kbd', 'kbd']);
    const spaced = keysElement([{name: 'control', label: 'Ctrl'}, {name: 'c', label: 'C'}], defaults);
    expect(spaced.tagName).toBe('span');
    expect(spaced.children.map((child) => (child.type === 'element' ? child.tagName : child.type))).toEqual(['kbd', 'span', 'kbd']);
  });
});
