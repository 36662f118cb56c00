import type { ErrorCode } from '@aquarium/shared';
import { useRef, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorKey } from '../../net/socket';
import { rotateOwnerToken } from '../../net/projectApi';
import { projectPages } from '../../routing/projectPages';
import { useT } from '../../state/useT';
import { CopyField } from '../create/CopyField';
import { ownerFragment } from '../home/staffProjects';
import { failureOf } from './useProject';

interface Props {
  projectId: string;
  token: string;
  onRotated: (token: string) => void;
}

/** The owner link to copy and keep, and a way to replace it (the old one stops working at once). */
export const OwnerLinkCard = ({ projectId, token, onRotated }: Props) => {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [outcome, setOutcome] = useState<'busy' | 'done' | ErrorCode | 'network' | null>(null);
  const link = `${window.location.origin}${projectPages.project(projectId)}${ownerFragment(token)}`;

  const rotate = async () => {
    setOutcome('busy');
    try {
      const answer = await rotateOwnerToken(projectId, token);
      onRotated(answer.ownerToken);
      setOutcome('done');
    } catch (err) {
      setOutcome(failureOf(err));
    }
  };

  return (
    <div className="card owner-link">
      <CopyField label={t('project.ownerLink')} help={t('project.ownerLinkHelp')} value={link} testId="owner-link" />
      <button
        ref={button}
        type="button"
        className="button button--secondary button--small"
        disabled={outcome === 'busy'}
        onClick={() => dialog.current?.showModal()}
      >
        {outcome === 'busy' ? t('info.settings.rotating') : t('project.rotate')}
      </button>
      <p className="status-text" role="status">
        {outcome === 'done'
          ? t('project.rotated')
          : outcome && outcome !== 'busy'
            ? outcome === 'network'
              ? t('error.network')
              : t(errorKey(outcome))
            : ''}
      </p>
      <ConfirmDialog
        dialogRef={dialog}
        title={t('project.rotateTitle')}
        body={t('project.rotateBody')}
        confirm={t('project.rotate')}
        onConfirm={() => void rotate()}
        onClose={() => button.current?.focus()}
      />
    </div>
  );
};
