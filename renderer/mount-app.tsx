import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PresenterWindow } from './features/presentation/PresenterWindow';
import { EngineProvider } from './state/engine-context';
import { I18nProvider } from './state/i18n-context';
import type { startEngine } from './worker/start-engine';
import './styles.css';

/** The React tree of the window: the presenter window, or the app with the engine started for it. */
export function mountApp(firstEngine: ReturnType<typeof startEngine> | null): void {
  const root = createRoot(document.getElementById('root')!);
  if (!firstEngine) {
    // The presenter window shows what the main window sends it: no engine and no workspace of its own (two engines would share one OPFS workspace).
    root.render(
      <StrictMode>
        <I18nProvider>
          <PresenterWindow />
        </I18nProvider>
      </StrictMode>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <I18nProvider>
        <EngineProvider firstEngine={firstEngine}>
          <App />
        </EngineProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
