/** Entry point: mounts the dashboard with its language and data-version providers. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { DataVersionProvider } from './components/data-version.tsx';
import { I18nProvider } from './i18n/i18n-context.tsx';
import './styles/base.css';
import './styles/shell.css';
import './styles/content.css';
import './styles/views.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <DataVersionProvider>
        <App />
      </DataVersionProvider>
    </I18nProvider>
  </StrictMode>,
);
