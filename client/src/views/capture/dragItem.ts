import { useState, type DragEvent } from 'react';
import { sendCommand } from '../../net/socket';

/** A note or thought being dragged onto a theme heading. */
export interface DragItem {
  kind: 'note' | 'thought';
  itemId: string;
  questionId: string;
}

const MIME = 'application/x-aquarium-item';
/** The item in flight: drag data cannot be read during dragover, and it never leaves this page. */
let dragging: DragItem | null = null;

export const draggableProps = (item: DragItem) => ({
  draggable: true,
  onDragStart: (e: DragEvent) => {
    dragging = item;
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData(MIME, item.itemId);
  },
  onDragEnd: () => {
    dragging = null;
  },
});

/** Makes a theme heading (or "no theme") of a question accept items of that question. */
export const useThemeDrop = (questionId: string, themeId: string | null) => {
  const [over, setOver] = useState(false);
  const accepts = () => dragging !== null && dragging.questionId === questionId;
  return {
    over,
    props: {
      onDragOver: (e: DragEvent) => {
        if (!accepts()) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: (e: DragEvent) => {
        setOver(false);
        const item = dragging;
        dragging = null;
        if (!item || item.questionId !== questionId) return;
        e.preventDefault();
        void sendCommand('item:theme', { kind: item.kind, itemId: item.itemId, themeId });
      },
    },
  };
};
