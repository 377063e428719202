/**
 * `visibleJson` (`fuzz/report.ts`), how the fuzzer prints and stores failing
 * inputs: the same JSON value, but no invisible character left as it is (a
 * no-break space printed as a space hid the cause of seed 777001's word loss).
 */
import {expect, test} from 'vitest';
import {visibleJson} from '../../fuzz/report';

test('escapes characters a reader cannot tell from a space or from nothing, and parses back to the input', () => {
  const input = '??? ""\n\t```{.\u00a0e} a\u200bb\ufeff\u3000\u0085\u{E0001}\ud800 é 数据';
  const json = visibleJson({input}, 2);
  expect(json).toContain('{.\\u00a0e} a\\u200bb\\ufeff\\u3000\\u0085\\udb40\\udc01\\ud800 é 数据');
  expect(json).toMatch(/^\{\n {2}"input"/);
  expect((JSON.parse(json) as {input: string}).input).toBe(input);
});
