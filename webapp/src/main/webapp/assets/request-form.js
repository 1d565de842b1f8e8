// The form drafting an access request across several datasets, or changing one (a draft, or one
// whose committee asked for changes).
import { json } from './api.js';
import { basketItems, clearBasket, removeFromBasket } from './basket.js';
import { formField as field, h, problemBox } from './dom.js';

/** The DUO research-purpose and use-modifier codes a requester states their use with. */
export const INTENDED_USES = [
  ['DUO:0000042', 'General research use'],
  ['DUO:0000006', 'Health, medical or biomedical research'],
  ['DUO:0000007', 'Disease-specific research'],
  ['DUO:0000011', 'Population origins or ancestry research'],
  ['DUO:0000043', 'Clinical care use'],
  ['DUO:0000046', 'Non-commercial use only'],
];

/**
 * Builds the form. `request` is the request being changed, or null for a new one whose datasets
 * come from the basket; `onSaved(request)` runs after the hub accepted it.
 */
export async function requestForm(request, onSaved) {
  const projects = (await json('projects')).filter((p) => !p.closed);
  const datasets = mergeDatasets(request?.datasets || [], basketItems());
  const accepted = new Set(request ? request.datasets.filter((d) => d.termsAccepted).map((d) => d.id) : []);
  const input = (id, attrs = {}) => h('input', { id, name: id, type: 'text', size: 50, ...attrs });
  const project = h('select', { id: 'request-project', name: 'projectCode', required: true },
    projects.map((p) => h('option', { value: p.code, selected: request?.projectCode === p.code }, `${p.title} (${p.code})`)));
  const title = input('request-title', { required: true, maxlength: 300, value: request?.title });
  const lay = h('textarea', { id: 'request-lay', rows: 3, cols: 60, required: true, maxlength: 4000 }, request?.layPurpose);
  const scientific = h('textarea', { id: 'request-scientific', rows: 5, cols: 60, required: true, maxlength: 8000 }, request?.scientificPurpose);
  const ethics = input('request-ethics', { maxlength: 200, value: request?.ethicsReference });
  const accessEnd = input('request-access-end', { type: 'date', required: true, size: null, value: request?.accessEnd });
  const uses = new Set(request?.intendedUse || []);
  const list = h('ul', { class: 'request-datasets-edit', id: 'request-datasets-edit' });
  const result = h('div', { id: 'request-form-result', role: 'status', 'aria-live': 'polite' });
  const renderDatasets = () => list.replaceChildren(...datasets.map((d) => datasetRow(d, accepted, () => {
    datasets.splice(datasets.indexOf(d), 1);
    removeFromBasket(d.id);
    renderDatasets();
    result.replaceChildren(h('p', {}, `${d.title || d.id} removed from the request.`));
  })));
  renderDatasets();
  const form = h(
    'form',
    { id: 'request-form', class: 'project-form request-form', 'aria-labelledby': 'request-form-heading', novalidate: true },
    h('h2', { id: 'request-form-heading' }, request ? 'Change the request' : 'New access request'),
    projects.length
      ? field('request-project', 'Project', project, 'Access is granted to a project you belong to.')
      : h('p', { class: 'alert alert-info' }, 'You belong to no open project yet. ', h('a', { href: '#/projects' }, 'Create a project'), ' first.'),
    field('request-title', 'Title', title),
    field('request-lay', 'Purpose in plain words', lay, 'Read by committee members who are not specialists.'),
    field('request-scientific', 'Scientific purpose', scientific),
    h('fieldset', { class: 'form-field intended-use' }, h('legend', {}, 'Intended use (DUO)'),
      INTENDED_USES.map(([code, label]) => {
        const id = `use-${code.replace(/\W/g, '-')}`;
        return h('div', { class: 'check' },
          h('input', { type: 'checkbox', id, name: 'intendedUse', value: code, checked: uses.has(code) }),
          h('label', { for: id }, `${label} `, h('span', { class: 'muted' }, `(${code})`)));
      })),
    field('request-ethics', 'Ethics approval reference', ethics, 'E.g. the number your ethics committee gave the study.'),
    field('request-access-end', 'Access needed until', accessEnd),
    h('fieldset', { class: 'form-field' }, h('legend', {}, 'Datasets and their terms of use'),
      datasets.length ? null : h('p', { class: 'muted', id: 'request-no-datasets' },
        'No dataset picked yet: use “Request access” on a dataset, or “Add to request” in the ',
        h('a', { href: '#/' }, 'search results'), '.'),
      list),
    h('button', { type: 'submit', class: 'btn btn-primary', id: 'request-save' }, request ? 'Save changes' : 'Save draft'),
    result,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {
      projectCode: project.value,
      title: title.value.trim(),
      layPurpose: lay.value.trim(),
      scientificPurpose: scientific.value.trim(),
      intendedUse: [...form.querySelectorAll('input[name=intendedUse]:checked')].map((c) => c.value),
      ethicsReference: ethics.value.trim() || null,
      accessEnd: accessEnd.value || null,
      datasetIds: datasets.map((d) => d.id),
      acceptedTerms: [...form.querySelectorAll('input[name=acceptedTerms]:checked')].map((c) => c.value),
    };
    try {
      const saved = request
        ? await json(`requests/${encodeURIComponent(request.id)}`, { method: 'PUT', body })
        : await json('requests', { method: 'POST', body });
      clearBasket();
      onSaved(saved);
    } catch (error) {
      result.replaceChildren(problemBox(error, 'The request could not be saved'));
    }
  });
  return form;
}

/** The request's datasets followed by those picked since, each once. */
function mergeDatasets(current, picked) {
  const seen = new Set(current.map((d) => d.id));
  return [...current.map((d) => ({ id: d.id, title: d.title })), ...picked.filter((d) => !seen.has(d.id))];
}

function datasetRow(d, accepted, remove) {
  const id = `terms-${d.id.replace(/\W/g, '-')}`;
  const title = d.title || d.id;
  return h('li', { class: 'request-dataset', 'data-id': d.id },
    h('a', { href: `#/datasets/${encodeURIComponent(d.id)}` }, title),
    h('div', { class: 'check' },
      h('input', { type: 'checkbox', id, name: 'acceptedTerms', value: d.id, checked: accepted.has(d.id) }),
      h('label', { for: id }, 'I accept the terms of use', h('span', { class: 'visually-hidden' }, ` of ${title}`))),
    h('button', { type: 'button', class: 'btn btn-small', 'aria-label': `Remove ${title} from the request`, onclick: remove }, 'Remove'));
}
