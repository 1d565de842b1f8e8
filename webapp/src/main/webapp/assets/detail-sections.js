// The grouped sections of the dataset page.
import { extLink, h, mailLink, safeUrl } from './dom.js';
import {
  accessBadge,
  ageRange,
  countryName,
  doiLink,
  humanize,
  iriTail,
  num,
  period,
  tagList,
  termLabel,
  timeEl,
} from './format.js';

const isEmpty = (v) =>
  v == null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && !(v instanceof Node) && !Array.isArray(v) && Object.keys(v).length === 0);

/** A vocabulary term, list of terms, text, number or node, ready to show. */
function show(value, kind) {
  if (isEmpty(value)) return null;
  if (value instanceof Node) return value;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return value.length === 1 ? value[0] : h('ul', { class: 'plain-list' }, value.map((v) => h('li', {}, v)));
    return tagList(value, kind);
  }
  if (typeof value === 'object') return termTag(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return num(value);
  return String(value);
}

function termTag(term) {
  const label = termLabel(term);
  if (!label) return null;
  return h('span', { class: 'term', title: term.iri || null }, label);
}

/** A `<dl>` row, or null when there is nothing to show. */
function row(label, value, kind, test) {
  const shown = show(value, kind);
  if (shown == null) return null;
  return h('div', { class: 'row', 'data-field': test || null }, h('dt', {}, label), h('dd', {}, shown));
}

/** A titled section; rows that are null are dropped, `extra` nodes follow the list. */
function section(id, title, rows, ...extra) {
  const present = rows.filter(Boolean);
  const more = extra.flat().filter(Boolean);
  return h(
    'section',
    { class: 'card detail-section', id: `section-${id}`, 'aria-labelledby': `section-${id}-title` },
    h('h2', { id: `section-${id}-title` }, title),
    present.length ? h('dl', { class: 'fields' }, present) : null,
    more,
    !present.length && !more.length ? h('p', { class: 'muted' }, 'Not described.') : null,
  );
}

/** A link for an IRI-valued field (licence, landing page), labelled by its tail when useful. */
function iriLink(iri, label) {
  if (!iri) return null;
  return safeUrl(iri) ? extLink(iri, label || iri) : String(iri);
}

function licenceLink(iri) {
  if (!iri) return null;
  const cc = /creativecommons\.org\/(licenses|publicdomain)\/([^/]+)\/([^/]+)/i.exec(iri);
  const label = cc ? (cc[2] === 'zero' ? `CC0 ${cc[3]}` : `CC ${cc[2].toUpperCase()} ${cc[3]}`) : null;
  return iriLink(iri, label || iri);
}

/** A publisher, custodian, contact point or access body. */
function agent(value) {
  if (isEmpty(value)) return null;
  if (typeof value === 'string') return value;
  const type = value.type ? termLabel(value.type) : null;
  return h(
    'div',
    { class: 'agent' },
    value.name ? h('strong', {}, value.name) : null,
    type ? h('span', { class: 'agent-type' }, ` (${humanize(iriTail(type)) || type})`) : null,
    value.email ? h('div', {}, mailLink(value.email)) : null,
    value.url ? h('div', {}, extLink(value.url, value.url)) : null,
    value.phone ? h('div', {}, value.phone) : null,
  );
}

function agents(list) {
  const items = (Array.isArray(list) ? list : [list]).map(agent).filter(Boolean);
  if (!items.length) return null;
  return items.length === 1 ? items[0] : h('ul', { class: 'plain-list agents' }, items.map((a) => h('li', {}, a)));
}

function distribution(d, index) {
  const title = d.title || `Distribution ${index + 1}`;
  const format = d.format ? iriTail(d.format) : null;
  const access = safeUrl(d.accessUrl);
  const download = safeUrl(d.downloadUrl);
  return h(
    'li',
    { class: 'distribution', 'data-test': 'distribution' },
    h('h3', {}, title),
    h(
      'dl',
      { class: 'fields compact' },
      row('Format', format ? h('span', { title: d.format }, format) : null),
      row('Media type', d.mediaType ? h('code', {}, d.mediaType) : null),
      row('Licence', licenceLink(d.licence)),
      row('Access conditions', d.rights ? h('span', { title: d.rights }, humanize(iriTail(d.rights))) : null),
    ),
    access || download
      ? h(
          'p',
          { class: 'button-row' },
          access
            ? h('a', { href: access, class: 'btn btn-primary request-access', rel: 'noopener noreferrer', target: '_blank' }, 'Request access')
            : null,
          download ? h('a', { href: download, class: 'btn', rel: 'noopener noreferrer', target: '_blank' }, 'Download') : null,
        )
      : null,
  );
}

/** The node's identifiers: each notation (a DOI as a link), with its scheme when given. */
function identifiers(list) {
  if (!Array.isArray(list) || !list.length) return null;
  return h(
    'ul',
    { class: 'plain-list', id: 'dataset-identifiers' },
    list.map((i) =>
      h(
        'li',
        {},
        /^(https?:\/\/(dx\.)?doi\.org\/|doi:|10\.)/i.test(i.notation) ? doiLink(i.notation) : h('code', {}, i.notation),
        i.scheme ? h('span', { class: 'muted' }, ` (${iriTail(i.scheme) || i.scheme})`) : null,
      ),
    ),
  );
}

function paragraphs(texts) {
  const list = (Array.isArray(texts) ? texts : [texts]).filter((t) => typeof t === 'string' && t.trim());
  return list.map((t) => h('p', { class: 'prose' }, t));
}

/** All sections of the dataset page, in reading order. */
export function detailSections(d, { nodeHref }) {
  const nodeLabel = d.nodeName || d.node;
  const nodeLink = nodeLabel ? h('a', { href: nodeHref, id: 'dataset-node-link' }, nodeLabel) : null;
  const overview = section('overview', 'Overview', [
    row('Node', nodeLink),
    row('Country', d.country ? `${countryName(d.country)} (${d.country})` : null),
    row('Version given by the node', typeof d.version === 'string' ? d.version : null),
    row('Issued', timeEl(d.issued)),
    row('Modified', timeEl(d.modified)),
    row('Acquisition period', period(d.acquisitionPeriod)),
    row('Update frequency', d.accrualPeriodicity),
    row('Interoperability level', d.interoperabilityLevel),
    row('Dataset types', d.types, 'type'),
    row('Themes', d.themes, 'theme'),
    row('Health categories', d.healthCategories, 'theme'),
    row('Health themes', d.healthThemes, 'theme'),
    row('Languages', d.languages),
    row('Spatial coverage', d.spatialCoverage),
    row('Landing page', iriLink(d.landingPage)),
    row('Identifiers', identifiers(d.identifiers), null, 'identifiers'),
    row('Local identifier', d.localId ? h('code', {}, d.localId) : null),
    row('Hub identifier', d.id ? h('code', {}, d.id) : null),
  ]);
  const population = section('population', 'Population', [
    row('Condition', d.condition, 'condition'),
    row('Individuals', num(d.numberOfIndividuals), null, 'individuals'),
    row('Imaging studies', num(d.numberOfStudies), null, 'studies'),
    row('Typical age', ageRange(d.minTypicalAge, d.maxTypicalAge)),
    row('Sex at birth', d.birthSex),
    row('Collection method', d.collectionMethods),
    row('Structured clinical data', d.hasStructuredData),
    row('Population coverage', d.populationCoverage),
  ]);
  const imaging = section('imaging', 'Imaging', [
    row('Modalities', d.modalities, 'modality'),
    row('Body parts', d.bodyParts, 'body-part'),
    row('Manufacturers', d.manufacturers),
  ]);
  const hasSegmentations = Number(d.segmentationCount) > 0 || !isEmpty(d.segmentationLabels) || !isEmpty(d.segmentationMethods);
  const segmentations = section(
    'segmentations',
    'Segmentations',
    [
      row('Segmented studies', num(d.segmentationCount)),
      row('Segmented structures', d.segmentationLabels),
      row('Methods', d.segmentationMethods),
    ],
    hasSegmentations ? null : h('p', { class: 'muted' }, 'No segmentations are described for this dataset.'),
  );
  const distributions = Array.isArray(d.distributions) ? d.distributions : [];
  const access = section(
    'access',
    'Access & use',
    [
      row('Access rights', accessBadge(d.accessRights)),
      row('Licence', licenceLink(d.licence)),
      row('Data-use conditions', d.dataUse, 'data-use'),
      row('Purposes', d.purposes),
      row('Legal bases', d.legalBases),
      row('Applicable legislation', d.applicableLegislation),
    ],
    distributions.length
      ? [h('h3', { class: 'subheading' }, 'Distributions'), h('ul', { class: 'distributions' }, distributions.map(distribution))]
      : h('p', { class: 'muted' }, 'No distribution is described; contact the publisher to ask about access.'),
  );
  const contacts = section('contacts', 'Contacts & governance', [
    row('Publisher', agent(d.publisher)),
    row('Contact points', agents(d.contactPoints)),
    row('Custodian', agent(d.custodian)),
    row('Health data access body', agent(d.healthDataAccessBody)),
    row('Creators', agents(d.creators)),
  ]);
  const record = [
    row('Record created', timeEl(d.created)),
    row('Record updated', timeEl(d.updated)),
    row('Revision', d.revision != null ? String(d.revision) : null),
  ].filter(Boolean);
  const provenance = section(
    'provenance',
    'Provenance',
    [],
    paragraphs(d.provenance),
    record.length ? h('dl', { class: 'fields record-history' }, record) : null,
  );
  return [overview, population, imaging, segmentations, access, contacts, provenance];
}

/** The description as paragraphs (blank lines separate them). */
export function description(text) {
  if (!text) return [];
  return paragraphs(String(text).split(/\n\s*\n/));
}
