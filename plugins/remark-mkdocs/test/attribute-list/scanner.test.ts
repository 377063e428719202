import {describe, expect, it} from 'vitest';
import {
  findAllAttributeLists,
  findLastLineAttributeList,
  findLeadingAttributeList,
  findTrailingAttributeList,
  looksLikeAttributeList,
  scanAttributeList,
} from '../../lib/attribute-list/grammar';
import {applyAttributeTokens, unsafeReason} from '../../lib/attribute-list/values';

// Expected values follow Python-Markdown's `get_attrs` (attr_list.py's re.Scanner).
describe('scanAttributeList', () => {
  it.each([
    ['.a .b', [{kind: 'class', value: 'a'}, {kind: 'class', value: 'b'}], ''],
    ['#x', [{kind: 'id', value: 'x'}], ''],
    ['width="300"', [{kind: 'pair', key: 'width', value: '300'}], ''],
    ["title='a b'", [{kind: 'pair', key: 'title', value: 'a b'}], ''],
    ['width=300', [{kind: 'pair', key: 'width', value: '300'}], ''],
    ['hidden', [{kind: 'pair', key: 'hidden', value: 'hidden'}], ''],
    ['title="a = b"', [{kind: 'pair', key: 'title', value: 'a = b'}], ''],
    // No closing quote: the key=value alternative keeps the quote in the value.
    ['title="a', [{kind: 'pair', key: 'title', value: '"a'}], ''],
    ['.a.b', [{kind: 'class', value: 'a.b'}], ''],
    ['#a#b', [{kind: 'id', value: 'a#b'}], ''],
    // A lone `=` stops the scanner; MkDocs ignores the rest.
    ['.a = .b', [{kind: 'class', value: 'a'}], '= .b'],
    ['x==y', [{kind: 'pair', key: 'x', value: 'x'}], '==y'],
    ['', [], ''],
  ])('%j', (content, tokens, rest) => {
    expect(scanAttributeList(content)).toEqual({tokens, rest});
  });
});

describe('where a list may stand', () => {
  it('inline: only at the very start', () => {
    expect(findLeadingAttributeList('{: .md-button } after')).toEqual({start: 0, end: 15, content: '.md-button'});
    expect(findLeadingAttributeList('{.x}')).toEqual({start: 0, end: 4, content: '.x'});
    expect(findLeadingAttributeList(' { .x }')).toBeUndefined();
    expect(findLeadingAttributeList('{ }')).toBeUndefined();
    expect(findLeadingAttributeList('{:}')).toBeUndefined();
    expect(findLeadingAttributeList('{ .x')).toEqual({start: 0, end: 4, unclosed: true});
    // Prose braces that never close are not reported.
    expect(findLeadingAttributeList('{placeholder')).toBeUndefined();
  });

  it('heading: after a space, at the end, leftmost brace that matches', () => {
    expect(findTrailingAttributeList('Title { #id }')).toEqual({start: 6, end: 13, content: '#id'});
    expect(findTrailingAttributeList('Title {: #id }  ')).toEqual({start: 6, end: 14, content: '#id'});
    expect(findTrailingAttributeList('Title{#id}')).toBeUndefined();
    expect(findTrailingAttributeList('Title { #id } more')).toBeUndefined();
    expect(findTrailingAttributeList('a { b { .c }')).toEqual({start: 2, end: 12, content: 'b { .c'});
    expect(findTrailingAttributeList('Title { .x')).toEqual({start: 6, end: 10, unclosed: true});
  });

  it('block: alone on the last line, with a line before', () => {
    expect(findLastLineAttributeList('Text (1)\n{ .annotate }')).toEqual({start: 9, end: 22, content: '.annotate'});
    expect(findLastLineAttributeList('Text\n  {: .x }  ')).toEqual({start: 7, end: 14, content: '.x'});
    expect(findLastLineAttributeList('{ .x }')).toBeUndefined();
    expect(findLastLineAttributeList('Text\n{ .x } y')).toBeUndefined();
    expect(findLastLineAttributeList('Text\n{ .x')).toEqual({start: 5, end: 9, unclosed: true});
  });

  it('leftovers: only brace groups meant as lists', () => {
    expect(findAllAttributeLists('a { .x } b {placeholder} {} {: y }')).toEqual([
      {start: 2, end: 8, content: '.x'},
      {start: 28, end: 34, content: 'y'},
    ]);
    expect(looksLikeAttributeList('{ key="v" }')).toBe(true);
    expect(looksLikeAttributeList('{ word }')).toBe(false);
  });
});

describe('applyAttributeTokens', () => {
  const apply = (content: string, existing = {}, infima = true) =>
    applyAttributeTokens(scanAttributeList(content).tokens, existing, infima);

  it('appends classes, `class=` replaces them, `#`/`id=` set the id', () => {
    expect(apply('.a class="b c" .d #x', {className: ['old']}).properties).toEqual({className: ['b', 'c', 'd'], id: 'x'});
    expect(apply('.a', {className: ['old']}).properties).toEqual({className: ['old', 'a']});
    expect(apply('id="y"').properties).toEqual({id: 'y'});
  });

  it('maps md-button to Infima buttons, keeping the Material classes', () => {
    expect(apply('.md-button').properties.className).toEqual(['button', 'button--secondary', 'md-button']);
    expect(apply('.md-button .md-button--primary').properties.className).toEqual([
      'button',
      'button--primary',
      'md-button',
      'md-button--primary',
    ]);
    expect(apply('.md-button', {}, false).properties.className).toEqual(['md-button']);
  });

  it('makes names XML names like attr_list', () => {
    expect(apply('data-a!b=1').properties).toEqual({'data-a_b': '1'});
  });

  it.each([
    ['onclick', 'alert(1)'],
    ['OnMouseOver', 'x'],
    ['srcdoc', '<script>alert(1)</script>'],
    ['style', 'background: url(https://evil.example/x.png)'],
    ['style', 'width: expression(alert(1))'],
    ['style', 'background: u\\72l(x)'],
    ['style', 'color'],
    ['href', 'javascript:alert(1)'],
    ['href', ' JaVa\tScRiPt:alert(1)'],
    ['src', 'data:text/html;base64,PHNjcmlwdD4='],
    ['href', 'vbscript:msgbox(1)'],
    ['srcset', 'a.png 1x, javascript:alert(1) 2x'],
    ['xlink:href', 'javascript:alert(1)'],
    ['ref', 'x'],
  ])('drops %s=%j', (name, value) => {
    expect(unsafeReason(name.toLowerCase(), value)).toMatch(/^Unexpected .*; dropped$/);
  });

  it.each([
    ['href', 'https://example.com/a:b'],
    ['href', '../assets/x.pdf'],
    ['href', '#section'],
    ['href', 'mailto:someone@example.com'],
    ['src', 'img/x.png'],
    ['style', 'width: 50%; color: red'],
    ['width', '300'],
    ['title', '"><img src=x onerror=alert(1)>'],
  ])('keeps %s=%j', (name, value) => {
    expect(unsafeReason(name, value)).toBeUndefined();
  });
});
