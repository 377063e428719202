/**
 * The server bundle's modules that several pages import (our components, the
 * theme parts they use, and what those import, `@mdi/js` among them) in one
 * chunk instead of a copy in every page's chunk.
 *
 * Why: Docusaurus turns chunk splitting off for its server bundle, so every
 * module a page imports beyond the entry is copied into that page's server
 * chunk. A lesson's page imports our components (remark-mkdocs adds the
 * imports), and they import `@mdi/js`, whose 7,000 exports the server bundle
 * does not tree-shake: each lesson's server chunk was about 3 MB, 600 MB for
 * 204 lessons, written by Rspack and then read, compiled and kept (V8 keeps a
 * script's source) by every server-rendering worker for every page it
 * rendered. That was most of the build's extra time and memory (issue 18).
 *
 * Server only: the browser bundles keep Docusaurus's own splitting (a page
 * loads only the components it uses). The HTML rendered is the same: the same
 * modules run, they are only loaded from one file.
 */
import type {Plugin} from '@docusaurus/types';

export default function serverSharedChunk(): Plugin {
  return {
    name: 'lessonsaurus-server-shared-chunk',
    configureWebpack(_config, isServer) {
      if (!isServer) return {};
      return {
        mergeStrategy: {'optimization.splitChunks': 'replace'},
        optimization: {
          splitChunks: {
            chunks: 'async',
            cacheGroups: {
              default: false,
              defaultVendors: false,
              shared: {name: 'server-shared', chunks: 'async', minChunks: 2, enforce: true, reuseExistingChunk: true},
            },
          },
        },
      };
    },
  };
}
