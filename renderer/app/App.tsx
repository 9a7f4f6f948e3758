import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../state/i18n-context';
import { StatusBar } from '../components/StatusBar';
import { RecoveryBanner } from '../components/RecoveryBanner';
import { WorkspaceBar } from '../features/workspace/WorkspaceBar';
import { ImportPage } from '../features/import/ImportPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { OutliersPage } from '../features/outliers/OutliersPage';
import { CataloguePage } from '../features/catalogue/CataloguePage';
import { PeersPage } from '../features/peers/PeersPage';
import { AreasPage } from '../features/areas/AreasPage';
import { PartsPage } from '../features/parts/PartsPage';
import { CyclePage } from '../features/cycle/CyclePage';
import { NotesPage } from '../features/notes/NotesPage';
import { DevelopmentAreasPage } from '../features/development-areas/DevelopmentAreasPage';
import { IndicatorPage } from '../features/indicator/IndicatorPage';
import { ReportPage } from '../features/report/ReportPage';
import { PresentationPage } from '../features/presentation/PresentationPage';
import { ROUTES, hashFor, routeFromHash, type RouteId } from './routes';
import { MessageProvider } from '../state/message-context';
import { StagedImportsProvider } from '../features/import/staged-imports-context';
import { AnalysisChoiceProvider } from '../state/analysis-choice-context';
import { HomeKommunQuestion } from '../features/workspace/HomeKommunQuestion';

/** Views that show nothing without a hemkommun; importing and the catalogue need none, so they are never interrupted. */
const NEEDS_HOME: ReadonlySet<RouteId> = new Set<RouteId>([
  'overview',
  'areas',
  'outliers',
  'peers',
  'notes',
  'developmentAreas',
  'cycle',
  'report',
  'presentation',
  'indicator',
]);

/** The current route and the full hash (the Indikator view carries its series in it). */
function useRoute(): { route: RouteId; hash: string } {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return { route: routeFromHash(hash), hash };
}

export function App() {
  const { t } = useI18n();
  const { route, hash } = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    const label = ROUTES.find((r) => r.id === route)?.label ?? 'indicator.title';
    document.title = `${t(label)} – ${t('app.title')}`;
    // Move focus to the new page (not on first load) so keyboard and screen
    // reader users land on what they chose.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [route, hash, t]);

  return (
    <MessageProvider>
      <StagedImportsProvider>
        <AnalysisChoiceProvider>
          <div className="app">
            <a
              className="skip-link"
              href="#main"
              onClick={(e) => {
                e.preventDefault();
                main.current?.focus();
              }}
            >
              {t('app.skipToContent')}
            </a>
            <header className="app-header">
              <div className="brand">
                <span className="brand-name">{t('app.title')}</span>
                <span className="brand-tagline">{t('app.tagline')}</span>
              </div>
              <WorkspaceBar />
            </header>
            <nav className="app-nav" aria-label={t('nav.label')}>
              <ul>
                {ROUTES.map((r) => (
                  <li key={r.id}>
                    <a href={hashFor(r.id)} aria-current={r.id === route ? 'page' : undefined}>
                      {t(r.label)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <main id="main" className="app-main" ref={main} tabIndex={-1}>
              <RecoveryBanner />
              {NEEDS_HOME.has(route) && <HomeKommunQuestion />}
              <Page route={route} hash={hash} />
            </main>
            <StatusBar />
          </div>
        </AnalysisChoiceProvider>
      </StagedImportsProvider>
    </MessageProvider>
  );
}

function Page({ route, hash }: Readonly<{ route: RouteId; hash: string }>) {
  switch (route) {
    case 'import':
      return <ImportPage />;
    case 'overview':
      return <OverviewPage />;
    case 'areas':
      return <AreasPage />;
    case 'catalogue':
      return <CataloguePage />;
    case 'outliers':
      return <OutliersPage />;
    case 'parts':
      return <PartsPage />;
    case 'cycle':
      return <CyclePage />;
    case 'peers':
      return <PeersPage />;
    case 'notes':
      return <NotesPage />;
    case 'developmentAreas':
      return <DevelopmentAreasPage />;
    case 'report':
      return <ReportPage />;
    case 'presentation':
      return <PresentationPage />;
    case 'indicator':
      return <IndicatorPage key={hash} />;
  }
}
