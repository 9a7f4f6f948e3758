import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { EngineProvider } from './state/engine-context';
import { I18nProvider } from './state/i18n-context';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <EngineProvider>
        <App />
      </EngineProvider>
    </I18nProvider>
  </StrictMode>,
);
