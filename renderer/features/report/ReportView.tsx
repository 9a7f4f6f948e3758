import type { ReportDocument } from '../../../shared/report/report-document';
import { RowHeaderTable } from '../../components/RowHeaderTable';
import {
  changeRowCells,
  metaLegend,
  metaRow,
  networkCellText,
  reportBlocks,
  reportSections,
  type OutlierFinding,
} from '../../../shared/report/report-sections';
import type { ReportTexts } from '../../../shared/report/report-texts';
import { sourceRowCells } from '../../../shared/report/report-sources';
import { metaBarsSvg, trendSvg } from '../../../shared/report/report-svg';
import { useI18n } from '../../state/i18n-context';
import './report-print.css';

/**
 * A report chart: the very SVG the PDF export draws (axis titles, units, the
 * shared palette). The markup is built by shared/report/report-svg.ts from
 * numbers and escaped text, never from user HTML; the SVG carries its own
 * role="img" and aria-label.
 */
function Chart({ svg }: Readonly<{ svg: string }>) {
  return svg ? <div className="report-chart" dangerouslySetInnerHTML={{ __html: svg }} /> : null;
}

/** The short source reference beside a part ("Källa 3"); the sources are listed once, at the end. */
const Ref = ({ text }: Readonly<{ text: string }>) =>
  text ? <p className="report-ref">{text}</p> : null;

function Table({
  head,
  rows,
}: Readonly<{ head: readonly string[]; rows: readonly (readonly string[])[] }>) {
  return <RowHeaderTable className="data-table" head={head} rows={rows} />;
}

function Finding({
  o,
  homeName,
  tx,
}: Readonly<{ o: OutlierFinding; homeName: string; tx: ReportTexts }>) {
  return (
    <section className="report-finding">
      <h4>{o.title}</h4>
      <p>
        {o.area}. {o.headline}.
      </p>
      <Chart svg={trendSvg(o, homeName, tx)} />
      <p>{o.latestText}</p>
      {o.notes.map((n, i) => (
        <p key={i}>
          <em>{n}</em>
        </p>
      ))}
      <Table
        head={[tx.year, homeName, tx.groupMedian, tx.riket]}
        rows={o.trend.map((p) => [
          String(p.year),
          tx.num(p.home),
          tx.num(p.median),
          tx.num(p.riket),
        ])}
      />
      <Ref text={o.sourceRef} />
    </section>
  );
}

/** The composed report on screen, part by part in the user's order — the same parts the exports render. */
export function ReportView({ doc }: Readonly<{ doc: ReportDocument }>) {
  const { t } = useI18n();
  const s = reportSections(doc);
  return (
    <article className="report" data-testid="report" aria-label={t('report.template')}>
      <h2 className="report-title">{doc.title}</h2>
      <p>{s.subtitle}</p>
      <p className="caveat">{t('page.overview.caveat')}</p>
      {reportBlocks(doc, s).map((b, i) => {
        switch (b.kind) {
          case 'heading':
            return <h3 key={i}>{b.text}</h3>;
          case 'text':
            return b.text.split(/\n{2,}/).map((p, j) => <p key={`${i}-${j}`}>{p}</p>);
          case 'meta':
            return (
              <section key={i}>
                <h3>{s.texts.meta}</h3>
                {s.metaBars.length > 0 && <Chart svg={metaBarsSvg(s.metaBars, s.texts)} />}
                <Table
                  head={[s.texts.area, ...s.texts.metaHeader.slice(1)]}
                  rows={s.metaBars.map(metaRow)}
                />
                <p className="report-legend">{metaLegend(s.metaBars, s.texts)}</p>
                <Ref text={s.partSources.meta.ref} />
              </section>
            );
          case 'metaTable':
            return (
              <section key={i}>
                <h3>{s.texts.metaTable}</h3>
                <Table
                  head={[s.texts.area, ...s.metaTable.years.map(String)]}
                  rows={s.metaTable.rows.map((r) => [r.area, ...r.cells])}
                />
                <p className="report-legend">{s.texts.withoutReasons}</p>
                <Ref text={s.partSources.metaTable.ref} />
              </section>
            );
          case 'outliers':
            return (
              <section key={i}>
                <h3>{s.texts.outliers}</h3>
                {b.findings.length === 0 ? (
                  <p>{s.texts.noOutliers}</p>
                ) : (
                  b.findings.map((o) => (
                    <Finding key={o.seriesId} o={o} homeName={doc.home.name} tx={s.texts} />
                  ))
                )}
              </section>
            );
          case 'finding':
            return <Finding key={i} o={b.finding} homeName={doc.home.name} tx={s.texts} />;
          case 'changes':
            return (
              <section key={i}>
                <h3>{s.texts.changes}</h3>
                <Table
                  head={[
                    t('overview.indicator'),
                    t('report.years'),
                    t('report.from'),
                    t('report.to'),
                    t('report.change'),
                    t('report.meaning'),
                    s.texts.changesHeader[6]!,
                  ]}
                  rows={s.changes.map(changeRowCells)}
                />
                <p className="report-legend">{s.texts.changesLegend}</p>
                <Ref text={s.partSources.changes.ref} />
              </section>
            );
          case 'notes':
            return (
              <section key={i}>
                <h3>{s.texts.notes}</h3>
                <ul>
                  {s.notes.map((n, j) => (
                    <li key={j}>
                      <strong>{n.heading}: </strong>
                      {n.text}
                    </li>
                  ))}
                </ul>
              </section>
            );
          case 'development':
            return (
              <section key={i}>
                <h3>{b.part.title}</h3>
                {b.part.content.map((c, j) =>
                  c.kind === 'paragraph' ? (
                    <p key={j}>{c.text}</p>
                  ) : (
                    <div key={j}>
                      <h4>{c.caption}</h4>
                      <Table head={c.header} rows={c.rows} />
                    </div>
                  ),
                )}
                <p className="report-legend">{b.part.legend}</p>
              </section>
            );
          case 'network':
            return (
              <section key={i}>
                <h3>{s.texts.network(b.table.name, b.table.year)}</h3>
                <Table
                  head={[s.texts.kommun, ...b.table.areas, s.texts.persistentColumn]}
                  rows={b.table.rows.map((r) => [
                    r.name,
                    ...r.cells.map((c) => networkCellText(c, b.table.year, s.texts)),
                    String(r.persistent),
                  ])}
                />
                <p className="report-legend">{s.texts.networkLegend(b.table.year)}</p>
                <Ref text={s.partSources.all.ref} />
              </section>
            );
        }
      })}
      <p className="source-line">
        {t('report.members')}: {doc.peerNames.join(', ')}
      </p>
      <p className="source-line">{s.methodLine}</p>
      <section data-testid="report-sources">
        <h3>{s.texts.sources}</h3>
        <Table head={s.texts.sourcesHeader} rows={s.sources.map(sourceRowCells)} />
      </section>
    </article>
  );
}
