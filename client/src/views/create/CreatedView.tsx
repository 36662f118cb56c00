import { useState } from 'react';
import { navigate } from '../../routing/navigation';
import { JoinCode } from '../../components/JoinCode';
import type { MessageKey } from '../../i18n/t';
import { useT } from '../../state/useT';
import { loadCreated } from '../../net/storage';
import { CopyField } from './CopyField';

const linkRows: { key: 'facilitator' | 'scribe' | 'screen' | 'join'; label: MessageKey; help: MessageKey }[] = [
  { key: 'facilitator', label: 'created.facilitator', help: 'created.facilitatorHelp' },
  { key: 'scribe', label: 'created.scribe', help: 'created.scribeHelp' },
  { key: 'screen', label: 'created.screen', help: 'created.screenHelp' },
  { key: 'join', label: 'created.join', help: 'created.joinHelp' },
];

/**
 * After creating: the four links with copy buttons, the join code and its QR, and the way to the console. `embedded`:
 * a part of another page (a project's), under a second-level heading.
 */
export const CreatedView = ({ sessionId, embedded = false }: { sessionId: string; embedded?: boolean }) => {
  const t = useT();
  const [created] = useState(() => loadCreated(sessionId));
  const Heading = embedded ? 'h2' : 'h1';

  if (!created) {
    return (
      <div className="page page--narrow">
        <h1>{t('created.title')}</h1>
        <p>{t('created.missing')}</p>
      </div>
    );
  }

  return (
    <div className={embedded ? 'created created--embedded' : 'page'} data-testid="created-session">
      <Heading>{t('created.title')}</Heading>
      <p>{t('created.intro')}</p>
      <button type="button" className="button button--primary" onClick={() => navigate(created.links.facilitator)}>
        {t('created.open')}
      </button>
      <ul className="link-list">
        {linkRows.map((row) => (
          <li key={row.key} className="card">
            <CopyField
              label={t(row.label)}
              help={t(row.help)}
              value={created.links[row.key]}
              testId={`link-${row.key}`}
            />
          </li>
        ))}
      </ul>
      <section className="card" aria-labelledby={`created-code-${sessionId}`}>
        <h2 id={`created-code-${sessionId}`}>{t('created.joinCode')}</h2>
        <JoinCode code={created.joinCode} className="join-code--large" />
      </section>
    </div>
  );
};
