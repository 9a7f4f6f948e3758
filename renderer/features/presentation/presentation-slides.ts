import type { MessageKey } from '../../../shared/i18n/i18n';
import type { ReportDocument } from '../../../shared/report/report-document';
import {
  changeRowCells,
  metaCountsText,
  metaLegend,
  reportBlocks,
  reportSections,
  type OutlierFinding,
  type ReportSections,
} from '../../../shared/report/report-sections';
import type { ReportTexts } from '../../../shared/report/report-texts';
import { metaBarsSvg, trendSvg } from '../../../shared/report/report-svg';

/**
 * The presentation as plain data: one slide per finding, built from the same
 * document model and in the same order as the report view and the PPTX
 * (reportBlocks). Plain data, so the presenter window can be sent the slides
 * it shows (structured-clone safe), and so the list is unit-testable.
 */
export type SlideBody =
  | Readonly<{ kind: 'cover'; subtitle: string; caveat: string }>
  | Readonly<{ kind: 'section' }>
  | Readonly<{ kind: 'text'; paragraphs: readonly string[] }>
  | Readonly<{ kind: 'chart'; svg: string; alt: string }>
  | Readonly<{ kind: 'finding'; area: string; headline: string; svg: string; latest: string }>
  | Readonly<{
      kind: 'table';
      head: readonly string[];
      rows: readonly (readonly string[])[];
      legend: string;
    }>
  | Readonly<{ kind: 'list'; items: readonly string[] }>;

export type SlideNotes = Readonly<{
  /** What the slide shows, in a sentence or two, with the numbers behind a chart. */
  explanation: string;
  /** The förvaltning's notes on this indicator (or on the year, for the notes slide). */
  userNotes: readonly string[];
  /** Every source file behind the slide in full, the method and the comparison group's members. */
  sources: string;
}>;

export type PresentationSlide = Readonly<{
  title: string;
  body: SlideBody;
  /** The short source reference printed at the slide's foot ("Källa 3"); '' when none. */
  ref: string;
  notes: SlideNotes;
}>;

export type Translate = (
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** Rows of a changes table on one slide: large type leaves room for few. */
export const CHANGES_PER_SLIDE = 6;
/** Source entries per Källor slide: each takes two lines in large type. */
export const SOURCES_PER_SLIDE = 5;

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
/** The chart's own description (its aria-label), for the presenter's notes and a text alternative. */
export const svgLabel = (svg: string): string =>
  /aria-label="([^"]*)"/
    .exec(svg)?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&') ?? '';

function findingSlide(
  o: OutlierFinding,
  homeName: string,
  explanation: string,
  members: string,
  tx: ReportTexts,
): PresentationSlide {
  return {
    title: o.title,
    body: {
      kind: 'finding',
      area: o.area,
      headline: o.headline,
      svg: trendSvg(o, homeName, tx),
      latest: o.latestText,
    },
    ref: o.sourceRef,
    notes: {
      explanation: `${explanation}\n${o.headline}.\n${o.latestText}`,
      userNotes: o.notes,
      sources: `${o.sourceFull}\n${members}`,
    },
  };
}

function sourcesSlides(s: ReportSections, t: Translate): PresentationSlide[] {
  const pages = Math.max(1, Math.ceil(s.sources.length / SOURCES_PER_SLIDE));
  return Array.from({ length: pages }, (_, page) => {
    const items = s.sources
      .slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE)
      .map((e) => e.text);
    return {
      title: pages > 1 ? `${s.texts.sources} (${page + 1}/${pages})` : s.texts.sources,
      body: { kind: 'list', items },
      ref: '',
      notes: {
        explanation: t('presentation.explainSources'),
        userNotes: [],
        sources: [...items, s.methodLine, s.members].join('\n'),
      },
    };
  });
}

/** The slides of a composed report, in its order: a title slide, one slide per part or finding, the sources last. */
export function presentationSlides(doc: ReportDocument, t: Translate): PresentationSlide[] {
  const s = reportSections(doc);
  const home = doc.home.name;
  const all = `${s.partSources.all.full}\n${s.members}`;
  const slides: PresentationSlide[] = [
    {
      title: s.title,
      body: { kind: 'cover', subtitle: s.subtitle, caveat: t('page.overview.caveat') },
      ref: '',
      notes: {
        explanation: `${t('presentation.explainCover')}\n${s.subtitle}`,
        userNotes: [],
        sources: all,
      },
    },
  ];
  let heading: string | null = null;
  for (const block of reportBlocks(doc, s)) {
    switch (block.kind) {
      case 'heading':
        heading = block.text;
        slides.push({
          title: block.text,
          body: { kind: 'section' },
          ref: '',
          notes: {
            explanation: t('presentation.explainHeading'),
            userNotes: [],
            sources: s.methodLine,
          },
        });
        break;
      case 'text':
        slides.push({
          title: heading ?? t('presentation.textTitle'),
          body: { kind: 'text', paragraphs: paragraphs(block.text) },
          ref: '',
          notes: {
            explanation: t('presentation.explainText'),
            userNotes: [],
            sources: s.methodLine,
          },
        });
        break;
      case 'meta': {
        if (s.metaBars.length === 0) break;
        const svg = metaBarsSvg(s.metaBars, s.texts);
        slides.push({
          title: s.texts.metaSlide,
          body: { kind: 'chart', svg, alt: svgLabel(svg) },
          ref: s.partSources.meta.ref,
          notes: {
            explanation: [
              t('presentation.explainMeta', { year: s.latestYear }),
              ...s.metaBars.map((b) => `${b.area}: ${metaCountsText(b, s.texts)}`),
              metaLegend(s.metaBars, s.texts),
            ].join('\n'),
            userNotes: [],
            sources: `${s.partSources.meta.full}\n${s.members}`,
          },
        });
        break;
      }
      case 'metaTable':
        slides.push({
          title: s.texts.metaTable,
          body: {
            kind: 'table',
            head: [s.texts.area, ...s.metaTable.years.map(String)],
            rows: s.metaTable.rows.map((r) => [r.area, ...r.cells]),
            legend: '',
          },
          ref: s.partSources.metaTable.ref,
          notes: {
            explanation: `${t('presentation.explainMetaTable')}\n${s.texts.withoutReasons}`,
            userNotes: [],
            sources: `${s.partSources.metaTable.full}\n${s.members}`,
          },
        });
        break;
      case 'outliers':
        if (block.findings.length === 0)
          slides.push({
            title: s.texts.outliers,
            body: { kind: 'text', paragraphs: [s.texts.noOutliers] },
            ref: '',
            notes: {
              explanation: t('presentation.noOutliers'),
              userNotes: [],
              sources: `${s.partSources.metaTable.full}\n${s.members}`,
            },
          });
        for (const o of block.findings)
          slides.push(findingSlide(o, home, t('presentation.explainOutlier'), s.members, s.texts));
        break;
      case 'finding':
        slides.push(
          findingSlide(block.finding, home, t('presentation.explainIndicator'), s.members, s.texts),
        );
        break;
      case 'changes': {
        if (s.changes.length === 0) break;
        const rows = s.changes.slice(0, CHANGES_PER_SLIDE);
        slides.push({
          title: s.texts.changes,
          body: {
            kind: 'table',
            head: [
              t('overview.indicator'),
              t('report.years'),
              t('report.from'),
              t('report.to'),
              t('report.change'),
              t('report.meaning'),
            ],
            rows: rows.map((c) => changeRowCells(c).slice(0, 6)),
            legend: '',
          },
          ref: s.partSources.changes.ref,
          notes: {
            explanation: [
              t('presentation.explainChanges'),
              ...rows.map(
                (c) =>
                  `${c.title} (${c.years}): ${c.from} → ${c.to}, ${c.change}, ${c.meaning}${c.flag ? `, ${c.flag}` : ''}`,
              ),
              s.texts.changesLegend,
            ].join('\n'),
            userNotes: [],
            sources: `${s.partSources.changes.full}\n${s.members}`,
          },
        });
        break;
      }
      case 'notes':
        slides.push({
          title: s.texts.notes,
          body: { kind: 'list', items: s.notes.map((n) => `${n.heading}: ${n.text}`) },
          ref: '',
          notes: {
            explanation: t('presentation.explainNotes'),
            userNotes: s.notes.map((n) => `${n.heading}: ${n.text}`),
            sources: s.methodLine,
          },
        });
        break;
      case 'development':
        for (const c of block.part.content)
          if (c.kind === 'table')
            slides.push({
              title: `${block.part.title}: ${c.caption}`,
              body: { kind: 'table', head: c.header, rows: c.rows, legend: block.part.legend },
              ref: '',
              notes: {
                explanation: block.part.content
                  .flatMap((p) => (p.kind === 'paragraph' ? [p.text] : []))
                  .join('\n'),
                userNotes: [],
                sources: s.methodLine,
              },
            });
        break;
      case 'network': {
        const table = block.table;
        slides.push({
          title: s.texts.network(table.name, table.year),
          body: {
            kind: 'table',
            head: [t('presentation.kommun'), ...table.areas, t('presentation.recurring')],
            rows: table.rows.map((r) => [
              r.name,
              ...r.cells.map((c) => `▲ ${c.favourable} ● ${c.middle} ▼ ${c.unfavourable}`),
              String(r.persistent),
            ]),
            legend: t('presentation.networkLegend'),
          },
          ref: s.partSources.all.ref,
          notes: {
            explanation: `${t('presentation.explainNetwork', { name: table.name, year: table.year })}\n${t('presentation.networkLegend')}`,
            userNotes: [],
            sources: all,
          },
        });
        break;
      }
    }
  }
  return [...slides, ...sourcesSlides(s, t)];
}
