/**
 * The site's `/` when the imported workshop has no index page (MkDocs then
 * has no home page either): a page linking to the first page of the
 * workshop's nav, which the browser is sent on to once the page runs. A
 * plain link when rendered at build time, so the page is never empty.
 */
import React, {useEffect, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useHistory} from '@docusaurus/router';
import Layout from '@theme/Layout';

export default function HomeRedirect({to, title}: {to: string; title: string}): ReactNode {
  const history = useHistory();
  useEffect(() => history.replace(to), [history, to]);
  return (
    <Layout>
      <main className="container margin-vert--lg">
        <h1>{title}</h1>
        <p>
          <Link to={to}>Start here</Link>
        </p>
      </main>
    </Layout>
  );
}
