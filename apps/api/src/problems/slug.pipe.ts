import { Injectable, PipeTransform } from '@nestjs/common';
import { ProblemException } from '@tryout/server-problems';

const SLUG = /^[a-z0-9][a-z0-9_-]{0,99}$/;

/** A malformed slug cannot name a problem: answer 404 without touching the database. */
@Injectable()
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!SLUG.test(value)) throw new ProblemException('problem_not_found', 'no such problem');
    return value;
  }
}
