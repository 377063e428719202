import {describe, expect, it} from 'vitest';
import bundlerCacheInputs from '../../bundler-cache';

describe('bundlerCacheInputs', () => {
  it("adds the pipeline's fingerprint to the bundler cache's version (Rspack's persistent cache and webpack's), so a changed input evicts it", () => {
    let fingerprint = 'aaaaaaaaaaaaaaaaaaaa';
    const plugin = bundlerCacheInputs(() => fingerprint)();
    const configFor = () => ({experiments: {cache: {type: 'persistent', version: 'client-production-en-3.10.2-abc'}}, cache: {type: 'filesystem', version: '3.10.2-abc'}});
    const first = configFor();
    plugin.configureWebpack!(first as never, false, {} as never, undefined as never);
    expect(first.experiments.cache.version).toBe('client-production-en-3.10.2-abc-pipeline-aaaaaaaaaaaaaaaa');
    expect(first.cache.version).toBe('3.10.2-abc-pipeline-aaaaaaaaaaaaaaaa');
    fingerprint = 'bbbbbbbbbbbbbbbbbbbb';
    const second = configFor();
    plugin.configureWebpack!(second as never, false, {} as never, undefined as never);
    expect(second.experiments.cache.version).not.toBe(first.experiments.cache.version);
  });

  it('leaves a build without a persistent cache as it is', () => {
    const config = {cache: true};
    bundlerCacheInputs(() => 'x')().configureWebpack!(config as never, false, {} as never, undefined as never);
    expect(config).toEqual({cache: true});
  });
});
