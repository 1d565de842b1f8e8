// A modal dialog asking for the fields of one operation (a reason, and for some operations more),
// built on the native <dialog>: showModal() keeps focus inside and makes the page behind inert,
// Escape closes it, and focus goes back to the button that opened it.
import { formField, h, problemBox } from './dom.js';

/**
 * Opens the dialog. `fields`: [{ name, label, hint, value, required, multiline, maxlength }];
 * `warning`: text shown prominently before the fields; `submit(values)` performs the operation
 * (its rejection is shown in the dialog, which stays open); `onDone(result)` runs once it closed
 * after a success.
 */
export function openFormDialog({ id, title, intro, warning, confirmLabel, danger, fields, submit, onDone }) {
  const opener = document.activeElement;
  const headingId = `${id}-heading`;
  const inputs = fields.map((f) => fieldInput(id, f));
  const result = h('div', { id: `${id}-result`, 'aria-live': 'polite' });
  const confirm = h('button', { type: 'submit', class: `btn ${danger ? 'btn-danger' : 'btn-primary'}`, id: `${id}-confirm` }, confirmLabel);
  const cancel = h('button', { type: 'button', class: 'btn', id: `${id}-cancel` }, 'Cancel');
  const form = h('form', { method: 'dialog', novalidate: true, class: 'dialog-form' },
    h('h2', { id: headingId }, title),
    intro ? h('p', { id: `${id}-intro` }, intro) : null,
    warning ? h('p', { class: 'alert alert-warning', id: `${id}-warning` }, h('strong', {}, 'Warning: '), warning) : null,
    inputs.map((i) => i.wrapper),
    result,
    h('div', { class: 'button-row' }, confirm, cancel));
  const described = [intro ? `${id}-intro` : null, warning ? `${id}-warning` : null].filter(Boolean).join(' ');
  const dialog = h('dialog', { id, class: 'form-dialog', 'aria-labelledby': headingId, 'aria-describedby': described || null }, form);
  const close = () => dialog.close();
  cancel.addEventListener('click', close);
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener?.isConnected) opener.focus();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(inputs.map((i) => [i.name, i.input.value.trim()]));
    const missing = inputs.find((i) => i.required && !values[i.name]);
    inputs.forEach((i) => i.input.removeAttribute('aria-invalid'));
    if (missing) {
      missing.input.setAttribute('aria-invalid', 'true');
      result.replaceChildren(h('p', { class: 'alert alert-error', role: 'alert' }, `${missing.label} is required.`));
      missing.input.focus();
      return;
    }
    confirm.disabled = true;
    result.replaceChildren(h('p', { class: 'muted' }, 'Working…'));
    try {
      const answer = await submit(values);
      dialog.close();
      onDone?.(answer);
    } catch (error) {
      markInvalid(inputs, error);
      result.replaceChildren(problemBox(error, 'The operation was refused'));
      confirm.disabled = false;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  (inputs[0]?.input || confirm).focus();
  return dialog;
}

function fieldInput(dialogId, f) {
  const inputId = `${dialogId}-${f.name}`;
  const attrs = { id: inputId, name: f.name, required: f.required || null, 'aria-required': f.required ? 'true' : null, maxlength: f.maxlength || null };
  const input = f.multiline ? h('textarea', { ...attrs, rows: f.rows || 4, cols: 50 }, f.value || '') : h('input', { ...attrs, type: 'text', size: 50, value: f.value || '' });
  const label = f.required ? `${f.label} (required)` : f.label;
  return { name: f.name, label: f.label, required: f.required, input, wrapper: formField(inputId, label, input, f.hint) };
}

/** Marks the inputs the problem's field errors name (e.g. "reason", "record.title"). */
function markInvalid(inputs, error) {
  const named = new Set((error?.problem?.errors || []).map((e) => String(e.field || '').split('.').pop()));
  for (const i of inputs) if (named.has(i.name)) i.input.setAttribute('aria-invalid', 'true');
}
