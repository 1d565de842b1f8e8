// The dataset landing page's one enhancement: copying the citation. The page works without it.
function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    return navigator.clipboard.writeText(text);
  }
  // Older browsers and plain-http hosts: copy through a selected, off-screen text area.
  return new Promise((resolve, reject) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (copied) resolve();
    else reject(new Error('copy refused'));
  });
}

function enableCopy(button) {
  const source = document.getElementById(button.dataset.copy);
  const status = document.getElementById('copy-status');
  if (!source || !status) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    copyText(source.textContent.trim()).then(
      () => {
        status.textContent = 'Citation copied to the clipboard.';
      },
      () => {
        status.textContent = 'Copying was refused by the browser: select the citation and copy it.';
      },
    );
  });
}

document.querySelectorAll('button[data-copy]').forEach(enableCopy);
