import type { ThemePlacement } from '@aquarium/shared';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../state/useT';
import { sendCommand, suggestThemes } from '../../net/socket';

/** "Belongs to *Palvelukuvaukset*?" for one item, with one-tap accept (`item:theme`) or no. */
export const PlacementRow = ({
  placement,
  text,
  themeName,
  done,
}: {
  placement: ThemePlacement;
  text: string;
  themeName: string;
  done: () => void;
}) => {
  const t = useT();
  // The theme's name stands out in the question, wherever the language puts it.
  const [before = '', after = ''] = t('suggest.belongs', { theme: '\u0000' }).split('\u0000');
  const place = () => {
    done();
    void sendCommand('item:theme', { kind: placement.kind, itemId: placement.id, themeId: placement.themeId });
  };
  return (
    <li className="suggest__place" data-testid="placement">
      <span className="suggest__text">{text}</span>
      <span>
        {before}
        <em className="suggest__theme">{themeName}</em>
        {after}
      </span>
      <button type="button" className="button button--small" onClick={place}>
        {t('suggest.place')}
        <span className="visually-hidden">: {themeName}</span>
      </button>
      <button type="button" className="button button--small button--secondary" onClick={done}>
        {t('suggest.notPlace')}
      </button>
    </li>
  );
};

const ASK_AFTER_MS = 800;

/**
 * Existing themes for items that arrive while this view is open: asked (proposals only, no new groups) a
 * moment after a new unthemed note or approved thought appears, once the question has themes.
 */
export const useFreshPlacements = (questionId: string, openKeys: readonly string[], hasThemes: boolean) => {
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<ThemePlacement[]>([]);
  const keys = openKeys.join('\n');
  useEffect(() => {
    const all = keys ? keys.split('\n') : [];
    // What was there when the view opened is for "suggest themes" to sort, not news.
    if (seen.current === null) {
      seen.current = new Set(all);
      return;
    }
    const known = seen.current;
    const added = all.filter((k) => !known.has(k));
    if (added.length === 0 || !hasThemes) return;
    const timer = setTimeout(() => {
      for (const k of added) known.add(k);
      void suggestThemes(questionId, [], true).then((res) => {
        if (!res.ok) return;
        const wanted = new Set(added);
        setFresh((old) => [
          ...old.filter((p) => !wanted.has(`${p.kind}:${p.id}`)),
          ...res.placements.filter((p) => wanted.has(`${p.kind}:${p.id}`)),
        ]);
      });
    }, ASK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [keys, hasThemes, questionId]);
  const drop = (p: ThemePlacement) => setFresh((all) => all.filter((x) => x.kind !== p.kind || x.id !== p.id));
  return { fresh, drop };
};
