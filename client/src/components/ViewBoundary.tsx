import { Component, type ReactNode } from 'react';
import type { T } from '../state/useT';

interface Props {
  t: T;
  children: ReactNode;
}

/**
 * A view that cannot load (a lazy chunk lost on a flaky mobile connection) or crashes shows what happened and a way
 * back, instead of a blank page. React keeps a failed lazy import failed, so the way back is a reload; the phone
 * keeps its place (token) and its unsent thoughts (outbox) across it.
 */
export class ViewBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('view failed', error);
  }

  override render() {
    const { t, children } = this.props;
    if (!this.state.failed) return children;
    return (
      <div className="card view-failed" role="alert" data-testid="view-failed">
        <p>{t('app.viewFailed')}</p>
        <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
}
