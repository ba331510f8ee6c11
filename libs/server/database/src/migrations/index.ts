import { Init1795475753935 } from './1795475753935-Init';
import { AdminAudit1796176283256 } from './1796176283256-AdminAudit';

/** Every migration, oldest first. `npm run migration:generate -- libs/server/database/src/migrations/<Name>` writes a file here; add it below. */
export const MIGRATIONS = [Init1795475753935, AdminAudit1796176283256];
