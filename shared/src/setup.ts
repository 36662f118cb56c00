import { z } from 'zod';
import { lineText, multilineText, reservedIds } from './text.js';

/** Id of an item inside a session (question, group, phase): short, URL-safe, never an `Object.prototype` name. */
export const ItemId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, 'invalid id')
  .refine((id) => !reservedIds.has(id), 'this id is a reserved name');

/** The two circles of an evaluation aquarium. */
export const Circle = z.enum(['inner', 'outer']);
export type Circle = z.infer<typeof Circle>;

/** Who speaks in a phase: one circle, or everyone together. */
export const SpeakingCircle = z.enum(['inner', 'outer', 'everyone']);
export type SpeakingCircle = z.infer<typeof SpeakingCircle>;

/** UI languages with complete catalogs: Finnish (the default), Swedish and English. */
export const Language = z.enum(['fi', 'sv', 'en']);
export type Language = z.infer<typeof Language>;

/** The locale for numbers and dates in each language (Swedish as written in Finland). */
export const locales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Evaluation methods: `aquarium` is the five-phase fishbowl, `smallGroups` the small-group method. */
export const Method = z.enum(['aquarium', 'smallGroups']);
export type Method = z.infer<typeof Method>;

const text = (max: number) => lineText().trim().max(max);
const requiredText = (max: number) => lineText().trim().min(1).max(max);
const longText = (max: number) => multilineText().trim().max(max);
const requiredLongText = (max: number) => multilineText().trim().min(1).max(max);

/** One evaluation question. */
export const Question = z.object({ id: ItemId, text: requiredLongText(500) });
export type Question = z.infer<typeof Question>;

/** A stakeholder group a participant belongs to (client, worker, manager, ...). */
export const StakeholderGroup = z.object({ id: ItemId, name: requiredText(80) });
export type StakeholderGroup = z.infer<typeof StakeholderGroup>;

/** What the groups do in one step of the small-group method, per question. */
export const GroupStep = z.enum(['write', 'present', 'choose', 'record']);
export type GroupStep = z.infer<typeof GroupStep>;

/** A development theme a participant can pick on joining, so the lead can form groups by theme. */
export const DevelopmentTheme = z.object({ id: ItemId, name: requiredText(80) });
export type DevelopmentTheme = z.infer<typeof DevelopmentTheme>;

/**
 * One phase of the plan; a plan is data, editable per session. In the small-group method a phase is a
 * step (`step`) on one question; `speaking` is then `everyone`.
 */
export const Phase = z.object({
  id: ItemId,
  name: requiredText(120),
  speaking: SpeakingCircle,
  step: GroupStep.optional(),
  questionIds: z.array(ItemId).max(20),
  plannedMinutes: z.number().int().min(1).max(240),
  instructions: longText(1000),
});
export type Phase = z.infer<typeof Phase>;

const unique = <T extends { id: string }>(items: T[]) => new Set(items.map((i) => i.id)).size === items.length;

/** Everything the facilitator sets when creating a session. */
export const SessionSetup = z
  .object({
    title: requiredText(200),
    project: text(200),
    region: text(200),
    date: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')]),
    place: text(200),
    language: Language,
    method: Method,
    questions: z.array(Question).min(1).max(10),
    stakeholderGroups: z.array(StakeholderGroup).min(1).max(20),
    /** Small groups: themes to pick from on joining (none: nobody is asked). */
    developmentThemes: z.array(DevelopmentTheme).max(20).optional(),
    phases: z.array(Phase).min(1).max(40),
    /** Phones start in plain language (selkokieli, Finnish and Swedish); each person can still choose. */
    plainLanguage: z.boolean().optional(),
    /** Who is responsible for the data (controller) with contacts, for the privacy notice; empty: a neutral text. */
    organiser: text(300).optional(),
  })
  .refine((s) => unique(s.questions), { message: 'question ids must be unique', path: ['questions'] })
  .refine((s) => unique(s.stakeholderGroups), { message: 'group ids must be unique', path: ['stakeholderGroups'] })
  .refine((s) => unique(s.phases), { message: 'phase ids must be unique', path: ['phases'] })
  .refine((s) => unique(s.developmentThemes ?? []), {
    message: 'development theme ids must be unique',
    path: ['developmentThemes'],
  })
  .refine((s) => s.phases.every((p) => p.questionIds.every((q) => s.questions.some((x) => x.id === q))), {
    message: 'a phase refers to a question that does not exist',
    path: ['phases'],
  })
  .refine((s) => s.method !== 'smallGroups' || s.phases.every((p) => p.step && p.questionIds.length === 1), {
    message: 'in the small-group method every step names its kind and exactly one question',
    path: ['phases'],
  });
export type SessionSetup = z.infer<typeof SessionSetup>;
