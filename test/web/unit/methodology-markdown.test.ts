// The methods document's Markdown reader: the subset METHODS.md uses, read into a tree (never HTML).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseInline,
  parseMarkdown,
  plainText,
  slug,
  subscriptParts,
  type Block,
} from '../../../web/src/pages/methodology/markdown.ts';
import { repoPath } from '../../helpers/fixtures.ts';

describe('inline Markdown', () => {
  it('reads code, strong and emphasis', () => {
    expect(parseInline('a `x_ij` **b** _c_ *d*')).toEqual([
      { t: 'text', v: 'a ' },
      { t: 'code', v: 'x_ij' },
      { t: 'text', v: ' ' },
      { t: 'strong', c: [{ t: 'text', v: 'b' }] },
      { t: 'text', v: ' ' },
      { t: 'em', c: [{ t: 'text', v: 'c' }] },
      { t: 'text', v: ' ' },
      { t: 'em', c: [{ t: 'text', v: 'd' }] },
    ]);
  });

  it('leaves underscores inside words and formulas alone', () => {
    for (const s of ['x_ij / Σ_i y_ij', 'w_j = v_j/Σv', 'rank_i = 1 + s_i', 'O_ij = W_ij I_ij'])
      expect(parseInline(s)).toEqual([{ t: 'text', v: s }]);
  });

  it('takes backslash escapes literally and nests code in strong', () => {
    expect(parseInline('P\\_<i and \\|skew\\|')).toEqual([{ t: 'text', v: 'P_<i and |skew|' }]);
    expect(parseInline('**`winsorise`** (COINr)')).toEqual([
      { t: 'strong', c: [{ t: 'code', v: 'winsorise' }] },
      { t: 'text', v: ' (COINr)' },
    ]);
  });

  it('keeps HTML as text', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { t: 'text', v: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('leaves an unmatched mark as it is', () => {
    expect(plainText(parseInline('2 * 3 and **open'))).toBe('2 * 3 and **open');
  });
});

describe('block Markdown', () => {
  it('reads headings with unique anchors, paragraphs, lists with continuation lines', () => {
    const doc = parseMarkdown(
      '# Methods\n\nOne\nline.\n\n## 1. Denominate\n\n- **Scores** 0–100\n  at every level\n- two\n\n## 1. Denominate\n',
    );
    expect(doc.map((b) => b.t)).toEqual(['heading', 'para', 'heading', 'list', 'heading']);
    expect(doc[0]).toMatchObject({ level: 1, id: 'methods' });
    expect(plainText((doc[1] as Extract<Block, { t: 'para' }>).c)).toBe('One line.');
    expect(doc[2]).toMatchObject({ level: 2, id: '1-denominate' });
    expect(doc[4]).toMatchObject({ id: '1-denominate-1' });
    const list = doc[3] as Extract<Block, { t: 'list' }>;
    expect(list.items.map(plainText)).toEqual(['Scores 0–100 at every level', 'two']);
  });

  it('reads pipe tables with alignment and escaped pipes', () => {
    const doc = parseMarkdown('| a | b |\n| :-- | --: |\n| `x` | \\|s\\| |\n| y |\n');
    expect(doc).toHaveLength(1);
    const t = doc[0] as Extract<Block, { t: 'table' }>;
    expect(t.align).toEqual(['left', 'right']);
    expect(t.head.map(plainText)).toEqual(['a', 'b']);
    expect(t.rows.map((r) => r.map(plainText))).toEqual([
      ['x', '|s|'],
      ['y', ''],
    ]);
  });

  it('keeps fenced code verbatim', () => {
    const doc = parseMarkdown(
      '```yaml\nimpute: { method: none } # **not bold**\n  - x\n```\nafter\n',
    );
    expect(doc[0]).toEqual({
      t: 'code',
      lang: 'yaml',
      v: 'impute: { method: none } # **not bold**\n  - x',
    });
    expect(doc[1]).toMatchObject({ t: 'para' });
  });

  it('sets formula subscripts, and nothing else', () => {
    const parts = (t: string): string =>
      subscriptParts(t)
        .map((p) => (p.sub ? `[${p.text}]` : p.text))
        .join('');
    expect(parts('e_j = −(1/ln n_j) Σ_i p_ij ln p_ij')).toBe(
      'e[j] = −(1/ln n[j]) Σ[i] p[ij] ln p[ij]',
    );
    expect(parts('G = 1 − Σ_k (F_k − F_{k−1})(L_k + L_{k−1})')).toBe(
      'G = 1 − Σ[k] (F[k] − F[k−1])(L[k] + L[k−1])',
    );
    expect(parts('P_<i the weight; ln x_i,0, v⁺_j, Y_ABi')).toBe(
      'P[<i] the weight; ln x[i,0], v⁺[j], Y[ABi]',
    );
    expect(parts('a _word_ and snake _ case')).toBe('a _word_ and snake _ case');
    expect(parts('POP − POP_RURAL, Y_A')).toBe('POP − POP_RURAL, Y[A]');
  });

  it('slugs keep Chinese letters', () => {
    expect(slug('6. Weight (熵权法)')).toBe('6-weight-熵权法');
  });

  it('reads the whole of docs/METHODS.md: every section, table and formula', () => {
    const doc = parseMarkdown(readFileSync(repoPath('docs/METHODS.md'), 'utf8'));
    const headings = doc.filter((b) => b.t === 'heading').map((b) => plainText(b.c));
    for (const h of ['1. Denominate', '6. Weight', '7. Aggregate', '8. Outputs', 'References'])
      expect(headings).toContain(h);
    const tables = doc.filter((b): b is Extract<Block, { t: 'table' }> => b.t === 'table');
    expect(tables.length).toBeGreaterThanOrEqual(4);
    const weights = tables.find((t) => plainText(t.rows[0]![0]!) === 'equal')!;
    expect(weights.rows.map((r) => plainText(r[0]!))).toEqual([
      'equal',
      'expert',
      'entropy (熵权法)',
      'critic',
      'cv',
      'pca',
      'ahp',
      'combined',
    ]);
    expect(plainText(weights.rows[2]![1]!)).toContain('e_j = −(1/ln n_j) Σ_i p_ij ln p_ij');
    expect(doc.some((b) => b.t === 'code' && b.v.includes('normalise: { method: minmax'))).toBe(
      true,
    );
    // No stray Markdown marks left in the text of tables and paragraphs.
    const text = doc
      .flatMap((b) =>
        b.t === 'para' ? [b.c] : b.t === 'table' ? b.rows.flat() : b.t === 'list' ? b.items : [],
      )
      .map(plainText)
      .join('\n');
    expect(text).not.toMatch(/\*\*|\\_|\\\|/);
  });
});
