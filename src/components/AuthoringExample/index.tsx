import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export interface Props {
  /**
   * What remark-authoring-examples emits: the Markdown source as a code block,
   * then one element holding the same Markdown rendered.
   */
  readonly children?: ReactNode;
}

/**
 * One authoring example: the Markdown an author writes beside what readers
 * get. Two columns where the article is wide enough, source above result
 * otherwise (the order a reader needs: what to type, then what it gives). The `data-*`
 * attributes are for the end-to-end tests and user styles.
 */
export default function AuthoringExample({children}: Props): ReactNode {
  const [source, ...result] = React.Children.toArray(children);
  return (
    <div className={styles.example} data-authoring-example="">
      <div className={styles.grid}>
        <div className={styles.column} data-authoring-example-source="">
          <p className={styles.label}>Markdown</p>
          {source}
        </div>
        <div className={styles.column} data-authoring-example-result="">
          <p className={styles.label}>Result</p>
          <div className={styles.result}>{result}</div>
        </div>
      </div>
    </div>
  );
}
