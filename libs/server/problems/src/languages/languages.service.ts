import { Injectable } from '@nestjs/common';
import type { LanguageDto } from '@tryout/contracts';
import { dockerFromHost, readRunnerVersions } from '@tryout/sandbox';
import { ConfigService } from '@tryout/server-config';
import type Dockerode from 'dockerode';
import { listLanguages } from './languages.util';

/** How long the runner images' versions are reused: they change only when images are rebuilt. */
const VERSIONS_TTL_MS = 60_000;

/** The languages the judge runs, with the toolchain versions their runner images recorded. */
@Injectable()
export class LanguagesService {
  private readonly docker: Dockerode;
  private cached?: { at: number; versions: Promise<Map<string, string>> };

  constructor(config: ConfigService) {
    this.docker = dockerFromHost(config.get('DOCKER_HOST'));
  }

  async list(): Promise<LanguageDto[]> {
    if (!this.cached || Date.now() - this.cached.at > VERSIONS_TTL_MS) {
      // An unreachable engine leaves the versions unknown (null) rather than failing the list.
      this.cached = { at: Date.now(), versions: readRunnerVersions(this.docker).catch(() => new Map()) };
    }
    return listLanguages(await this.cached.versions);
  }
}
