export * from './domain.exception';
export * from './logging/error-serializer.util';
export * from './logging/logger-options';
export * from './context/request-context';
export * from './metrics/metrics';
