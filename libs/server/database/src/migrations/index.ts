import { Init1795475753935 } from './1795475753935-Init';
import { CustomCasesAndStdout1796173220520 } from './1796173220520-CustomCasesAndStdout';
import { CatalogNumbersListsFavourites1796173398990 } from './1796173398990-CatalogNumbersListsFavourites';
import { Interviews1796173519953 } from './1796173519953-Interviews';
import { EditorialHintsAndReveals1796173847482 } from './1796173847482-EditorialHintsAndReveals';
import { AdminAudit1796176283256 } from './1796176283256-AdminAudit';
import { EditorSettings1796185920138 } from './1796185920138-EditorSettings';
import { NotesAndScorecards1796186000601 } from './1796186000601-NotesAndScorecards';
import { LiveEditor1796186008403 } from './1796186008403-LiveEditor';
import { Authoring1796186260241 } from './1796186260241-Authoring';
import { QuizSets1796186622877 } from './1796186622877-QuizSets';
import { InterviewTemplatesAndMocks1796189691557 } from './1796189691557-InterviewTemplatesAndMocks';
import { SqlProblems1796216366487 } from './1796216366487-SqlProblems';
import { DeprecateSubmissionPriority1796198406658 } from './1796198406658-DeprecateSubmissionPriority';
import { InterviewQuizParts1796214741995 } from './1796214741995-InterviewQuizParts';
import { SubmissionSlotFunction1796229700000 } from './1796229700000-SubmissionSlotFunction';

/** Every migration, oldest first. `npm run migration:generate -- libs/server/database/src/migrations/<Name>` writes a file here; add it below. */
export const MIGRATIONS = [
  Init1795475753935,
  CustomCasesAndStdout1796173220520,
  CatalogNumbersListsFavourites1796173398990,
  Interviews1796173519953,
  EditorialHintsAndReveals1796173847482,
  AdminAudit1796176283256,
  EditorSettings1796185920138,
  NotesAndScorecards1796186000601,
  LiveEditor1796186008403,
  Authoring1796186260241,
  QuizSets1796186622877,
  InterviewTemplatesAndMocks1796189691557,
  DeprecateSubmissionPriority1796198406658,
  InterviewQuizParts1796214741995,
  SqlProblems1796216366487,
  SubmissionSlotFunction1796229700000,
];
