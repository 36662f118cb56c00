import type { ProjectReportDraft, ThemeMatch } from '@aquarium/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorKey } from '../../../net/socket';
import { getReportDraft, publishReport, saveMatches, saveReportText } from '../../../net/projectApi';
import { navigate } from '../../../routing/navigation';
import { projectPages } from '../../../routing/projectPages';
import { useT } from '../../../state/useT';
import { ProjectGate } from '../ProjectGate';
import { failureOf, type Loaded } from '../useProject';
import { useOwnerToken } from '../useOwnerToken';
import { ClosingText } from './ClosingText';
import { moveToMatch, pairWith, renameMatch, splitOff, themeKey, type CatalogueTheme } from './matchModel';
import { QuestionMatches } from './QuestionMatches';
import { ReportActions } from './ReportActions';
import type { ThemeMove } from './ThemeControl';
import '../project.css';

/**
 * `/project/<id>/report#owner=<token>`: the owner's combined report. Per question, the themes of every region side by
 * side, grouped into matches the server suggests and the owner confirms or changes; the project's closing text; and
 * publishing, after which anyone with the report's link (every session's participants) can download it.
 */
const ProjectReportPage = ({ projectId }: { projectId: string }) => {
  const t = useT();
  const { token } = useOwnerToken(projectId);
  const [state, setState] = useState<Loaded<ProjectReportDraft>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  /** A theme just moved: its control gets the focus in its new place. */
  const focusKey = useRef<string | null>(null);

  useEffect(() => {
    if (!token) return;
    let current = true;
    getReportDraft(projectId, token).then(
      (draft) => current && setState({ kind: 'ready', value: draft }),
      (err: unknown) => current && setState({ kind: 'failed', code: failureOf(err) }),
    );
    return () => {
      current = false;
    };
  }, [projectId, token, attempt]);

  useEffect(() => {
    if (state.kind === 'ready') document.title = `${state.value.document.title} · ${t('projectReport.title')}`;
  }, [state, t]);

  useEffect(() => {
    if (!focusKey.current || state.kind !== 'ready') return;
    document.querySelector<HTMLElement>(`[data-theme-key="${CSS.escape(focusKey.current)}"] select`)?.focus();
    focusKey.current = null;
  }, [state]);

  /** Runs one change on the server; its answer (the draft) replaces what is shown. */
  const change = useCallback(
    async (run: () => Promise<ProjectReportDraft>, done: string): Promise<boolean> => {
      setBusy(true);
      setMessage('');
      try {
        setState({ kind: 'ready', value: await run() });
        setMessage(done);
        return true;
      } catch (err) {
        const code = failureOf(err);
        setMessage(code === 'network' ? t('error.network') : t(errorKey(code)));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  if (!token) return <ProjectGate state={{ kind: 'failed', code: 'UNAUTHORIZED' }} onRetry={() => undefined} />;
  if (state.kind !== 'ready') return <ProjectGate state={state} onRetry={() => setAttempt((a) => a + 1)} />;
  const draft = state.value;
  const matches = draft.matches ?? draft.suggestedMatches;
  const save = (next: ThemeMatch[], done: string) => change(() => saveMatches(projectId, token, next), done);

  const move = (theme: CatalogueTheme, how: ThemeMove, question: number) => {
    const next =
      how.kind === 'split'
        ? splitOff(matches, theme)
        : how.kind === 'into'
          ? moveToMatch(matches, theme, how.match)
          : pairWith(matches, question, theme, how.with);
    focusKey.current = themeKey(theme);
    void save(next, t('projectReport.moved', { theme: theme.name }));
  };

  const publish = async () => {
    setBusy(true);
    setMessage('');
    try {
      const answer = await publishReport(projectId, token);
      setMessage(t('projectReport.publishedNow', { n: answer.version }));
      setState({ kind: 'ready', value: await getReportDraft(projectId, token) });
    } catch (err) {
      const code = failureOf(err);
      setMessage(code === 'network' ? t('error.network') : t(errorKey(code)));
    } finally {
      setBusy(false);
    }
  };

  const projectHref = projectPages.project(projectId);
  return (
    <div className="page page--wide project-report" data-testid="project-report">
      <header className="project-head">
        <div className="project-head__title">
          <p className="project-head__kind">
            <a
              href={projectHref}
              onClick={(e) => {
                e.preventDefault();
                navigate(projectHref);
              }}
            >
              {t('projectReport.back')}
            </a>
          </p>
          <h1>
            {t('projectReport.title')}: {draft.document.title}
          </h1>
        </div>
      </header>
      <ReportActions
        projectId={projectId}
        token={token}
        draft={draft}
        busy={busy}
        message={message}
        onConfirm={() => void save(draft.suggestedMatches, t('projectReport.confirmedNow'))}
        onBackToSuggestions={() =>
          void change(() => saveMatches(projectId, token, null), t('projectReport.suggestionsBack'))
        }
        onPublish={() => void publish()}
      />
      {draft.themes.length === 0 ? <p className="hint">{t('projectReport.noThemes')}</p> : null}
      {draft.themes.map((catalogue) => (
        <QuestionMatches
          key={catalogue.question}
          catalogue={catalogue}
          matches={matches}
          suggested={draft.matches === null}
          busy={busy}
          onMove={(theme, how) => move(theme, how, catalogue.question)}
          onRename={(index, name) => void save(renameMatch(matches, index, name), t('projectReport.renamed'))}
        />
      ))}
      <ClosingText
        text={draft.text}
        busy={busy}
        onSave={(text) => change(() => saveReportText(projectId, token, text), t('project.saved'))}
      />
    </div>
  );
};

export default ProjectReportPage;
