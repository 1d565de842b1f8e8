// Validation findings grouped by the property they are about, for the record page and run reports.
import { h } from './dom.js';
import { iriTail } from './format.js';

/** The property a finding is about, in a few words: "accessRights" for dct:accessRights. */
function propertyLabel(path) {
  if (!path) return 'Record';
  return /^[a-z][a-z0-9+.-]*:/i.test(path) ? iriTail(path) || path : path;
}

/** Findings ({path|field, message, severity?}) grouped by property, violations first. */
export function findingGroups(list, idPrefix) {
  const groups = new Map();
  for (const f of list) {
    const path = f.path ?? f.field ?? null;
    const key = path || '';
    if (!groups.has(key)) groups.set(key, { path, items: [] });
    groups.get(key).items.push(f);
  }
  const rank = (g) => (g.items.some((f) => f.severity === 'VIOLATION') ? 0 : 1);
  const ordered = [...groups.values()].sort((a, b) => rank(a) - rank(b) || propertyLabel(a.path).localeCompare(propertyLabel(b.path)));
  return h(
    'dl',
    { class: 'finding-groups', id: idPrefix ? `${idPrefix}-groups` : null },
    ordered.map((g) =>
      h(
        'div',
        { class: 'finding-group', 'data-field': g.path || null },
        h('dt', {}, h('code', { title: g.path || null }, propertyLabel(g.path))),
        g.items.map((f) => h('dd', { class: f.severity === 'VIOLATION' ? 'finding-violation' : 'finding-warning' }, f.message || '')),
      ),
    ),
  );
}
