import { RequestMethod, type INestApplication } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Role } from '@tryout/contracts';
import { IS_PUBLIC_KEY, ROLES_KEY } from './auth.decorators';

export interface RouteInfo {
  /** Upper-case HTTP method. */
  method: string;
  /** Express style, with the global prefix: `/api/problems/:slug`. */
  path: string;
  isPublic: boolean;
  roles?: Role[];
  handler: string;
}

const API_PREFIX = 'api';

function joinPath(...parts: string[]): string {
  return `/${parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
}

/**
 * Every route the app serves, read from the controllers' metadata. The OpenAPI post-processing and
 * the authorization-matrix test both use it, so neither can miss a route.
 */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    const metatype = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
    if (!instance || !metatype) continue;
    const controllerPaths = [reflector.get<string | string[] | undefined>(PATH_METADATA, metatype) ?? ''].flat();
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const routePath = reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
      const method = reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
      if (routePath === undefined || method === undefined) continue;
      const isPublic = reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [handler, metatype]) ?? false;
      const roles = reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, metatype]);
      for (const c of controllerPaths) {
        for (const r of [routePath].flat()) {
          routes.push({
            method: RequestMethod[method],
            path: joinPath(API_PREFIX, c, r),
            isPublic,
            roles,
            handler: `${metatype.name}.${name}`,
          });
        }
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
