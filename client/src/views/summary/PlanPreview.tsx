import type { SummaryActivity, SummaryDocument, SummaryGoal } from '@aquarium/shared';
import { PreviewItems } from './PreviewItems';
import { RichText } from './RichText';

/**
 * The plan part of the staff preview, read goal by goal as the downloads lay it out (server
 * summary/render/planBlocks.ts): expected result, indicators, activities, the ratings by stakeholder group
 * and the items tagged to the goal; after the discussion, what was not foreseen.
 */

const Activities = ({ activities }: { activities: SummaryActivity[] }) => (
  <ul>
    {activities
      .filter((a) => a.text.trim() !== '')
      .map((a, i) => (
        <li key={i}>
          {a.text}
          {a.date.trim() ? <span className="preview__source"> ({a.date.trim()})</span> : null}
          {a.children.length > 0 ? <Activities activities={a.children} /> : null}
        </li>
      ))}
  </ul>
);

const Ratings = ({ doc, goal }: { doc: SummaryDocument; goal: SummaryGoal }) => {
  const labels = doc.plan!.labels;
  return (
    <>
      {goal.ratings && goal.ratings.length > 0 ? (
        // Six columns may not fit the preview's column: the table scrolls sideways on its own, by keyboard too.
        <div className="preview__scroll" role="region" aria-label={labels.ratings} tabIndex={0}>
          <table className="preview__table">
            <caption>{labels.ratings}</caption>
            <thead>
              <tr>
                <th scope="col">{doc.labels.group}</th>
                {labels.scale.map((s) => (
                  <th key={s} scope="col">
                    {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {goal.ratings.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{row.group}</th>
                  {row.counts.map((n, i) => (
                    <td key={i}>{n}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : goal.ratingsWithheld === 0 ? (
        <p className="preview__meta">{labels.notRated}</p>
      ) : null}
      {goal.ratingsWithheld > 0 ? (
        <p className="preview__meta">{labels.withheld.replace('{n}', String(goal.ratingsWithheld))}</p>
      ) : null}
    </>
  );
};

const Goal = ({ doc, goal }: { doc: SummaryDocument; goal: SummaryGoal }) => {
  const labels = doc.plan!.labels;
  const indicators = goal.indicators.map((i) => i.trim()).filter(Boolean);
  return (
    <section className="preview__question" data-testid="preview-goal">
      <h6>
        {labels.goal} {goal.number}: {goal.name}
      </h6>
      {goal.expectedResult.trim() ? (
        <>
          <p className="preview__theme-name">{labels.expectedResult}</p>
          <RichText text={goal.expectedResult} />
        </>
      ) : null}
      {indicators.length > 0 ? (
        <>
          <p className="preview__theme-name">{labels.indicators}</p>
          <ul>
            {indicators.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {goal.activities.some((a) => a.text.trim() !== '') ? (
        <>
          <p className="preview__theme-name">{labels.activities}</p>
          <Activities activities={goal.activities} />
        </>
      ) : null}
      <Ratings doc={doc} goal={goal} />
      <PreviewItems items={goal.items} labels={doc.labels} />
    </section>
  );
};

/** Goals and how they were reached (nothing when the plan has no goals). */
export const PlanPreview = ({ doc }: { doc: SummaryDocument }) => {
  const plan = doc.plan;
  if (!plan || plan.goals.length === 0) return null;
  const themes = plan.developmentThemes.map((t) => t.trim()).filter(Boolean);
  return (
    <>
      <h5>{plan.labels.goalsHeading}</h5>
      {themes.length > 0 ? (
        <>
          <p className="preview__theme-name">{plan.labels.developmentThemes}</p>
          <ul>
            {themes.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </>
      ) : null}
      {plan.goals.map((goal) => (
        <Goal key={goal.number} doc={doc} goal={goal} />
      ))}
    </>
  );
};

/** After the discussion: what was said and tagged to no goal (only once something is tagged). */
export const UnforeseenPreview = ({ doc }: { doc: SummaryDocument }) => {
  const unforeseen = doc.plan?.unforeseen;
  if (!unforeseen || unforeseen.notes.length + unforeseen.thoughts.length === 0) return null;
  return (
    <>
      <h5>{doc.plan!.labels.unforeseen}</h5>
      <p className="preview__meta">{doc.plan!.labels.unforeseenIntro}</p>
      <PreviewItems items={unforeseen} labels={doc.labels} />
    </>
  );
};
