import { useQuery } from '@tanstack/react-query';
import { quickcheckQuestionsSchema } from '../../../../src/contract/quickcheck';
import { api } from '../../api/client';
import { quickcheckKeys } from './quickcheckKeys';

/** The 14 questions, the four answers and the labels: product data that never changes while the app runs. */
export function useQuickcheckQuestions() {
  return useQuery({
    queryKey: quickcheckKeys.questions,
    queryFn: ({ signal }) => api('/quickcheck/questions', { schema: quickcheckQuestionsSchema, signal }),
    staleTime: Infinity,
  });
}
