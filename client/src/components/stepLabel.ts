import type { GroupStep } from '@aquarium/shared';

/** The name of each kind of small-group step, as the staff views and the projector show it. */
export const stepKey = {
  write: 'step.write',
  present: 'step.present',
  choose: 'step.choose',
  record: 'step.record',
} as const satisfies Record<GroupStep, string>;

/** Whether a step's name leaves out its kind ("Question 1: write alone" does not), so it is worth saying. */
export const namesStep = (name: string, kindLabel: string): boolean =>
  name.toLocaleLowerCase().includes(kindLabel.toLocaleLowerCase());
