import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '@tryout/server-queue';
import { CatalogInvalidationService } from '../catalog/catalog-invalidation.service';
import { CatalogService } from '../catalog/catalog.service';
import { FavouriteEntity } from '../favourites/favourite.entity';
import { FavouritesService } from '../favourites/favourites.service';
import { CuratedListItemEntity } from '../lists/curated-list-item.entity';
import { CuratedListEntity } from '../lists/curated-list.entity';
import { CuratedListsService } from '../lists/curated-lists.service';
import { EditorialRevealEntity } from '../editorial/editorial-reveal.entity';
import { EditorialService } from '../editorial/editorial.service';
import { ProblemTestEntity } from './problem-test.entity';
import { ProblemVersionEntity } from './problem-version.entity';
import { ProblemEntity } from './problem.entity';
import { ProblemsService } from './problems.service';
import { SubmittableProblemsCache } from './submittable-problems.cache';
import { LanguagesService } from '../languages/languages.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProblemEntity,
      ProblemVersionEntity,
      ProblemTestEntity,
      FavouriteEntity,
      CuratedListEntity,
      CuratedListItemEntity,
      EditorialRevealEntity,
    ]),
    QueueModule,
  ],
  providers: [
    ProblemsService,
    CatalogService,
    CatalogInvalidationService,
    CuratedListsService,
    FavouritesService,
    EditorialService,
    LanguagesService,
    SubmittableProblemsCache,
  ],
  exports: [
    ProblemsService,
    CatalogService,
    CatalogInvalidationService,
    CuratedListsService,
    FavouritesService,
    EditorialService,
    LanguagesService,
    SubmittableProblemsCache,
  ],
})
export class ProblemsModule {}
