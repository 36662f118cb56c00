/**
 * `autoFocus` as React has it: the element takes focus when it is added to the page. Preact (the runtime behind the
 * React API here, see vite.config.ts) only writes the `autofocus` attribute, which browsers honour on page load and in
 * a dialog opened with `showModal()`, not for an element rendered later (an edit field that opens, a confirm
 * button). One observer focuses each element added with the attribute, as React did.
 */
export const focusAddedAutofocus = (root: Node): MutationObserver => {
  const observer = new MutationObserver((records) => {
    // In the order added, as React's commit: each one takes focus if it can (the last that can keeps it); one inside
    // a closed <dialog> cannot, and showModal() focuses it when the dialog opens.
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.hasAttribute('autofocus')) node.focus();
        for (const inner of node.querySelectorAll<HTMLElement>('[autofocus]')) inner.focus();
      }
  });
  observer.observe(root, { childList: true, subtree: true });
  return observer;
};
