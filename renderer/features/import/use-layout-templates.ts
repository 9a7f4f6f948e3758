import type { LayoutTemplate } from '../../../shared/import/layout-template';
import { useCommand } from '../../state/use-command';

const NONE: readonly LayoutTemplate[] = [];

/** The workspace's saved layout templates, re-read whenever the data changes. */
export function useLayoutTemplates(): readonly LayoutTemplate[] {
  return useCommand('import.templates', {}).data ?? NONE;
}
