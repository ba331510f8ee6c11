import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { REFRESH_COOKIE_NAME } from '@tryout/contracts';
import { ErrorBodyDto } from './error-body.dto';
import { listRoutes, toOpenApiPath } from './route-table.util';

/**
 * Builds the OpenAPI document from the controllers, then marks every non-public route as needing
 * the bearer token (with its 401) from the same route table the global guard enforces.
 */
export function buildOpenApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Tryout API')
    .setDescription(
      'Technical-interview practice: accounts, catalog, submissions with live results. Every error body is `{statusCode, code, message, details?, requestId}`; branch on `code`. Routes need `Authorization: Bearer <accessToken>` unless marked public.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addCookieAuth(
      REFRESH_COOKIE_NAME,
      { type: 'apiKey', in: 'cookie', name: REFRESH_COOKIE_NAME },
      REFRESH_COOKIE_NAME,
    )
    .build();
  const doc = SwaggerModule.createDocument(app, config, { extraModels: [ErrorBodyDto] });
  for (const route of listRoutes(app)) {
    const op = doc.paths[toOpenApiPath(route.path)]?.[route.method.toLowerCase() as 'get'];
    if (!op) continue;
    if (route.isPublic) {
      op.security ??= [];
      op.description = `${op.description ? `${op.description}\n\n` : ''}**Public.**`;
    } else {
      op.security = [{ bearer: [] }];
      op.responses['401'] ??= {
        description: 'Missing or invalid access token',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBodyDto' } } },
      };
      if (route.roles) op.description = `${op.description ?? ''}\n\nRoles: ${route.roles.join(', ')}.`;
    }
    op.responses['500'] ??= {
      description: 'Internal error',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBodyDto' } } },
    };
  }
  return doc;
}
