import { groupProgress, type GroupStep, type SmallGroupsState, type Question, type SmallGroup } from '@aquarium/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../state/useT';
import { sendCommand } from '../../../net/socket';
import { FormButtons } from '../../capture/FormButtons';
import type { PersonLabel } from '../turns/labels';
import { ChairForm } from './ChairForm';
import { GroupPaceControls } from './GroupPaceControls';
import { GroupProgressLine } from './GroupProgressLine';
import { GroupWork } from './GroupWork';
import { hasWork, startedWork } from './groupsModel';
import { MoveForm } from './MoveForm';

interface Props {
  group: SmallGroup;
  groups: SmallGroupsState;
  allGroups: SmallGroup[];
  labels: Record<string, PersonLabel>;
  online: ReadonlySet<string>;
  questions: Question[];
  /** The question the groups work on now, if a step runs. */
  current: Question | null;
  editable: boolean;
  /** The group's own step on the current question, and whether it is ahead of the lead's. */
  pace: { step: GroupStep; ahead: boolean } | null;
  /** Minutes without progress when the group is flagged idle, else null. */
  idleMinutes: number | null;
  /** What is left of the question's time box for this group, in ms. */
  timeLeftMs: number | null;
}

/** One group for the lead: its chair, members (to move), progress now, and what it chose and returned. */
export const GroupCard = ({
  group,
  groups,
  allGroups,
  labels,
  online,
  questions,
  current,
  editable,
  pace,
  idleMinutes,
  timeLeftMs,
}: Props) => {
  const t = useT();
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [refused, setRefused] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const work = startedWork(groups, group, questions);
  const chairOffline = group.chairId !== null && !online.has(group.chairId);
  const chairAway = group.chairId !== null && groups.chairAway[group.id]?.participantId === group.chairId;
  const progress = current ? groupProgress(groups, group, current.id) : null;

  const remove = () => {
    if (hasWork(groups, group.id)) return setRefused(true);
    void sendCommand('group:delete', { smallGroupId: group.id }).then((res) => {
      if (!res.ok) setRefused(true);
    });
  };
  const doneRenaming = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <article
      className={`group-card${idleMinutes !== null ? ' group-card--idle' : ''}`}
      aria-labelledby={`${id}-name`}
      data-testid="group-card"
      data-group-id={group.id}
    >
      <div className="group-card__head">
        <h3 id={`${id}-name`} className="group-card__name">
          {group.name}
        </h3>
        {editable && !renaming ? (
          <div className="group-card__actions">
            <button
              ref={renameButton}
              type="button"
              className="button button--small button--secondary"
              onClick={() => setRenaming(true)}
            >
              {t('lead.rename')}
              <span className="visually-hidden">: {group.name}</span>
            </button>
            <button type="button" className="button button--small button--secondary" onClick={remove}>
              {t('lead.delete')}
              <span className="visually-hidden">: {group.name}</span>
            </button>
          </div>
        ) : null}
      </div>
      {renaming ? <RenameForm group={group} done={doneRenaming} /> : null}
      {refused ? (
        <p className="field-error" role="alert" data-testid="group-delete-refused">
          {t('lead.deleteRefused')}
        </p>
      ) : null}

      {current && progress ? (
        <>
          <GroupProgressLine
            progress={progress}
            step={pace}
            online={group.members.filter((m) => online.has(m.id)).length}
            idleMinutes={idleMinutes}
            timeLeftMs={progress.returned ? null : timeLeftMs}
            className="group-card__progress"
          />
          {editable && pace ? (
            <GroupPaceControls
              smallGroupId={group.id}
              groupName={group.name}
              questionId={current.id}
              step={pace.step}
              extraMinutes={progress.extraMinutes}
              returned={progress.returned}
            />
          ) : null}
        </>
      ) : null}

      {editable && group.members.length > 0 ? <ChairForm group={group} labels={labels} /> : null}
      {editable && group.members.length > 0 && group.chairId === null ? (
        <p className="group-card__warning" data-testid="chair-missing">
          <span aria-hidden="true">! </span>
          {t('lead.chairMissing')}
        </p>
      ) : null}
      {editable && (chairOffline || chairAway) ? (
        <p className="group-card__warning" data-testid="chair-offline">
          <span aria-hidden="true">! </span>
          {chairAway ? t('lead.chairAway') : t('lead.chairOffline')}
        </p>
      ) : null}

      <h4 className="group-card__sub">{t('lead.members', { n: group.members.length })}</h4>
      {group.members.length === 0 ? (
        <p className="hint">{t('lead.noMembers')}</p>
      ) : (
        <ul className="group-members">
          {group.members.map((m) => {
            const label = labels[m.id];
            const name = label?.label ?? m.name ?? '';
            return (
              <li key={m.id} className="group-members__item" data-testid="group-member">
                <span className="group-members__who">
                  <span className={label?.anonymous ? 'is-anonymous' : undefined}>{name}</span>
                  {m.id === group.chairId ? (
                    <strong className="group-members__tag" data-testid="chair-tag">
                      {t('lead.chairTag')}
                    </strong>
                  ) : null}
                  {label?.group ? <span className="group-members__meta">{label.group}</span> : null}
                  {!editable || online.has(m.id) ? null : (
                    <span className="group-members__offline">
                      <span aria-hidden="true">○ </span>
                      {t('lead.offline')}
                    </span>
                  )}
                </span>
                {editable ? (
                  <MoveForm participantId={m.id} name={name} smallGroupId={group.id} groups={allGroups} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}

      {work.length > 0 ? (
        <GroupWork
          smallGroupId={group.id}
          work={work}
          currentId={current?.id ?? null}
          shown={groups.shown}
          editable={editable}
        />
      ) : null}
    </article>
  );
};

const RenameForm = ({ group, done }: { group: SmallGroup; done: () => void }) => {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(group.name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim();
    if (clean && clean !== group.name) void sendCommand('group:rename', { smallGroupId: group.id, name: clean });
    done();
  };
  return (
    <form className="group-card__rename" onSubmit={submit}>
      <label htmlFor={id}>{t('lead.renameLabel')}</label>
      <input
        id={id}
        value={name}
        maxLength={80}
        required
        autoFocus
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && done()}
      />
      <FormButtons submitLabel={t('lead.save')} onCancel={done} />
    </form>
  );
};
