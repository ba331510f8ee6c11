export * from './sandbox.types';
export * from './sandbox.exception';
export * from './container-spec.util';
export * from './supervisor-protocol.util';
export * from './docker-sandbox.driver';
export * from './sandbox.janitor';
export * from './sandbox.factory';
