import { Injectable } from '@nestjs/common';
import { FavouritesService, type CallerState } from '@tryout/server-problems';
import { ProgressService } from '@tryout/server-submissions';
import type { AuthPrincipal } from '@tryout/server-users';

/** A signed-in caller's solved/attempted map and stars, for the catalog's flags and filters. */
@Injectable()
export class CallerStateService {
  constructor(
    private readonly progress: ProgressService,
    private readonly favourites: FavouritesService,
  ) {}

  async state(user: AuthPrincipal): Promise<CallerState> {
    const [status, favourites] = await Promise.all([
      this.progress.statusByProblem(user.userId),
      this.favourites.problemIds(user.userId),
    ]);
    return { status, favourites };
  }
}
