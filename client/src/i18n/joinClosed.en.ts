import type { joinClosedFi } from './joinClosed.fi';

/** English strings of the page shown while joining is closed: a part of its own, loaded with that page (`joinClosedCatalog`). */
export const joinClosedEn = {
  'phone.closed.title': 'You cannot join right now',
  'phone.closed.body': 'The facilitator has closed joining. Ask them to open it again, or wait on this page.',
  'phone.closed.retrying': 'This page checks by itself every half minute. You get in as soon as joining opens.',
  'phone.closed.summary': 'When the summary is published, you can open it from this page.',
} satisfies Record<keyof typeof joinClosedFi, string>;
