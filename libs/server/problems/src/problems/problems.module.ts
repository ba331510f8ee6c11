import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '@tryout/server-queue';
import { CatalogInvalidationService } from '../catalog/catalog-invalidation.service';
import { CatalogService } from '../catalog/catalog.service';
import { EditorialRevealEntity } from '../editorial/editorial-reveal.entity';
import { EditorialService } from '../editorial/editorial.service';
import { ProblemTestEntity } from './problem-test.entity';
import { ProblemVersionEntity } from './problem-version.entity';
import { ProblemEntity } from './problem.entity';
import { ProblemsService } from './problems.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProblemEntity, ProblemVersionEntity, ProblemTestEntity, EditorialRevealEntity]), QueueModule],
  providers: [ProblemsService, CatalogService, CatalogInvalidationService, EditorialService],
  exports: [ProblemsService, CatalogService, CatalogInvalidationService, EditorialService],
})
export class ProblemsModule {}
