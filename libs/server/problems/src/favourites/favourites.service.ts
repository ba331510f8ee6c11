import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemsService } from '../problems/problems.service';
import { FavouriteEntity } from './favourite.entity';

/** Starred problems, per user. Idempotent both ways. */
@Injectable()
export class FavouritesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly problems: ProblemsService,
  ) {}

  async add(userId: string, slug: string): Promise<void> {
    const problem = await this.problems.findBySlug(slug);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(FavouriteEntity)
      .values({ userId, problemId: problem.id })
      .orIgnore()
      .execute();
  }

  async remove(userId: string, slug: string): Promise<void> {
    const problem = await this.problems.findBySlug(slug);
    await this.dataSource.getRepository(FavouriteEntity).delete({ userId, problemId: problem.id });
  }

  /** Problem ids the user starred. */
  async problemIds(userId: string): Promise<Set<string>> {
    const rows = await this.dataSource
      .getRepository(FavouriteEntity)
      .find({ select: ['problemId'], where: { userId } });
    return new Set(rows.map((r) => r.problemId));
  }
}
