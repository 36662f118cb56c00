import type { ErrorCode } from '@aquarium/shared';
import { useRef, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/t';
import { ApiError } from '../../net/api';

/**
 * A form's submit: check the trimmed value first (its problems listed above the button, focus moved to that list),
 * then send it; a refusal or a lost connection is said in the same place. `busy` while sending.
 */
export const useCheckedSubmit = <T>(
  prepare: () => { clean: T; problems: MessageKey[] },
  send: (clean: T) => Promise<void>,
) => {
  const [problems, setProblems] = useState<MessageKey[]>([]);
  const [failure, setFailure] = useState<ErrorCode | 'network' | null>(null);
  const [busy, setBusy] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const focusProblems = () => requestAnimationFrame(() => anchor.current?.focus());

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { clean, problems: found } = prepare();
    setProblems(found);
    setFailure(null);
    if (found.length > 0) return focusProblems();
    setBusy(true);
    try {
      await send(clean);
    } catch (err) {
      setFailure(err instanceof ApiError ? err.code : 'network');
      focusProblems();
    } finally {
      setBusy(false);
    }
  };

  return { submit, busy, problems, failure, anchor };
};
