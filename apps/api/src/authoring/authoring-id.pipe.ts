import { Injectable, PipeTransform } from '@nestjs/common';
import { AuthoringException, type AuthoringExceptionCode } from '@tryout/server-authoring';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id names nothing: 404 with the resource's code, without a query. */
function uuidPipe(code: AuthoringExceptionCode, what: string): new () => PipeTransform<string, string> {
  @Injectable()
  class UuidPipe implements PipeTransform<string, string> {
    transform(value: string): string {
      if (!UUID.test(value)) throw new AuthoringException(code, `no such ${what}`);
      return value.toLowerCase();
    }
  }
  return UuidPipe;
}

export const ProblemIdPipe = uuidPipe('problem_not_found', 'problem');
export const DraftIdPipe = uuidPipe('problem_draft_not_found', 'draft');
export const TestIdPipe = uuidPipe('test_not_found', 'test');
export const RejudgeIdPipe = uuidPipe('rejudge_not_found', 'rejudge');

/** Version numbers are positive integers. */
@Injectable()
export class VersionPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9][0-9]{0,8}$/.test(value)) throw new AuthoringException('version_not_found', 'no such version');
    return Number(value);
  }
}

/** A test's two files. */
@Injectable()
export class TestPartPipe implements PipeTransform<string, 'input' | 'answer'> {
  transform(value: string): 'input' | 'answer' {
    if (value !== 'input' && value !== 'answer') throw new AuthoringException('test_not_found', 'input or answer');
    return value;
  }
}
