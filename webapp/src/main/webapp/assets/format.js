// Formatting of catalogue values for display.
import { extLink, h, srOnly } from './dom.js';

const NUMBER = new Intl.NumberFormat('en');

export const ACCESS_RIGHTS = {
  PUBLIC: 'Public',
  RESTRICTED: 'Restricted',
  NON_PUBLIC: 'Non-public',
};

/** A record's lifecycle status in one word, for badges. */
export const STATUS_LABELS = {
  DRAFT: 'Draft',
  RELEASED: 'Released',
  PUBLISHED: 'Published',
  INVALIDATED: 'Invalidated',
};

let regionNames = null;
try {
  regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
} catch {
  regionNames = null;
}

/** 1234 -> "1,234"; missing values -> null. */
export function num(value) {
  if (value == null || value === '' || Number.isNaN(Number(value))) return null;
  return NUMBER.format(Number(value));
}

/** "NON_PUBLIC" -> "Non public"; "IN_SITU_PROCESSING" -> "In situ processing". */
export function humanize(code) {
  if (code == null) return '';
  const text = String(code).replace(/[_-]+/g, ' ').trim().toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The last segment of an IRI: ".../file-type/DICOM" -> "DICOM". */
export function iriTail(iri) {
  if (typeof iri !== 'string') return '';
  const trimmed = iri.replace(/[#/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf('/'));
  return cut >= 0 ? decodeURIComponent(trimmed.slice(cut + 1)) : trimmed;
}

/** "ES" -> "Spain (ES)" where the browser knows the name. */
export function countryName(code) {
  if (!code) return '';
  try {
    const name = regionNames?.of(String(code).toUpperCase());
    if (name && name.toUpperCase() !== String(code).toUpperCase()) return name;
  } catch {
    // unknown code
  }
  return String(code);
}

/** Typical age range as text, or null. */
export function ageRange(min, max) {
  const hasMin = min != null && min !== '';
  const hasMax = max != null && max !== '';
  if (hasMin && hasMax) return min === max ? `${min} years` : `${min}–${max} years`;
  if (hasMin) return `${min} years and older`;
  if (hasMax) return `up to ${max} years`;
  return null;
}

const DATE = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const MONTH = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * "2021-03-01" -> "1 Mar 2021"; timestamps include the local time. A date given as a year
 * ("2021") or a month ("2021-03") is shown as precisely as given, never as its first day.
 */
export function date(value) {
  if (!value) return null;
  const text = String(value);
  if (/^\d{4}(Z|[+-]\d{2}:\d{2})?$/.test(text)) return text.slice(0, 4);
  if (/^\d{4}-\d{2}(Z|[+-]\d{2}:\d{2})?$/.test(text)) return MONTH.format(new Date(`${text.slice(0, 7)}-01T00:00:00Z`));
  const parsed = new Date(text);
  if (Number.isNaN(parsed.getTime())) return text;
  return /T\d/.test(text) ? DATE_TIME.format(parsed) : DATE.format(parsed);
}

/** A <time> element for a date value. */
export function timeEl(value) {
  const text = date(value);
  return text ? h('time', { datetime: String(value) }, text) : null;
}

/** Period "start – end". */
export function period(p) {
  if (!p || (!p.start && !p.end)) return null;
  return h('span', {}, timeEl(p.start) || '…', ' – ', timeEl(p.end) || 'ongoing');
}

/** Badge for access rights. */
export function accessBadge(value) {
  if (!value) return null;
  const label = ACCESS_RIGHTS[value] || humanize(value);
  return h(
    'span',
    { class: `badge access access-${String(value).toLowerCase().replace(/_/g, '-')}`, 'data-test': 'access-badge' },
    srOnly('Access: '),
    label,
  );
}

/** Badge for a status (a record's lifecycle status, or a request's state). */
export function statusBadge(status) {
  if (!status) return null;
  return h(
    'span',
    { class: `badge status status-${String(status).toLowerCase()}`, 'data-test': 'status-badge', 'data-status': status },
    srOnly('Status: '),
    STATUS_LABELS[status] || humanize(status),
  );
}

/** A DOI as a link to its resolver ("10.5072/x" or "https://doi.org/10.5072/x"), else the text. */
export function doiLink(doi) {
  if (!doi) return null;
  const bare = String(doi).replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').replace(/^doi:/i, '');
  return /^10\.\S+\/\S+$/.test(bare) ? extLink(`https://doi.org/${bare}`, bare) : String(doi);
}

/** Label of a vocabulary term {iri,label} (or a plain string). */
export function termLabel(term) {
  if (term == null) return '';
  if (typeof term === 'string') return term;
  return term.label || iriTail(term.iri) || term.name || '';
}

/** A list of tags for vocabulary terms; `kind` becomes a CSS modifier. */
export function tagList(terms, kind, label) {
  const list = (Array.isArray(terms) ? terms : [terms]).filter((t) => t != null && termLabel(t));
  if (!list.length) return null;
  return h(
    'ul',
    { class: `tags tags-${kind || 'plain'}`, 'aria-label': label || null },
    list.map((t) =>
      h('li', { class: `tag tag-${kind || 'plain'}`, title: typeof t === 'object' ? t.iri || null : null }, termLabel(t)),
    ),
  );
}

/** "1 dataset" / "2 datasets". */
export function plural(count, singular, pluralForm = `${singular}s`) {
  return `${num(count) ?? count} ${Number(count) === 1 ? singular : pluralForm}`;
}

/** A person as the API names them ({name, email, subject}), most readable first. */
export function personName(person) {
  if (!person) return '—';
  return person.name || person.email || person.subject;
}
