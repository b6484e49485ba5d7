// AHP pairwise matrices, one per aggregate that uses one: the judgements above the diagonal on
// Saaty's 1–9 scale (the reciprocals below follow), the resulting weights and the consistency
// ratio, checked at once in the browser and again by the server (CR ≥ 0.10 is refused).

import { Alert, Select, Switch, Tag } from 'antd';
import type { ReactNode } from 'react';
import type { FrameworkTree } from '@gapscope/core/framework/tree.ts';
import { MISSING } from '@gapscope/core/text/format.ts';
import { useT } from '../../i18n/index.ts';
import styles from './method.module.css';
import {
  aggregatesOf,
  checkAhp,
  defaultMatrix,
  nearestSaaty,
  SAATY,
  saatyLabel,
  setJudgement,
} from './settings.ts';

const SCALE = SAATY.map((v) => ({ value: v, label: saatyLabel(v) }));

export function AhpEditor({
  tree,
  matrices,
  onChange,
  errors,
}: {
  tree: FrameworkTree;
  matrices: Record<string, number[][]>;
  onChange(next: Record<string, number[][]>): void;
  /** Server errors by node id. */
  errors: Record<string, string>;
}): ReactNode {
  const t = useT();
  const nameOf = (id: string): string => {
    const k = tree.index.get(id)!;
    const node =
      k < tree.nIndicators ? tree.indicators[k]! : tree.aggregates[k - tree.nIndicators]!;
    return t.name(node.name);
  };
  const set = (node: string, m: number[][] | null): void => {
    const next = { ...matrices };
    if (m) next[node] = m;
    else delete next[node];
    onChange(next);
  };
  return (
    <div data-testid="ahp-editor">
      <div className={styles.hint}>{t('method.ahp.intro')}</div>
      {aggregatesOf(tree)
        .filter((a) => a.children.length > 1)
        .reverse()
        .map((a) => {
          const m = matrices[a.id];
          const check = m ? checkAhp(m, a.id) : null;
          const serverError = errors[a.id];
          return (
            <div key={a.id} className={styles.ahpNode} data-testid={`ahp-${a.id}`}>
              <div className={styles.ahpHead}>
                <Switch
                  size="small"
                  checked={!!m}
                  onChange={(on) => set(a.id, on ? defaultMatrix(tree, a.id) : null)}
                  aria-label={t('method.ahp.use', { node: nameOf(a.id) })}
                />
                <b>{nameOf(a.id)}</b>
                <span className={styles.muted}>{a.id}</span>
                {check &&
                  (check.ok ? (
                    <Tag color="green" data-testid={`ahp-cr-${a.id}`}>
                      CR = {t.num(check.cr, { digits: 3 })} &lt; 0.10
                    </Tag>
                  ) : (
                    <Tag color="red" data-testid={`ahp-cr-${a.id}`}>
                      {check.cr === null
                        ? t('method.ahp.invalid')
                        : `CR = ${t.num(check.cr, { digits: 3 })} ≥ 0.10`}
                    </Tag>
                  ))}
              </div>
              {!m && <div className={styles.muted}>{t('method.ahp.framework')}</div>}
              {m && (
                <div className={styles.matrixWrap}>
                  <table className={styles.matrix}>
                    <thead>
                      <tr>
                        <th />
                        {a.children.map((c) => (
                          <th key={c} title={nameOf(c)}>
                            {c}
                          </th>
                        ))}
                        <th>{t('method.ahp.weight')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {a.children.map((r, i) => (
                        <tr key={r}>
                          <th title={nameOf(r)}>{r}</th>
                          {a.children.map((c, j) => (
                            <td key={c}>
                              {i < j ? (
                                <Select
                                  size="small"
                                  value={nearestSaaty(m[i]![j]!)}
                                  options={SCALE}
                                  popupMatchSelectWidth={false}
                                  onChange={(v: number) => set(a.id, setJudgement(m, i, j, v))}
                                  aria-label={t('method.ahp.cell', { row: r, col: c })}
                                  className={styles.cell}
                                />
                              ) : (
                                <span className={styles.muted}>{saatyLabel(m[i]![j]!)}</span>
                              )}
                            </td>
                          ))}
                          <td className="num">
                            {check?.ok ? t.pct(check.weights[i]!, { digits: 1 }) : MISSING}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {(serverError ?? (check && !check.ok ? check.message : null)) && (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  title={serverError ?? (check && !check.ok ? check.message : '')}
                  className={styles.fieldError}
                  data-testid={`ahp-error-${a.id}`}
                />
              )}
            </div>
          );
        })}
    </div>
  );
}
