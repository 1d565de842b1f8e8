// The dataset page: header, warnings, RDF downloads and grouped sections.
import { RDF_FORMATS, downloadAs, json } from './api.js';
import { currentUser } from './auth.js';
import { basketButton, basketItems } from './basket.js';
import { focusHeading, h, problemBox, setTitle } from './dom.js';
import { accessBadge, ageRange, countryName, doiLink, num, statusBadge, tagList } from './format.js';
import { description, detailSections } from './detail-sections.js';
import { findingGroups } from './findings.js';
import { invalidationNotice, lifecycleSection, versionNumber } from './lifecycle.js';
import { lastSearchHref } from './search.js';

let controller = null;
let heading = null;

/** The heading to focus after navigation. */
export function detailHeading() {
  return heading;
}

/** Shows the dataset; `message` (after a lifecycle change) is said in its lifecycle section. */
export async function showDetail(main, id, message) {
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;
  heading = h('h1', { id: 'detail-loading', tabindex: '-1', class: 'visually-hidden' }, 'Loading dataset');
  main.replaceChildren(
    h('div', { class: 'dataset-page', 'aria-busy': 'true' }, backLink(), heading, h('p', { class: 'loading-text' }, 'Loading dataset…')),
  );
  setTitle('Dataset');
  let record;
  try {
    record = await json(`datasets/${encodeURIComponent(id)}`, { signal });
  } catch (error) {
    if (error?.name === 'AbortError' || signal.aborted) return;
    heading = h('h1', { id: 'detail-error', tabindex: '-1' }, 'Dataset not available');
    main.replaceChildren(h('div', { class: 'dataset-page' }, backLink(), heading, problemBox(error, 'The dataset could not be loaded')));
    setTitle('Dataset not available');
    return;
  }
  if (signal.aborted) return;
  const wasFocused = main.contains(document.activeElement);
  const refresh = (said) => showDetail(main, id, said);
  main.replaceChildren(page(record, lifecycleSection(record, { signal, refresh, message })));
  harvestFindings(record, signal);
  if (message) {
    const lifecycleHeading = document.getElementById('section-lifecycle-title');
    lifecycleHeading?.scrollIntoView({ block: 'start' });
    focusHeading(lifecycleHeading);
  }
  else if (wasFocused) heading.focus({ preventScroll: true });
  setTitle(record.title || record.id);
}

function backLink() {
  return h('p', { class: 'breadcrumb' }, h('a', { href: lastSearchHref(), id: 'back-to-results' }, '← Back to results'));
}

function nodeSearchHref(nodeId) {
  return nodeId ? `#/?${new URLSearchParams({ node: nodeId })}` : '#/';
}

/** The HTML lang of text in a BCP 47 language; none for text without a tag. */
function langOf(tag) {
  return tag && tag !== 'und' ? tag : null;
}

/** The record's title and description in the languages other than the one shown. */
function otherLanguages(d) {
  const titles = d.titles || {};
  const descriptions = d.descriptions || {};
  const others = [...new Set([...Object.keys(titles), ...Object.keys(descriptions)])].filter((l) => l !== d.language);
  if (!others.length) return null;
  return h(
    'details',
    { class: 'other-languages', id: 'dataset-languages' },
    h('summary', {}, `Also described in ${others.length === 1 ? '1 other language' : `${others.length} other languages`}`),
    others.map((l) =>
      h(
        'section',
        { lang: langOf(l), 'data-lang': l },
        h('h2', { class: 'subheading' }, titles[l] || d.title, h('span', { class: 'muted' }, ` (${l})`)),
        description(descriptions[l]),
      ),
    ),
  );
}

function page(d, lifecycle) {
  heading = h('h1', { id: 'dataset-title', tabindex: '-1', lang: langOf(d.language) }, d.title || d.id);
  const nodeHref = nodeSearchHref(d.node);
  const sections = [lifecycle, ...detailSections(d, { nodeHref })];
  return h(
    'article',
    { class: 'dataset-page', id: 'dataset', 'data-id': d.id, 'aria-labelledby': 'dataset-title' },
    backLink(),
    invalidationNotice(d),
    h(
      'header',
      { class: 'card dataset-header' },
      h('div', { class: 'badges' }, accessBadge(d.accessRights), statusBadge(d.status)),
      heading,
      h(
        'p',
        { class: 'dataset-meta' },
        d.nodeName || d.node ? h('a', { href: nodeHref, class: 'node' }, d.nodeName || d.node) : null,
        d.country ? h('span', { class: 'country' }, countryName(d.country)) : null,
        versionNumber(d) ?? d.version ? h('span', { id: 'dataset-version' }, `Version ${versionNumber(d) ?? d.version}`) : null,
        d.doi ? h('span', { class: 'dataset-doi' }, 'DOI ', doiLink(d.doi)) : null,
        currentUser().authenticated
          ? h('a', { href: `#/traces?${new URLSearchParams({ dataset: d.id })}`, id: 'dataset-traces-link' }, 'Trace log')
          : null,
      ),
      keyFacts(d),
      h('div', { class: 'description', id: 'dataset-description', lang: langOf(d.language) }, description(d.description)),
      otherLanguages(d),
      d.keywords?.length
        ? h('div', { class: 'keywords' }, h('h2', { class: 'visually-hidden' }, 'Keywords'), tagList(d.keywords, 'keyword', 'Keywords'))
        : null,
      downloads(d),
    ),
    requestAccess(d),
    warnings(d.warnings),
    toc(sections),
    h('div', { class: 'sections' }, sections),
  );
}

function keyFacts(d) {
  const facts = [
    ['Individuals', num(d.numberOfIndividuals)],
    ['Studies', num(d.numberOfStudies)],
    ['Typical age', ageRange(d.minTypicalAge, d.maxTypicalAge)],
    ['Condition', d.condition?.label || null],
    ['Modalities', (d.modalities || []).map((m) => m.label).filter(Boolean).join(', ') || null],
  ].filter(([, v]) => v);
  if (!facts.length) return null;
  return h(
    'dl',
    { class: 'key-facts' },
    facts.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))),
  );
}

function warnings(list) {
  if (!Array.isArray(list) || !list.length) return null;
  return h(
    'section',
    { class: 'alert alert-warning', id: 'dataset-warnings', 'aria-labelledby': 'warnings-title' },
    h('h2', { id: 'warnings-title' }, list.length === 1 ? '1 warning about this record' : `${list.length} warnings about this record`),
    findingGroups(list, 'dataset-warnings'),
  );
}

/**
 * Replaces the profile warnings with every finding the hub made when it received the record (one
 * per gap), where it was harvested or pushed; a record entered by hand keeps the profile's own.
 */
async function harvestFindings(d, signal) {
  if (!d.node || !d.localId) return;
  let list;
  try {
    list = await json(`nodes/${encodeURIComponent(d.node)}/datasets/${encodeURIComponent(d.localId)}/findings`, { signal });
  } catch {
    return;
  }
  if (signal.aborted || !Array.isArray(list) || !list.length) return;
  const current = document.getElementById('dataset-warnings');
  const section = warnings(list);
  if (current) current.replaceWith(section);
  else document.getElementById('dataset')?.querySelector('.dataset-header')?.after(section);
}

function downloads(d) {
  const status = h('p', { id: 'download-status', class: 'download-status', role: 'status' });
  const basename = `dataset-${d.localId || d.id}`.replace(/[^\w.-]+/g, '_');
  return h(
    'div',
    { class: 'downloads', id: 'rdf-downloads', role: 'group', 'aria-labelledby': 'rdf-downloads-label' },
    h('span', { id: 'rdf-downloads-label', class: 'downloads-label' }, 'Metadata as DCAT-AP:'),
    RDF_FORMATS.map((format) =>
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-small',
          id: `download-${format.key}`,
          'data-format': format.key,
          'data-test': 'rdf-download',
          onclick: async (event) => {
            const button = event.currentTarget;
            button.disabled = true;
            status.textContent = `Preparing ${format.label}…`;
            try {
              await downloadAs(`datasets/${encodeURIComponent(d.id)}`, format, basename);
              status.textContent = `${format.label} downloaded.`;
            } catch (error) {
              status.textContent = `${format.label} download failed: ${error.problem?.detail || error.message}`;
            } finally {
              button.disabled = false;
            }
          },
        },
        format.label,
      ),
    ),
    status,
  );
}

/** "On this page" list; scrolls to a section without touching the route hash. */
function toc(sections) {
  const links = sections.map((section) => {
    const title = section.querySelector('h2');
    return h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'link-button',
          onclick: () => {
            section.scrollIntoView({ behavior: 'smooth', block: 'start' });
            title.setAttribute('tabindex', '-1');
            title.focus({ preventScroll: true });
          },
        },
        title.textContent,
      ),
    );
  });
  return h('nav', { class: 'toc', 'aria-label': 'On this page' }, h('ul', {}, links));
}

/** Signed-in people start an access request here, or add the dataset to the one they are drafting. */
function requestAccess(d) {
  if (!currentUser().authenticated) return null;
  const drafting = basketItems().length > 0;
  return h(
    'section',
    { class: 'card request-access', id: 'request-access', 'aria-labelledby': 'request-access-heading' },
    h('h2', { id: 'request-access-heading' }, 'Access to the images'),
    h('p', {}, 'Images stay at the node; its data access committee decides on requests made for a project. ' +
      'Pick this dataset, and others from the search results, then finish the request.'),
    h('div', { class: 'button-row' },
      basketButton(d, { label: drafting ? 'Add to request' : 'Request access' }),
      h('a', { href: '#/requests/new', id: 'request-draft-link' }, 'Finish the draft request')),
  );
}
