export * from './domain.exception';
export * from './logging/error-serializer.util';
export * from './logging/logger-options';
