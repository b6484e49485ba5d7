// Renders the methods document's Markdown tree (markdown.ts) as React elements: text is always
// text, so nothing in the document can inject HTML or script.

import { Fragment, type ReactNode } from 'react';
import { subscriptParts, type Block, type Inline } from './markdown.ts';
import styles from './methodology.module.css';

function Inlines({ c }: { c: Inline[] }): ReactNode {
  return c.map((x, i) => {
    switch (x.t) {
      case 'text':
        return (
          <Fragment key={i}>
            {subscriptParts(x.v).map((p, k) =>
              p.sub ? <sub key={k}>{p.text}</sub> : <Fragment key={k}>{p.text}</Fragment>,
            )}
          </Fragment>
        );
      case 'code':
        return <code key={i}>{x.v}</code>;
      case 'strong':
        return (
          <strong key={i}>
            <Inlines c={x.c} />
          </strong>
        );
      case 'em':
        return (
          <em key={i}>
            <Inlines c={x.c} />
          </em>
        );
    }
  });
}

/** The heading element for a Markdown level, one below the page's own title. */
function Heading({
  level,
  id,
  children,
}: {
  level: number;
  id: string;
  children: ReactNode;
}): ReactNode {
  const l = Math.min(6, level + 1);
  if (l === 2) return <h2 id={id}>{children}</h2>;
  if (l === 3) return <h3 id={id}>{children}</h3>;
  if (l === 4) return <h4 id={id}>{children}</h4>;
  if (l === 5) return <h5 id={id}>{children}</h5>;
  return <h6 id={id}>{children}</h6>;
}

/** The document; headings get ids prefixed with `idPrefix` for links. */
export function MarkdownView({
  blocks,
  idPrefix = '',
}: {
  blocks: Block[];
  idPrefix?: string;
}): ReactNode {
  return (
    <div className={styles.markdown}>
      {blocks.map((b, i) => {
        switch (b.t) {
          case 'heading':
            return (
              <Heading key={i} level={b.level} id={idPrefix + b.id}>
                <Inlines c={b.c} />
              </Heading>
            );
          case 'para':
            return (
              <p key={i}>
                <Inlines c={b.c} />
              </p>
            );
          case 'list': {
            const items = b.items.map((it, k) => (
              <li key={k}>
                <Inlines c={it} />
              </li>
            ));
            return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          case 'table':
            return (
              <div key={i} className={styles.tableWrap}>
                <table>
                  <thead>
                    <tr>
                      {b.head.map((h, k) => (
                        <th key={k} style={{ textAlign: b.align[k] ?? 'left' }}>
                          <Inlines c={h} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r, k) => (
                      <tr key={k}>
                        {r.map((cell, j) => (
                          <td key={j} style={{ textAlign: b.align[j] ?? 'left' }}>
                            <Inlines c={cell} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case 'code':
            return (
              <pre key={i}>
                <code>{b.v}</code>
              </pre>
            );
        }
      })}
    </div>
  );
}
