// The pipeline settings as a form generated from the core's method lists: every change goes up
// at once (the page re-evaluates), and a server error is shown beside the setting it names.

import { Button, Form, Input, InputNumber, Radio, Select, Switch } from 'antd';
import { useState, type ReactNode } from 'react';
import type { FrameworkTree } from '@gapscope/core/framework/tree.ts';
import { useT } from '../../i18n/index.ts';
import { AhpEditor } from './AhpEditor.tsx';
import {
  AGGREGATE_LABEL,
  IMPUTE_LABEL,
  NORMALISE_LABEL,
  optionsOf,
  TIER_LABEL,
  TREAT_LABEL,
  WEIGHT_LABEL,
} from './labels.ts';
import styles from './method.module.css';
import {
  AGGREGATE_METHODS,
  defaultConfig,
  IMPUTE_METHODS,
  levelsOf,
  NORMALISE_METHODS,
  OBJECTIVE,
  TIER_METHODS,
  TREAT_METHODS,
  WEIGHT_METHODS,
  type PipelineConfig,
} from './settings.ts';

type Cfg = PipelineConfig;

/** Parameters each normalisation takes, with their defaults (METHODS.md § Normalise). */
const PARAMS: Partial<Record<Cfg['normalise']['method'], [number, number]>> = {
  minmax: [0, 100],
  'minmax-pooled': [0, 100],
  rank: [0, 100],
  zscore: [50, 10],
};

function ThresholdsInput({
  value,
  onChange,
}: {
  value: number[];
  onChange(v: number[]): void;
}): ReactNode {
  const t = useT();
  const [text, setText] = useState(value.join(', '));
  return (
    <Input
      value={text}
      placeholder="80, 65, 50"
      aria-label={t('method.tiers.cuts')}
      onChange={(e) => {
        setText(e.target.value);
        const nums = e.target.value
          .split(/[,，\s]+/)
          .filter(Boolean)
          .map(Number);
        if (nums.every(Number.isFinite)) onChange(nums);
      }}
    />
  );
}

export function SettingsForm({
  tree,
  config,
  onChange,
  errors,
}: {
  tree: FrameworkTree;
  config: Cfg;
  onChange(next: Cfg): void;
  /** Error messages by field (see settings.ts errorField). */
  errors: Record<string, string>;
}): ReactNode {
  const t = useT();
  const set = <K extends keyof Cfg>(key: K, patch: Partial<Cfg[K]>): void =>
    onChange({ ...config, [key]: { ...(config[key] as object), ...patch } } as Cfg);
  const status = (field: string) =>
    errors[field]
      ? { validateStatus: 'error' as const, help: <span role="alert">{errors[field]}</span> }
      : {};
  const ahpErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith('weights.ahp.'))
      .map(([k, v]) => [k.slice('weights.ahp.'.length), v]),
  );
  const params = PARAMS[config.normalise.method];
  const levels = levelsOf(tree);
  const w = config.weights;

  return (
    <Form layout="vertical" requiredMark={false} className={styles.form} data-testid="settings">
      <Form.Item {...status('denominate')}>
        <label className={styles.row}>
          <Switch
            size="small"
            checked={config.denominate}
            onChange={(v) => onChange({ ...config, denominate: v })}
          />
          {t('method.denominate')}
        </label>
      </Form.Item>

      <div className={styles.section}>{t('method.section.data')}</div>
      <Form.Item label={t('method.impute')} {...status('impute')}>
        <Select
          value={config.impute.method}
          options={optionsOf(t, IMPUTE_METHODS, IMPUTE_LABEL)}
          onChange={(method) => set('impute', { method })}
          aria-label={t('method.impute')}
          data-testid="impute-method"
        />
      </Form.Item>
      <Form.Item label={t('method.screen')} {...status('screen')} extra={t('method.screen.help')}>
        <div className={styles.row}>
          <InputNumber
            min={0}
            max={1}
            step={0.05}
            value={config.screen.threshold}
            onChange={(v) => v !== null && set('screen', { threshold: v })}
            aria-label={t('method.screen')}
          />
          <Radio.Group
            value={config.screen.basis}
            onChange={(e) => set('screen', { basis: e.target.value as Cfg['screen']['basis'] })}
            options={[
              { value: 'imputed', label: t('method.screen.imputed') },
              { value: 'observed', label: t('method.screen.observed') },
            ]}
          />
        </div>
      </Form.Item>
      <Form.Item label={t('method.treat')} {...status('treat')}>
        <Select
          value={config.treat.method}
          options={optionsOf(t, TREAT_METHODS, TREAT_LABEL)}
          onChange={(method) => set('treat', { method })}
          aria-label={t('method.treat')}
        />
        {config.treat.method === 'winsorise' && (
          <div className={styles.sub}>
            <span>{t('method.treat.maxCells')}</span>
            <InputNumber
              min={0}
              max={50}
              precision={0}
              value={config.treat.maxCells}
              onChange={(v) => v !== null && set('treat', { maxCells: v })}
              aria-label={t('method.treat.maxCells')}
            />
          </div>
        )}
        {config.treat.method === 'clip' && (
          <div className={styles.sub}>
            <span>{t('method.treat.clip.range')}</span>
            {[0, 1].map((i) => (
              <InputNumber
                key={i}
                min={0}
                max={1}
                step={0.005}
                value={config.treat.clip[i]}
                onChange={(v) => {
                  if (v === null) return;
                  const clip = [...config.treat.clip] as [number, number];
                  clip[i] = v;
                  set('treat', { clip });
                }}
                aria-label={`${t('method.treat.clip.range')} ${i + 1}`}
              />
            ))}
          </div>
        )}
      </Form.Item>
      <Form.Item label={t('method.normalise')} {...status('normalise')}>
        <Select
          value={config.normalise.method}
          options={optionsOf(t, NORMALISE_METHODS, NORMALISE_LABEL)}
          onChange={(method) => set('normalise', { method, params: undefined })}
          aria-label={t('method.normalise')}
          data-testid="normalise-method"
        />
        {params && (
          <div className={styles.sub}>
            <span>
              {t(
                config.normalise.method === 'zscore'
                  ? 'method.normalise.meanSd'
                  : 'method.normalise.range',
              )}
            </span>
            {[0, 1].map((i) => (
              <InputNumber
                key={i}
                value={(config.normalise.params ?? params)[i]}
                onChange={(v) => {
                  if (v === null) return;
                  const next = [...(config.normalise.params ?? params)] as [number, number];
                  next[i] = v;
                  set('normalise', { params: next });
                }}
                aria-label={`${t('method.normalise')} ${i + 1}`}
              />
            ))}
          </div>
        )}
      </Form.Item>

      <div className={styles.section}>{t('method.section.weights')}</div>
      <Form.Item label={t('method.weights')} {...status('weights')}>
        <Select
          value={w.method}
          options={optionsOf(t, WEIGHT_METHODS, WEIGHT_LABEL)}
          onChange={(method) => set('weights', { method })}
          aria-label={t('method.weights')}
          data-testid="weights-method"
        />
        {(OBJECTIVE.has(w.method) || w.method === 'combined') && (
          <div className={styles.sub}>
            <span>{t('method.weights.scope')}</span>
            <Radio.Group
              value={w.scope}
              onChange={(e) => set('weights', { scope: e.target.value as Cfg['weights']['scope'] })}
              options={[
                { value: 'global', label: t('method.weights.global') },
                { value: 'domain', label: t('method.weights.domain') },
              ]}
            />
          </div>
        )}
        {w.method === 'combined' && (
          <div className={styles.sub}>
            <Select
              value={w.subjective}
              options={optionsOf(t, WEIGHT_METHODS, WEIGHT_LABEL).filter(
                (o) => o.value !== 'combined',
              )}
              onChange={(subjective) => set('weights', { subjective })}
              aria-label={t('method.weights.subjective')}
              style={{ minWidth: 150 }}
            />
            <span>α</span>
            <InputNumber
              min={0}
              max={1}
              step={0.1}
              value={w.alpha}
              onChange={(v) => v !== null && set('weights', { alpha: v })}
              aria-label="α"
            />
            <Select
              value={w.objective}
              options={optionsOf(t, WEIGHT_METHODS, WEIGHT_LABEL).filter(
                (o) => o.value !== 'combined',
              )}
              onChange={(objective) => set('weights', { objective })}
              aria-label={t('method.weights.objective')}
              style={{ minWidth: 150 }}
            />
          </div>
        )}
      </Form.Item>
      {(w.method === 'ahp' || (w.method === 'combined' && w.subjective === 'ahp')) && (
        <AhpEditor
          tree={tree}
          matrices={w.ahp}
          onChange={(ahp) => set('weights', { ahp })}
          errors={ahpErrors}
        />
      )}

      <div className={styles.section}>{t('method.section.aggregate')}</div>
      <Form.Item label={t('method.aggregate')} {...status('aggregate')}>
        <Select
          value={config.aggregate.method}
          options={optionsOf(t, AGGREGATE_METHODS, AGGREGATE_LABEL)}
          onChange={(method) => set('aggregate', { method })}
          aria-label={t('method.aggregate')}
          data-testid="aggregate-method"
        />
        {levels.map((lv) => (
          <div className={styles.sub} key={lv}>
            <span className={styles.levelLabel}>
              {t(lv === levels.at(-1) ? 'method.aggregate.top' : 'method.aggregate.level', {
                level: lv,
              })}
            </span>
            <Select
              value={config.aggregate.levels[String(lv)] ?? ''}
              options={[
                { value: '', label: t('method.aggregate.same') },
                ...optionsOf(t, AGGREGATE_METHODS, AGGREGATE_LABEL),
              ]}
              onChange={(m: string) => {
                const next = { ...config.aggregate.levels };
                if (m) next[String(lv)] = m as Cfg['aggregate']['method'];
                else delete next[String(lv)];
                set('aggregate', { levels: next });
              }}
              aria-label={t('method.aggregate.level', { level: lv })}
              style={{ minWidth: 180, flex: 1 }}
            />
          </div>
        ))}
      </Form.Item>
      <Form.Item label={t('method.tiers')} {...status('tiers')}>
        <div className={styles.row}>
          <Select
            value={config.tiers.method}
            options={optionsOf(t, TIER_METHODS, TIER_LABEL)}
            onChange={(method) => set('tiers', { method })}
            aria-label={t('method.tiers')}
            style={{ minWidth: 180 }}
          />
          {config.tiers.method === 'thresholds' ? (
            <ThresholdsInput
              value={config.tiers.thresholds}
              onChange={(thresholds) => set('tiers', { thresholds })}
            />
          ) : (
            <InputNumber
              min={2}
              max={20}
              precision={0}
              value={config.tiers.k}
              onChange={(v) => v !== null && set('tiers', { k: v })}
              aria-label={t('method.tiers.k')}
              addonAfter={t('method.tiers.k')}
            />
          )}
        </div>
      </Form.Item>
      <Button onClick={() => onChange(defaultConfig())} data-testid="settings-reset">
        {t('method.reset')}
      </Button>
    </Form>
  );
}
