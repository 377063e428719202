import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const PRISM_DIR = path.resolve(__dirname, '../src/prism');

/**
 * Points `prism-react-renderer` at src/prism/deferred-prism-react-renderer.tsx
 * in the site's bundles (browser and server, so both highlight alike); Node
 * code (the config's `themes` import, theme-classic's option checks) still
 * gets the package. Why: see that file.
 *
 * prismjs's grammar modules add themselves to a free variable `Prism`. The
 * bundler binds it to our instance: a global would not do on the server,
 * where Docusaurus runs the bundle in a `vm` context but loads its chunks
 * (the grammars' chunk among them) with Node's own `require`, in the outer
 * context, whose global is another object.
 */
export default function deferredPrism(): Plugin {
  return {
    name: 'lessonsaurus-deferred-prism',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        resolve: {
          alias: {'prism-react-renderer$': path.join(PRISM_DIR, 'deferred-prism-react-renderer.tsx')},
        },
        plugins: [new currentBundler.instance.ProvidePlugin({Prism: [path.join(PRISM_DIR, 'prism-instance.ts'), 'Prism']})],
      };
    },
  };
}
