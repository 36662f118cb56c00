import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { firstStrings } from './state/store';
import './app/styles/base.css';
import './app/styles/forms.css';
import './app/styles/components.css';
import './app/styles/console.css';
import './app/styles/cockpit.css';
import './app/styles/cockpit-density.css';
import './app/styles/phone.css';
import './app/styles/screen.css';

// The first render waits for the strings of the page's language (preloaded beside this script by the server's page).
void firstStrings.finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
