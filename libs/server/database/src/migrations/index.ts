import { Init1795475753935 } from './1795475753935-Init';
import { CustomCasesAndStdout1796173220520 } from './1796173220520-CustomCasesAndStdout';
import { CatalogNumbersListsFavourites1796173398990 } from './1796173398990-CatalogNumbersListsFavourites';
import { Interviews1796173519953 } from './1796173519953-Interviews';
import { EditorialHintsAndReveals1796173847482 } from './1796173847482-EditorialHintsAndReveals';
import { AdminAudit1796176283256 } from './1796176283256-AdminAudit';
import { InterviewTemplatesAndMocks1796185966836 } from './1796185966836-InterviewTemplatesAndMocks';

/** Every migration, oldest first. `npm run migration:generate -- libs/server/database/src/migrations/<Name>` writes a file here; add it below. */
export const MIGRATIONS = [
  Init1795475753935,
  CustomCasesAndStdout1796173220520,
  CatalogNumbersListsFavourites1796173398990,
  Interviews1796173519953,
  EditorialHintsAndReveals1796173847482,
  AdminAudit1796176283256,
  InterviewTemplatesAndMocks1796185966836,
];
