import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EngineProvider } from './state/engine-context';
import { I18nProvider } from './state/i18n-context';
import { startEngine } from './worker/start-engine';
import './styles.css';

// The engine (a 34 MB wasm module to compile) is started before React renders anything, so the two overlap.
const firstEngine = startEngine();
// A failure is shown by EngineProvider once it takes the promise; this only keeps it from counting as unhandled meanwhile.
firstEngine.catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <EngineProvider firstEngine={firstEngine}>
        <App />
      </EngineProvider>
    </I18nProvider>
  </StrictMode>,
);
