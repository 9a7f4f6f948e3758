import { useId } from 'react';
import {
  COLUMN_ROLES,
  type ColumnRole,
  type SheetPreview,
} from '../../../shared/import/import-report';
import { DIRECTIONS, type Direction } from '../../../shared/model/indicators';
import { columnLetters } from '../../../shared/util/cell-address';
import { useI18n } from '../../state/i18n-context';
import {
  previewFirstCol,
  previewFirstRow,
  previewUnitEvidence,
  previewWidth,
  withDirection,
  withHeaderRow,
  withRole,
  withUnitCol,
  type SheetDraft,
} from './sheet-draft';

const AUX_ROLES: ReadonlySet<ColumnRole> = new Set([
  'n',
  'ci',
  'ci_low',
  'ci_high',
  'response_rate',
]);
const clip = (text: string, max = 28): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** What a column is called in the unit-column choice: its letter and its last header text (or first value). */
function columnName(preview: SheetPreview, headerRows: readonly number[], col: number): string {
  const top = previewFirstRow(preview);
  const header = [...headerRows]
    .reverse()
    .map((r) => preview.rows[r - top]?.[col])
    .find((v) => v);
  const first = preview.rows.find((row, i) => !headerRows.includes(top + i) && row[col])?.[col];
  const text = header ?? first;
  return text ? `${columnLetters(col)} – ${clip(text)}` : columnLetters(col);
}

type Props = Readonly<{
  preview: SheetPreview;
  draft: SheetDraft;
  onChange: (draft: SheetDraft) => void;
  disabled: boolean;
}>;

/**
 * One sheet's first rows with how each column and row is read, and the
 * controls to change it. Roles are written out in every column header (not
 * only coloured); header rows say "rubrik".
 */
export function SheetMappingTable({ preview, draft, onChange, disabled }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const top = previewFirstRow(preview);
  const left = previewFirstCol(preview);
  // Columns are the sheet's own; a table that starts further right is shown from its first column.
  const cols = Array.from(
    { length: Math.max(0, previewWidth(preview) - left) },
    (_, i) => left + i,
  );
  const evidence = previewUnitEvidence(preview, lang);
  const roleOf = (col: number): ColumnRole | null => draft.columns[col] ?? null;
  const detectedAux = (col: number): number | null => {
    const of = preview.auxOf[col];
    return of !== undefined && roleOf(col) === preview.columns[col] && AUX_ROLES.has(roleOf(col)!)
      ? of
      : null;
  };
  return (
    <div className="mapping-sheet">
      <label htmlFor={`${id}-unit`}>{t('mapping.unitCol', { sheet: preview.sheet })}</label>{' '}
      <select
        id={`${id}-unit`}
        value={draft.unitCol ?? ''}
        disabled={disabled}
        onChange={(e) =>
          onChange(withUnitCol(draft, e.target.value === '' ? null : Number(e.target.value)))
        }
      >
        <option value="">–</option>
        {cols.map((c) => (
          <option key={c} value={c}>
            {columnName(preview, draft.headerRows, c)}
          </option>
        ))}
      </select>
      {evidence && <span className="hint"> {evidence}</span>}
      <div
        className="mapping-scroll"
        role="region"
        aria-label={t('mapping.tableLabel', { sheet: preview.sheet })}
        tabIndex={0}
      >
        <table className="data-table mapping-table">
          <caption className="visually-hidden">
            {t('mapping.tableLabel', { sheet: preview.sheet })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('mapping.row')}</th>
              {cols.map((c) => (
                <th key={c} scope="col" data-role={roleOf(c) ?? 'none'}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="row">{t('mapping.roleRow')}</th>
              {cols.map((c) => {
                const aux = detectedAux(c);
                return (
                  <td key={c} data-role={roleOf(c) ?? 'none'}>
                    <select
                      aria-label={t('mapping.roleFor', { col: columnLetters(c) })}
                      value={roleOf(c) ?? ''}
                      disabled={disabled}
                      onChange={(e) => onChange(withRole(draft, c, e.target.value as ColumnRole))}
                    >
                      {roleOf(c) === null && <option value="">{t('mapping.role.none')}</option>}
                      {COLUMN_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`mapping.role.${role}`)}
                        </option>
                      ))}
                    </select>
                    {aux !== null && (
                      <div className="hint">
                        {t('mapping.belongsTo', { col: columnLetters(aux) })}
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
            <tr>
              <th scope="row">{t('mapping.directionRow')}</th>
              {cols.map((c) => (
                <td key={c}>
                  {roleOf(c) === 'value' ? (
                    <select
                      aria-label={t('mapping.directionFor', { col: columnLetters(c) })}
                      value={draft.directions[c] ?? ''}
                      disabled={disabled}
                      onChange={(e) =>
                        onChange(
                          withDirection(
                            draft,
                            c,
                            e.target.value === '' ? null : (e.target.value as Direction),
                          ),
                        )
                      }
                    >
                      <option value="">{t('mapping.direction.detected')}</option>
                      {DIRECTIONS.map((d) => (
                        <option key={d} value={d}>
                          {t(`mapping.direction.${d}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span aria-hidden="true">–</span>
                  )}
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, i) => {
              const r = top + i;
              const header = draft.headerRows.includes(r);
              return (
                <tr key={r} className={header ? 'mapping-header-row' : undefined}>
                  <th scope="row">
                    <label className="mapping-row-label">
                      <input
                        type="checkbox"
                        checked={header}
                        disabled={disabled}
                        aria-label={t('mapping.headerRow', { row: r + 1 })}
                        onChange={(e) => onChange(withHeaderRow(draft, r, e.target.checked))}
                      />{' '}
                      {r + 1}
                      {header && <span className="mapping-tag"> {t('mapping.headerShort')}</span>}
                    </label>
                  </th>
                  {cols.map((c) => (
                    <td key={c} data-role={roleOf(c) ?? 'none'}>
                      {row[c] ? clip(row[c]!, 40) : ''}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
