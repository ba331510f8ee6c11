import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@tryout/server-config';
import { UsersService } from './users.service';

/** Creates or promotes the admin named by ADMIN_EMAIL/ADMIN_PASSWORD at start-up. There is no default admin. */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrapService.name);

  constructor(
    private readonly users: UsersService,
    private readonly config: ConfigService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.get('ADMIN_EMAIL');
    const password = this.config.get('ADMIN_PASSWORD');
    if (!email || !password) return;
    const { created } = await this.users.ensureAdmin(email, password);
    this.logger.log({ email }, created ? 'created the admin' : 'ensured the admin');
  }
}
