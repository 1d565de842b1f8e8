// Harvesting panel of the nodes page: a node's source, "Harvest now" and its runs.
import { RDF_FORMATS, downloadAs, json } from './api.js';
import { hasRole, operatedNodes } from './auth.js';
import { findingGroups } from './findings.js';
import { h, problemBox } from './dom.js';
import { humanize, num, timeEl } from './format.js';

const FORMATS = ['auto', 'turtle', 'rdfxml', 'jsonld', 'ntriples', 'json'];

export function harvestPanel(nodes) {
  const list = operatedNodes(nodes);
  if (!list.length) return null;
  const body = h('div', { id: 'harvest-body' });
  const select = h(
    'select',
    { id: 'harvest-node' },
    list.map((n) => h('option', { value: n.id }, n.name || n.id)),
  );
  select.addEventListener('change', () => showNode(select.value, body));
  showNode(list[0].id, body);
  return h(
    'section',
    { class: 'card harvest-panel', 'aria-labelledby': 'harvest-heading' },
    h('h2', { id: 'harvest-heading' }, 'Harvesting'),
    h('p', {}, h('label', { for: 'harvest-node' }, 'Node '), select),
    body,
  );
}

async function showNode(nodeId, body) {
  body.replaceChildren(h('p', { class: 'loading-text' }, 'Loading…'));
  let source = null;
  try {
    source = await json(`nodes/${encodeURIComponent(nodeId)}/harvest-source`);
  } catch (error) {
    if (error.status !== 404) {
      body.replaceChildren(problemBox(error, 'The harvest source could not be loaded'));
      return;
    }
  }
  const runs = h('div', { id: 'harvest-runs' });
  const result = h('div', { id: 'harvest-result', role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'btn btn-primary', id: 'harvest-now', disabled: !source }, 'Harvest now');
  button.addEventListener('click', () => harvestNow(nodeId, button, result, runs));
  body.replaceChildren(
    hasRole('ADMIN') ? sourceForm(nodeId, source, body) : sourceText(source),
    h('p', {}, button),
    result,
    runs,
  );
  loadRuns(nodeId, runs);
}

function sourceText(source) {
  if (!source) return h('p', { class: 'muted' }, 'No harvest source is set for this node; an admin sets it.');
  return h('p', { id: 'harvest-source' }, 'Pulled from ', h('code', {}, source.url), ` (${source.format}, every ${num(source.intervalMinutes)} min${source.enabled ? '' : ', disabled'}).`);
}

function sourceForm(nodeId, source, body) {
  const url = h('input', { id: 'source-url', type: 'url', required: true, size: '50', value: source?.url || '' });
  const format = h('select', { id: 'source-format' }, FORMATS.map((f) => h('option', { value: f, selected: (source?.format || 'auto') === f }, f)));
  const minutes = h('input', { id: 'source-interval', type: 'number', min: '1', value: String(source?.intervalMinutes ?? 1440) });
  const enabled = h('input', { id: 'source-enabled', type: 'checkbox', checked: source ? source.enabled : true });
  const message = h('div', { role: 'status' });
  const form = h(
    'form',
    { class: 'source-form', id: 'source-form' },
    h('label', { for: 'source-url' }, 'Catalogue URL '), url,
    h('label', { for: 'source-format' }, ' Format '), format,
    h('label', { for: 'source-interval' }, ' Every (minutes) '), minutes,
    h('label', {}, enabled, ' enabled'),
    h('button', { type: 'submit', class: 'btn btn-secondary', id: 'source-save' }, 'Save source'),
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await json(`nodes/${encodeURIComponent(nodeId)}/harvest-source`, {
        method: 'PUT',
        body: { url: url.value.trim(), format: format.value, intervalMinutes: Number(minutes.value), enabled: enabled.checked },
      });
      showNode(nodeId, body);
    } catch (error) {
      message.replaceChildren(problemBox(error, 'The source was not saved'));
    }
  });
  return form;
}

async function harvestNow(nodeId, button, result, runs) {
  button.disabled = true;
  try {
    let run = await json(`nodes/${encodeURIComponent(nodeId)}/harvests`, { method: 'POST' });
    result.replaceChildren(h('p', {}, 'Harvesting…'));
    while (run.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 500));
      run = await json(`harvests/${encodeURIComponent(run.id)}`);
    }
    const alert = { FAILED: 'alert alert-error', HELD: 'alert alert-warning' }[run.status] || 'alert alert-success';
    result.replaceChildren(h('p', { class: alert, id: 'harvest-outcome' }, `Harvest ${humanize(run.status).toLowerCase()}: ${summary(run)}`));
    loadRuns(nodeId, runs);
  } catch (error) {
    result.replaceChildren(problemBox(error, 'The harvest could not start'));
  } finally {
    button.disabled = false;
  }
}

function summary(run) {
  return `${run.added} added, ${run.updated} updated, ${run.unchanged} unchanged, ${run.withdrawn} withdrawn, ${run.invalid} invalid`;
}

async function loadRuns(nodeId, container) {
  try {
    const runs = await json(`nodes/${encodeURIComponent(nodeId)}/harvests`, { params: { limit: '10' } });
    if (!runs.length) {
      container.replaceChildren(h('p', { class: 'muted' }, 'No harvest has run yet.'));
      return;
    }
    const findings = h('div', { id: 'harvest-validation' });
    container.replaceChildren(
      h(
        'table',
        { class: 'data-table', id: 'harvest-runs-table' },
        h('caption', {}, 'Latest runs'),
        h('thead', {}, h('tr', {}, ['Started', 'Trigger', 'Status', 'Result', 'Errors', 'Validation'].map((t) => h('th', { scope: 'col' }, t)))),
        h(
          'tbody',
          {},
          runs.map((r) =>
            h(
              'tr',
              { class: 'harvest-run', 'data-status': r.status },
              h('td', {}, timeEl(r.startedAt)),
              h('td', {}, humanize(r.trigger)),
              h('td', {}, humanize(r.status), r.status === 'HELD' ? heldDecision(r, nodeId, container) : null),
              h('td', {}, summary(r)),
              h('td', {}, (r.errors || []).slice(0, 3).map((e) => h('div', {}, e.line > 0 ? `line ${e.line}, column ${e.column}: ` : '', e.recordId ? `${e.recordId}: ` : '', e.message))),
              h('td', {}, h('button', { type: 'button', class: 'btn btn-small run-validation', onclick: () => showValidation(r, findings) }, 'Findings')),
            ),
          ),
        ),
      ),
      findings,
    );
  } catch (error) {
    container.replaceChildren(problemBox(error, 'The runs could not be loaded'));
  }
}

/**
 * A held run's withdrawals wait for a person: whoever sees the node's runs (an admin or one of its
 * operators) confirms them (withdrawn now) or discards them (nothing withdrawn).
 */
function heldDecision(run, nodeId, runs) {
  const ids = run.heldWithdrawals || [];
  const message = h('div', { role: 'status' });
  const decide = async (action) => {
    try {
      await json(`harvests/${encodeURIComponent(run.id)}/${action}`, { method: 'POST' });
      loadRuns(nodeId, runs);
    } catch (error) {
      message.replaceChildren(problemBox(error, `The withdrawals were not ${action}ed`));
    }
  };
  return h(
    'div',
    { class: 'held-decision' },
    h('p', {}, `${num(ids.length)} withdrawal(s) held: `, h('span', { class: 'held-ids' }, ids.slice(0, 10).join(', ') + (ids.length > 10 ? ', …' : ''))),
    h('button', { type: 'button', class: 'btn btn-small btn-primary held-confirm', onclick: () => decide('confirm') }, 'Confirm withdrawals'),
    ' ',
    h('button', { type: 'button', class: 'btn btn-small held-discard', onclick: () => decide('discard') }, 'Discard'),
    message,
  );
}

const VALIDATION_PAGE = 200;

function validationRow(rec) {
  return h(
    'tr',
    { class: 'validation-record' },
    h('td', {}, rec.localId || '(no id)'),
    h('td', {}, humanize(rec.outcome)),
    h('td', {}, findingGroups(rec.findings)),
  );
}

/**
 * The run's validation report: every record it read that had findings (page after page, on
 * request), each record's findings grouped by property, and its SHACL report.
 */
async function showValidation(run, container) {
  const path = `harvests/${encodeURIComponent(run.id)}/validation`;
  const load = (page) => json(path, { params: { size: String(VALIDATION_PAGE), page: String(page) } });
  try {
    const report = await load(1);
    const turtle = RDF_FORMATS.find((f) => f.key === 'turtle');
    const download = h('button', { type: 'button', class: 'btn btn-small', onclick: () => downloadAs(path, turtle, `validation-${run.id}`) }, 'SHACL report (Turtle)');
    if (!report.records.length) {
      container.replaceChildren(h('p', { class: 'muted', id: 'harvest-validation-empty' }, 'No record of this run had a validation finding.'), download);
      return;
    }
    const body = h('tbody', {}, report.records.map(validationRow));
    let shown = report.records.length;
    let page = 1;
    const caption = h('caption', {});
    const more = h('button', { type: 'button', class: 'btn btn-small', id: 'harvest-validation-more' });
    const update = () => {
      caption.textContent = `Validation findings: ${num(report.total)} record(s)${report.total > shown ? `, ${num(shown)} shown` : ''}`;
      more.textContent = `Show ${num(Math.min(VALIDATION_PAGE, report.total - shown))} more`;
      more.hidden = shown >= report.total;
    };
    more.addEventListener('click', async () => {
      more.disabled = true;
      try {
        const next = await load(page + 1);
        page += 1;
        next.records.forEach((rec) => body.append(validationRow(rec)));
        shown += next.records.length;
        if (!next.records.length) shown = report.total;
      } catch (error) {
        container.append(problemBox(error, 'More findings could not be loaded'));
      }
      more.disabled = false;
      update();
    });
    update();
    container.replaceChildren(
      h(
        'table',
        { class: 'data-table', id: 'harvest-validation-table' },
        caption,
        h('thead', {}, h('tr', {}, ['Record', 'Outcome', 'Findings'].map((t) => h('th', { scope: 'col' }, t)))),
        body,
      ),
      more,
      download,
    );
  } catch (error) {
    container.replaceChildren(problemBox(error, 'The validation report could not be loaded'));
  }
}
