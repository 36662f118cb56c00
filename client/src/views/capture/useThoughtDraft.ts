import { ErrorCode, limits, type CommandAck } from '@aquarium/shared';
import { useRef, useState, type FormEvent } from 'react';
import { usePersistentDraft } from './usePersistentDraft';

const DOUBLE_TAP_MS = 2000;

type Problem = 'empty' | 'tooLong' | 'rateLimited' | null;

/** What a form says for each problem, in its own words. */
export interface ThoughtMessages {
  empty: string;
  tooLong: string;
  rateLimited: string;
}

/**
 * A participant's thought being written and sent: the typing is kept in this browser, an empty or too long
 * text is refused with a message, and a refused send puts the text back in the box, so nothing is lost.
 */
export const useThoughtDraft = (
  draftName: string,
  messages: ThoughtMessages,
  send: (text: string) => Promise<CommandAck>,
) => {
  const [text, setText] = usePersistentDraft(draftName);
  const [problem, setProblem] = useState<Problem>(null);
  // A double tap on "send": the second tap finds the box just emptied by the first, and sends nothing, silently.
  const sentAt = useRef(0);
  const length = text.trim().length;
  const tooLong = length > limits.thoughtLength;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (length === 0) {
      if (Date.now() - sentAt.current < DOUBLE_TAP_MS) return;
      return setProblem('empty');
    }
    if (tooLong) return setProblem('tooLong');
    setProblem(null);
    const sent = text.trim();
    sentAt.current = Date.now();
    setText('');
    void send(sent).then((res) => {
      if (res.ok) return;
      if (res.error.code === ErrorCode.RateLimited) setProblem('rateLimited');
      setText(sent);
    });
  };

  const change = (value: string) => {
    setText(value);
    if (problem === 'empty') setProblem(null);
  };

  const message =
    problem === 'empty'
      ? messages.empty
      : problem === 'rateLimited'
        ? messages.rateLimited
        : tooLong
          ? messages.tooLong
          : null;

  return { text, change, submit, message, invalid: tooLong || problem === 'empty' };
};
