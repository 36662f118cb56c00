import { ErrorCode } from '@aquarium/shared';
import { useEffect, useState } from 'react';
import { sendCommand } from '../../../net/socket';
import { useStore } from '../../../state/store';

/** How long the phase buttons wait after the other facilitator moved the phase, so the change is seen first. */
export const COOLDOWN_MS = 2500;

/**
 * Two facilitators, one phase: every move carries the phase this console saw (the server refuses a stale one),
 * and when the other facilitator moves the phase, this console says so and holds its phase buttons for a moment,
 * so a press meant for the old phase does not skip the new one.
 */
export const usePhaseGuard = () => {
  const index = useStore((s) => s.session?.currentPhase ?? null);
  const [movedTo, setMovedTo] = useState<number | null>(null);
  const [hold, setHold] = useState(0);
  const [cooling, setCooling] = useState(false);
  /** Where this console's own last press was taking the phase. */
  const [mine, setMine] = useState<number | null>(null);
  const [seen, setSeen] = useState(index);

  const startHold = (at: number) => {
    setMovedTo(at);
    setCooling(true);
    setHold((h) => h + 1);
  };

  if (seen !== index) {
    setSeen(index);
    if (seen !== null && index !== null) {
      if (mine === index) {
        setMine(null);
        setMovedTo(null);
      } else {
        startHold(index);
      }
    }
  }

  useEffect(() => {
    if (hold === 0) return;
    const timer = setTimeout(() => setCooling(false), COOLDOWN_MS);
    return () => clearTimeout(timer);
  }, [hold]);

  const move = async (direction: 'next' | 'previous') => {
    if (cooling || index === null) return;
    setMine(index + (direction === 'next' ? 1 : -1));
    setMovedTo(null);
    const res = await sendCommand(direction === 'next' ? 'phase:next' : 'phase:previous', { expectedIndex: index });
    if (!res.ok && res.error.code === ErrorCode.Stale) {
      setMine(null);
      startHold(useStore.getState().session?.currentPhase ?? index);
    }
  };

  return { cooling, movedTo, move };
};
