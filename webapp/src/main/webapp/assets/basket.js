// The draft basket: datasets picked on the search and dataset pages for the next access request.
// It lives in the tab's session storage (dataset ids and titles only, nothing personal), so that
// picking datasets across several searches survives navigation but not the tab.
import { h } from './dom.js';

const KEY = 'hub.request-basket';
const listeners = new Set();

/** The datasets in the basket, as [{id, title}]. */
export function basketItems() {
  try {
    const items = JSON.parse(sessionStorage.getItem(KEY) || '[]');
    return Array.isArray(items) ? items.filter((i) => i && typeof i.id === 'string') : [];
  } catch {
    return [];
  }
}

function save(items) {
  sessionStorage.setItem(KEY, JSON.stringify(items));
  for (const listener of listeners) listener(items);
}

export function inBasket(id) {
  return basketItems().some((i) => i.id === id);
}

export function addToBasket(dataset) {
  if (!inBasket(dataset.id)) save([...basketItems(), { id: dataset.id, title: dataset.title || dataset.id }]);
}

export function removeFromBasket(id) {
  save(basketItems().filter((i) => i.id !== id));
}

export function clearBasket() {
  save([]);
}

/** Called with the new items whenever the basket changes. */
export function onBasketChange(listener) {
  listeners.add(listener);
}

/** Says what changed in the page-wide live region, so that a screen reader hears it. */
function announce(text) {
  const region = document.getElementById('basket-status');
  if (region) region.textContent = text;
}

/** A button adding a dataset to the draft basket, or taking it out again. */
export function basketButton(dataset, { label = 'Add to request' } = {}) {
  const title = dataset.title || dataset.id;
  const button = h('button', { type: 'button', class: 'btn btn-small basket-button', 'data-id': dataset.id });
  const render = () => {
    const picked = inBasket(dataset.id);
    button.textContent = picked ? 'Remove from request' : label;
    button.setAttribute('aria-label', `${picked ? 'Remove from request' : label}: ${title}`);
    button.classList.toggle('btn-primary', !picked);
    button.dataset.picked = String(picked);
  };
  button.addEventListener('click', () => {
    if (inBasket(dataset.id)) {
      removeFromBasket(dataset.id);
      announce(`${title} removed from your draft request; ${basketItems().length} datasets left.`);
    } else {
      addToBasket(dataset);
      announce(`${title} added to your draft request; it now has ${basketItems().length} datasets. Finish it under Requests.`);
    }
    render();
  });
  render();
  return button;
}
