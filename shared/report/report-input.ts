import type { Lang } from '../i18n/i18n';
import type { PeerSetSpec } from '../analysis/peer-sets';
import type { ColourMode } from '../analysis/standing';
import type { NamndrapportInput } from './namndrapport';
import {
  templateAreas,
  templateItems,
  type ReportDefinition,
  type ReportTemplate,
} from './report-definition';

/**
 * What a report is built from: a saved (composed) report, or a template for
 * a hemkommun and jämförelsegrupp. The app's Rapport and Presentation and
 * `oj-analys report` name one of these; reportInput turns it into the
 * builder's input in one place.
 */
export type ReportSource =
  | Readonly<{ kind: 'saved'; definition: ReportDefinition }>
  | Readonly<{ kind: 'template'; template: ReportTemplate; home: string; peers: PeerSetSpec }>;

export type ReportBuildOptions = Readonly<{
  /** The years to cover; a saved report's own years otherwise, else the builder's last five. */
  years?: readonly [number, number];
  /** How standings are coloured; relative when left out. */
  mode?: ColourMode;
  /** The areas to limit the report to; a saved report's own (or a template's) otherwise. */
  areas?: readonly string[] | null;
}>;

export function reportInput(
  source: ReportSource,
  options: ReportBuildOptions = {},
  /** The report's language: its sentences, and a template's own heading and text. */
  lang?: Lang,
): NamndrapportInput {
  const base =
    source.kind === 'saved'
      ? {
          home: source.definition.home,
          peers: source.definition.peers,
          items: source.definition.items,
        }
      : {
          home: source.home,
          peers: source.peers,
          items: templateItems(source.template, source.peers, lang),
        };
  const years = options.years ?? (source.kind === 'saved' ? source.definition.years : null);
  const areas =
    options.areas !== undefined
      ? options.areas
      : source.kind === 'saved'
        ? (source.definition.areas ?? null)
        : templateAreas(source.template);
  return {
    ...base,
    ...(years ? { years } : {}),
    ...(areas && areas.length > 0 ? { areas } : {}),
    ...(options.mode ? { mode: options.mode } : {}),
    ...(lang ? { lang } : {}),
  };
}
