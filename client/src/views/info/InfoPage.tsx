import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/t';
import { useT } from '../../state/useT';
import { cameFromApp } from '../../routing/infoRoutes';
import './info.css';

/** A titled part of an info page: a heading and a plain list of short sentences. */
export interface InfoSection {
  title: MessageKey;
  items: readonly MessageKey[];
  /** Shown after the list, e.g. a link. */
  extra?: ReactNode;
}

interface Props {
  title: MessageKey;
  intro: readonly MessageKey[];
  sections: readonly InfoSection[];
}

/** The layout of the privacy notice and the accessibility statement: short sections, one idea a line. */
export const InfoPage = ({ title, intro, sections }: Props) => {
  const t = useT();
  return (
    <article className="page page--narrow info-page">
      <BackLink />
      <h1>{t(title)}</h1>
      {intro.map((key) => (
        <p key={key} className="info-page__intro">
          {t(key)}
        </p>
      ))}
      {sections.map((section) => (
        <section key={section.title} aria-labelledby={`${section.title}-h`}>
          <h2 id={`${section.title}-h`}>{t(section.title)}</h2>
          <ul className="info-page__list">
            {section.items.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
          {section.extra}
        </section>
      ))}
    </article>
  );
};

/** Back into the app when the visitor came from it (e.g. their phone view), else to the front page. */
export const BackLink = () => {
  const t = useT();
  if (cameFromApp()) {
    return (
      <button type="button" className="info-page__back" onClick={() => history.back()}>
        <span aria-hidden="true">← </span>
        {t('info.back')}
      </button>
    );
  }
  return <HomeLink className="info-page__back" />;
};

export const HomeLink = ({ className }: { className?: string }) => {
  const t = useT();
  return (
    <a
      className={className}
      href="/"
      onClick={(e) => {
        e.preventDefault();
        history.pushState(null, '', '/');
        window.dispatchEvent(new PopStateEvent('popstate'));
      }}
    >
      {t('info.home')}
    </a>
  );
};
