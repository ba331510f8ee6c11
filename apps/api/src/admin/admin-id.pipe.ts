import { Injectable, PipeTransform } from '@nestjs/common';
import { AdminException } from '@tryout/server-admin';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const JOB_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** A malformed user id names no user: 404 without a query. */
@Injectable()
export class UserIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new AdminException('user_not_found', 'no such user');
    return value.toLowerCase();
  }
}

/** Judge queue job ids: submission ids, `validate-<id>` and `rejudge-<id>`. */
@Injectable()
export class JobIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!JOB_ID.test(value)) throw new AdminException('job_not_found', 'no such job');
    return value;
  }
}
