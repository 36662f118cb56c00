import { useEffect, useState } from 'react';
import { withoutSoftHyphens } from '../../../i18n/softHyphen';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';

const speechLang = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/**
 * "Read aloud": the browser's own speech synthesis reads the element's text (no service outside the device). Shown
 * only where the browser has it; pressing it again stops.
 */
export const ReadAloud = ({ targetId }: { targetId: string }) => {
  const t = useT();
  const language = useStore((s) => s.language);
  const [speaking, setSpeaking] = useState(false);
  const available = typeof window !== 'undefined' && 'speechSynthesis' in window;
  useEffect(
    () => () => {
      if (available) window.speechSynthesis.cancel();
    },
    [available],
  );
  if (!available) return null;

  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const target = document.getElementById(targetId);
    if (!target) return;
    // The card's words without the buttons' own labels read twice (this one included).
    const clone = target.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[data-no-read]').forEach((n) => n.remove());
    // Soft hyphens mark where a long word may break on screen; a voice should not stumble on them.
    const utterance = new SpeechSynthesisUtterance(withoutSoftHyphens(clone.innerText || clone.textContent || ''));
    utterance.lang = speechLang[language];
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synth.cancel();
    synth.speak(utterance);
    setSpeaking(true);
  };

  return (
    <button
      type="button"
      className="button button--secondary now__read"
      aria-pressed={speaking}
      onClick={toggle}
      data-no-read=""
      data-testid="read-aloud"
    >
      {speaking ? t('now.readStop') : t('now.read')}
    </button>
  );
};
