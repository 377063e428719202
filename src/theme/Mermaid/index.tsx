import React, {lazy, Suspense, type ComponentProps, type ReactNode} from 'react';
import type OriginalMermaid from '@theme-original/Mermaid';

/**
 * theme-classic's MDXComponents imports `@theme/Mermaid` for every page, so
 * `@docusaurus/theme-mermaid`'s component would ride in the main bundle that
 * every page loads (mermaid itself it already loads lazily). Loaded here only
 * when a page draws a diagram. It renders nothing on the server either way
 * (the SVG is drawn in the browser); the server render waits for the chunk
 * (Docusaurus renders with `onAllReady`), so no streaming script is written.
 */
const Mermaid = lazy(() => import('@theme-original/Mermaid'));

export default function LazyMermaid(props: ComponentProps<typeof OriginalMermaid>): ReactNode {
  return (
    <Suspense fallback={null}>
      <Mermaid {...props} />
    </Suspense>
  );
}
