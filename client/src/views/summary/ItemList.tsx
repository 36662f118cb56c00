import { useMemo } from 'react';
import { useT } from '../../state/useT';
import { sendCommand } from '../../net/socket';
import { useStore } from '../../state/store';
import { orderAfterMove, scopeItems, type EditorItem, type ScopeItems } from './scopeItems';

/** Short enough for a button's accessible name. */
const short = (text: string) => (text.length > 48 ? `${text.slice(0, 47)}…` : text);

interface ListProps {
  title: string;
  kind: keyof ScopeItems;
  items: ScopeItems;
  scope: string;
}

const KindList = ({ title, kind, items, scope }: ListProps) => {
  const t = useT();
  const list: EditorItem[] = items[kind];
  if (list.length === 0) return null;
  const move = (i: number, delta: -1 | 1) =>
    void sendCommand('summary:order', { scope, itemIds: orderAfterMove(items, kind, i, delta) });
  return (
    <>
      <h5 className="summary-items__kind">{title}</h5>
      <ol className="summary-items__list">
        {list.map((item, i) => (
          <li
            key={item.id}
            className={item.excluded ? 'summary-item is-excluded' : 'summary-item'}
            data-testid="summary-item"
          >
            <p className="summary-item__text">
              {item.excluded ? <strong className="summary-item__flag">{t('summary.leftOut')}: </strong> : null}
              {item.text}
              {item.source ? <span className="summary-item__source"> ({item.source})</span> : null}
            </p>
            <div className="summary-item__buttons">
              <button
                type="button"
                className="button button--small"
                disabled={i === 0}
                aria-label={t('summary.upLabel', { text: short(item.text) })}
                onClick={() => move(i, -1)}
              >
                <span aria-hidden="true">▲ </span>
                {t('summary.up')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={i === list.length - 1}
                aria-label={t('summary.downLabel', { text: short(item.text) })}
                onClick={() => move(i, 1)}
              >
                <span aria-hidden="true">▼ </span>
                {t('summary.down')}
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={t(item.excluded ? 'summary.includeLabel' : 'summary.leaveOutLabel', {
                  text: short(item.text),
                })}
                onClick={() => void sendCommand('summary:exclude', { itemId: item.id, excluded: !item.excluded })}
              >
                {item.excluded ? t('summary.include') : t('summary.leaveOut')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
};

/** The notes and approved thoughts of one scope (a theme, or a question's items under no theme). */
export const ItemList = ({ scope }: { scope: string }) => {
  const t = useT();
  const session = useStore((s) => s.session);
  const items = useMemo(() => (session ? scopeItems(session, scope) : null), [session, scope]);
  if (!items) return null;
  if (items.notes.length + items.thoughts.length === 0) return <p className="hint">{t('summary.noItems')}</p>;
  return (
    <div className="summary-items">
      <KindList title={t('summary.notes')} kind="notes" items={items} scope={scope} />
      <KindList title={t('summary.thoughts')} kind="thoughts" items={items} scope={scope} />
    </div>
  );
};
