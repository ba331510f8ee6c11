import { Injectable, PipeTransform } from '@nestjs/common';
import { LANGUAGE_IDS, isLanguageId, type LanguageId } from '@tryout/contracts';
import { DomainException } from '@tryout/server-common';

@Injectable()
export class LanguagePipe implements PipeTransform<string, LanguageId> {
  transform(value: string): LanguageId {
    if (!isLanguageId(value)) {
      throw new DomainException('validation_failed', `unknown language ${value.slice(0, 32)}`, [
        { field: 'language', errors: [`must be one of ${LANGUAGE_IDS.join(', ')}`] },
      ]);
    }
    return value;
  }
}
