import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { focusAddedAutofocus } from './app/autoFocus';
import './app/styles/base.css';
import './app/styles/forms.css';
import './app/styles/components.css';
import './app/styles/console.css';
import './app/styles/phone.css';
import './app/styles/screen.css';

const root = document.getElementById('root')!;
focusAddedAutofocus(root);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
