import { Logger as NestLogger, ValidationPipe, type ValidationError } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { DomainException, httpRequestDuration, runWithRequestContext } from '@tryout/server-common';
import type { ConfigService } from '@tryout/server-config';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { bodyErrorHandler, bodyParsing } from './common/body-parsing';
import { answerClientErrors } from './common/client-error';
import { ControlCharactersPipe } from './common/control-characters.pipe';
import { buildOpenApi } from './common/openapi';
import { requestId } from './common/request-id.util';
import { staticWeb } from './common/static-web';
import { attachLiveEditor } from './interviews/live-editor.upgrade';

function validationDetails(errors: ValidationError[], parent = ''): { field: string; errors: string[] }[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, errors: Object.values(e.constraints) }] : [];
    return [...own, ...validationDetails(e.children ?? [], field)];
  });
}

/** Builds the API (not listening): main.ts, test/support/app.ts and bench/api share it. */
export async function createApp(config: ConfigService): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  answerClientErrors(app.getHttpServer());
  attachLiveEditor(app);
  // First of all, so even a body-parse failure carries its request id.
  // Its async context carries the id on (into the judge job's data, and so the worker's logs).
  app.use((req: { id?: string }, res: import('express').Response, next: () => void) => {
    const id = requestId(req as never, res);
    req.id = id;
    runWithRequestContext({ requestId: id }, next);
  });
  // Latency per route template (`/api/problems/:slug`), never the raw URL: bounded label values.
  app.use((req: import('express').Request, res: import('express').Response, next: () => void) => {
    const end = httpRequestDuration.startTimer();
    res.once('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      end({
        method: req.method,
        route: route ?? (req.path.startsWith('/api') ? 'unmatched' : 'web'),
        status: res.statusCode,
      });
    });
    next();
  });
  // No upgrade-insecure-requests: a plain-HTTP install (localhost, LAN) must load its own assets.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.enableCors({
    origin: config.get('WEB_ORIGIN'),
    credentials: true,
    exposedHeaders: ['x-request-id', 'retry-after'],
  });
  app.use(cookieParser());
  app.use(...bodyParsing(config.get('API_BODY_LIMIT_BYTES')));
  app.use(bodyErrorHandler);
  const web = staticWeb(config.get('WEB_DIST'));
  if (web.length) app.use(...web);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(
    // Before validation, so a NUL is `invalid_characters` whatever else is wrong with the request.
    new ControlCharactersPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) =>
        new DomainException('validation_failed', 'request failed validation', validationDetails(errors)),
    }),
  );
  SwaggerModule.setup('api/docs', app, () => buildOpenApi(app), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'Tryout API',
  });
  app.enableShutdownHooks();
  new NestLogger('Bootstrap').debug('API assembled');
  return app;
}
