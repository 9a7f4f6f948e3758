import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { PresenterWindow } from './features/presentation/PresenterWindow';
import { isPresenterHash } from './features/presentation/presenter-channel';
import { EngineProvider } from './state/engine-context';
import { I18nProvider } from './state/i18n-context';
import { startEngine } from './worker/start-engine';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

if (isPresenterHash(location.hash)) {
  // The presenter window shows what the main window sends it: no engine and no workspace of its own (two engines would share one OPFS workspace).
  root.render(
    <StrictMode>
      <I18nProvider>
        <PresenterWindow />
      </I18nProvider>
    </StrictMode>,
  );
} else {
  // The engine (a 34 MB wasm module to compile) is started before React renders anything, so the two overlap.
  const firstEngine = startEngine();
  // A failure is shown by EngineProvider once it takes the promise; this only keeps it from counting as unhandled meanwhile.
  firstEngine.catch(() => undefined);

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
