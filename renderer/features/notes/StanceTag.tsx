import type { Stance } from '../../../shared/model/stance';
import { useI18n } from '../../state/i18n-context';

/**
 * A red's stance in words ("Ställningstagande: Prioriterat bort"), never a
 * colour or a mark alone. `bare`: just the label, where a column heading
 * already says "Ställningstagande".
 */
export function StanceTag({ stance, bare = false }: Readonly<{ stance: Stance; bare?: boolean }>) {
  const { t } = useI18n();
  const label = t(`stance.${stance}`);
  return (
    <span className="stance" data-testid="stance" data-stance={stance}>
      {bare ? label : t('stance.tag', { stance: label })}
    </span>
  );
}
