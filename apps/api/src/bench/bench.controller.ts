import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/auth.decorators';

/** The bare route bench/api compares against. Registered only when BENCH_ROUTES=1. */
@ApiExcludeController()
@Controller('bench')
export class BenchController {
  @Get('hello')
  @Public()
  hello(): { hello: string } {
    return { hello: 'world' };
  }
}
