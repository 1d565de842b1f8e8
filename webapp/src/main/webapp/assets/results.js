// Pieces of the search page: result items, filter chips and pagination.
import { currentUser } from './auth.js';
import { basketButton } from './basket.js';
import { h, srOnly } from './dom.js';
import { accessBadge, ageRange, countryName, doiLink, num, statusBadge, tagList, timeEl } from './format.js';
import { FACET_TITLES, valueLabel } from './facets.js';

/** Hash of the search page for the given parameters. */
export function searchHref(params) {
  const query = params.toString();
  return query ? `#/?${query}` : '#/';
}

/** One result of the list. */
export function resultItem(item) {
  const titleId = `result-title-${item.id}`;
  const stats = [
    ['Individuals', num(item.numberOfIndividuals)],
    ['Studies', num(item.numberOfStudies)],
    ['Typical age', ageRange(item.minTypicalAge, item.maxTypicalAge)],
    ['Segmentations', item.segmented == null ? null : item.segmented ? 'Yes' : 'No'],
    ['Issued', timeEl(item.issued)],
  ].filter(([, value]) => value != null && value !== '');
  return h(
    'li',
    { class: 'result-item', 'data-id': item.id, 'data-test': 'result-item' },
    h(
      'article',
      { 'aria-labelledby': titleId },
      h(
        'div',
        { class: 'result-head' },
        h(
          'h3',
          { class: 'result-title', id: titleId },
          h('a', { href: `#/datasets/${encodeURIComponent(item.id)}`, 'data-test': 'result-link' }, item.title || item.id),
        ),
        h('div', { class: 'badges' }, accessBadge(item.accessRights), statusBadge(item.status)),
      ),
      h(
        'p',
        { class: 'result-meta' },
        item.nodeName || item.nodeId ? h('span', { class: 'node' }, item.nodeName || item.nodeId) : null,
        item.country ? h('span', { class: 'country' }, countryName(item.country)) : null,
        item.doi ? h('span', { class: 'doi' }, 'DOI ', doiLink(item.doi)) : null,
      ),
      item.excerpt ? h('p', { class: 'excerpt' }, item.excerpt) : null,
      h(
        'div',
        { class: 'result-tags' },
        tagList(item.conditions, 'condition', 'Conditions'),
        tagList(item.modalities, 'modality', 'Modalities'),
        tagList(item.bodyParts, 'body-part', 'Body parts'),
      ),
      stats.length
        ? h(
            'dl',
            { class: 'result-stats' },
            stats.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))),
          )
        : null,
      // signed-in people pick datasets here for an access request spanning several of them
      currentUser().authenticated ? h('div', { class: 'result-actions' }, basketButton(item)) : null,
    ),
  );
}

/** Removable chips for the active text query and facet values. */
export function filterChips(params, facets, keys, onRemove, onClearAll) {
  const chips = [];
  const q = params.get('q');
  if (q) chips.push(chip('Text', `“${q}”`, () => onRemove('q', q), 'q', q));
  for (const key of keys) {
    for (const value of params.getAll(key)) {
      const label = valueLabel(facets, key, value);
      chips.push(chip(FACET_TITLES[key] || key, label, () => onRemove(key, value), key, value));
    }
  }
  if (!chips.length) return [];
  const clear =
    chips.length > 1
      ? h('li', {}, h('button', { type: 'button', class: 'link-button', id: 'clear-filters', onclick: onClearAll }, 'Clear all'))
      : null;
  return [
    h('h2', { class: 'visually-hidden', id: 'active-filters-heading' }, 'Active filters'),
    h('ul', { class: 'chips', 'aria-labelledby': 'active-filters-heading' }, chips, clear),
  ];
}

function chip(facetTitle, label, remove, key, value) {
  return h(
    'li',
    { class: 'chip', 'data-facet': key, 'data-value': value },
    h('span', { class: 'chip-facet' }, `${facetTitle}:`),
    ' ',
    h('span', { class: 'chip-label' }, label),
    h(
      'button',
      { type: 'button', class: 'chip-remove', 'aria-label': `Remove filter ${facetTitle}: ${label}`, onclick: remove },
      h('span', { 'aria-hidden': 'true' }, '×'),
    ),
  );
}

/** Pagination links (first, previous, a window of pages, next, last). */
export function pagination(params, page, size, total) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return [];
  const link = (target, text, attrs = {}) => {
    const p = new URLSearchParams(params);
    if (target <= 1) p.delete('page');
    else p.set('page', String(target));
    return h('a', { href: searchHref(p), 'data-page': target, ...attrs }, text);
  };
  const items = [];
  const add = (node) => items.push(h('li', {}, node));
  const disabled = (text) => h('span', { class: 'disabled', 'aria-disabled': 'true' }, text);
  add(page > 1 ? link(page - 1, '‹ Previous', { rel: 'prev', id: 'page-prev' }) : disabled('‹ Previous'));
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const to = Math.min(pages, from + 4);
  if (from > 1) {
    add(link(1, '1', { 'aria-label': 'Page 1' }));
    if (from > 2) add(h('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
  }
  for (let n = from; n <= to; n++) {
    if (n === page) add(h('span', { class: 'current', 'aria-current': 'page' }, srOnly('Page '), String(n)));
    else add(link(n, String(n), { 'aria-label': `Page ${n}` }));
  }
  if (to < pages) {
    if (to < pages - 1) add(h('span', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    add(link(pages, String(pages), { 'aria-label': `Page ${pages}` }));
  }
  add(page < pages ? link(page + 1, 'Next ›', { rel: 'next', id: 'page-next' }) : disabled('Next ›'));
  return [h('ul', { class: 'pages' }, items)];
}
