import { InfoPage, type InfoSection } from './InfoPage';

const sections: InfoSection[] = [
  {
    title: 'info.privacy.storedTitle',
    items: [
      'info.privacy.stored1',
      'info.privacy.stored2',
      'info.privacy.stored3',
      'info.privacy.stored4',
      'info.privacy.stored5',
      'info.privacy.stored6',
    ],
  },
  {
    title: 'info.privacy.seeTitle',
    items: [
      'info.privacy.see1',
      'info.privacy.see2',
      'info.privacy.see3',
      'info.privacy.seeNames',
      'info.privacy.see4',
      'info.privacy.see5',
      'info.privacy.see6',
    ],
  },
  { title: 'info.privacy.keepTitle', items: ['info.privacy.keep1', 'info.privacy.keep2', 'info.privacy.keep3'] },
  { title: 'info.privacy.whereTitle', items: ['info.privacy.where1', 'info.privacy.where2'] },
  {
    title: 'info.privacy.rightsTitle',
    items: ['info.privacy.rights1', 'info.privacy.rights2', 'info.privacy.rights3'],
  },
  { title: 'info.privacy.controllerTitle', items: ['info.privacy.controller1', 'info.privacy.controller2'] },
];

/** `/privacy`: the privacy notice in plain language, true to what the product stores and shows. */
export const PrivacyView = () => (
  <InfoPage title="info.privacy.title" intro={['info.privacy.intro']} sections={sections} />
);
