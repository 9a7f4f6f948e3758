import { svgLabel, type PresentationSlide, type SlideBody } from './presentation-slides';
import { RowHeaderTable } from '../../components/RowHeaderTable';
import './presentation.css';

type Props = Readonly<{
  slide: PresentationSlide;
  /**
   * 'stage': the audience screen, the chart drawn inline as the report view
   * draws it (SVG built by shared/report/report-svg.ts from numbers and escaped
   * text). 'preview': the presenter window, which gets the slide over a
   * channel, so a chart is shown as an image — an SVG image never runs script.
   */
  mode: 'stage' | 'preview';
  headingLevel: 2 | 3;
}>;

function Chart({ svg, mode }: Readonly<{ svg: string; mode: Props['mode'] }>) {
  if (!svg) return null;
  if (mode === 'preview')
    return (
      <img
        className="show-chart"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
        alt={svgLabel(svg)}
      />
    );
  return <div className="show-chart" dangerouslySetInnerHTML={{ __html: svg }} />;
}

function Body({ body, mode }: Readonly<{ body: SlideBody; mode: Props['mode'] }>) {
  switch (body.kind) {
    case 'cover':
      return (
        <>
          <p className="show-lead">{body.subtitle}</p>
          <p className="show-caveat">{body.caveat}</p>
        </>
      );
    case 'section':
      return null;
    case 'text':
      return (
        <>
          {body.paragraphs.map((p, i) => (
            <p key={i} className="show-lead">
              {p}
            </p>
          ))}
        </>
      );
    case 'chart':
      return <Chart svg={body.svg} mode={mode} />;
    case 'finding':
      return (
        <>
          <p className="show-kicker">{body.area}</p>
          <p className="show-headline">{body.headline}</p>
          <Chart svg={body.svg} mode={mode} />
          <p>{body.latest}</p>
        </>
      );
    case 'table':
      return (
        <>
          <RowHeaderTable className="show-table" head={body.head} rows={body.rows} />
          {body.legend && <p className="show-legend">{body.legend}</p>}
        </>
      );
    case 'list':
      return (
        <ul className="show-list">
          {body.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
  }
}

/** One slide: its title, its one finding in large type, and the short source reference at its foot. */
export function SlideView({ slide, mode, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      className={`show-slide show-slide-${slide.body.kind} show-mode-${mode}`}
      data-testid={mode === 'stage' ? 'slide' : 'slide-preview'}
    >
      <Heading className="show-title">{slide.title}</Heading>
      <div className="show-body">
        <Body body={slide.body} mode={mode} />
      </div>
      {slide.ref && <p className="show-ref">{slide.ref}</p>}
    </div>
  );
}
