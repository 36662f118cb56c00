/**
 * Moves focus to the element with `id` once it is on the page: after a move the control that had focus is
 * gone (its row went to another group), so focus follows the person instead of falling to the page.
 */
export const focusSoon = (id: string, frames = 20): void => {
  const el = document.getElementById(id);
  if (el) return el.focus();
  if (frames > 0) requestAnimationFrame(() => focusSoon(id, frames - 1));
};
