import type {
  CreateSessionRequest,
  CreateSessionResponse,
  ErrorCode,
  JoinInfo,
  JoinRequest,
  JoinResponse,
  SetupCopyResponse,
} from '@aquarium/shared';

/** An HTTP failure: the server's error code, or `network` when the server could not be reached. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'network';
  readonly status: number;
  constructor(code: ErrorCode | 'network', status: number, message: string = code) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const fallbackCode = (status: number): ErrorCode =>
  status === 404 ? 'NOT_FOUND' : status === 410 ? 'JOINING_CLOSED' : status === 429 ? 'RATE_LIMITED' : 'INTERNAL';

const request = async <T>(path: string, init?: RequestInit): Promise<T> => {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) },
    });
  } catch {
    throw new ApiError('network', 0);
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { code?: ErrorCode; message?: string } } | null;
    throw new ApiError(body?.error?.code ?? fallbackCode(res.status), res.status, body?.error?.message);
  }
  return (await res.json()) as T;
};

export const createSession = (body: CreateSessionRequest) =>
  request<CreateSessionResponse>('/api/sessions', { method: 'POST', body: JSON.stringify(body) });

export const getJoinInfo = (code: string) => request<JoinInfo>(`/api/join/${encodeURIComponent(code)}`);

export const joinSession = (body: JoinRequest) =>
  request<JoinResponse>('/api/join', { method: 'POST', body: JSON.stringify(body) });

/** Address of the join link's QR code (an SVG image served by the server). */
export const qrUrl = (code: string) => `/api/qr/${encodeURIComponent(code)}.svg`;

/** The set-up of an earlier session this browser holds a facilitator link to (to start a new one from it). */
export const copySetup = (token: string) =>
  request<SetupCopyResponse>('/api/session-setup', { method: 'POST', body: JSON.stringify({ token }) });
