import { useEffect, useState } from 'react';
import { isTyping } from './focus';
import { viewForKey, type ConsoleViewDef, type ConsoleViewId } from './views';

const STORAGE_KEY = 'aquarium.consoleShortcuts';

const readSetting = () => {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
};

/**
 * Single-letter shortcuts to the console's views (shown on the tabs), ignored while typing in a field or with a
 * modifier held. They can be turned off, as WCAG 2.1.4 asks, and the choice stays in this browser. Esc goes back
 * to "now".
 */
export const useViewShortcuts = (views: readonly ConsoleViewDef[], choose: (id: ConsoleViewId) => void) => {
  const [on, setOn] = useState(readSetting);
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // a private window forgets; the setting still holds for this page
    }
  }, [on]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') {
        choose('now');
        return;
      }
      if (!on || e.key.length !== 1) return;
      const view = viewForKey(views, e.key);
      if (!view) return;
      e.preventDefault();
      choose(view.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [on, views, choose]);
  return [on, setOn] as const;
};
