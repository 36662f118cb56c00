import type { FastifyInstance } from 'fastify';
import { ErrorCode, isJoinCode, paths } from '@aquarium/shared';
import { sendError } from '../http/errors.js';

/** GET /api/qr/:code.svg: the join link as a QR code, drawn here so no page asks a third party. */
export const qrRoutes = async (app: FastifyInstance, deps: { publicUrl: string }) => {
  const cache = new Map<string, string>();
  app.get<{ Params: { code: string } }>('/api/qr/:code.svg', async (request, reply) => {
    const { code } = request.params;
    if (!isJoinCode(code)) return sendError(reply, 400, ErrorCode.InvalidPayload, 'not a join code');
    let svg = cache.get(code);
    if (!svg) {
      // The QR library (and its PNG encoder) loads with the first code drawn, not with the server.
      const { default: QRCode } = await import('qrcode');
      svg = await QRCode.toString(`${deps.publicUrl}${paths.join(code)}`, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
      });
      if (cache.size > 1000) cache.clear();
      cache.set(code, svg);
    }
    return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg);
  });
};
