import {
  emptyGroups,
  groupActiveAt,
  groupStepNow,
  groupTimeLeftMs,
  isGroupIdle,
  laterStep,
  leadFrame,
} from '@aquarium/shared';
import { useMemo, type ReactNode } from 'react';
import { useNow } from '../../../components/useNow';
import { useT } from '../../../state/useT';
import { useStore } from '../../../state/store';
import { usePersonLabels } from '../turns/labels';
import { CreateGroupForm } from './CreateGroupForm';
import { FormGroupsForm } from './FormGroupsForm';
import { GroupCard } from './GroupCard';
import { currentQuestionId, groupsInOrder, hasWork, ungrouped } from './groupsModel';
import { MoveForm } from './MoveForm';
import './groups.css';

const none: never[] = [];

/**
 * Forming and adding groups: the lobby's work, open there. Once the session runs with its groups, what the
 * facilitator follows is the groups' progress, so the tools fold under one line above the cards (people who join
 * late are listed apart, with a move each, either way).
 */
const GroupTools = ({ folded, children }: { folded: boolean; children: ReactNode }) => {
  const t = useT();
  if (!folded) return <div className="groups-panel__tools">{children}</div>;
  return (
    <details className="groups-panel__fold" data-testid="group-tools">
      <summary>{t('lead.tools')}</summary>
      <div className="groups-panel__tools">{children}</div>
    </details>
  );
};

/** The small-group method in the lead's console: forming groups, chairs, moving people, live progress. */
export const GroupsPanel = () => {
  const t = useT();
  const groups = useStore((s) => s.session?.groups ?? emptyGroups);
  const order = useStore((s) => s.session?.participantOrder ?? none);
  const questions = useStore((s) => s.session?.setup.questions ?? none);
  const hasDevelopmentThemes = useStore((s) => (s.session?.setup.developmentThemes ?? none).length > 0);
  const ended = useStore((s) => s.session?.status === 'ended');
  const currentId = useStore((s) => (s.session ? currentQuestionId(s.session) : null));
  const onlineIds = useStore((s) => s.presence?.participantIds ?? none);
  const labels = usePersonLabels();
  const session = useStore((s) => s.session);
  const offset = useStore((s) => s.clockOffset);
  // The idle flag counts on the server's clock; a coarse tick is enough for minutes.
  const now = useNow(5_000, session?.status === 'running') + offset;
  const frame = session ? leadFrame(session) : null;
  const online = useMemo(() => new Set(onlineIds), [onlineIds]);

  const all = groupsInOrder(groups);
  const outside = ungrouped(order, groups);
  const grouped = order.length - outside.length;
  const currentIndex = questions.findIndex((q) => q.id === currentId);
  const current = questions[currentIndex] ?? null;
  const editable = !ended;
  const paceOf = (smallGroupId: string) => {
    const own = session ? groupStepNow(session, smallGroupId) : null;
    return own && frame ? { step: own.step, ahead: laterStep(own.step, frame.step) !== frame.step } : null;
  };

  return (
    <section className="card groups-panel" aria-labelledby="groups-title" data-testid="groups-panel">
      <h2 id="groups-title">{t('lead.title')}</h2>
      <p className="groups-panel__counts" data-testid="groups-counts">
        {t('lead.counts', { groups: all.length, grouped, ungrouped: outside.length })}
      </p>

      {editable ? (
        <GroupTools folded={session?.status === 'running' && all.length > 0}>
          <FormGroupsForm
            people={order.length}
            groupCount={all.length}
            hasDevelopmentThemes={hasDevelopmentThemes}
            working={all.some((g) => hasWork(groups, g.id))}
          />
          <CreateGroupForm groups={groups} />
        </GroupTools>
      ) : null}

      {outside.length > 0 ? (
        <section className="ungrouped" aria-labelledby="ungrouped-title" data-testid="ungrouped">
          <h3 id="ungrouped-title">{t('lead.ungrouped', { n: outside.length })}</h3>
          <ul className="group-members">
            {outside.map((pid) => {
              const label = labels[pid];
              const name = label?.label ?? '';
              return (
                <li key={pid} className="group-members__item" data-testid="ungrouped-member">
                  <span className="group-members__who">
                    <span className={label?.anonymous ? 'is-anonymous' : undefined}>{name}</span>
                    {label?.group ? <span className="group-members__meta">{label.group}</span> : null}
                  </span>
                  {editable && all.length > 0 ? (
                    <MoveForm participantId={pid} name={name} smallGroupId={null} groups={all} />
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : all.length > 0 && order.length > 0 ? (
        <p className="groups-panel__all">{t('lead.allGrouped')}</p>
      ) : null}

      {current ? (
        <p className="groups-panel__now" data-testid="groups-now">
          <strong>{t('lead.now', { n: currentIndex + 1 })}</strong> {current.text}
        </p>
      ) : null}

      {all.length === 0 ? (
        <p>{t('lead.none')}</p>
      ) : (
        <ul className="group-cards" aria-label={t('lead.list')}>
          {all.map((group) => (
            <li key={group.id}>
              <GroupCard
                group={group}
                groups={groups}
                allGroups={all}
                labels={labels}
                online={online}
                questions={questions}
                current={current}
                editable={editable}
                pace={paceOf(group.id)}
                timeLeftMs={session ? groupTimeLeftMs(session, group.id, now) : null}
                idleMinutes={
                  session && isGroupIdle(session, group, now)
                    ? Math.floor((now - groupActiveAt(session, group)) / 60_000)
                    : null
                }
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
