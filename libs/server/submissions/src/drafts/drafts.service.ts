import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { DraftDto, LanguageId } from '@tryout/contracts';
import { ProblemsService, allowedLanguages } from '@tryout/server-problems';
import { Repository } from 'typeorm';
import { SubmissionException } from '../submissions/submission.exception';
import { SubmissionsService } from '../submissions/submissions.service';
import { DraftEntity } from './draft.entity';

@Injectable()
export class DraftsService {
  constructor(
    @InjectRepository(DraftEntity) private readonly drafts: Repository<DraftEntity>,
    private readonly problems: ProblemsService,
    private readonly submissions: SubmissionsService,
  ) {}

  /** null when the caller has none: a language never edited is normal, not an error. */
  async get(userId: string, slug: string, language: LanguageId): Promise<DraftDto | null> {
    const problem = await this.problems.findBySlug(slug);
    const draft = await this.drafts.findOneBy({ userId, problemId: problem.id, language });
    if (!draft) return null;
    return { problemSlug: slug, language, source: draft.source, updatedAt: draft.updatedAt.toISOString() };
  }

  /** Upsert; an empty draft is allowed (the candidate cleared the editor). */
  async put(userId: string, slug: string, language: LanguageId, source: string): Promise<DraftDto> {
    const problem = await this.problems.findBySlug(slug);
    if (!allowedLanguages(problem).includes(language)) {
      throw new SubmissionException('language_not_allowed', `${language} is not available for ${slug}`);
    }
    if (source.length > 0) this.submissions.checkSource(source);
    await this.drafts.upsert(
      { userId, problemId: problem.id, language, source, updatedAt: new Date() },
      { conflictPaths: ['userId', 'problemId', 'language'] },
    );
    const saved = await this.get(userId, slug, language);
    if (!saved) throw new SubmissionException('draft_not_found', 'the draft was removed while saving');
    return saved;
  }
}
