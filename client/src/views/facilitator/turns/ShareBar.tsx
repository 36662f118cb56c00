/**
 * A simple bar for a share in percent, drawn as SVG (the CSP allows no inline styles). Decorative:
 * the number beside it carries the information, so it never depends on colour or shape alone.
 */
export const ShareBar = ({ percent }: { percent: number }) => (
  <svg className="share-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect className="share-bar__track" x="0" y="0" width="100" height="10" />
    <rect className="share-bar__fill" x="0" y="0" width={Math.max(0, Math.min(100, percent))} height="10" />
  </svg>
);
