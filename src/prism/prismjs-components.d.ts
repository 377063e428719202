// prismjs's component files have no types of their own (@types/prismjs covers the package's main entry).
declare module 'prismjs/components/prism-core' {
  import Prism from 'prismjs';
  export = Prism;
}
// Grammar modules: evaluated for their effect on the global Prism instance.
declare module 'prismjs/components/prism-*';
