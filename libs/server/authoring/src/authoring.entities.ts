import { ProblemDraftTestEntity } from './drafts/problem-draft-test.entity';
import { ProblemDraftEntity } from './drafts/problem-draft.entity';
import { ProblemRejudgeEntity, ProblemRejudgeItemEntity } from './rejudge/problem-rejudge.entity';
import { ProblemValidationEntity } from './validation/problem-validation.entity';

export const AUTHORING_ENTITIES = [
  ProblemDraftEntity,
  ProblemDraftTestEntity,
  ProblemValidationEntity,
  ProblemRejudgeEntity,
  ProblemRejudgeItemEntity,
];
