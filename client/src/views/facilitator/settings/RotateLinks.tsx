import type { ErrorCode } from '@aquarium/shared';
import { useId, useState } from 'react';
import { pagePaths } from '../../../routing/route';
import { useT } from '../../../state/useT';
import { errorKey, rotateLink } from '../../../net/socket';
import { replaceStaffToken } from '../../../net/storage';
import { useStore } from '../../../state/store';
import { adoptStaffToken } from '../../home/useStaffToken';
import { tokenOfLink } from './validate';

type LinkRole = 'facilitator' | 'scribe' | 'screen';
const roles: readonly LinkRole[] = ['facilitator', 'scribe', 'screen'];

type Outcome = { kind: 'busy' } | { kind: 'done'; link: string } | { kind: 'failed'; code: ErrorCode };

/** Replace the facilitator, scribe or projector link: the old one stops working and its users drop out. */
export const RotateLinks = () => {
  const t = useT();
  const id = useId();
  const [outcomes, setOutcomes] = useState<Partial<Record<LinkRole, Outcome>>>({});

  const rotate = async (role: LinkRole) => {
    setOutcomes((o) => ({ ...o, [role]: { kind: 'busy' } }));
    const res = await rotateLink(role);
    if (res.ok && role === 'facilitator') {
      replaceStaffToken(pagePaths.facilitator, tokenOfLink(res.link));
      adoptStaffToken('facilitator', useStore.getState().sessionId, tokenOfLink(res.link));
    }
    setOutcomes((o) => ({
      ...o,
      [role]: res.ok ? { kind: 'done', link: res.link } : { kind: 'failed', code: res.error.code },
    }));
  };

  return (
    <section className="settings__section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('info.settings.linksTitle')}</h3>
      <p className="hint">{t('info.settings.linksHint')}</p>
      {roles.map((role) => {
        const outcome = outcomes[role];
        return (
          <div key={role} className="settings__link">
            <button
              type="button"
              className="button button--secondary"
              disabled={outcome?.kind === 'busy'}
              onClick={() => void rotate(role)}
            >
              {outcome?.kind === 'busy' ? t('info.settings.rotating') : t(`info.settings.rotate.${role}`)}
            </button>
            <div aria-live="polite">
              {outcome?.kind === 'done' ? <NewLink role={role} link={outcome.link} /> : null}
              {outcome?.kind === 'failed' ? <p className="field-error">{t(errorKey(outcome.code))}</p> : null}
            </div>
          </div>
        );
      })}
    </section>
  );
};

const NewLink = ({ role, link }: { role: LinkRole; link: string }) => {
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const label = t(`info.settings.newLink.${role}`);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="settings__new-link">
      <p className="settings__warning">
        <span aria-hidden="true">⚠ </span>
        {t('info.settings.rotated')}
        {role === 'facilitator' ? ` ${t('info.settings.rotatedSelf')}` : null}
      </p>
      <p className="settings__new-label">{label}</p>
      <div className="copy-field__row">
        <a className="copy-field__link" href={link} data-testid={`new-link-${role}`}>
          {link}
        </a>
        <button
          type="button"
          className="button button--secondary"
          aria-label={t('created.copyLabel', { what: label })}
          onClick={() => void copy()}
        >
          {t('created.copy')}
        </button>
      </div>
      <p className="copy-field__result" role="status">
        {copied === true ? t('created.copied') : copied === false ? t('created.copyFailed') : ''}
      </p>
    </div>
  );
};
