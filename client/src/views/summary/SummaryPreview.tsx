import { composeSummary, latestSummaryVersion, type SummaryDocument } from '@aquarium/shared';
import { useMemo } from 'react';
import { useT } from '../../state/useT';
import { useStore } from '../../state/store';
import { PlanPreview, UnforeseenPreview } from './PlanPreview';
import { PreviewItems as Items } from './PreviewItems';
import { RichText } from './RichText';

/** Plain text with its line breaks kept; React escapes it, so nothing in it is ever markup. */
const Text = ({ text }: { text: string }) =>
  text ? (
    <div className="preview__text">
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i}>{para}</p>
      ))}
    </div>
  ) : null;

const votesText = (n: number, labels: SummaryDocument['labels']) => `${n} ${n === 1 ? labels.vote : labels.votes}`;

/** The dot vote on a question's themes, most points first. */
const ThemeVotes = ({
  rows,
  labels,
}: {
  rows: SummaryDocument['questions'][number]['themeVotes'];
  labels: SummaryDocument['labels'];
}) =>
  rows && rows.length > 0 ? (
    <div className="preview__theme">
      <p className="preview__theme-name">{labels.voteResults}</p>
      <table className="preview__table">
        <caption>{labels.voteResults}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.theme}</th>
            <th scope="col">{labels.votesCount}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.theme}</th>
              <td>{row.votes}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ) : null;

/** Small groups: each group's chosen points and its returned summary, as the downloads lay them out. */
const GroupPoints = ({
  groups,
  labels,
}: {
  groups: SummaryDocument['questions'][number]['groupPoints'];
  labels: SummaryDocument['labels'];
}) => {
  const shown = groups.filter((g) => g.points.length > 0 || g.summary.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <div className="preview__theme" data-testid="preview-group-points">
      <p className="preview__theme-name">{labels.groupPoints}</p>
      {shown.map((g, i) => (
        <div key={i} className="preview__group">
          {g.points.length > 0 ? (
            <>
              <p className="preview__group-name">{g.group}</p>
              <ul aria-label={g.group}>
                {g.points.map((p, j) => (
                  <li key={j}>
                    {p}
                    {g.votes ? <span className="preview__source"> ({votesText(g.votes[j] ?? 0, labels)})</span> : null}
                  </li>
                ))}
              </ul>
              {g.stakeholderGroups && g.stakeholderGroups.length > 0 ? (
                <p className="preview__source">
                  {labels.stakeholderGroups}: {g.stakeholderGroups.join(', ')}
                </p>
              ) : null}
            </>
          ) : null}
          {g.summary.trim() ? (
            <>
              <p className="preview__group-name">
                {g.group}, {labels.groupRecord}:
              </p>
              <Text text={g.summary} />
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
};

const Appendix = ({ doc }: { doc: SummaryDocument }) => {
  const l = doc.labels;
  return (
    <>
      <h5>{l.appendix}</h5>
      <table className="preview__table">
        <caption>{l.timeline}</caption>
        <thead>
          <tr>
            <th scope="col">{l.phase}</th>
            <th scope="col">{l.planned}</th>
            <th scope="col">{l.actual}</th>
          </tr>
        </thead>
        <tbody>
          {doc.timeline.map((p, i) => (
            <tr key={i}>
              <th scope="row">{p.phase}</th>
              <td>{p.plannedMinutes}</td>
              <td>{p.actualMinutes}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="preview__table">
        <caption>{l.participation}</caption>
        <thead>
          <tr>
            <th scope="col">{l.group}</th>
            <th scope="col">{l.present}</th>
            <th scope="col">{l.turns}</th>
            <th scope="col">{l.talkMinutes}</th>
            <th scope="col">{l.thoughtsCount}</th>
          </tr>
        </thead>
        <tbody>
          {doc.participation.map((r) => (
            <tr key={r.group}>
              <th scope="row">{r.group}</th>
              <td>{r.present}</td>
              <td>{r.turns}</td>
              <td>{r.talkMinutes}</td>
              <td>{r.thoughts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
};

/** The document as it would be published now, composed by the same function the server uses. */
const Document = ({ doc }: { doc: SummaryDocument }) => {
  const l = doc.labels;
  const bg = doc.background;
  return (
    <article className="preview" lang={doc.language} data-testid="summary-preview">
      <h4 className="preview__title">{doc.title}</h4>
      {doc.subtitle ? <p className="preview__meta">{doc.subtitle}</p> : null}
      <p className="preview__meta">{[doc.date, doc.place].filter(Boolean).join(' · ')}</p>
      <h5>{l.participants}</h5>
      <p>
        {l.participantsTotal}: {doc.participants.total}
      </p>
      <ul>
        {doc.participants.byGroup.map((g) => (
          <li key={g.group}>
            {g.group}: {g.count}
          </li>
        ))}
      </ul>
      {bg.goals || bg.developmentThemes || bg.activities ? (
        <>
          <h5>{l.background}</h5>
          {(['goals', 'developmentThemes', 'activities'] as const).map((k) =>
            bg[k] ? (
              <div key={k}>
                <h6>{l[k]}</h6>
                <RichText text={bg[k]} />
              </div>
            ) : null,
          )}
        </>
      ) : null}
      <PlanPreview doc={doc} />
      <h5>{l.discussion}</h5>
      {doc.questions.map((q) => (
        <section key={q.number} className="preview__question">
          <h6>
            {l.question} {q.number}: {q.text}
          </h6>
          <RichText text={q.consolidated} />
          {q.themes.map((th, i) => (
            <div key={i} className="preview__theme">
              <p className="preview__theme-name">{th.name}</p>
              <RichText text={th.consolidated} />
              <Items items={th.items} labels={l} />
            </div>
          ))}
          {q.unthemed.notes.length + q.unthemed.thoughts.length > 0 ? (
            <div className="preview__theme">
              <p className="preview__theme-name">{l.otherPoints}</p>
              <Items items={q.unthemed} labels={l} />
            </div>
          ) : null}
          <ThemeVotes rows={q.themeVotes} labels={l} />
          <GroupPoints groups={q.groupPoints} labels={l} />
        </section>
      ))}
      {doc.goodPractices ? (
        <>
          <h5>{l.goodPractices}</h5>
          <RichText text={doc.goodPractices} />
        </>
      ) : null}
      {doc.closingView ? (
        <>
          <h5>{l.closingView}</h5>
          <RichText text={doc.closingView} />
        </>
      ) : null}
      <UnforeseenPreview doc={doc} />
      <Appendix doc={doc} />
      {doc.footer || doc.fundingMark ? (
        <footer className="preview__footer" data-testid="preview-footer">
          {[...(doc.footer ?? '').split('\n'), doc.fundingMark?.alt ?? '']
            .filter((line) => line.trim() !== '')
            .map((line, i) => (
              <p key={i}>{line}</p>
            ))}
        </footer>
      ) : null}
    </article>
  );
};

export const SummaryPreview = () => {
  const t = useT();
  const session = useStore((s) => s.session);
  const doc = useMemo(
    () =>
      session
        ? composeSummary(session, {
            version: latestSummaryVersion(session.summary) + 1,
            publishedAt: session.endedAt ?? 0,
          })
        : null,
    [session],
  );
  if (!doc) return null;
  return (
    // Focusable because it scrolls on its own: keyboard users can scroll it too.
    <section className="summary-preview" aria-labelledby="summary-preview-title" tabIndex={0}>
      <h3 id="summary-preview-title">{t('summary.preview')}</h3>
      <Document doc={doc} />
    </section>
  );
};
