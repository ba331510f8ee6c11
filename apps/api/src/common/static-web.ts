import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Serves the built web app (WEB_DIST) at / with an SPA fallback: any GET outside /api that accepts
 * HTML gets index.html. Nothing is registered when the build is absent (development uses Vite).
 */
export function staticWeb(webDist: string): express.RequestHandler[] {
  const root = resolve(webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return [];
  const fallback = (req: Request, res: Response, next: NextFunction) => {
    if ((req.method === 'GET' || req.method === 'HEAD') && !req.path.startsWith('/api') && req.accepts('html')) {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
      return;
    }
    next();
  };
  const files = express.static(root, {
    index: false,
    maxAge: '1h',
    setHeaders: (res, path) =>
      path.includes('/assets/') && res.setHeader('Cache-Control', 'public, max-age=31536000, immutable'),
  });
  // API routes never look for a file: a stat per GET /api/... was a fifth of a small route's CPU.
  const assets = (req: Request, res: Response, next: NextFunction): void => {
    if (req.path.startsWith('/api/') || req.path === '/api') next();
    else void files(req, res, next);
  };
  return [assets, fallback];
}
