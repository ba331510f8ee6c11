export * from './health.service';
export * from './health.module';
export * from './docker-options.util';
