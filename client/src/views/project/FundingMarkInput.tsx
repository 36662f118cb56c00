import type { FundingMark, FundingMarkUpload } from '@aquarium/shared';
import { MarkFileField } from '../../components/MarkFileField';
import { useT } from '../../state/useT';

interface Props {
  /** The mark stored now (editing a project), or null. */
  stored: FundingMark | null;
  /** The chosen change: a new mark, null to remove the stored one, undefined to keep it. */
  value: FundingMarkUpload | null | undefined;
  onChange: (value: FundingMarkUpload | null | undefined) => void;
}

/**
 * The project's funding mark: its words (required), then a PNG or SVG file. Sent with the form; the server keeps a
 * PNG of it and puts it on every page of the sessions' summaries and the project report.
 */
export const FundingMarkInput = ({ stored, value, onChange }: Props) => {
  const t = useT();
  const shown = value === undefined ? stored : value;
  return (
    <MarkFileField
      testId="project-mark"
      initialAlt={stored?.alt ?? ''}
      status={shown ? t('project.markChosen', { alt: shown.alt }) : t('report.markNone')}
      onChoose={(mark) => {
        onChange(mark);
        return true;
      }}
      onAltChange={(alt) => {
        if (value) onChange({ ...value, alt });
      }}
      onRemove={shown ? () => onChange(stored ? null : undefined) : null}
    />
  );
};
