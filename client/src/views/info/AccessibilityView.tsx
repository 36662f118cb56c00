import { useT } from '../../state/useT';
import { InfoPage, type InfoSection } from './InfoPage';

const SUPERVISION_URL = 'https://www.saavutettavuusvaatimukset.fi/';

const SupervisionLink = () => {
  const t = useT();
  return (
    <p>
      <a href={SUPERVISION_URL} rel="noreferrer">
        {t('info.a11y.supervisionLink')}
      </a>
    </p>
  );
};

const sections: InfoSection[] = [
  { title: 'info.a11y.testedTitle', items: ['info.a11y.tested1', 'info.a11y.tested2', 'info.a11y.tested3'] },
  {
    title: 'info.a11y.limitsTitle',
    items: ['info.a11y.limit1', 'info.a11y.limit2', 'info.a11y.limit3', 'info.a11y.limit4'],
  },
  { title: 'info.a11y.feedbackTitle', items: ['info.a11y.feedback1', 'info.a11y.feedback2'] },
  { title: 'info.a11y.supervisionTitle', items: ['info.a11y.supervision1'], extra: <SupervisionLink /> },
];

/** `/accessibility`: the accessibility statement (WCAG 2.1 AA, Act 306/2019) with honest limitations. */
export const AccessibilityView = () => (
  <InfoPage title="info.a11y.title" intro={['info.a11y.intro', 'info.a11y.status']} sections={sections} />
);
