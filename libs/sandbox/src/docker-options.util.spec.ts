import { describe, expect, it } from 'vitest';
import { dockerOptionsFromHost } from './docker-options.util';

describe('dockerOptionsFromHost', () => {
  it('reads unix sockets and tcp addresses', () => {
    expect(dockerOptionsFromHost('unix:///var/run/docker.sock')).toEqual({ socketPath: '/var/run/docker.sock' });
    expect(dockerOptionsFromHost('tcp://10.0.0.2:2376')).toEqual({ host: '10.0.0.2', port: 2376, protocol: 'http' });
  });
});
