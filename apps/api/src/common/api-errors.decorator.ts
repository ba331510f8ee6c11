import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBodyDto } from './error-body.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (`validation_failed`, `malformed_json`, `invalid_encoding`, …)',
  401: 'Missing or invalid credentials',
  403: 'Role not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Too large (`payload_too_large`, `source_too_large`)',
  415: 'Not JSON',
  422: 'A package with errors (`package_invalid`, details per file)',
  429: 'Rate limited (`rate_limited`, `too_many_queued`); see Retry-After',
  503: 'A dependency is down',
};

/** Documents error responses; every one has the ErrorBodyDto shape. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: ErrorBodyDto }),
    ),
  );
