import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

const MIN_SCALE = 0.45;

/**
 * Content that must stay whole on a screen nobody scrolls (the phase, three long questions, the speaker): when it
 * is taller than its box, it is zoomed out until it fits, and back to full size when there is room again.
 */
export const FitScale = ({
  children,
  className = '',
  watch,
}: {
  children: ReactNode;
  className?: string;
  watch: string;
}) => {
  const box = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  const [size, setSize] = useState('');
  // Start again from full size whenever the content or the room changes.
  const [fittedFor, setFittedFor] = useState(`${watch}|${size}`);
  if (fittedFor !== `${watch}|${size}`) {
    setFittedFor(`${watch}|${size}`);
    setScale(1);
  }

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize(`${el.clientWidth}x${el.clientHeight}`));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = box.current;
    const content = inner.current;
    if (!el || !content || el.clientHeight === 0) return;
    const needed = content.getBoundingClientRect().height;
    if (needed > el.clientHeight + 1 && scale > MIN_SCALE) {
      setScale(Math.max(MIN_SCALE, scale * Math.min(0.97, el.clientHeight / needed)));
    }
  }, [scale, watch, size]);

  return (
    <div className={`fit-scale ${className}`} ref={box} data-scale={scale.toFixed(2)}>
      <div className="fit-scale__content" ref={inner} style={scale < 1 ? { zoom: scale } : undefined}>
        {children}
      </div>
    </div>
  );
};
