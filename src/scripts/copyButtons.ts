/**
 * Copy buttons (CiteBlock.astro): each `<button data-copy="ID" hidden>` copies the text of the element
 * with that id (a field's value, or an element's text) to the clipboard. Without JavaScript or a
 * clipboard the buttons stay hidden and the text is there to select.
 */
const DONE_MS = 2000;

function textOf(target: HTMLElement): string {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target.value : (target.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function select(target: HTMLElement): void {
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) target.select();
  else window.getSelection()?.selectAllChildren(target);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset['copy'] ?? '');
  if (!target || !navigator.clipboard) continue;
  const label = button.textContent ?? 'Copy';
  const status = button.nextElementSibling instanceof HTMLElement && button.nextElementSibling.matches('[data-copy-status]') ? button.nextElementSibling : null;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(textOf(target)).then(
      () => {
        button.textContent = 'Copied';
        if (status) status.textContent = 'Copied to the clipboard.';
        setTimeout(() => {
          button.textContent = label;
          if (status) status.textContent = '';
        }, DONE_MS);
      },
      () => {
        // The browser refused the clipboard (permissions): select the text for the reader to copy.
        select(target);
        if (status) status.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
      },
    );
  });
}
