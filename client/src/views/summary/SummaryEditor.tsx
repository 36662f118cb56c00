import { useT } from '../../state/useT';
import { useStore } from '../../state/store';
import { AutosaveTextarea } from './AutosaveTextarea';
import { DraftDownloads } from './DraftDownloads';
import { PublishBar } from './PublishBar';
import { QuestionEditor } from './QuestionEditor';
import { SaveStateLine } from './SaveStateLine';
import { useCombinedSaveState } from './saveStates';
import { SummaryPreview } from './SummaryPreview';
import './summary.css';

/** After the session: consolidate, curate and order the summary, preview it, download drafts, publish. */
export const SummaryEditor = () => {
  const t = useT();
  const ended = useStore((s) => s.session?.status === 'ended');
  const questions = useStore((s) => s.session?.setup.questions);
  const saveState = useCombinedSaveState();
  if (!ended || !questions) return null;
  return (
    <section className="card summary-editor" aria-labelledby="summary-editor-title" data-testid="summary-editor">
      <div className="summary-editor__head">
        <div>
          <h2 id="summary-editor-title">{t('summary.editor')}</h2>
          <p className="hint">{t('summary.editorIntro')}</p>
          <SaveStateLine state={saveState} testId="summary-save-state" />
        </div>
        <DraftDownloads />
        <PublishBar />
      </div>
      <div className="summary-editor__grid">
        <div className="summary-editor__edit">
          {questions.map((q, i) => (
            <QuestionEditor key={q.id} question={q} number={i + 1} />
          ))}
          <div className="summary-question">
            <AutosaveTextarea textKey="goodPractices" label={t('summary.goodPractices')} rows={5} />
            <AutosaveTextarea textKey="closingView" label={t('summary.closingView')} rows={5} />
          </div>
        </div>
        <SummaryPreview />
      </div>
    </section>
  );
};
