/**
 * The two real MkDocs projects in test/data/corpus (flattened: the lessons
 * sit next to mkdocs.yml, without their docs/ folders and without most pages
 * the nav names). Read only; nothing is written.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {siteTypes} from '../../src/admonitions/custom-types';
import {CORPUS} from '../../test/data-paths';
import {fileTree, locateProject} from './cli';
import {planImport} from './plan';
import {formatFinding} from './report';

const corpus = (name: string) => path.join(CORPUS, name);
const emptySite = {files: [], read: () => Buffer.alloc(0)};

function importCorpus(name: string, into = '') {
  const project = locateProject(corpus(name), {});
  const plan = planImport({
    config: project.config,
    docsDir: project.docsDir,
    flattened: project.flattened,
    docs: fileTree(project.docsPath),
    site: emptySite,
    into,
    customTypes: siteTypes,
  });
  const lines = (severity: string) => plan.findings.filter((item) => item.severity === severity).map(formatFinding);
  return {project, plan, lines};
}

describe('corpus: sib-swiss-containers-training', () => {
  const {project, plan, lines} = importCorpus('sib-swiss-containers-training');

  it('uses the folder holding mkdocs.yml as the docs folder, and says so', () => {
    expect(project.flattened).toBe(true);
    expect(project.docsDir).toBe('.');
    expect(lines('info')).toContain('mkdocs.yml: docs_dir docs does not exist: the folder holding mkdocs.yml is the docs folder (flattened layout)');
  });

  it('builds the sidebar from nav: titles and order as written', () => {
    expect(plan.sidebarFrom).toBe('nav');
    expect(plan.sidebar).toEqual([
      {type: 'doc', id: 'precourse', label: 'Precourse instructions'},
      {
        type: 'category',
        label: 'Course material',
        items: [
          {type: 'doc', id: 'course_material/introduction_containers', label: 'Introduction to containers'},
          {type: 'doc', id: 'course_material/managing_docker', label: 'Managing containers and images'},
          {type: 'doc', id: 'course_material/dockerfiles', label: 'Working with Dockerfiles'},
          {type: 'doc', id: 'course_material/apptainer', label: 'Running containers with Apptainer'},
        ],
      },
    ]);
  });

  it('puts the lessons back where nav names them, so ../precourse.md and sibling links resolve', () => {
    expect(plan.files.map((file) => [file.source, file.target ?? null, file.action])).toEqual([
      ['1_introduction_containers.md', 'course_material/1_introduction_containers.md', 'copy'],
      ['2_managing_docker.md', 'course_material/2_managing_docker.md', 'copy'],
      ['3_dockerfiles.md', 'course_material/3_dockerfiles.md', 'copy'],
      ['4_apptainer.md', 'course_material/4_apptainer.md', 'copy'],
      ['extra.css', 'stylesheets/extra.css', 'copy'],
      ['mkdocs.yml', null, 'skip'],
      ['precourse.md', 'precourse.md', 'copy'],
    ]);
  });

  it('reports what it cannot carry over, with file:line', () => {
    // The PDFs are not in the corpus: MkDocs warns, and so does the site's build (nothing fails).
    expect(lines('error')).toEqual([]);
    expect(lines('warning')).toEqual(
      expect.arrayContaining([
        '1_introduction_containers.md:15:1: link ../assets/pdf/0_general_introduction.pdf: docs/assets/pdf/0_general_introduction.pdf will not exist: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
        '1_introduction_containers.md:19:1: link ../assets/pdf/1_introduction_containers.pdf: docs/assets/pdf/1_introduction_containers.pdf will not exist: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
        '2_managing_docker.md:20:1: link ../assets/pdf/2_managing_docker.pdf: docs/assets/pdf/2_managing_docker.pdf will not exist: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
        '4_apptainer.md:16:1: link ../assets/pdf/4_apptainer.pdf: docs/assets/pdf/4_apptainer.pdf will not exist: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
      ]),
    );
    expect(plan.unresolvedLinks.map((link) => `${link.file}:${link.line}:${link.column} ${link.url}`)).toEqual([
      'docs/course_material/1_introduction_containers.md:15:1 ../assets/pdf/0_general_introduction.pdf',
      'docs/course_material/1_introduction_containers.md:19:1 ../assets/pdf/1_introduction_containers.pdf',
      'docs/course_material/2_managing_docker.md:20:1 ../assets/pdf/2_managing_docker.pdf',
      'docs/course_material/4_apptainer.md:16:1 ../assets/pdf/4_apptainer.pdf',
    ]);
    const warnings = lines('warning');
    expect(warnings).toEqual(
      expect.arrayContaining([
        'mkdocs.yml:3: nav entry "Home: index.md": index.md is not in the docs folder: left out of the sidebar',
        'mkdocs.yml:5: nav entry "Course schedule: course_schedule.md": course_schedule.md is not in the docs folder: left out of the sidebar',
        'mkdocs.yml:16: theme.custom_dir overrides: Material template overrides (Jinja HTML, partials, .icons but the one theme.icon.logo names and the folders of pymdownx.emoji custom_icons) are not carried over (its static files are, at the paths MkDocs served them); Docusaurus customises through swizzled theme components in src/theme/',
        'mkdocs.yml:20: theme.features announce.dismiss: set themeConfig.announcementBar (isCloseable: true) for an announcement',
        'mkdocs.yml:68: markdown_extensions smarty: quotes and dashes stay straight (--, "…")',
        expect.stringMatching(/^mkdocs\.yml:87: extra_javascript javascripts\/consent\.js: not loaded/),
        'mkdocs.yml:40: extra.consent: no cookie consent banner: Docusaurus has none built in; add one through a client module (clientModules) if the analytics need it',
        // Raw HTML is resolved against the page's URL (/course_material/1_introduction_containers/), as the browser did on the MkDocs site.
        '1_introduction_containers.md:83:7: HTML ../assets/images/running_container_dashboard.png: goes to /course_material/assets/images/running_container_dashboard.png (as on the MkDocs page), where the import puts no page or file: the browser shows it broken, as it did in MkDocs',
      ]),
    );
    // extra.css holds only Material's colour variables: nothing to carry over as CSS, and said so.
    expect(lines('info')).toEqual(
      expect.arrayContaining([
        "extra.css:1: extra_css rule :root: Material's variables, not carried over as CSS (its palette colours and box icons are read into the site's settings; the rest is Material's own layout)",
        "mkdocs.yml:84: extra_css stylesheets/extra.css: no rule for the lessons' own classes or elements to carry over (see the lines of extra.css above)",
      ]),
    );
    expect(plan.stylesheet).toBeUndefined();
    // What the site carries (abbr; the primary colour of extra.css, into workshop/site.json) is not listed.
    expect(plan.findings.map((item) => item.message).filter((message) => /markdown_extensions abbr|primary colour/.test(message))).toEqual([]);
  });
});

describe('corpus: natrontech-kubernetes-workshop', () => {
  const {plan, lines} = importCorpus('natrontech-kubernetes-workshop');

  it('builds the sidebar from nav: the pages present, titles and order as written', () => {
    expect(plan.sidebar).toEqual([
      {
        type: 'category',
        label: 'Kubernetes Basics',
        items: [
          {type: 'doc', id: 'kubernetes-basics/first-steps', label: 'First Steps'},
          {type: 'doc', id: 'kubernetes-basics/deploying-containers', label: 'Deploying Containers'},
          {type: 'doc', id: 'kubernetes-basics/exposing-services', label: 'Exposing Services'},
          {type: 'doc', id: 'kubernetes-basics/scaling-applications', label: 'Scaling Applications'},
          {type: 'doc', id: 'kubernetes-basics/troubleshooting', label: 'Troubleshooting'},
          {type: 'doc', id: 'kubernetes-basics/storage', label: 'Storage'},
          {type: 'category', label: 'Advanced Concepts', items: [{type: 'doc', id: 'kubernetes-basics/advanced-concepts/configmaps', label: 'ConfigMaps'}]},
        ],
      },
    ]);
  });

  it('reports missing nav pages, emptied sections and broken links; carries the custom box type over', () => {
    expect(lines('error')).toEqual([]);
    expect(plan.unresolvedLinks).toEqual([
      {file: 'docs/kubernetes-basics/first-steps.md', url: '../setup/client-setup/index.md', kind: 'link', line: 6, column: 36},
      {file: 'docs/kubernetes-basics/storage.md', url: './database-connection.md', kind: 'link', line: 14, column: 74},
      {file: 'docs/kubernetes-basics/storage.md', url: './helm/index.md', kind: 'link', line: 33, column: 111},
    ]);
    const warnings = lines('warning');
    expect(warnings.filter((line) => line.includes('is not in the docs folder'))).toHaveLength(29);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'mkdocs.yaml:69: nav section "Setup": nothing left in it: left out of the sidebar',
        'mkdocs.yaml:87: nav entry "Database Connection: kubernetes-basics/database-connection.md": kubernetes-basics/database-connection.md is not in the docs folder: left out of the sidebar',
        'mkdocs.yaml:30: theme.features navigation.tabs: top-level sections as header tabs: split sidebars/imported.json into one sidebar per section and add a docSidebar navbar item for each',
        'first-steps.md:6:36: link ../setup/client-setup/index.md: docs/setup/client-setup/index.md will not exist: kept as written (its link text too); the build warns instead of failing, as MkDocs does [import-unresolved-link]',
        expect.stringMatching(/^mkdocs\.yaml:139: extra_javascript assets\/javascripts\/extra\.js: not loaded/),
      ]),
    );
    // The custom box type is carried over from extra.css: label, colour and icon; its boxes then need no warning.
    expect(lines('info')).toContain(
      "extra.css:2: custom admonition type reminder: carried over into src/admonitions/imported-types.json (label 'Reminder', colour rgb(9, 177, 49), its icon); `!!! reminder` boxes get that style, other rules of this file are not applied",
    );
    expect(plan.importedTypes.reminder).toMatchObject({label: 'Reminder', color: 'rgb(9, 177, 49)', icon: expect.stringMatching(/^M21 2H3c-1\.1 0-2 \.9-2 2v16/)});
    expect(plan.findings.filter((item) => item.ruleId === 'mkdocs-box-type')).toEqual([]);
    // attr_list, listed twice, is carried: not listed at all (an extension listed twice is reported once: config.test.ts, def_list).
    expect(plan.findings.filter((item) => item.message.includes('markdown_extensions attr_list'))).toEqual([]);
  });

  it('prefixes ids with --into, number prefixes of the folder stripped', () => {
    const {plan: into} = importCorpus('sib-swiss-containers-training', '01-containers');
    expect(into.files.find((file) => file.source === '4_apptainer.md')?.target).toBe('01-containers/course_material/4_apptainer.md');
    expect(JSON.stringify(into.sidebar)).toContain('"id":"containers/course_material/apptainer"');
  });
});
