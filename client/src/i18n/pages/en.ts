import type { pagesFi } from './fi';

/** English strings of the privacy, accessibility and "session deleted" pages; same keys as `pagesFi`. */
export const pagesEn = {
  'info.back': 'Back',
  'info.home': 'To the front page',

  'info.privacy.title': 'Privacy notice',
  'info.privacy.intro': 'This page tells you what Evaluation aquarium stores, who can see it and when it is deleted.',
  'info.privacy.storedTitle': 'What is stored',
  'info.privacy.stored1': 'The session set-up: its title, questions, phases and stakeholder groups.',
  'info.privacy.stored2':
    'About a participant: a name or nickname if you give one. The name is optional. Also the stakeholder group you chose, for example client or worker.',
  'info.privacy.stored3':
    "What is written in the session: participants' thoughts, the scribe's notes, and turns to speak with their times.",
  'info.privacy.stored4':
    'No email address or phone number is asked for or stored. IP addresses are not stored in the database.',
  'info.privacy.stored5':
    "The server's technical logs contain no text of thoughts or notes, no secret link tokens and no join codes.",
  'info.privacy.stored6':
    "Your phone's browser remembers that you joined, so you get back in if the page reloads. No cookies are used.",
  'info.privacy.seeTitle': 'Who sees what',
  'info.privacy.see1':
    'The facilitators, who run the session, see the data of their own session, except what people in small groups wrote alone and have not presented yet.',
  'info.privacy.see2': 'The scribe sees notes and thoughts, like the rest of the staff.',
  'info.privacy.see3': 'The projector shows only thoughts that the facilitator has approved.',
  'info.privacy.seeNames':
    'The projector shows only how many people sit in the inner circle. It shows their names only if the facilitator chooses so, and then only the names people gave.',
  'info.privacy.see4':
    'Thoughts are anonymous unless you choose to show your name with a thought. Your stakeholder group (for example client) is always shown with a thought, in the summary too.',
  'info.privacy.see5':
    'Other participants never see your name unless you show it with a thought. They never see thoughts that are waiting or hidden.',
  'info.privacy.see6':
    'In small groups, what you write alone is seen only by you until the chair asks you to present it. Then the members of your group and the facilitators see it. The members of your group see your name if you gave one.',
  'info.privacy.see7':
    'When you have the floor, the projector and the phones show your name if you gave one; otherwise your stakeholder group.',
  'info.privacy.see8':
    'The summary shows how many took part per stakeholder group, the turns and their length per stakeholder group, and the thoughts with their stakeholder group. Your name appears only with thoughts where you chose it.',
  'info.privacy.keepTitle': 'How long it is kept',
  'info.privacy.keep1':
    "All of the session's data is deleted automatically 30 days after the session ends. The facilitator can choose another period.",
  'info.privacy.keep2': 'The facilitator can also delete everything at once.',
  'info.privacy.keep3': 'Deleted data is also overwritten in the database file.',
  'info.privacy.whereTitle': 'Where the data is',
  'info.privacy.where1': 'The data is on the server of the organisation that runs the session.',
  'info.privacy.where2': 'The service uses no third-party services, fonts or analytics. Nothing is sent anywhere else.',
  'info.privacy.rightsTitle': 'Your rights',
  'info.privacy.rights1': 'You can withdraw your own thoughts during the session.',
  'info.privacy.rights2': 'You can ask the facilitator or the organiser of the session to delete your data.',
  'info.privacy.rights3':
    'You can complain to the Data Protection Ombudsman (tietosuoja.fi) if you think your data was handled wrongly.',
  'info.privacy.controllerTitle': 'Who is responsible for the data',
  'info.privacy.controller1': 'The organisation that runs the session is responsible for the data (the controller).',
  'info.privacy.controller2': 'Ask the facilitator which organisation runs the session and how to contact it.',
  'info.privacy.organiser': 'Responsible for the data of this session: {organiser}',

  'info.a11y.title': 'Accessibility statement',
  'info.a11y.intro':
    'Evaluation aquarium aims to meet level AA of the WCAG 2.1 guidelines, as the Finnish Act on the Provision of Digital Services (306/2019) requires.',
  'info.a11y.status': 'The service partly meets the requirements. The known gaps are listed below.',
  'info.a11y.testedTitle': 'How accessibility was checked',
  'info.a11y.tested1': "Every screen is checked automatically with the axe tool each time the service's tests run.",
  'info.a11y.tested2': 'Using the service with the keyboard alone has been tested.',
  'info.a11y.tested3': 'The names of buttons, forms and messages for screen readers have been checked.',
  'info.a11y.limitsTitle': 'Known limitations',
  'info.a11y.limit1':
    "The summary's PDF file is tagged: a screen reader reads its headings, lists and tables. Its PDF/UA conformance has not been checked with a validator. The most accessible format is the web version.",
  'info.a11y.limit2':
    "The projector view is made to be read from a distance. The same information is on each participant's own phone.",
  'info.a11y.limit3':
    "The service is in Finnish, Swedish and English. A session's own texts (questions, notes, thoughts and the summary) show in the language they were written in.",
  'info.a11y.limit4':
    'The service has not yet been tested together with people who use assistive technology. Automated checks do not find every problem.',
  'info.a11y.feedbackTitle': 'Feedback',
  'info.a11y.feedback1': 'If you notice an accessibility problem, tell the organiser of the session.',
  'info.a11y.feedback2': 'You can also tell the facilitator about the problem during the session.',
  'info.a11y.supervisionTitle': 'Supervisory authority',
  'info.a11y.supervision1':
    'If you get no answer within 14 days, or the answer does not satisfy you, you can report it to the digital accessibility supervision of the Finnish Transport and Communications Agency Traficom.',
  'info.a11y.supervisionLink': 'saavutettavuusvaatimukset.fi',

  'info.deleted.title': 'The session and all its data were deleted.',
  'info.deleted.body': "The session's links and join code no longer work.",
} satisfies Record<keyof typeof pagesFi, string>;
