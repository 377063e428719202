/**
 * Step 2 of the import plan: the lessons. The box types extra_css declares
 * (Material's recipe), then each page: its doc id and title for the sidebar,
 * and what in it will not carry over (front matter, includes, Jinja, links to
 * files the site will not have, the lesson checks the build runs too).
 */
import path from 'node:path';
import {MarkdownExtensions, type CustomIcons, type CustomType} from '../../plugins/remark-mkdocs';
import {RULE_ID as UNRESOLVED_LINK_RULE, type UnresolvedLink} from '../../plugins/remark-unresolved-links';
import {AUTOLINKS_AMBIGUOUS_RULE, ambiguousAutolinkReason, autolinkApplies, isSiteAbsolutePath, linkResolver, mkdocsUrl, resolveAgainstPage, resolveImage, type LinkResolver, type RoutesFile} from '../../plugins/mkdocs-urls';
import {hasPlugin} from './config';
import {cssFindings, type CssBoxType} from './css';
import {declaredVariables, portExtraCss, workshopStylesheet, type WorkshopVariables} from './extra-css';
import {docusaurusDocId, isDocusaurusDoc} from '../../plugins/workshop-site/doc-ids';
import {anchorFindings, lessonFindings} from './lesson-checks';
import type {LessonAnchors} from '../../plugins/lesson-warnings/lib/anchors';
import {hiddenMetadataLines, invalidYamlMessage, RULE_ID as FRONT_MATTER_RULE} from '../../plugins/mkdocs-front-matter/lib/remark';
import {docusaurusTags, metaExtensionLines, readMkdocsMeta} from '../../plugins/mkdocs-front-matter';
import {markdownExtensionsSetting, usesTagsPlugin} from './site-settings';
import {macrosSetting, unrenderedMacros} from './macros';
import {includeMarkdownSetting} from './include-markdown';
import type {NavPage} from './nav';
import {MKDOCS_FRONT_MATTER, hideNote, invalidDocusaurusFrontMatter, resolveLocalLink, scanPage, type PageScan} from './pages';
import type {PlannedFile} from './plan';
import {frontMatterOf, posixJoin, type PlanContext} from './plan-context';
import {LineLocator} from './report';
import {usesDirectoryUrls} from './plan-urls';

/**
 * extra_css files that are there: the custom box types they declare which the site does not; with the workshop as the
 * site, the rules for the lessons' own classes and elements (`extra-css.ts`), carried over into one stylesheet; and
 * what else in them does not carry over.
 */
export function readExtraCss({input, config, into, findings, shown, add}: PlanContext, byDocsPath: ReadonlyMap<string, PlannedFile>): {types: Record<string, CssBoxType>; stylesheet?: string} {
  const importedTypes: Record<string, CssBoxType> = {};
  const ported: Array<{file: string; css: string; variables: WorkshopVariables; infimaClasses: string[]}> = [];
  const docsFiles = new Set(input.docs.files);
  // A custom property one extra_css file declares and another reads (a palette file beside the rules) is declared.
  const declaredElsewhere = new Set(
    (config?.extraCss ?? []).flatMap((css) => {
      const planned = byDocsPath.get(path.posix.normalize(css));
      return planned ? [...declaredVariables(input.docs.read(planned.source).toString('utf8'))] : [];
    }),
  );
  const themeFiles = new Set(input.theme?.files.files ?? []);
  const sitePath = siteUrlPath(config?.raw.site_url);
  for (const css of config?.extraCss ?? []) {
    const planned = byDocsPath.get(path.posix.normalize(css));
    // In theme.custom_dir (served at the site's root, as MkDocs serves it): copied, and not loaded, as the config step said.
    if (!planned && input.theme?.files.files.includes(path.posix.normalize(css))) continue;
    if (!planned) {
      // Instead of the config step's "not loaded; copied with the docs", which assumed the file is there.
      const notLoaded = findings.findIndex((item) => item.message.startsWith(`extra_css ${css}: not loaded;`));
      if (notLoaded >= 0) findings.splice(notLoaded, 1);
      const line = input.config ? new LineLocator(input.config.text).find(css, 1) : undefined;
      add('warning', `extra_css ${css}: not in the docs folder (MkDocs' pages link to a stylesheet that is not there): nothing to copy or carry over`, config?.file, line);
      continue;
    }
    const result = cssFindings(shown(planned.source), input.docs.read(planned.source).toString('utf8'), {...input.customTypes, ...importedTypes}, {
      cssPath: planned.source,
      sitePath,
      // What MkDocs serves at the URL: the docs file, else theme.custom_dir's.
      read: (file) => (docsFiles.has(file) ? input.docs.read(file) : themeFiles.has(file) ? input.theme!.files.read(file) : undefined),
      shown: (file) => (docsFiles.has(file) || !themeFiles.has(file) ? shown(file) : posixJoin(input.theme!.dir, file)),
    });
    findings.push(...result.findings);
    Object.assign(importedTypes, result.types);
    // With the workshop as the site its lessons are the default docs instance, which the rules are scoped to; imported
    // into a folder of the demo site, the config step's "not loaded" stands.
    if (into === '') {
      const notLoaded = findings.findIndex((item) => item.message.startsWith(`extra_css ${css}: not loaded;`));
      if (notLoaded >= 0) findings.splice(notLoaded, 1);
      const file = shown(planned.source);
      const rules = portExtraCss(file, input.docs.read(planned.source).toString('utf8'), declaredElsewhere);
      findings.push(...rules.findings);
      if (rules.css === '' && rules.variables.light.length + rules.variables.dark.length === 0) {
        const line = input.config ? new LineLocator(input.config.text).find(css, 1) : undefined;
        add('info', `extra_css ${css}: no rule for the lessons' own classes or elements to carry over (see the lines of ${file} above)`, config?.file, line);
      }
      ported.push({file, css: rules.css, variables: rules.variables, infimaClasses: rules.infimaClasses});
    }
  }
  const stylesheet = workshopStylesheet(ported);
  return {types: importedTypes, ...(stylesheet === undefined ? {} : {stylesheet})};
}

/** The path of `site_url` (`https://o.github.io/repo/` → `/repo/`), where MkDocs serves the docs folder; `/` without one. */
function siteUrlPath(siteUrl: unknown): string {
  if (typeof siteUrl !== 'string') return '/';
  try {
    return new URL(siteUrl).pathname;
  } catch {
    return '/';
  }
}

export interface CheckedPages {
  /** docs-relative path → doc id, title, and whether Docusaurus builds it: what the sidebar needs. */
  pages: Map<string, NavPage>;
  /** site docs-relative target → doc id, for the imported files Docusaurus builds. */
  importedDocIds: Map<string, string>;
  unresolvedLinks: UnresolvedLink[];
}

/**
 * Every page that lands: its id and title (a page that clashes keeps the
 * site's file, so the id comes from that file's front matter and nothing else
 * of the page is checked), and the findings on its content.
 */
/**
 * The tags each plugin the site does not run renders: table-reader's `{{ read_csv(…) }}` (`pd_read_csv` in its first
 * releases). include-markdown's directives are expanded by the site (what it cannot expand, the checks report).
 */
const PLUGIN_TAGS: Record<string, RegExp> = {
  'table-reader': /\{\{-?\s*(?:pd_)?read_[a-z]+\s*\(/,
};

export function checkPages(
  context: PlanContext,
  byDocsPath: ReadonlyMap<string, PlannedFile>,
  files: readonly PlannedFile[],
  boxTypes: Readonly<Record<string, CustomType>>,
  routes: Pick<RoutesFile, 'pages' | 'files' | 'autolinks'>,
  customIcons?: CustomIcons,
): CheckedPages {
  const {input, config, findings, shown, add} = context;
  const resolver = linkResolver(routes);
  // mkdocs-macros' variables are rendered by the site (plugins/mkdocs-macros): only what it leaves is listed.
  const macros = config ? macrosSetting(config, context.lessonsDir) : undefined;
  const jinjaPlugins = config && !macros ? Object.keys(PLUGIN_TAGS).filter((name) => hasPlugin(config, name)) : [];
  // The lessons are checked with the workshop's extensions (and include-markdown's directives), as the site will read them.
  const checkExtensions = config ? markdownExtensionsSetting(config) : undefined;
  // With docs_dir (relative to the project, where the checks read the pages): the plugin reads paths not starting with `./` or `../` there.
  const includeMarkdownOptions = config ? includeMarkdownSetting(config) : undefined;
  const includeMarkdown = includeMarkdownOptions ? {...includeMarkdownOptions, docs_dir: input.docsDir} : undefined;
  const afterImport = new Set<string>([...input.site.files, ...files.flatMap((file) => (file.target && file.action !== 'skip' ? [file.target] : []))]);
  const checked: CheckedPages = {pages: new Map(), importedDocIds: new Map(), unresolvedLinks: []};
  const anchored: Array<{file: string; url: string; anchors: LessonAnchors}> = [];
  const directoryUrls = usesDirectoryUrls({config});
  for (const [docsPath, planned] of byDocsPath) {
    if (planned.kind !== 'page' || planned.target === undefined) continue;
    const file = shown(planned.source);
    const text = input.docs.read(planned.source).toString('utf8');
    const scan = scanPage(docsPath, text);
    const landed = planned.action === 'clash' ? frontMatterOf(input.site.read(planned.target).toString('utf8')) : scan.frontMatter;
    const isDoc = isDocusaurusDoc(planned.target);
    const id = docusaurusDocId(planned.target, landed);
    checked.pages.set(docsPath, {id, title: scan.title, isDoc});
    if (isDoc) checked.importedDocIds.set(planned.target, id);
    if (planned.action === 'clash') continue;

    if (!isDoc) {
      add(
        /\.mdx?$/.test(planned.target) ? 'info' : 'warning',
        /\.mdx?$/.test(planned.target)
          ? 'copied, but Docusaurus does not build files or folders starting with _ (MkDocs does): no page'
          : 'copied, but Docusaurus only builds .md and .mdx files: no page (rename it to .md)',
        file,
      );
    }
    checkFrontMatter(context, file, text, scan, checkExtensions !== undefined && new MarkdownExtensions(checkExtensions).has('meta'));
    if (macros) {
      for (const problem of unrenderedMacros(macros, text, scan.frontMatter)) {
        add('warning', `mkdocs-macros: ${problem.reason}`, file, problem.line, {column: problem.column, ruleId: problem.ruleId});
      }
    } else {
      // Each plugin renders only its own tags: everything else in braces (a Helm template in a code block) shows
      // as written in MkDocs too.
      for (const expression of scan.jinja) {
        const plugin = jinjaPlugins.find((name) => PLUGIN_TAGS[name]!.test(expression.text));
        if (plugin) add('warning', `Jinja (${plugin} plugin) not rendered, shown literally: ${expression.text}`, file, expression.line);
      }
    }
    checkLinks(context, {docsPath, siteFile: `${context.lessonsDir}/${planned.target}`, file, isDoc, scan, afterImport, resolver}, checked.unresolvedLinks);
    if (isDoc) {
      findings.push(
        ...lessonFindings(file, text, boxTypes, {
          markdownExtensions: checkExtensions,
          ...(input.projectDir ? {projectDir: input.projectDir} : {}),
          ...(includeMarkdown ? {includeMarkdown} : {}),
          ...(customIcons ? {customIcons} : {}),
          onAnchors: (anchors) => anchored.push({file, url: `/${mkdocsUrl(docsPath, directoryUrls)}`, anchors}),
        }),
      );
    }
  }
  // Links to a heading a lesson does not have, known once every lesson's headings are.
  findings.push(...anchorFindings(anchored, input.projectDir ?? '.'));
  return checked;
}

/**
 * Whether the imported pages show their front matter tags, as the build decides (`lessonShowsTags`): not when the
 * workshop is the site (workshop/site.json `tags`) and does not use Material's tags plugin, as Material shows none
 * then; imported into a folder, the site's settings stay the site's own, and tags are shown.
 */
export function importedPagesShowTags({config, into}: Pick<PlanContext, 'config' | 'into'>): boolean {
  return into !== '' || config === undefined || usesTagsPlugin(config);
}

/** The docs file (docs-relative) MkDocs served at a site-absolute URL of the import, if the workshop has one there. */
function docsFileServedAt(files: readonly string[], into: string, url: string): string | undefined {
  let served: string;
  try {
    served = decodeURI(url.split(/[?#]/)[0]!).replace(/^\//, '');
  } catch {
    return undefined;
  }
  if (into !== '') {
    if (!served.startsWith(`${into}/`)) return undefined;
    served = served.slice(into.length + 1);
  }
  return files.includes(served) ? served : undefined;
}

/**
 * Metadata the site reads differently from what the author may expect (as
 * plugins/mkdocs-front-matter reads it, like MkDocs: a `---` block that is
 * not a YAML mapping is content), and MkDocs/Material keys it ignores.
 */
function checkFrontMatter(context: PlanContext, file: string, text: string, scan: PageScan, metaExtension: boolean): void {
  const {add} = context;
  const meta = readMkdocsMeta(text);
  // With Python-Markdown's meta extension, what it takes from the top of the content (as the build reads it).
  const extension = metaExtension ? metaExtensionLines(text, meta) : undefined;
  if (scan.frontMatterError) add('warning', `front matter: ${invalidYamlMessage(meta, scan.frontMatterError.message, extension)}`, file, scan.frontMatterError.line);
  // Leading `Key: value` lines MkDocs (or the meta extension) hides as metadata, said as the build says them.
  for (const {reason, line} of hiddenMetadataLines(meta, extension)) add('warning', reason, file, line, {column: 1, ruleId: FRONT_MATTER_RULE});
  const frontLocator = new LineLocator(text);
  // The tags as the build gives them to Docusaurus: none without Material's tags plugin (not the author's error:
  // Material shows none either, so nothing is said), dates and numbers as written.
  const tags = importedPagesShowTags(context);
  const frontMatter: Record<string, unknown> = {...scan.frontMatter};
  delete frontMatter.tags;
  Object.assign(frontMatter, docusaurusTags(meta, {tags}));
  for (const problem of invalidDocusaurusFrontMatter(frontMatter)) add('warning', `front matter: ${problem}: left out of the page's metadata (the build warns, mkdocs-meta)`, file, 1);
  for (const key of Object.keys(scan.frontMatter)) {
    if (key === 'hide') {
      const hide = hideNote(scan.frontMatter.hide, {tags});
      if (hide) add(hide.severity, hide.message, file, frontLocator.find(key, 1, {key: true}));
      continue;
    }
    const note = MKDOCS_FRONT_MATTER[key];
    if (note) add('warning', `front matter ${key}: ${note}`, file, frontLocator.find(key, 1, {key: true}));
  }
}

interface PageLinks {
  docsPath: string;
  /** The page in the site: `<lessonsDir>/<target>`. */
  siteFile: string;
  /** The page as the report shows it. */
  file: string;
  isDoc: boolean;
  scan: PageScan;
  /** Every file of the site's docs/ after the import. */
  afterImport: ReadonlySet<string>;
  /** Where links went in MkDocs (plugins/mkdocs-urls, as the build resolves them). */
  resolver: LinkResolver;
}

/**
 * A page's local links and images against the files of the site after the
 * import. Links and images go where MkDocs sent them (a file beside the page, or the
 * URL the browser asked for on the page's MkDocs URL, as the build resolves
 * them): to a page or a file of the workshop they work. Links to nothing and
 * Markdown images to no file are added to `unresolvedLinks` (for a doc): the
 * build keeps them and warns, as MkDocs does; other raw HTML is only reported.
 */
function checkLinks({input, into, lessonsDir, add}: PlanContext, {docsPath, siteFile, file, isDoc, scan, afterImport, resolver}: PageLinks, unresolvedLinks: UnresolvedLink[]): void {
  const siteStatic = new Set(input.static?.files ?? []);
  const unresolved = (link: PageScan['links'][number], what: string) => {
    // MkDocs only warns about such a link; the site's build would fail on it
    // (onBrokenLinks, onBrokenMarkdownImages). Listed, it stays as written and the build warns.
    const kind = link.kind === 'image' ? 'image' : 'link';
    if (isDoc) unresolvedLinks.push({file: siteFile, url: link.target, kind, line: link.line, column: link.column});
    add('warning', `${link.kind} ${link.target}: ${what}: kept as written (its ${kind === 'image' ? 'alt' : 'link'} text too); the build warns instead of failing, as MkDocs does`, file, link.line, {column: link.column, ruleId: UNRESOLVED_LINK_RULE});
  };
  for (const link of scan.links) {
    // mkdocs-autolinks-plugin's bare file names, where the build sends them (plugins/mkdocs-urls); the list keeps what is written.
    const auto = link.kind !== 'html' && autolinkApplies(link.kind, link.text ?? '') ? resolver.autolink(siteFile, link.target) : undefined;
    if (auto && auto.candidates.length > 1) add('warning', ambiguousAutolinkReason(auto), file, link.line, {column: link.column, ruleId: AUTOLINKS_AMBIGUOUS_RULE});
    const target = auto?.url ?? link.target;
    if (link.kind !== 'image') {
      const html = link.kind === 'html';
      const resolved = resolver.resolve(siteFile, target, html ? 'html' : 'markdown');
      if (resolved?.to === 'page' || resolved?.to === 'file') continue;
      // A Markdown link naming a file (with an extension) that is not there is reported as such, below.
      if (resolved?.to === 'nothing' && (html || resolveLocalLink(docsPath, target) === undefined)) {
        const what = `goes to ${resolved.url} (as on the MkDocs page), where the import puts no page or file`;
        if (!html || link.element === 'a') unresolved(link, what);
        else {
          // A file of the workshop's docs the import did not copy (its line above says why) was there in MkDocs.
          const skipped = docsFileServedAt(input.docs.files, into, resolved.url);
          add('warning', skipped === undefined ? `HTML ${link.target}: ${what}: the browser shows it broken, as it did in MkDocs` : `HTML ${link.target}: ${what}: the browser shows it broken, where MkDocs served ${skipped} (not copied: see that file's line)`, file, link.line, {column: link.column});
        }
        continue;
      }
    }
    if (link.kind === 'image' && isSiteAbsolutePath(target)) {
      // MkDocs left it to the browser; Docusaurus looks for it in the static folders and fails the build without it.
      const served = resolver.resolve(siteFile, target, 'markdown');
      if (served?.to !== 'file' && !siteStatic.has(resolveAgainstPage('/', target).pathname.slice(1))) {
        unresolved(link, `goes to ${served?.url ?? target}, where neither the import nor the site's static folder puts a file`);
      }
      continue;
    }
    const resolved = resolveLocalLink(docsPath, target);
    if (resolved === undefined) continue;
    const inSite = path.posix.normalize(posixJoin(into, resolved));
    if (!inSite.startsWith('../') && afterImport.has(inSite)) {
      // Served from the site's static folder too (plan-urls.ts), at the path the browser asks for on the MkDocs page.
      continue;
    }
    // An image naming no file beside the page's file in the site's docs folder, but a file the import serves (a theme
    // file), or, MkDocs having left it as written, one the browser found relative to the page's MkDocs URL
    // (`../../Images/x.png` on /ops/day2/upgrades/ is ops/Images/x.png): the build bundles that file (plugins/mkdocs-urls).
    const besidePage = (siteRelative: string) => siteRelative.startsWith(`${lessonsDir}/`) && afterImport.has(siteRelative.slice(lessonsDir.length + 1));
    if (link.kind === 'image' && resolveImage(resolver, siteFile, target, besidePage) !== undefined) continue;
    const outside = inSite.startsWith('../');
    const what = outside ? 'points outside the site\'s docs folder' : `${lessonsDir}/${inSite} will not exist`;
    if (link.kind === 'html') {
      add('warning', `HTML ${link.target}: ${what}: the browser shows it broken`, file, link.line, {column: link.column});
      continue;
    }
    unresolved(link, what);
  }
}
