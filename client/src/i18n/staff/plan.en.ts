import type { planStaffFi } from './plan.fi';

/** English strings of the project plan in the staff views; same keys as `planStaffFi`. */
export const planStaffEn = {
  'plan.legend': 'Project plan goals (optional)',
  'plan.hint':
    'The goals with their expected results and activities. During the discussion, notes and thoughts can be tied to the goals, and participants rate the goals anonymously.',
  'plan.paste': 'Import the goals from text',
  'plan.pasteHint':
    'Paste an outline: a heading or “Goal:” starts a goal, “Expected result:” and “Indicator:” fill it in, bullets are activities (indent for a sub-activity, a date in brackets). Bullets under a “Development themes” heading are themes.',
  'plan.pasteLabel': 'Outline as text',
  'plan.pasteButton': 'Import into the lists',
  'plan.pasted': 'Imported {goals} goals and {themes} themes. Check them below.',
  'plan.noGoals': 'No goals.',
  'plan.goal': 'Goal {n}',
  'plan.goalName': 'Name of goal {n}',
  'plan.expectedResult': 'Expected result of goal {n}',
  'plan.indicators': 'Indicators of goal {n} (optional)',
  'plan.indicatorsHint': 'One indicator a line.',
  'plan.activities': 'Activities carried out',
  'plan.activity': 'Activity {n}',
  'plan.activityDate': 'When',
  'plan.addActivity': 'Add an activity to goal {n}',
  'plan.addSubActivity': 'Add a sub-activity under {n}',
  'plan.removeActivity': 'Remove activity {n}',
  'plan.addGoal': 'Add a goal',
  'plan.removeGoal': 'Remove goal {n}',
  'plan.minimum': 'Smallest stakeholder group shown (people)',
  'plan.minimumHint':
    'Ratings and thoughts are shown with a stakeholder group’s name only if the group has at least this many people. Smaller groups are shown as “Other”.',
  'plan.themesHint': 'The project’s development themes. The summary shows them with the goals.',
  'plan.err.goals': 'Every goal needs a name.',
  'plan.copyLegend': 'Start from another session’s set-up',
  'plan.copyHint':
    'Copy the questions, stakeholder groups, goals, themes and phases of a session you have opened in this browser. The title, region, date and place stay.',
  'plan.copyFrom': 'Session',
  'plan.copyButton': 'Copy the set-up',
  'plan.copied': 'The set-up was copied. Check it below.',
  'plan.copyFailed': 'The set-up could not be fetched. The session may have been deleted.',

  'goalTag.label': 'Goal',
  'goalTag.none': 'No goal',
  'goalTag.option': 'Goal {n}: {name}',
  'goalTag.keysHint': 'Number keys 1–9 tie the item to a goal, 0 removes the tie.',
  'goalTag.tagged': 'Goal {n}',

  'goalRating.title': 'Rating the goals',
  'goalRating.hint':
    'Phones rate anonymously how well each goal was reached. Results are shown only aggregated, and small stakeholder groups are merged.',
  'goalRating.open': 'Open the rating on the phones',
  'goalRating.close': 'Close the rating',
  'goalRating.isOpen': 'The rating is open on the phones.',
  'goalRating.raters': 'Rated: {n}',
  'goalRating.results': 'Results',
  'goalRating.other': 'Other',
  'goalRating.all': 'All together',
  'goalRating.group': 'Stakeholder group',
  'goalRating.withheld': 'Ratings from small groups ({n}) are not shown.',
  'goalRating.noGoals': 'This session has no goals. Add them in the settings.',
} satisfies Record<keyof typeof planStaffFi, string>;
