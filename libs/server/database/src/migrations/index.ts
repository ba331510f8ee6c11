import { Init1795475753935 } from './1795475753935-Init';
import { CustomCasesAndStdout1796173220520 } from './1796173220520-CustomCasesAndStdout';

/** Every migration, oldest first. `npm run migration:generate -- libs/server/database/src/migrations/<Name>` writes a file here; add it below. */
export const MIGRATIONS = [Init1795475753935, CustomCasesAndStdout1796173220520];
