import { DraftEntity, SubmissionEntity, SubmissionTestResultEntity } from '@tryout/server-submissions';
import {
  CuratedListEntity,
  CuratedListItemEntity,
  EditorialRevealEntity,
  FavouriteEntity,
  ProblemEntity,
  ProblemTestEntity,
  ProblemVersionEntity,
} from '@tryout/server-problems';
import { RefreshTokenEntity, UserEntity } from '@tryout/server-users';
import { INTERVIEW_ENTITIES } from '@tryout/server-interviews';
import { AuditLogEntity } from '@tryout/server-audit';
import { QuizAnswerEntity, QuizSetEntity } from '@tryout/server-quiz';
import { AUTHORING_ENTITIES } from '@tryout/server-authoring';

/** Every entity of the one schema. A new entity goes here, then `npm run migration:generate`. */
export const ENTITIES = [
  UserEntity,
  RefreshTokenEntity,
  ProblemEntity,
  ProblemVersionEntity,
  ProblemTestEntity,
  SubmissionEntity,
  SubmissionTestResultEntity,
  DraftEntity,
  FavouriteEntity,
  CuratedListEntity,
  CuratedListItemEntity,
  EditorialRevealEntity,
  ...INTERVIEW_ENTITIES,
  AuditLogEntity,
  QuizSetEntity,
  QuizAnswerEntity,
  ...AUTHORING_ENTITIES,
];
