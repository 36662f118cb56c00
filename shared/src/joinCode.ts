/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L, no U/V pair). */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const JOIN_CODE_LENGTH = 8;

/** Upper-cases and drops spaces and dashes, so "kq7f-m2xd" and "KQ7F M2XD" are the same code. */
export const normalizeJoinCode = (input: string): string => input.toUpperCase().replace(/[\s-]/g, '');

export const isJoinCode = (code: string): boolean =>
  code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));

/** "KQ7FM2XD" → "KQ7F-M2XD": easier to read aloud and to type. */
export const formatJoinCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;
