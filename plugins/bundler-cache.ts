import type {Plugin} from '@docusaurus/types';

/**
 * Rspack's persistent cache (webpack's filesystem cache too) keeps each
 * compiled page while Docusaurus's version and the config's modules are the
 * same. It does not know the files the lesson pipeline reads as data: an
 * edited `import-unresolved-links.json`, `workshop/*.json` or
 * `src/admonitions/imported-types.json` left a warm build serving pages
 * compiled with the old ones (a cold build failed on a broken link that the
 * warm one passed). The cache's version takes the pipeline's fingerprint
 * (`fingerprint`: every input that decides what a lesson compiles to, the
 * same one that keys the recorded warnings): any change starts a fresh cache.
 */
export default function bundlerCacheInputs(fingerprint: () => string): () => Plugin {
  return () => ({
    name: 'lessonsaurus-bundler-cache-inputs',
    configureWebpack(config) {
      const pipeline = fingerprint().slice(0, 16);
      const rspackCache = (config as {experiments?: {cache?: unknown}}).experiments?.cache;
      for (const cache of [rspackCache, config.cache]) {
        if (typeof cache === 'object' && cache !== null && 'version' in cache) {
          (cache as {version: string}).version = `${(cache as {version: string}).version}-pipeline-${pipeline}`;
        }
      }
      return {};
    },
  });
}
