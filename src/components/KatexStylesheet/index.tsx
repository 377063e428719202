import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import useBaseUrl from '@docusaurus/useBaseUrl';

/** Where plugins/katex-assets.ts copies KaTeX's stylesheet (and its fonts beside it) in a production build. */
export const KATEX_STYLESHEET_PATH = '/assets/katex/katex.min.css';

// The bundler puts every imported stylesheet into the one `styles.css` all pages load, and inlines KaTeX's small
// fonts into it (about 90 kB gzip): in a production build the stylesheet is a file of its own, linked only by pages
// with math. `docusaurus start` has no such file, so there it comes through the bundler (dead code in production).
if (process.env.NODE_ENV !== 'production') require('katex/dist/katex.min.css');

/** Added by the lesson pipeline to every page with math (plugins/lesson-pipeline/math.ts). */
export default function KatexStylesheet(): ReactNode {
  const href = useBaseUrl(KATEX_STYLESHEET_PATH);
  if (process.env.NODE_ENV !== 'production') return null;
  return (
    <Head>
      <link rel="stylesheet" href={href} />
    </Head>
  );
}
