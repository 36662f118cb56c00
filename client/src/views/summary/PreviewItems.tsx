import type { SummaryDocument, SummaryItems } from '@aquarium/shared';

/** A theme's or a goal's notes and thoughts, each thought with its stakeholder group, author and points. */
export const PreviewItems = ({ items, labels }: { items: SummaryItems; labels: SummaryDocument['labels'] }) => (
  <>
    {items.notes.length > 0 ? (
      <ul className="preview__notes" aria-label={labels.notes}>
        {items.notes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
    ) : null}
    {items.thoughts.length > 0 ? (
      <ul className="preview__thoughts" aria-label={labels.thoughts}>
        {items.thoughts.map((th, i) => (
          <li key={i}>
            <q className="preview__quote">{th.text}</q>{' '}
            <span className="preview__source">({[th.group, th.author].filter(Boolean).join(', ')})</span>
            {th.votes > 0 ? ` · ${th.votes} ${labels.votes}` : null}
          </li>
        ))}
      </ul>
    ) : null}
  </>
);
