import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SheetPreview } from '../../../shared/import/import-report';
import type { SheetMapping } from '../../../shared/import/sheet-mapping';
import { useI18n } from '../../state/i18n-context';
import { draftFromPreview, draftsEqual, draftToMapping, type SheetDraft } from './sheet-draft';
import { SheetMappingTable } from './SheetMappingTable';

type Props = Readonly<{
  previews: readonly SheetPreview[];
  /** The corrections the file was last read with. */
  mappings: readonly SheetMapping[];
  editable: boolean;
  onApply: (mappings: readonly SheetMapping[]) => void;
  onClose: () => void;
}>;

/** The first rows of each sheet as read, with controls to correct the reading and read the file again. */
export function MappingPreview({ previews, mappings, editable, onApply, onClose }: Props) {
  const { t } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const detected = useMemo(
    () =>
      previews.map((p) =>
        draftFromPreview(
          p,
          mappings.find((m) => m.sheet === p.sheet),
        ),
      ),
    [previews, mappings],
  );
  const [drafts, setDrafts] = useState<readonly SheetDraft[]>(detected);
  useEffect(() => setDrafts(detected), [detected]);
  useEffect(() => heading.current?.focus(), []);

  const changed = drafts.some((d, i) => !draftsEqual(d, detected[i]!));
  const apply = () => {
    const corrected = drafts.flatMap((d, i) => {
      const previous = mappings.find((m) => m.sheet === d.sheet);
      return !draftsEqual(d, detected[i]!) || previous
        ? [draftToMapping(d, detected[i]!, previous)]
        : [];
    });
    onApply(corrected);
  };

  return (
    <section
      className="mapping-preview"
      aria-labelledby={`${id}-title`}
      data-testid="mapping-preview"
    >
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {previews.length === 1
          ? t('mapping.title', { sheet: previews[0]!.sheet })
          : t('import.gate.correct')}
      </h4>
      <p className="hint">{t('mapping.intro')}</p>
      {previews.map((preview, i) => (
        <section
          key={`${preview.sheet}-${i}`}
          aria-label={t('mapping.title', { sheet: preview.sheet })}
        >
          {previews.length > 1 && <h5>{t('mapping.title', { sheet: preview.sheet })}</h5>}
          <SheetMappingTable
            preview={preview}
            draft={drafts[i] ?? detected[i]!}
            disabled={!editable}
            onChange={(next) => setDrafts((list) => list.map((d, j) => (j === i ? next : d)))}
          />
        </section>
      ))}
      <div className="actions">
        <button type="button" className="primary" disabled={!editable || !changed} onClick={apply}>
          {t('mapping.apply')}
        </button>
        <button type="button" disabled={!changed} onClick={() => setDrafts(detected)}>
          {t('mapping.reset')}
        </button>
        <button type="button" onClick={onClose}>
          {t('mapping.close')}
        </button>
      </div>
    </section>
  );
}
