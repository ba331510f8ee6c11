import { DraftEntity, SubmissionEntity, SubmissionTestResultEntity } from '@tryout/server-submissions';
import { ProblemEntity, ProblemTestEntity, ProblemVersionEntity } from '@tryout/server-problems';
import { RefreshTokenEntity, UserEntity } from '@tryout/server-users';
import { AuditLogEntity } from '@tryout/server-audit';

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
  AuditLogEntity,
];
