// Sections of a request's page: its datasets with the DUO match, one card per committee part with
// its votes and the forms its allowed actions offer, the attachments, comments and the timeline.
import { apiUrl, json, request as apiRequest } from './api.js';
import { formField as field, h } from './dom.js';
import { humanize, num, personName, statusBadge, timeEl } from './format.js';

const VERDICTS = { MATCH: 'Matches', MISMATCH: 'Does not match', NEEDS_REVIEW: 'Needs review' };
const VOTES = [['APPROVE', 'Approve'], ['REJECT', 'Reject'], ['ABSTAIN', 'Abstain']];

/** A badge saying whether the intended use matches a dataset's data-use conditions. */
export function duoBadge(duo) {
  if (!duo?.verdict) return null;
  return h('span', { class: `badge duo duo-${duo.verdict.toLowerCase().replace(/_/g, '-')}`, 'data-verdict': duo.verdict },
    h('span', { class: 'visually-hidden' }, 'DUO match: '), VERDICTS[duo.verdict] || humanize(duo.verdict));
}

export function datasetsSection(r) {
  return section('request-datasets', 'Datasets and their data-use conditions',
    h('p', { class: 'muted small' }, 'Whether the intended use fits each dataset’s DUO conditions is advice; the committee decides.'),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'request-datasets-caption' },
      h('table', { class: 'data-table', id: 'request-datasets-table' },
        h('caption', { id: 'request-datasets-caption' }, `${r.datasets.length} ${r.datasets.length === 1 ? 'dataset' : 'datasets'}`),
        h('thead', {}, h('tr', {}, ['Dataset', 'Node', 'Terms accepted', 'DUO match'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, r.datasets.map((d) => h('tr', { class: 'request-dataset-row', 'data-id': d.id },
          h('th', { scope: 'row' }, h('a', { href: `#/datasets/${encodeURIComponent(d.id)}` }, d.title || d.id)),
          h('td', {}, d.nodeId || '—'),
          h('td', {}, d.termsAccepted ? 'Yes' : 'No'),
          h('td', {}, duoBadge(d.duo), d.duo?.reason ? h('div', { class: 'muted small duo-reason' }, d.duo.reason) : null))))),
    ));
}

/** One card per committee deciding a part of the request. */
export function partsSections(r, act) {
  return r.parts.map((p) => {
    const base = `requests/${encodeURIComponent(r.id)}/parts/${encodeURIComponent(p.id)}`;
    const titles = p.datasetIds.map((id) => r.datasets.find((d) => d.id === id)?.title || id);
    const allowed = new Set(p.allowedActions || []);
    return h('section', { class: 'card request-part', 'data-part': p.id, 'data-state': p.state, 'aria-labelledby': `part-${p.id}-heading` },
      h('h2', { id: `part-${p.id}-heading` }, p.committee?.name || 'Committee', ' ', statusBadge(p.state)),
      h('p', { class: 'muted small' }, 'Decides on: ', titles.join(', ')),
      p.decision ? h('p', { class: 'part-decision alert alert-info' }, h('strong', {}, humanize(p.decision.outcome)), ' ',
        p.decision.by ? ['by ', nameOf(r, p.decision.by), ' '] : null, timeEl(p.decision.at), p.decision.comment ? `: ${p.decision.comment}` : null) : null,
      h('h3', {}, 'Votes'),
      p.votes?.length
        ? h('ul', { class: 'vote-list' }, p.votes.map((v) => h('li', { class: 'vote', 'data-vote': v.vote },
          h('strong', {}, v.name || v.voter), ` — ${humanize(v.vote)} `, timeEl(v.at), v.comment ? h('div', { class: 'muted' }, v.comment) : null)))
        : h('p', { class: 'muted' }, 'No vote yet.'),
      p.missingVoters?.length
        ? h('p', { class: 'missing-voters' }, 'Waiting for: ', p.missingVoters.map(personName).join(', ')) : null,
      allowed.has('vote') ? voteForm(p, base, act) : null,
      allowed.has('decide') ? decideForm(p, base, act) : null,
      allowed.has('request-changes') ? commentForm(`changes-${p.id}`, 'Ask the requester for changes', 'Request changes',
        (comment) => act(() => json(`${base}/request-changes`, { method: 'POST', body: { comment } }), 'The changes could not be requested')) : null,
    );
  });
}

function voteForm(p, base, act) {
  const name = `vote-${p.id}`;
  const comment = h('textarea', { id: `${name}-comment`, rows: 2, cols: 50, maxlength: 4000 });
  const form = h('form', { class: 'project-form vote-form', 'aria-labelledby': `${name}-legend` },
    h('fieldset', { class: 'form-field' }, h('legend', { id: `${name}-legend` }, 'Your vote'),
      VOTES.map(([value, label]) => h('div', { class: 'check' },
        h('input', { type: 'radio', name, id: `${name}-${value}`, value, required: true }),
        h('label', { for: `${name}-${value}` }, label)))),
    field(`${name}-comment`, 'Comment', comment),
    h('button', { type: 'submit', class: 'btn btn-primary vote-submit' }, 'Cast vote'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const vote = form.querySelector(`input[name="${name}"]:checked`)?.value;
    act(() => json(`${base}/votes`, { method: 'POST', body: { vote, comment: comment.value.trim() || null } }), 'The vote was not counted');
  });
  return form;
}

function decideForm(p, base, act) {
  const id = `decide-${p.id}`;
  const outcome = h('select', { id: `${id}-outcome` }, h('option', { value: 'APPROVED' }, 'Approve'), h('option', { value: 'REJECTED' }, 'Reject'));
  const comment = h('textarea', { id: `${id}-comment`, rows: 2, cols: 50, maxlength: 4000 });
  const form = h('form', { class: 'project-form decide-form', 'aria-label': 'Chair decision' },
    h('h3', {}, 'Chair decision'),
    field(`${id}-outcome`, 'Outcome', outcome), field(`${id}-comment`, 'Reason', comment),
    h('button', { type: 'submit', class: 'btn decide-submit' }, 'Decide'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(() => json(`${base}/decision`, { method: 'POST', body: { outcome: outcome.value, comment: comment.value.trim() || null } }), 'The decision was not recorded');
  });
  return form;
}

/** A form with one comment box; `send(text)` posts it. */
function commentForm(id, heading, button, send) {
  const text = h('textarea', { id: `${id}-text`, rows: 3, cols: 60, required: true, maxlength: 4000 });
  const form = h('form', { class: 'project-form comment-form', id, 'aria-labelledby': `${id}-heading` },
    h('h3', { id: `${id}-heading` }, heading), field(`${id}-text`, 'Comment', text),
    h('button', { type: 'submit', class: 'btn' }, button));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(text.value.trim());
  });
  return form;
}

export function attachmentsSection(r, act) {
  const path = `requests/${encodeURIComponent(r.id)}/attachments`;
  let upload = null;
  if ((r.allowedActions || []).includes('attach')) {
    const file = h('input', { type: 'file', id: 'attachment-file', accept: 'application/pdf,.pdf', required: true });
    upload = h('form', { class: 'project-form', id: 'attachment-form', 'aria-label': 'Attach a PDF' },
      field('attachment-file', 'PDF file (e.g. the ethics approval)', file, 'Only PDF documents are accepted.'),
      h('button', { type: 'submit', class: 'btn', id: 'attachment-upload' }, 'Attach'));
    upload.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = file.files[0];
      if (!chosen) return;
      act(() => apiRequest(path, { method: 'POST', params: { name: chosen.name }, body: chosen, contentType: 'application/pdf' }),
        'The file was not attached');
    });
  }
  return section('request-attachments', 'Attachments',
    r.attachments?.length
      ? h('ul', { id: 'attachment-list' }, r.attachments.map((a) => h('li', { class: 'attachment' },
        h('a', { href: apiUrl(`${path}/${encodeURIComponent(a.id)}`).href, download: a.name }, a.name),
        ` (${num(Math.ceil(a.size / 1024))} kB) `, timeEl(a.uploadedAt))))
      : h('p', { class: 'muted' }, 'No attachment.'),
    upload);
}

/** The timeline (every event, comments included) and, when allowed, a comment form. */
export function timelineSection(r, act) {
  const parts = new Map(r.parts.map((p) => [p.id, p.committee?.name]));
  const comment = (r.allowedActions || []).includes('comment')
    ? commentForm('request-comment', 'Add a comment', 'Comment', (text) =>
      act(() => json(`requests/${encodeURIComponent(r.id)}/comments`, { method: 'POST', body: { text } }), 'The comment was not added'))
    : null;
  return section('request-timeline', 'History',
    h('ol', { id: 'request-timeline-list', class: 'project-history timeline' }, (r.timeline || []).map((e) =>
      h('li', { 'data-kind': e.kind }, timeEl(e.at), ' ', h('strong', {}, humanize(e.kind)), ' by ', e.actorName || e.actor,
        e.partId && parts.get(e.partId) ? h('span', { class: 'muted' }, ` (${parts.get(e.partId)})`) : null,
        e.comment ? h('blockquote', { class: 'timeline-comment' }, e.comment) : null))),
    comment);
}

/** A person's name as the request's history gives it, else their subject. */
function nameOf(r, subject) {
  return (r.timeline || []).find((e) => e.actor === subject && e.actorName)?.actorName || subject;
}

function section(id, title, ...children) {
  return h('section', { class: 'card', id, 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading` }, title), ...children);
}
