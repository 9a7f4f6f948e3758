import { useId, useMemo, useState } from 'react';
import {
  MAX_REGRESSORS,
  type ExpectedValueResult,
  type Regressor,
  type RegressorOption,
} from '../../../shared/analysis/expected-value';
import { areaLabel } from '../../../shared/model/areas';
import {
  homeNumbersText,
  refusalText,
  regressorText,
  verdictText,
} from '../../../shared/analysis/expected-value-text';
import { expectedValueFigure } from '../../../shared/charts/expected-figure';
import { PlotlyChart } from '../../charts/PlotlyChart';
import { Icon } from '../../components/Icon';
import { useI18n } from '../../state/i18n-context';
import { useCommand } from '../../state/use-command';

const NO_PAYLOAD: Readonly<Record<string, never>> = {};

/**
 * Förväntat värde on Indikator (issue 19 item 8): the user picks one to three
 * bakgrundsmått or own variables; the model across kommuner gives the home's
 * expected value, its residual standing and a scatter — always with the caveat.
 */
export function ExpectedValue({
  indicatorId,
  year,
  area,
  home,
  homeName,
  onPin,
}: Readonly<{
  indicatorId: string;
  /** The indicator's year (the series' latest within the chosen years). */
  year: number;
  /** The indicator's area: its own bakgrundsmått are offered first. */
  area: string;
  home: string;
  homeName: string;
  /** Pin this model (indicator and regressors) to the report; no button without it. */
  onPin?: (regressors: readonly Regressor[]) => void;
}>) {
  const { t, lang } = useI18n();
  const id = useId();
  const answer = useCommand('indicator.regressorOptions', NO_PAYLOAD);
  // The indicator's own area first, then own variables, then the other areas' bakgrundsmått.
  const options = useMemo(() => {
    const rank = (o: RegressorOption) => (o.area === area ? 0 : o.area === null ? 1 : 2);
    return answer.data ? [...answer.data].sort((a, b) => rank(a) - rank(b)) : null;
  }, [answer.data, area]);
  const [keys, setKeys] = useState<readonly string[]>(() => Array(MAX_REGRESSORS).fill(''));
  const chosen = useMemo(
    () =>
      [...new Set(keys.filter(Boolean))].flatMap((k) => {
        const o = options?.find((x) => x.key === k);
        return o ? [o.regressor] : [];
      }),
    [keys, options],
  );
  const model = useCommand(
    'indicator.expectedValue',
    chosen.length > 0 ? { indicatorId, home, regressors: chosen } : null,
  );
  const result = chosen.length > 0 ? model.data : null;
  // ÖJ publishes the same bakgrundsmått with every area: the area tells them apart.
  const optionLabel = (o: RegressorOption) =>
    o.area === null
      ? t('peers.variableOption', { label: o.label })
      : t('peers.backgroundOption', {
          label:
            (options ?? []).filter((x) => x.label === o.label).length > 1
              ? `${o.label} (${areaLabel(o.area, lang)})`
              : o.label,
        });

  return (
    <section aria-labelledby={`${id}-title`} data-testid="expected-value">
      <h2 id={`${id}-title`}>{t('expected.title')}</h2>
      <p className="hint">{t('expected.intro', { home: homeName, year })}</p>
      <p className="caveat" role="note" data-testid="expected-caveat">
        {t('expected.caveat')}
      </p>
      {answer.loading && !options && <p className="hint">{t('expected.computing')}</p>}
      {answer.error && (
        <p role="alert" className="status-error">
          <Icon name="warning" />
          {answer.error}
        </p>
      )}
      {options && options.length === 0 && <p>{t('expected.noOptions')}</p>}
      {options && options.length > 0 && (
        <fieldset className="expected-regressors">
          <legend>{t('expected.regressors')}</legend>
          {keys.map((key, i) => (
            <p key={i}>
              <label htmlFor={`${id}-r${i}`}>{t('expected.regressor', { n: i + 1 })}</label>{' '}
              <select
                id={`${id}-r${i}`}
                value={key}
                onChange={(e) => setKeys((ks) => ks.map((k, j) => (j === i ? e.target.value : k)))}
              >
                <option value="">{t('expected.none')}</option>
                {options!.map((o) => (
                  <option
                    key={o.key}
                    value={o.key}
                    disabled={o.key !== key && keys.includes(o.key)}
                  >
                    {optionLabel(o)}
                  </option>
                ))}
              </select>
            </p>
          ))}
        </fieldset>
      )}
      <div aria-live="polite" className="hint">
        {chosen.length > 0 && model.loading ? t('expected.computing') : ''}
      </div>
      {model.error && (
        <p role="alert" className="status-error">
          <Icon name="warning" />
          {model.error}
        </p>
      )}
      {result && <ModelResult result={result} homeName={homeName} />}
      {result && result.refusal === null && onPin && (
        <p>
          <button type="button" onClick={() => onPin(chosen)}>
            <Icon name="pin" />
            {t('expected.pin')}
          </button>
        </p>
      )}
    </section>
  );
}

function ModelResult({
  result,
  homeName,
}: Readonly<{ result: ExpectedValueResult; homeName: string }>) {
  const i18n = useI18n();
  const { t, num } = i18n;
  const figure = useMemo(
    () =>
      result.cases.length > 0
        ? expectedValueFigure(result, {
            home: homeName,
            others: t('expected.others'),
            line: t('expected.line'),
            actual: t('expected.actual'),
            expected: t('expected.expected'),
          })
        : null,
    [result, homeName, t],
  );
  const h = result.homeResult;
  return (
    <div data-testid="expected-result">
      {result.refusal && (
        <p role="status" data-testid="expected-refusal">
          <Icon name="warning" />
          {refusalText(i18n, result, homeName)}
        </p>
      )}
      {result.model && (
        <>
          <h3>{t('expected.model')}</h3>
          <p data-testid="expected-summary">
            {t('expected.summary', { r2: num(result.model.r2, 2), n: result.n })}
          </p>
          <table className="data-table" data-testid="expected-coefficients">
            <thead>
              <tr>
                <th scope="col">{t('expected.term')}</th>
                <th scope="col" className="num">
                  {t('expected.coefficient')}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('expected.intercept')}</th>
                <td className="num">{num(result.model.intercept, 4)}</td>
              </tr>
              {result.regressors.map((r, i) => (
                <tr key={r.key}>
                  <th scope="row">{regressorText(r)}</th>
                  <td className="num">{num(result.model!.coefficients[i] ?? NaN, 4)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {h && (
        <>
          <p data-testid="expected-verdict">
            <strong>{verdictText(i18n, result, homeName)}</strong> {homeNumbersText(i18n, result)}
          </p>
          {figure && (
            <PlotlyChart
              figure={figure}
              label={t('expected.scatterAlt', { n: result.n, home: homeName })}
            />
          )}
        </>
      )}
    </div>
  );
}
