/**
 * Moves focus to the first element matching `selector` once it is on the page and enabled (and `ready` holds, e.g.
 * the list has settled after the change): after an action the
 * control that had focus is often gone or disabled, so focus goes to where the next action is instead of falling
 * to the page body.
 */
export const focusWhenReady = (selector: string, ready: () => boolean = () => true, frames = 180): void => {
  const el = document.querySelector<HTMLElement>(selector);
  if (el && !(el as HTMLButtonElement).disabled && ready()) {
    // A heading or a region takes focus too, without entering the tab order.
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenReady(selector, ready, frames - 1));
};

/** Whether a key press happened where typing is expected (a field, a list box), so letters must not act. */
export const isTyping = (target: EventTarget | null): boolean => {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
};
