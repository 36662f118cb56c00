import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useT } from '../../../state/useT';
import { layoutPages, pageCount, type Slot } from './pageBreaks';

interface Props<T> {
  items: T[];
  itemKey: (item: T) => string;
  /** `measuring` copies are hidden and carry no test ids. */
  render: (item: T, measuring: boolean) => ReactNode;
  /** `pages`: turn the pages every `rotateMs`; `first`: show what fits and say how many more there are. */
  overflow: 'pages' | 'first';
  more?: (hidden: number) => string;
  /** Columns side by side on a page (a wide projector reads better in two). */
  columns?: number;
  rotateMs?: number;
  className?: string;
}

/**
 * A list on a screen nobody scrolls: every item is measured off-screen at the width of a column, the list is laid
 * into pages that fit the space it has, and the page says when there is more. Nothing is cut off at the bottom.
 */
export const FitList = <T,>({
  items,
  itemKey,
  render,
  overflow,
  more,
  columns = 1,
  rotateMs = 12_000,
  className = '',
}: Props<T>) => {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLUListElement>(null);
  const footer = useRef<HTMLParagraphElement>(null);
  const [slots, setSlots] = useState<Slot[]>([]);
  /** Items taller than a whole page are zoomed out to fit one (a thought of 1000 characters on a small screen). */
  const [zooms, setZooms] = useState<number[]>([]);
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(0);
  const signature = items.map(itemKey).join('|');

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize(el.clientHeight * 10_000 + el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = box.current;
    const list = measure.current;
    if (!el || !list) return;
    const heights = [...list.children].map((c) => (c as HTMLElement).getBoundingClientRect().height);
    const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
    const reserve = (footer.current?.getBoundingClientRect().height ?? 0) + gap;
    const room = el.clientHeight - reserve;
    setZooms(heights.map((h) => (h > room ? Math.max(0.3, (room / h) * 0.97) : 1)));
    setSlots(
      layoutPages(
        heights.map((h) => Math.min(h, room)),
        gap,
        el.clientHeight,
        reserve,
        columns,
      ),
    );
  }, [signature, size, columns]);

  const pages = pageCount(slots);
  useEffect(() => {
    if (overflow !== 'pages' || pages < 2) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % pages), rotateMs);
    return () => clearInterval(timer);
  }, [overflow, pages, rotateMs]);

  const current = overflow === 'first' ? 0 : Math.min(page, pages - 1);
  // Until measured, show nothing rather than something that might not fit.
  const placed = items.flatMap((item, i) => {
    const slot = slots.length === items.length ? slots[i] : undefined;
    return slot && slot.page === current ? [{ item, column: slot.column, zoom: zooms[i] ?? 1 }] : [];
  });
  const hidden = items.length - placed.length;
  const footerText =
    overflow === 'pages'
      ? `${t('screen.page', { n: current + 1, total: pages })} · ${t('screen.moreNext')}`
      : (more?.(hidden) ?? '');
  const showFooter = slots.length === items.length && (overflow === 'pages' ? pages > 1 : hidden > 0);
  const style = { '--fit-columns': columns } as CSSProperties;

  return (
    <div className={`fit-list ${className}`} ref={box} style={style}>
      <div className="fit-list__columns">
        {Array.from({ length: columns }, (_, c) => (
          <ul className="fit-list__items" key={c}>
            {placed
              .filter((p) => p.column === c)
              .map(({ item, zoom }) => (
                <li key={itemKey(item)} style={zoom < 1 ? { zoom } : undefined}>
                  {render(item, false)}
                </li>
              ))}
          </ul>
        ))}
      </div>
      {showFooter ? (
        <p className="fit-list__more" data-testid="screen-more">
          {footerText}
        </p>
      ) : null}
      <div className="fit-list__measure" aria-hidden="true">
        <ul className="fit-list__items" ref={measure}>
          {items.map((item) => (
            <li key={itemKey(item)}>{render(item, true)}</li>
          ))}
        </ul>
        <p className="fit-list__more" ref={footer}>
          {footerText || '…'}
        </p>
      </div>
    </div>
  );
};
