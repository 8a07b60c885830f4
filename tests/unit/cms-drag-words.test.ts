/** The drag-and-drop texts screen readers read in the admin's lists are Indonesian. */
import { describe, expect, it } from 'vitest';
import { indonesianDragText } from '../../src/cms/drag-words';
import { englishWords } from '../english-words';

describe("dnd-kit's screen-reader texts", () => {
  it('are rewritten in Indonesian, item names kept', () => {
    const english = [
      '\n    To pick up a draggable item, press the space bar.\n    While dragging, use the arrow keys to move the item.\n    Press space again to drop the item in its new position, or press escape to cancel.\n  ',
      'Picked up draggable item 3.',
      'Draggable item 3 was moved over droppable area 5.',
      'Draggable item 3 is no longer over a droppable area.',
      'Draggable item 3 was dropped over droppable area 5',
      'Draggable item 3 was dropped.',
      'Dragging was cancelled. Draggable item 3 was dropped.',
    ];
    for (const text of english) {
      const indonesian = indonesianDragText(text);
      expect(englishWords(indonesian), indonesian).toEqual([]);
      if (/item 3/.test(text)) expect(indonesian).toContain('Butir 3');
    }
    expect(indonesianDragText('Draggable item 3 was dropped over droppable area 5')).toBe('Butir 3 diletakkan di 5.');
  });

  it('leaves other text alone', () => {
    expect(indonesianDragText('Persyaratan')).toBe('Persyaratan');
  });
});
