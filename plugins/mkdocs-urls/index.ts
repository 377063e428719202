/**
 * mkdocs-urls: an imported MkDocs workshop keeps its URLs. Each page is
 * served at the URL MkDocs gave it, links written as URLs go where they went
 * in MkDocs, every other file of docs_dir is served at its MkDocs path.
 * See README.md.
 */
export {isMkdocsPage, isSiteAbsolutePath, mkdocsDestination, mkdocsUrl, publishedFiles, resolveAgainstPage, fileTarget, servedAt} from './lib/urls';
export {ROUTES_FILE, browserUrlOnMkdocsPage, emptyRoutes, linkResolver, readRoutes, siteRelative, slugOf, type LinkKind, type LinkResolver, type RoutesFile} from './lib/routes';
export {remarkMkdocsUrls, rehypeMkdocsUrls, resolveImage, type Options} from './lib/rewrite';
export {default as mkdocsDirectoryUrls, pageCopies} from './lib/aliases';
export {AUTOLINKS_AMBIGUOUS_RULE, ambiguousAutolinkReason, autolinkApplies, type Autolink} from './lib/autolinks';
