import { ConfigValues, parseConfig } from './config.schema';

/** The one typed view of configuration, validated once at start-up. */
export class ConfigService {
  constructor(readonly values: ConfigValues) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): ConfigService {
    return new ConfigService(parseConfig(env));
  }

  get<K extends keyof ConfigValues>(key: K): ConfigValues[K] {
    return this.values[key];
  }
}
