import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EditorialDto, EditorialStateDto, EditorialUnlock, HintsDto, Role } from '@tryout/contracts';
import { DataSource, IsNull } from 'typeorm';
import { ProblemEntity } from '../problems/problem.entity';
import { ProblemException } from '../problems/problem.exception';
import { editorialSolutions } from './editorial-mapping.util';
import { EditorialRevealEntity } from './editorial-reveal.entity';
import { EditorialException } from './editorial.exception';

export interface EditorialCaller {
  userId: string;
  role: Role;
}

/**
 * Editorials and hints. An editorial is locked until the caller has submitted once for the problem
 * (any verdict) or has chosen to reveal it; admins always read it. The lock lives here, not in the
 * web app: a locked editorial never leaves the server (the locked answer carries no content).
 */
@Injectable()
export class EditorialService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Public: the package's hints, in order. */
  async hints(slug: string): Promise<HintsDto> {
    const problem = await this.dataSource
      .getRepository(ProblemEntity)
      .findOne({ where: { slug, archivedAt: IsNull() }, select: ['id', 'hints'] });
    if (!problem) throw new ProblemException('problem_not_found', `no problem ${slug}`);
    return { hints: problem.hints };
  }

  /**
   * The editorial, or its locked state: being locked is the tab's ordinary first state, not a
   * failed request, so it is an answer (without the content) rather than an error.
   */
  async editorial(slug: string, caller: EditorialCaller): Promise<EditorialStateDto> {
    const problem = await this.withEditorial(slug);
    const unlockedBy = await this.unlockedBy(problem.id, caller);
    if (!unlockedBy) {
      return {
        locked: true,
        slug: problem.slug,
        message: `The editorial unlocks after your first submission to this problem (any verdict). To read it now, reveal it: POST /api/problems/${slug}/editorial/reveal.`,
      };
    }
    return toEditorialDto(problem, unlockedBy);
  }

  /** Records that the caller chose to read the editorial before submitting, then returns it. */
  async reveal(slug: string, caller: EditorialCaller): Promise<EditorialDto> {
    const problem = await this.withEditorial(slug);
    if (caller.role !== 'admin') {
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(EditorialRevealEntity)
        .values({ userId: caller.userId, problemId: problem.id })
        .orIgnore()
        .execute();
    }
    return toEditorialDto(problem, (await this.unlockedBy(problem.id, caller)) ?? 'revealed');
  }

  private async withEditorial(slug: string): Promise<ProblemEntity> {
    const problem = await this.dataSource.getRepository(ProblemEntity).findOneBy({ slug, archivedAt: IsNull() });
    if (!problem) throw new ProblemException('problem_not_found', `no problem ${slug}`);
    if (!problem.editorial?.trim())
      throw new EditorialException('editorial_not_found', `problem ${slug} has no editorial yet`);
    return problem;
  }

  private async unlockedBy(problemId: string, caller: EditorialCaller): Promise<EditorialUnlock | null> {
    if (caller.role === 'admin') return 'admin';
    // Submissions are read by table name: the submissions lib depends on this one, not the reverse.
    const [row] = await this.dataSource.query<{ submitted: boolean; revealed: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM submissions WHERE user_id = $1 AND problem_id = $2 AND mode = 'submit') AS submitted,
              EXISTS (SELECT 1 FROM editorial_reveals WHERE user_id = $1 AND problem_id = $2) AS revealed`,
      [caller.userId, problemId],
    );
    return row.submitted ? 'submitted' : row.revealed ? 'revealed' : null;
  }
}

function toEditorialDto(problem: ProblemEntity, unlockedBy: EditorialUnlock): EditorialDto {
  return {
    locked: false,
    slug: problem.slug,
    body: problem.editorial ?? '',
    solutions: editorialSolutions(problem.referenceSolutions),
    unlockedBy,
  };
}
