import { currentPhase, focusQuestions, type Circle, type Participant } from '@aquarium/shared';
import { useShallow } from 'zustand/react/shallow';
import { useStore, type Store } from './store';

/** Narrow, memo-friendly views of the session for components. */
export const usePhase = () => useStore((s) => (s.session ? currentPhase(s.session) : null));
export const usePhaseIndex = () => useStore((s) => s.session?.currentPhase ?? null);
export const usePhaseCount = () => useStore((s) => s.session?.setup.phases.length ?? 0);
export const useStatus = () => useStore((s) => s.session?.status ?? null);
export const useFocusQuestions = () => useStore(useShallow((s) => (s.session ? focusQuestions(s.session) : [])));

/** Participants in join order; a participant's number for an anonymous label is its index + 1. */
export const useParticipants = (): Participant[] =>
  useStore(
    useShallow((s: Store) =>
      s.session ? participantsInOrder(s.session.participantOrder, s.session.participants) : [],
    ),
  );

const participantsInOrder = (order: string[], byId: Record<string, Participant>): Participant[] =>
  order.flatMap((id) => (byId[id] ? [byId[id]] : []));

export const useMyCircle = (): Circle | null | undefined =>
  useStore((s) => {
    if (!s.session || !s.participantId) return undefined;
    return s.session.participants[s.participantId]?.circle ?? null;
  });
