/**
 * Decap's lists (requirements, steps, products…) can be reordered by dragging, with dnd-kit,
 * which tells screen-reader users how in English and announces each move in English, and Decap
 * offers no way to pass other words. Its texts sit in hidden elements named DndDescribedBy-… and
 * DndLiveRegion-…; this rewrites them in Indonesian whenever dnd-kit writes them.
 */

const INSTRUCTIONS =
  'Untuk mengambil butir yang bisa dipindah, tekan spasi. Selama dipindah, gunakan tombol panah ' +
  'untuk menggeser butir. Tekan spasi lagi untuk meletakkan butir di posisi barunya, atau tekan ' +
  'Esc untuk membatalkan.';

/** dnd-kit's announcements, each with its Indonesian wording. */
const ANNOUNCEMENTS: [RegExp, (...ids: string[]) => string][] = [
  [/^Picked up draggable item (.+)\.$/, (id) => `Butir ${id} diambil.`],
  [/^Draggable item (.+) was moved over droppable area (.+)\.$/, (id, over) => `Butir ${id} digeser ke ${over}.`],
  [
    /^Draggable item (.+) is no longer over a droppable area\.$/,
    (id) => `Butir ${id} tidak lagi di atas tempat tujuan.`,
  ],
  [/^Draggable item (.+) was dropped over droppable area (.+)$/, (id, over) => `Butir ${id} diletakkan di ${over}.`],
  [/^Draggable item (.+) was dropped\.$/, (id) => `Butir ${id} diletakkan.`],
  [
    /^Dragging was cancelled\. Draggable item (.+) was dropped\.$/,
    (id) => `Pemindahan dibatalkan. Butir ${id} diletakkan.`,
  ],
];

/** The Indonesian for one of dnd-kit's texts; the text itself when it is not one of them. */
export function indonesianDragText(text: string): string {
  const trimmed = text.trim();
  if (/^To pick up a draggable item/.test(trimmed)) return INSTRUCTIONS;
  for (const [pattern, words] of ANNOUNCEMENTS) {
    const match = pattern.exec(trimmed);
    if (match) return words(...match.slice(1));
  }
  return text;
}

function translate(root: ParentNode) {
  for (const element of root.querySelectorAll('[id^="DndDescribedBy"], [id^="DndLiveRegion"]')) {
    const text = element.textContent ?? '';
    const indonesian = indonesianDragText(text);
    if (indonesian !== text) element.textContent = indonesian;
  }
}

/** Whether a change may have written one of dnd-kit's texts: typing in a field only edits text. */
const mayHaveDragText = (record: MutationRecord) =>
  record.addedNodes.length > 0 || /^Dnd/.test((record.target.parentElement ?? (record.target as Element)).id ?? '');

export function translateDragWords() {
  new MutationObserver((records) => {
    if (records.some(mayHaveDragText)) translate(document);
  }).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
}
