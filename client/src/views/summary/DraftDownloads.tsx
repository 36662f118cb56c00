import { useState } from 'react';
import { DraftButtons } from '../../components/DraftButtons';
import { pagePaths } from '../../routing/route';
import { takeStaffToken } from '../../net/storage';
import { downloadDraft } from './download';

/** "Download draft" in each format, for reading or editing before publishing. */
export const DraftDownloads = () => {
  const [token] = useState(() => takeStaffToken(pagePaths.facilitator));
  if (!token) return null;
  return (
    <DraftButtons
      className="draft-downloads"
      headingLevel={3}
      testId="draft"
      download={(format) => downloadDraft(format, token)}
    />
  );
};
