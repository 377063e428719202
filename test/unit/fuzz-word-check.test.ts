/**
 * The fuzzer's word check reads a word an inline element starts inside of as
 * one word, and still finds a word that is really gone.
 */
import {fromHtml} from 'hast-util-from-html';
import {describe, expect, test} from 'vitest';
import {checkInput} from '../../fuzz/check';
import {hastWordCounts, joinedWordCounts, missingWords, wordCounts} from '../../plugins/remark-mkdocs/test/words';

describe('word check across inline elements', () => {
  // Fresh seed 1248333609, input 308, minimised: the abbreviation `İ` after the Bamum mark `꛱` is wrapped in
  // `<abbr>`, as Python-Markdown's abbr does (`<p>x ꛱<abbr title="">İ</abbr> y</p>`); the word `꛱İ` is still there.
  test('an abbreviation inside a word loses no word', () => {
    const result = checkInput('2) ꛱İ\n   ```\n   ```\n   !!!e\n   *[İ]:');
    expect(result.throws).toEqual([]);
    expect(result.lost).toEqual([]);
  });

  test('text is joined across inline elements, split at blocks', () => {
    const hast = fromHtml('<p>x ꛱<abbr>İ</abbr> y<kbd>Ctrl</kbd></p><p>z</p><ul><li>a<em>b</em></li><li>c</li></ul>', {fragment: true});
    expect(Object.fromEntries(joinedWordCounts(hast))).toEqual({x: 1, '꛱i̇': 1, yctrl: 1, z: 1, ab: 1, c: 1});
  });

  test('a word really lost is still reported', () => {
    const expected = wordCounts('<p>x ꛱İ y</p>', false);
    const hast = fromHtml('<p>x ꛱ y</p><p>İ</p>', {fragment: true});
    expect(missingWords(expected, hastWordCounts(hast), joinedWordCounts(hast))).toEqual(['꛱i̇ ×1']);
  });
});
