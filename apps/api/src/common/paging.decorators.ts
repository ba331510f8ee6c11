import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The highest page number a list query accepts (past it no list has rows). */
const PAGE_MAX = 100_000;

/** `?page=` of a paginated list: 1-based, default 1. */
export const PageQuery = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, default: 1 }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(PAGE_MAX),
  );

/** `?pageSize=` of a paginated list: 1 … `max`, default `fallback` (the service applies it). */
export const PageSizeQuery = (max: number, fallback = 20): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: max, default: fallback }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
