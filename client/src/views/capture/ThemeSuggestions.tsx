import { limits, type SuggestedItem, type ThemePlacement } from '@aquarium/shared';
import { nanoid } from 'nanoid';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../state/useT';
import { sendCommand, suggestThemes } from '../../net/socket';
import { PlacementRow, useFreshPlacements } from './PlacementRow';
import { useStore } from '../../state/store';
import { useThemesOf } from './captureSelectors';
import { moveItem, openPlacements, stillOpen, type DraftSuggestion } from './suggestionsModel';
import './capture-suggest.css';

type Load = 'idle' | 'loading' | 'failed' | 'done';

/** The text of an item still without a theme (a note not deleted, an approved thought), or null. */
const useOpenItems = (questionId: string) =>
  useStore(
    useShallow((s) => {
      const open: Record<string, string> = {};
      for (const n of Object.values(s.session?.notes ?? {})) {
        if (!n.deleted && !n.themeId && n.questionId === questionId) open[`note:${n.id}`] = n.text;
      }
      for (const th of Object.values(s.session?.thoughts ?? {})) {
        if (th.status === 'approved' && !th.themeId && th.questionId === questionId) {
          open[`thought:${th.id}`] = th.text;
        }
      }
      return open;
    }),
  );

const itemKey = (i: SuggestedItem) => `${i.kind}:${i.id}`;

/**
 * "Suggest themes" for one question: the server groups its unthemed notes and approved thoughts; the person
 * renames, moves items, accepts (a theme and its items, through the normal commands) or dismisses. Nothing
 * changes in the session until someone accepts.
 */
export const ThemeSuggestions = ({ questionId, questionLabel }: { questionId: string; questionLabel: string }) => {
  const t = useT();
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [load, setLoad] = useState<Load>('idle');
  const [drafts, setDrafts] = useState<DraftSuggestion[]>([]);
  const [placements, setPlacements] = useState<ThemePlacement[]>([]);
  const [message, setMessage] = useState('');
  const [lastAccepted, setLastAccepted] = useState<{ themeId: string; name: string } | null>(null);
  // Dismissed in this view: not suggested again until the page is reloaded.
  const dismissed = useRef(new Set<string>());
  const panelRef = useRef<HTMLElement>(null);
  const openItems = useOpenItems(questionId);
  const themes = useThemesOf(questionId);

  const isOpen = useCallback((i: SuggestedItem) => itemKey(i) in openItems, [openItems]);
  const shown = useMemo(() => stillOpen(drafts, isOpen), [drafts, isOpen]);
  const shownPlacements = useMemo(
    () => openPlacements(placements, isOpen, (id) => themes.some((th) => th.id === id)),
    [placements, isOpen, themes],
  );

  const ask = async () => {
    setOpen(true);
    setLoad('loading');
    const res = await suggestThemes(questionId, [...dismissed.current]);
    if (!res.ok) return setLoad('failed');
    setDrafts(res.suggestions);
    setPlacements(res.placements);
    setLoad('done');
    panelRef.current?.focus();
  };

  const accept = async (d: DraftSuggestion) => {
    const name = d.name.trim();
    if (!name) return;
    const themeId = nanoid();
    setDrafts((all) => all.filter((x) => x.key !== d.key));
    const created = await sendCommand('theme:create', { themeId, questionId, name });
    if (!created.ok) return;
    await Promise.all(d.items.map((i) => sendCommand('item:theme', { kind: i.kind, itemId: i.id, themeId })));
    setLastAccepted({ themeId, name });
    setMessage(t('suggest.accepted', { name, n: d.items.length }));
  };

  const dismiss = (d: DraftSuggestion) => {
    for (const i of d.items) dismissed.current.add(i.id);
    setDrafts((all) => all.filter((x) => x.key !== d.key));
    setMessage(t('suggest.dismissed', { name: d.name }));
  };

  const undo = async () => {
    if (!lastAccepted) return;
    const { themeId, name } = lastAccepted;
    setLastAccepted(null);
    const res = await sendCommand('theme:delete', { themeId });
    if (res.ok) setMessage(t('suggest.undone', { name }));
  };

  const { fresh, drop } = useFreshPlacements(questionId, Object.keys(openItems), themes.length > 0);
  const freshShown = openPlacements(fresh, isOpen, (id) => themes.some((th) => th.id === id)).filter(
    (p) => !shownPlacements.some((x) => itemKey(x) === itemKey(p)),
  );
  const themeName = (id: string) => themes.find((th) => th.id === id)?.name ?? '';
  const news =
    freshShown.length > 0 ? (
      <ul className="suggest__places suggest__fresh" aria-label={t('suggest.fits')}>
        {freshShown.map((p) => (
          <PlacementRow
            key={itemKey(p)}
            placement={p}
            text={openItems[itemKey(p)] ?? ''}
            themeName={themeName(p.themeId)}
            done={() => drop(p)}
          />
        ))}
      </ul>
    ) : null;

  if (!open) {
    return (
      <>
        {news}
        <button
          type="button"
          className="button button--secondary button--small suggest-open"
          onClick={() => void ask()}
        >
          {t('suggest.open')}
        </button>
      </>
    );
  }

  return (
    <section className="suggest" aria-labelledby={headingId} ref={panelRef} tabIndex={-1} data-testid="suggest-panel">
      <div className="suggest__head">
        <h4 id={headingId}>{t('suggest.title', { question: questionLabel })}</h4>
        <button type="button" className="button button--small button--secondary" onClick={() => void ask()}>
          {t('suggest.refresh')}
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => setOpen(false)}>
          {t('suggest.close')}
        </button>
      </div>
      <p className="hint suggest__local">{t('suggest.local')}</p>
      <p role="status" className="suggest__status">
        {load === 'loading' ? t('suggest.loading') : null}
        {load === 'failed' ? t('suggest.failed') : null}
        {load === 'done' ? message : null}
        {load === 'done' && lastAccepted ? (
          <button type="button" className="button button--small suggest__undo" onClick={() => void undo()}>
            {t('suggest.undo')}
            <span className="visually-hidden">: {lastAccepted.name}</span>
          </button>
        ) : null}
      </p>
      {load === 'done' && shown.length === 0 && shownPlacements.length === 0 ? (
        <p className="hint">{t('suggest.none')}</p>
      ) : null}
      <ul className="suggest__list">
        {shown.map((d) => (
          <SuggestionCard
            key={d.key}
            draft={d}
            others={shown.filter((x) => x.key !== d.key)}
            texts={openItems}
            rename={(name) => setDrafts((all) => all.map((x) => (x.key === d.key ? { ...x, name } : x)))}
            move={(item, to) => setDrafts((all) => moveItem(all, item, to))}
            accept={() => void accept(d)}
            dismiss={() => dismiss(d)}
          />
        ))}
      </ul>
      {shownPlacements.length > 0 ? (
        <>
          <h5 className="suggest__fits">{t('suggest.fits')}</h5>
          <ul className="suggest__places">
            {shownPlacements.map((p) => (
              <PlacementRow
                key={itemKey(p)}
                placement={p}
                text={openItems[itemKey(p)] ?? ''}
                themeName={themeName(p.themeId)}
                done={() => setPlacements((all) => all.filter((x) => itemKey(x) !== itemKey(p)))}
              />
            ))}
          </ul>
        </>
      ) : null}
      {news}
    </section>
  );
};

interface CardProps {
  draft: DraftSuggestion;
  others: DraftSuggestion[];
  texts: Record<string, string>;
  rename: (name: string) => void;
  move: (item: SuggestedItem, to: string | null) => void;
  accept: () => void;
  dismiss: () => void;
}

const SuggestionCard = ({ draft, others, texts, rename, move, accept, dismiss }: CardProps) => {
  const t = useT();
  const nameId = useId();
  return (
    <li className="suggest__card" data-testid="suggestion">
      <div className="suggest__row">
        <label htmlFor={nameId} className="visually-hidden">
          {t('suggest.name')}
        </label>
        <input
          id={nameId}
          className="suggest__name"
          value={draft.name}
          maxLength={limits.themeNameLength}
          onChange={(e) => rename(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && accept()}
          autoComplete="off"
        />
        <span className="suggest__count">{t('suggest.count', { n: draft.items.length })}</span>
        <button type="button" className="button button--small" onClick={accept} disabled={!draft.name.trim()}>
          {t('suggest.accept')}
          <span className="visually-hidden">: {draft.name}</span>
        </button>
        <button type="button" className="button button--small button--secondary" onClick={dismiss}>
          {t('suggest.dismiss')}
          <span className="visually-hidden">: {draft.name}</span>
        </button>
      </div>
      <ul className="suggest__items">
        {draft.items.map((item) => (
          <li key={itemKey(item)} className="suggest__item">
            <span className="suggest__kind">{t(item.kind === 'note' ? 'suggest.note' : 'suggest.thought')}</span>
            <span className="suggest__text">{texts[itemKey(item)]}</span>
            <select
              aria-label={`${t('suggest.moveLabel')}: ${texts[itemKey(item)] ?? ''}`}
              className="suggest__move"
              value=""
              onChange={(e) => move(item, e.target.value === '-' ? null : e.target.value)}
            >
              <option value="">{t('suggest.stay')}</option>
              {others.map((o) => (
                <option key={o.key} value={o.key}>
                  {t('suggest.moveTo', { name: o.name })}
                </option>
              ))}
              <option value="-">{t('suggest.leaveOut')}</option>
            </select>
          </li>
        ))}
      </ul>
    </li>
  );
};
