import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LanguageProvider, startLanguage } from './app/i18n';
import './ui/theme.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const language = await startLanguage();
createRoot(root).render(
  <StrictMode>
    <LanguageProvider initial={language}>
      <App />
    </LanguageProvider>
  </StrictMode>,
);
