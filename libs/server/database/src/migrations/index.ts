import { Init1795475753935 } from './1795475753935-Init';
import { Interviews1796173519953 } from './1796173519953-Interviews';

/** Every migration, oldest first. `npm run migration:generate -- libs/server/database/src/migrations/<Name>` writes a file here; add it below. */
export const MIGRATIONS = [Init1795475753935, Interviews1796173519953];
