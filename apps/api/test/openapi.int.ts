import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRoutes, toOpenApiPath } from '../src/common/route-table.util';
import { startTestApp, type TestApp } from '../../../test/support/app';
import { launchChromium } from '../../../test/support/chromium';
import { call } from '../../../test/support/http';

describe('OpenAPI', () => {
  let t: TestApp;
  let browser: Browser | undefined;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('documents every route, its auth requirement and its error shape', async () => {
    const doc = await call(t.url, 'GET', '/api/docs-json');
    expect(doc.status).toBe(200);
    for (const route of listRoutes(t.app)) {
      const op = doc.body.paths[toOpenApiPath(route.path)]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op.summary, `${route.method} ${route.path}`).toEqual(expect.any(String));
      const schemes = (op.security as Record<string, unknown>[]).flatMap((s) => Object.keys(s));
      // Public routes never ask for the bearer token (refresh/logout name their cookie instead).
      expect(schemes.includes('bearer'), `${route.method} ${route.path}`).toBe(!route.isPublic);
      if (!route.isPublic) expect(op.responses['401'], `${route.method} ${route.path}`).toBeDefined();
      expect(op.responses['500'].content['application/json'].schema.$ref).toBe('#/components/schemas/ErrorBodyDto');
    }
    expect(doc.body.components.schemas.ErrorBodyDto.properties.code.enum).toContain('validation_failed');
    expect(doc.body.components.schemas.CreateSubmissionDto.required).toEqual(
      expect.arrayContaining(['problem', 'language', 'mode', 'source']),
    );
  });

  it('renders /api/docs in Chromium with every route listed', async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${t.url}/api/docs`);
    const routes = listRoutes(t.app);
    await page.waitForFunction((n) => document.querySelectorAll('.opblock').length >= n, routes.length, {
      timeout: 30_000,
    });
    const listed = await page.$$eval('.opblock', (els) =>
      els.map(
        (el) =>
          `${el.querySelector('.opblock-summary-method')?.textContent ?? ''} ${el.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? ''}`,
      ),
    );
    for (const r of routes) expect(listed, `${r.method} ${r.path}`).toContain(`${r.method} ${toOpenApiPath(r.path)}`);
    expect(errors).toEqual([]);
  });
});
