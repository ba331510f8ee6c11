import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.schema';

describe('parseConfig', () => {
  it('defaults to local services', () => {
    const c = parseConfig({});
    expect(c.DATABASE_URL).toMatch(/^postgres:\/\/.*127\.0\.0\.1:5432/);
    expect(c.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(c.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });
  it('names the bad variable', () => {
    expect(() => parseConfig({ API_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => parseConfig({ API_PORT: 'eighty' })).toThrow(/API_PORT/);
    expect(() => parseConfig({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
  });
  it('requires JWT_SECRET in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });
});
