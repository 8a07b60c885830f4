/**
 * Marks the fields a refused save names, the way Decap marks a required field left empty: a red
 * frame and the message above the field, besides the notice at the top. The refusal's problems
 * read "Biaya › Rincian biaya: wajib diisi"; the field is found by its label in the form, and
 * the message is set through Decap's own action, so Decap clears it the next time it checks the
 * field (on the next save).
 */
import { changeDraftFieldValidation } from 'decap-cms-core/dist/esm/actions/entries';
import { store } from 'decap-cms-core/dist/esm/redux';

/** A field label as typed in the model, without Decap's "(tidak wajib)". */
const labelText = (label: Element) => (label.textContent ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();

/**
 * The id of the form field a path of labels names (`["Biaya", "Rincian biaya"]`), searching each
 * label inside the field of the one before it. A list item ("butir ke-2") stops at the list.
 */
export function fieldIdOf(labels: string[], root: ParentNode = document): string | undefined {
  let scope: ParentNode = root;
  let id: string | undefined;
  for (const part of labels) {
    if (/^butir ke-\d+$/.test(part)) break;
    const label = [...scope.querySelectorAll<HTMLLabelElement>('label[for]')].find((l) => labelText(l) === part);
    if (!label) break;
    id = label.htmlFor;
    // Decap wraps each field, with the fields inside it, in an element named by its aria-label.
    scope = label.closest('[aria-label]') ?? scope;
  }
  return id;
}

/** Puts each problem that names a field of the open form on that field. */
export function markFields(problems: string[]) {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const split = problem.indexOf(': ');
    if (split < 0) continue;
    const id = fieldIdOf(problem.slice(0, split).split(' › '));
    if (id) byField.set(id, [...(byField.get(id) ?? []), problem.slice(split + 2)]);
  }
  for (const [id, messages] of byField)
    store.dispatch(
      changeDraftFieldValidation(
        id,
        messages.map((message) => ({ type: 'CUSTOM', message })),
      ),
    );
}
