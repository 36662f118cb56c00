import type { Question } from '@aquarium/shared';
import { useT } from '../../state/useT';
import { questionLabel } from './captureSelectors';

interface Props {
  id: string;
  questions: Question[];
  value: string;
  onChange: (questionId: string) => void;
}

/** "Question": which evaluation question a note, thought or vote is about ("Kysymys 2: …"). */
export const QuestionField = ({ id, questions, value, onChange }: Props) => {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('capture.question')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {questions.map((q) => (
          <option key={q.id} value={q.id}>
            {questionLabel(t, questions, q.id)}: {q.text}
          </option>
        ))}
      </select>
    </div>
  );
};
