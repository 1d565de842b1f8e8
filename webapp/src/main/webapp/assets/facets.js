// Facet panels of the search page: one fieldset of checkboxes per facet.
import { h, srOnly } from './dom.js';
import { num } from './format.js';

/** Facet keys in the order the API returns them, with their headings. */
export const FACETS = [
  ['modality', 'Modality'],
  ['bodyPart', 'Body part'],
  ['condition', 'Condition'],
  ['sex', 'Sex'],
  ['age', 'Age group'],
  ['node', 'Node'],
  ['country', 'Country'],
  ['collectionMethod', 'Collection method'],
  ['accessRights', 'Access rights'],
  ['manufacturer', 'Manufacturer'],
  ['segmented', 'Segmentations'],
  ['individuals', 'Number of individuals'],
];
export const FACET_KEYS = FACETS.map(([key]) => key);
export const FACET_TITLES = Object.fromEntries(FACETS);

/** How many values a facet shows before "Show more". */
const VISIBLE = 8;

/** Facets the user expanded, kept across re-renders. */
const expanded = new Set();

/**
 * Renders the facets into `container`.
 * @param facets  the API's facets array
 * @param params  the current URLSearchParams (selected values)
 * @param onToggle (key, value, checked) => void
 */
export function renderFacets(container, facets, params, onToggle) {
  const focus = rememberFocus(container);
  const byKey = new Map((facets || []).map((f) => [f.key, f]));
  const keys = [...FACET_KEYS, ...(facets || []).map((f) => f.key).filter((k) => !FACET_TITLES[k])];
  const panels = [];
  for (const key of keys) {
    const facet = byKey.get(key);
    const selected = new Set(params.getAll(key));
    const values = mergeSelected(facet?.values || [], selected);
    if (!values.length) continue;
    panels.push(facetPanel(key, values, selected, onToggle));
  }
  if (!panels.length) {
    container.replaceChildren(h('p', { class: 'muted' }, 'No filters for these results.'));
  } else {
    container.replaceChildren(...panels);
  }
  restoreFocus(container, focus);
}

/** Selected values the answer did not list still appear, so they can be unchecked. */
function mergeSelected(values, selected) {
  const listed = new Set(values.map((v) => String(v.value)));
  const extra = [...selected]
    .filter((v) => !listed.has(v))
    .map((v) => ({ value: v, label: v, count: 0, selected: true }));
  return [...values, ...extra];
}

function facetPanel(key, values, selected, onToggle) {
  const title = FACET_TITLES[key] || key;
  const listId = `facet-${key}-values`;
  const isOpen = expanded.has(key);
  const items = values.map((v, index) => {
    const value = String(v.value);
    const checked = selected.has(value) || v.selected === true;
    const id = `facet-${key}-${index}`;
    const input = h('input', {
      type: 'checkbox',
      id,
      name: key,
      value,
      checked,
      'data-test': 'facet-value',
    });
    input.addEventListener('change', () => onToggle(key, value, input.checked));
    const overflow = index >= VISIBLE && !checked;
    return h(
      'li',
      { class: overflow ? 'facet-value overflow' : 'facet-value', hidden: overflow && !isOpen },
      input,
      h(
        'label',
        { for: id, title: v.label && v.label !== value ? value : null },
        h('span', { class: 'facet-label' }, v.label || value),
        h('span', { class: 'facet-count' }, num(v.count) ?? '0', srOnly(Number(v.count) === 1 ? ' dataset' : ' datasets')),
      ),
    );
  });
  const overflowCount = items.filter((li) => li.classList.contains('overflow')).length;
  let toggle = null;
  if (overflowCount > 0) {
    toggle = h('button', {
      type: 'button',
      class: 'link-button show-more',
      'aria-expanded': String(isOpen),
      'aria-controls': listId,
      'data-test': 'show-more',
    });
    const label = () => {
      const open = expanded.has(key);
      toggle.textContent = open ? 'Show fewer' : `Show ${overflowCount} more`;
      toggle.setAttribute('aria-expanded', String(open));
    };
    label();
    toggle.addEventListener('click', () => {
      if (expanded.has(key)) expanded.delete(key);
      else expanded.add(key);
      const open = expanded.has(key);
      for (const li of items) if (li.classList.contains('overflow')) li.hidden = !open;
      label();
    });
  }
  const selectedCount = selected.size;
  return h(
    'fieldset',
    { class: 'facet', 'data-facet': key, id: `facet-${key}` },
    h(
      'legend',
      {},
      title,
      selectedCount ? h('span', { class: 'facet-selected' }, ` (${selectedCount} selected)`) : null,
    ),
    h('ul', { class: 'facet-values', id: listId }, items),
    toggle,
  );
}

function rememberFocus(container) {
  const active = document.activeElement;
  if (!active || !container.contains(active)) return null;
  const facet = active.closest('.facet')?.dataset.facet;
  if (active.matches('input[type=checkbox]')) return { facet, value: active.value };
  if (active.matches('.show-more')) return { facet, showMore: true };
  return null;
}

function restoreFocus(container, focus) {
  if (!focus?.facet) return;
  const panel = [...container.querySelectorAll('.facet')].find((el) => el.dataset.facet === focus.facet);
  if (!panel) return;
  let target = null;
  if (focus.showMore) target = panel.querySelector('.show-more');
  else target = [...panel.querySelectorAll('input[type=checkbox]')].find((i) => i.value === focus.value);
  (target || panel.querySelector('input'))?.focus({ preventScroll: true });
}

/** Label of a selected value as the facets know it (for filter chips). */
export function valueLabel(facets, key, value) {
  const facet = (facets || []).find((f) => f.key === key);
  const found = facet?.values?.find((v) => String(v.value) === value);
  return found?.label || value;
}
