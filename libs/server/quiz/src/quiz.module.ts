import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuizAnswerEntity } from './quiz-answer.entity';
import { QuizSetEntity } from './quiz-set.entity';
import { QuizService } from './quiz.service';

@Module({
  imports: [TypeOrmModule.forFeature([QuizSetEntity, QuizAnswerEntity])],
  providers: [QuizService],
  exports: [QuizService],
})
export class QuizModule {}
