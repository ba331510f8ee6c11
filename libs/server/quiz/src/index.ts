export * from './quiz-set.entity';
export * from './quiz-answer.entity';
export * from './quiz.exception';
export * from './quiz-grading.util';
export * from './quiz-mapping.util';
export * from './quiz.service';
export * from './quiz.module';
